import type { IncomingMessage } from 'node:http';
import { handleProtocols, makeServer, type Disposable, type ServerOptions } from 'graphql-ws';
import { LRUCache } from 'lru-cache';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import { SOCKET_CLOSES } from '../../../client-sdk/src/close-codes';
import { Deadlines } from '../../common/deadlines';
import type { Logger } from '../../common/logger';

/** The keep-alive sweep visits a share of the sockets at a time, so 10,000 pings never come at once. */
const KEEP_ALIVE_SHARES = 24;

/**
 * graphql-ws's protocol (its `makeServer` core) served on a ws server: what graphql-ws/use/ws does,
 * with what each socket keeps for its life made small, for the thousands of a national meeting:
 * - one keep-alive sweep for every socket (KeepAlive, every `keepAliveMs`; 0: none), not an interval
 *   and a timeout per socket;
 * - one timer for the wait for connection_init (`connectionInitWaitTimeout`, Deadlines), not a timer
 *   per socket that its closure keeps for the socket's life;
 * - a message is handed over as text and its buffer is let go (the stock adapter keeps the buffer of
 *   a subscribe message in scope as long as the subscription lives);
 * - a text that many sockets send alike (the screens' subscribe message, its document, a site's
 *   token) is held once (SharedTexts), not once per socket;
 * - a closure per socket only where its own state is reached (its messages, its close).
 * A socket's `error` (a bad frame, a message over maxPayload) is logged: ws has closed it already.
 * `extraOf` makes what graphql-ws's hooks get as `ctx.extra`, with every field they will set (an
 * object that keeps its first shape stays small and fast).
 */
export function serveProtocol<P extends Record<string, unknown>, E extends { readonly socket: WebSocket }>(
  wsServer: WebSocketServer,
  options: ServerOptions<P, E>,
  adapter: {
    extraOf: (socket: WebSocket, request: IncomingMessage) => E;
    keepAliveMs: number;
    logger: Logger;
  },
): Disposable {
  const { extraOf, logger } = adapter;
  const texts = new SharedTexts();
  const initWait = new Deadlines<WebSocket>(options.connectionInitWaitTimeout ?? 3_000, (socket) => {
    const { code, reason } = SOCKET_CLOSES.initTimeout;
    socket.close(code, reason);
  });
  const server = makeServer<P, E>({
    ...options,
    connectionInitWaitTimeout: 0,
    onConnect: (ctx) => {
      initWait.clear(ctx.extra.socket);
      return options.onConnect?.(ctx);
    },
    jsonMessageReviver: texts.reviver,
  });
  const keepAlive = new KeepAlive(adapter.keepAliveMs);
  const onSocketError = (err: Error & { code?: string }) =>
    logger.debug({ code: err.code, message: err.message }, 'websocket closed on a client error');
  wsServer.options.handleProtocols = handleProtocols;
  wsServer.on('connection', (socket, request) => {
    socket.on('error', onSocketError);
    keepAlive.watch(socket);
    initWait.start(socket);
    const closed = server.opened(new ProtocolSocket(socket, texts, logger), extraOf(socket, request));
    socket.on('close', (code: number, reason: Buffer) => {
      keepAlive.forget(socket);
      initWait.clear(socket);
      void closed(code, reason.toString());
    });
  });
  return {
    dispose: async () => {
      keepAlive.stop();
      initWait.stop();
      const { code, reason } = SOCKET_CLOSES.serverShutdown;
      for (const socket of wsServer.clients) socket.close(code, reason);
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** graphql-ws's view of one socket (its `WebSocket` interface). */
class ProtocolSocket {
  constructor(
    private readonly socket: WebSocket,
    private readonly texts: SharedTexts,
    private readonly logger: Logger,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.readyState !== this.socket.OPEN) return resolve();
      this.socket.send(data, (err) => (err ? reject(err) : resolve()));
    });
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  onMessage(handle: (data: string) => Promise<void>): void {
    this.socket.on('message', (data: RawData) => {
      // The buffer is not in scope of the handling, which for a subscription lasts as long as it does.
      handle(this.texts.shared(String(data))).catch((err: unknown) => this.failed(err));
    });
  }

  /** As the stock adapter: an unexpected error in handling a message closes the socket with 4500. */
  private failed(err: unknown): void {
    this.logger.error({ err }, 'websocket message handling failed');
    const { code, reason } = SOCKET_CLOSES.internalError;
    this.socket.close(code, reason);
  }
}

/** Texts at least this long (an id: 36) are shared: shorter ones cost less than looking them up. */
const SHARED_TEXT_MIN = 32;
/** Texts longer than this are not kept (a client's own large variables, say). */
const SHARED_TEXT_MAX = 16 * 1024;
/** All the shared texts together, in characters. */
const SHARED_TEXTS_CHARS = 2 * 1024 * 1024;

/**
 * One copy of the texts that sockets send alike. A screen's subscribe message and its document are
 * held by its subscription for its life: a national meeting's 3,000 screens send a few distinct
 * ones. Bounded: the least recently sent go first.
 */
class SharedTexts {
  private readonly kept = new LRUCache<string, string>({
    maxSize: SHARED_TEXTS_CHARS,
    sizeCalculation: (text) => text.length,
  });

  shared(text: string): string {
    if (text.length < SHARED_TEXT_MIN || text.length > SHARED_TEXT_MAX) return text;
    const kept = this.kept.get(text);
    if (kept !== undefined) return kept;
    this.kept.set(text, text);
    return text;
  }

  /** For JSON.parse: every string of a message, shared. */
  readonly reviver = (_key: string, value: unknown): unknown =>
    typeof value === 'string' ? this.shared(value) : value;
}

/** Sockets pinged and not heard from since: a pong takes a socket out. */
const unanswered = new WeakSet<WebSocket>();

/** ws calls a listener with its socket as `this`: one function serves every socket. */
function answered(this: WebSocket): void {
  unanswered.delete(this);
}

/**
 * Pings every socket each `periodMs` and terminates one that did not answer the previous ping (a dead
 * link whose close never arrived). The sockets are spread over KEEP_ALIVE_SHARES shares, one visited
 * per tick.
 */
class KeepAlive {
  private readonly shares = Array.from({ length: KEEP_ALIVE_SHARES }, () => new Set<WebSocket>());
  private joined = 0;
  private turn = 0;
  private readonly timer: NodeJS.Timeout | null;

  constructor(periodMs: number) {
    this.timer = periodMs > 0 ? setInterval(() => this.tick(), periodMs / KEEP_ALIVE_SHARES).unref() : null;
  }

  watch(socket: WebSocket): void {
    if (!this.timer) return;
    this.shares[this.joined++ % KEEP_ALIVE_SHARES].add(socket);
    socket.on('pong', answered);
  }

  /** A closed socket: looked for in every share, which costs less than remembering its own. */
  forget(socket: WebSocket): void {
    for (const share of this.shares) if (share.delete(socket)) return;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private tick(): void {
    for (const socket of this.shares[this.turn++ % KEEP_ALIVE_SHARES]) {
      if (socket.readyState !== socket.OPEN) continue;
      if (unanswered.has(socket)) {
        socket.terminate();
        continue;
      }
      unanswered.add(socket);
      socket.ping();
    }
  }
}
