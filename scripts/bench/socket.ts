/** A site screen's socket as the bench clients hold it: graphql-transport-ws over raw `ws`. */
import WebSocket from 'ws';

/** A `next` message's payload as the clients read it. */
export type Payload = { data?: Record<string, { seq: number }>; errors?: unknown[] };

type Message = { type: string; payload?: Payload };

export type SocketHandlers = {
  /** A `next` message: its payload and its size on the wire. */
  next(payload: Payload, bytes: number): void;
  /** An `error` message, or a `next` carrying errors. */
  failed(error: string): void;
  /** The socket closed (also when the close was expected). */
  closed(socket: WebSocket, code: number, reason: string): void;
};

/**
 * Opens a socket with `token` in its connection_init: the socket at once, and `ready` once the
 * server acknowledged it (rejects if it closes or fails first).
 */
export function openSocket(
  url: string,
  token: string,
  on: SocketHandlers,
): { socket: WebSocket; ready: Promise<void> } {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const ready = new Promise<void>((resolve, reject) => {
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Message;
      if (message.type === 'connection_ack') resolve();
      else if (message.type === 'next' && !message.payload?.errors) on.next(message.payload!, data.length);
      else if (message.type === 'ping') socket.send('{"type":"pong"}');
      else if (message.type === 'error' || message.payload?.errors)
        on.failed(JSON.stringify(message.payload));
    });
    socket.on('error', (e) => reject(e));
    socket.on('close', (code, reason) => {
      on.closed(socket, code, String(reason));
      reject(new Error(`closed ${code}`));
    });
  });
  return { socket, ready };
}

/** Sends a graphql-transport-ws `subscribe` with id "1" (the floor relies on it). */
export function subscribeOn(socket: WebSocket, query: string, variables: Record<string, unknown>): void {
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
}
