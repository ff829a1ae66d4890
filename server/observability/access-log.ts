import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { WebSocket } from 'ws';
import type { Actor } from '../auth/actor';
import type { Logger } from '../common/logger';
import type { ClientAddress } from '../http/client-address';

/** Routes polled every few seconds by load balancers and Prometheus: logged at debug, not info. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/** The client's X-Request-Id when it is a sane token, else null (a new one is made). */
export function headerRequestId(req: IncomingMessage): string | null {
  const v = req.headers['x-request-id'];
  return typeof v === 'string' && /^[\w.-]{1,64}$/.test(v) ? v : null;
}

/**
 * A new request id: a random UUID as one flat string. crypto's is a rope of ~20 pieces (~1 KB), kept
 * as such by whatever holds it: a socket's connection and subscriptions, thousands of them at once.
 */
export function newRequestId(): string {
  return Buffer.from(randomUUID(), 'latin1').toString('latin1');
}

/** The path without the query string: a GET's query may carry a whole GraphQL document. */
const pathOf = (req: IncomingMessage) => (req.url ?? '').split('?')[0];

/**
 * One access log line per HTTP request, when its answer is sent: request id (X-Request-Id, sent back
 * in the answer's header), method, path, client address, status, time. No header is logged (tokens).
 */
export function httpAccessLog(logger: Logger, addressOf: ClientAddress): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = headerRequestId(req) ?? newRequestId();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : PROBES.has(pathOf(req)) ? 'debug' : 'info',
    customSuccessMessage: () => 'http request',
    customErrorMessage: () => 'http request failed',
    customProps: (req) => ({ ip: addressOf(req) }),
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }) as unknown as RequestHandler;
}

type Connection = { reqId: string; ip: string; path: string; opened: number; actor?: string };

/**
 * One access log line per WebSocket, when it closes: the upgrade's request id, client address, who
 * it was signed in as, close code and how long it was open.
 */
export class WebSocketAccessLog {
  private readonly connections = new WeakMap<WebSocket, Connection>();

  constructor(
    private readonly logger: Logger,
    private readonly addressOf: ClientAddress,
  ) {}

  opened(socket: WebSocket, req: IncomingMessage): void {
    // Read now: the close line must not hold the upgrade request for the socket's life.
    this.connections.set(socket, {
      reqId: headerRequestId(req) ?? newRequestId(),
      ip: this.addressOf(req),
      path: pathOf(req),
      opened: performance.now(),
    });
  }

  closed(socket: WebSocket, code: number): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    const { reqId, ip, path, actor, opened } = connection;
    const durationMs = Math.round(performance.now() - opened);
    this.logger.info({ reqId, ip, path, actor, code, durationMs }, 'websocket closed');
  }

  /** The socket's connection_init was accepted for `actor`. */
  identified(socket: WebSocket, actor: Actor): void {
    const connection = this.connections.get(socket);
    if (connection)
      connection.actor = actor.kind === 'site' ? `site:${actor.connectionPointId}` : `user:${actor.userId}`;
  }
}
