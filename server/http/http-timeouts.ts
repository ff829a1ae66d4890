import { createServer, RequestListener, Server } from 'node:http';
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
  server.on('connection', (socket) => socket.setTimeout(timeouts.headersTimeoutMs));
  server.on('request', (req) => req.socket.setTimeout(0));
  return server;
}
