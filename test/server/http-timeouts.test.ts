import { connect, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../server/config';
import { startTestServer, TestServer } from '../support/server';

const HEADERS_TIMEOUT_MS = 300;
const BODY = JSON.stringify({ query: '{ serverTime }' });
const REQUEST = `POST /graphql HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}`;

/** A raw TCP client: what it received so far, and a promise of its close. */
function rawSocket(port: number): { socket: Socket; received: () => string; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk) => (text += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, received: () => text, closed };
}

const statusLines = (text: string) => text.match(/^HTTP\/1\.1 \d+/gm) ?? [];

describe('HTTP server timeouts', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      env: { HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS), HTTP_REQUEST_TIMEOUT_MS: '600' },
    });
  });
  afterAll(() => t.close());

  it('keeps a kept-alive socket longer than a load balancer idles one, headers timeout aside', () => {
    const defaults = loadConfig({}).http;
    expect(defaults.keepAliveTimeoutMs).toBeGreaterThan(60_000);
    expect(defaults.requestTimeoutMs).toBeGreaterThanOrEqual(defaults.headersTimeoutMs);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' })).toThrow(
      /HTTP_REQUEST_TIMEOUT_MS/,
    );
  });

  it('answers 408 and closes a socket whose headers trickle in past the headers timeout', async () => {
    const slow = rawSocket(t.server.port);
    slow.socket.write('GET /healthz HTTP/1.1\r\nHost: t\r\n');
    const trickle = setInterval(() => slow.socket.write('X-Slow: 1\r\n'), HEADERS_TIMEOUT_MS / 6);
    await slow.closed;
    clearInterval(trickle);
    expect(statusLines(slow.received())).toEqual(['HTTP/1.1 408']);
  });

  it('closes a socket that sends nothing after the headers timeout', async () => {
    const silent = rawSocket(t.server.port);
    await silent.closed;
    // Closed by its socket timeout (nothing sent) or, when Node's own check comes first, with a 408.
    expect(statusLines(silent.received())).toEqual(silent.received() ? ['HTTP/1.1 408'] : []);
  });

  it('does not close a kept-alive socket idle past the headers timeout and past Node’s default of 5 s (+1 s)', async () => {
    const client = rawSocket(t.server.port);
    client.socket.write(REQUEST);
    await sleep(8000);
    client.socket.write(REQUEST);
    while (statusLines(client.received()).length < 2 && !client.socket.destroyed) await sleep(20);
    expect(statusLines(client.received())).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    expect(client.socket.destroyed).toBe(false);
    client.socket.destroy();
  }, 15_000);
});
