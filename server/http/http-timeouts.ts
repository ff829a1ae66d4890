import { createServer, IncomingMessage, RequestListener, Server } from 'node:http';
import type { Socket } from 'node:net';
import { Deadlines } from '../common/deadlines';
import type { Config } from '../config';

/**
 * The HTTP server with its timeouts set deliberately (Node's defaults hold a slow-headers socket for
 * up to 90 s and close an idle kept-alive socket after 5 s, under a load balancer that reuses it):
 *
 * - keep-alive outlives a load balancer's idle timeout (60 s on most), so the balancer, not this
 *   server, closes an idle connection and never sends a request on a socket closed under it;
 * - the headers timeout runs only while a request's headers arrive (since Node 18 a kept-alive
 *   socket waiting for its next request is not subject to it), so it can be short against slowloris;
 * - a new socket that sends nothing at all is held to the same headers timeout, which Node does not
 *   do by itself (its socket timeout is off); the first request, or a WebSocket upgrade, lifts it.
 *   One timer for all (Deadlines): a socket's own timeout object would stay with each of the
 *   thousands of WebSockets of a national meeting for its life.
 */
export function createHttpServer(timeouts: Config['http'], app: RequestListener): Server {
  const server = createServer(
    {
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      // How often Node looks for requests past these timeouts (default 30 s, which adds to them).
      connectionsCheckingInterval: Math.min(30_000, Math.max(100, timeouts.headersTimeoutMs / 4)),
    },
    app,
  );
  // One whose headers started is Node's to time out (408).
  const silent = new Deadlines<Socket>(timeouts.headersTimeoutMs, (socket) => {
    if (socket.bytesRead === 0) socket.destroy();
  });
  server.on('connection', (socket: Socket) => silent.start(socket));
  server.on('request', (req: IncomingMessage) => silent.clear(req.socket));
  server.on('upgrade', (req: IncomingMessage) => silent.clear(req.socket));
  server.on('close', () => silent.stop());
  return server;
}

/** How long a shutdown waits for the requests in flight before it closes their connections. */
const DRAIN_GRACE_MS = 10_000;

/**
 * Stops taking connections, lets the requests in flight finish and closes each connection as soon as
 * it is idle; past the grace period, closes what is left (`closeRest`: what Node does not track, the
 * upgraded WebSockets). What Apollo's drain plugin does, without following each socket for its life.
 */
export async function drainHttpServer(server: Server, closeRest: () => void): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A kept-alive connection whose answer was in flight is idle once that is sent.
  // Neither timer keeps the process alive: once the connections are gone, so is the wait.
  const idle = setInterval(() => server.closeIdleConnections(), 50).unref();
  const late = setTimeout(() => {
    server.closeAllConnections();
    closeRest();
  }, DRAIN_GRACE_MS).unref();
  try {
    await closed;
  } finally {
    clearInterval(idle);
    clearTimeout(late);
  }
}
