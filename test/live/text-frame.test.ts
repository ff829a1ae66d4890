import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { directConnection, TextFrame } from '../../server/http/ws/text-frame';

/**
 * A push framed once (TextFrame) reaches a real WebSocket client as the text message it carries, at
 * every length the frame header encodes differently (7, 16 and 64 bits), in order with what ws's own
 * `send` writes on the same socket.
 */
describe('a push framed once', () => {
  let http: Server;
  let wss: WebSocketServer;
  let url: string;

  beforeAll(async () => {
    http = createServer();
    wss = new WebSocketServer({ server: http });
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    wss.close();
    http.close();
  });

  /** Opens a client; the server writes `write(serverSocket)`; resolves with the `count` messages received. */
  async function received(
    count: number,
    write: (socket: WebSocket) => void,
  ): Promise<{ text: string; binary: boolean }[]> {
    const serverSide = once(wss, 'connection') as Promise<[WebSocket]>;
    const client = new WebSocket(url);
    const messages: { text: string; binary: boolean }[] = [];
    const all = new Promise<void>((resolve) =>
      client.on('message', (data: Buffer, binary: boolean) => {
        messages.push({ text: data.toString('utf8'), binary });
        if (messages.length === count) resolve();
      }),
    );
    const [socket] = await serverSide;
    write(socket);
    await all;
    client.close();
    return messages;
  }

  /** Vietnamese text of exactly `bytes` bytes in UTF-8 ('ệ' takes three). */
  const vietnamese = (bytes: number) => 'ệ'.repeat(Math.floor(bytes / 3)) + 'a'.repeat(bytes % 3);

  it.each([0, 1, 125, 126, 127, 65_535, 65_536, 200_000])(
    'carries a message of %i bytes as text',
    async (bytes) => {
      const text = vietnamese(bytes);
      expect(Buffer.byteLength(text)).toBe(bytes);
      const [message] = await received(1, (socket) =>
        new TextFrame(Buffer.from(text)).writeTo(socket, directConnection(socket)),
      );
      expect(message).toEqual({ text, binary: false });
    },
  );

  it('keeps its place among the messages ws sends itself', async () => {
    const frame = new TextFrame(Buffer.from('{"type":"next","payload":"Hội nghị giao ban"}'));
    const messages = await received(5, (socket) => {
      socket.send('một');
      frame.writeTo(socket, directConnection(socket));
      socket.send('hai');
      frame.writeTo(socket, directConnection(socket));
      socket.send('ba');
    });
    expect(messages.map((m) => m.text)).toEqual([
      'một',
      '{"type":"next","payload":"Hội nghị giao ban"}',
      'hai',
      '{"type":"next","payload":"Hội nghị giao ban"}',
      'ba',
    ]);
  });

  it('goes through ws where the socket compresses its messages', async () => {
    const compressing = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: true });
    await once(compressing, 'listening');
    try {
      const serverSide = once(compressing, 'connection') as Promise<[WebSocket]>;
      const client = new WebSocket(`ws://127.0.0.1:${(compressing.address() as AddressInfo).port}`, {
        perMessageDeflate: true,
      });
      const message = once(client, 'message') as Promise<[Buffer, boolean]>;
      const [socket] = await serverSide;
      expect(socket.extensions).toContain('permessage-deflate');
      expect(directConnection(socket)).toBeNull();
      new TextFrame(Buffer.from('Kết luận của đồng chí Viện trưởng')).writeTo(
        socket,
        directConnection(socket),
      );
      const [data, binary] = await message;
      expect({ text: data.toString('utf8'), binary }).toEqual({
        text: 'Kết luận của đồng chí Viện trưởng',
        binary: false,
      });
      client.close();
    } finally {
      compressing.close();
    }
  });
});
