import type { IncomingMessage } from 'node:http';
import {
  ExecutionResult,
  FormattedExecutionResult,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
} from 'graphql';
import type { Disposable } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { Actor } from '../../auth/actor';
import { DomainError } from '../../common/errors';
import type { Services } from '../../composition-root';
import type { Config } from '../../config';
import { Context, withLazyLoaders } from '../../graphql/context';
import type { createErrorFormatter } from '../../graphql/error-mapper';
import { ResultBudget } from '../../graphql/result-budget';
import type { MutationRateLimiter } from '../../graphql/rate-limit';
import { websocketOperations } from './operations';
import { siteAttendee } from '../../live/presence';
import { SharedPush, SubscriptionMeters } from './shared-push';
import { serveProtocol } from './protocol-socket';
import { SiteRevocations } from './site-revocation';
import { TokenExpiries } from './token-expiry';
import { closeWhenSignedOut } from './account-recheck';
import type { ClientAddress } from '../client-address';
import { newRequestId, type WebSocketAccessLog } from '../../observability/access-log';
import { Language, languageOf } from '../../i18n/messages';

/** What graphql-ws's hooks keep of a socket, all set when it opens (see serveProtocol). */
type SocketExtra = {
  readonly socket: WebSocket;
  /** The upgrade request, until connection_init has read what the socket needs of it. */
  request: IncomingMessage | null;
  actor: Actor | null;
  /** The client's address, read from the upgrade request when the socket was accepted. */
  ip: string;
  /** The language of the socket's messages, from connection_init or the upgrade request. */
  language: Language;
  /** When its token expires (ms since the epoch; TokenExpiries closes it then), or null. */
  expiresAt: number | null;
  cancelAccountCheck: (() => void) | null;
};

const socketExtra = (socket: WebSocket, request: IncomingMessage): SocketExtra => ({
  socket,
  request,
  actor: null,
  ip: '',
  language: 'vi',
  expiresAt: null,
  cancelAccountCheck: null,
});

export type GraphqlWsOptions = {
  schema: GraphQLSchema;
  config: Config;
  services: Services;
  rateLimiter: MutationRateLimiter;
  formatError: ReturnType<typeof createErrorFormatter>;
  /** The actor of an `authorization` value (a bearer token), as HTTP requests get theirs; `socket`: see AuthService.session. */
  authenticate: (
    header: unknown,
    socket?: boolean,
  ) => Promise<{ actor: Actor | null; expiresAt?: Date; authError?: DomainError }>;
  addressOf: ClientAddress;
  meters: SubscriptionMeters;
  accessLog: WebSocketAccessLog;
  /** True once the server shuts down. */
  closing: () => boolean;
};

/**
 * graphql-ws on `wsServer`, the hooks of every socket: the token checked on connection_init (and
 * its expiry and a site's revocation watched), each operation parsed and validated
 * (operations.ts), subscriptions pushed through SharedPush, errors through the one error mapper.
 */
export function serveGraphqlWs(wsServer: WebSocketServer, options: GraphqlWsOptions): Disposable {
  const { schema, config, services, rateLimiter, formatError, authenticate, addressOf, closing } = options;
  /** A push as its subscriber receives it: held to its result budget, its errors formatted in its language. */
  const delivered = (
    context: Context,
    pushed: ExecutionResult,
  ): ExecutionResult | FormattedExecutionResult => {
    const { budget, requestId, language } = context;
    const result = budget.verdict(pushed);
    if (!result.errors) return result;
    return {
      ...result,
      errors: result.errors.map((e) => formatError(toFormatted(e), e, { requestId, language })),
    };
  };
  const sharedPush = new SharedPush(options.meters, delivered);
  const revocations = new SiteRevocations(services.bus);
  const expiries = new TokenExpiries();
  return serveProtocol<Record<string, unknown>, SocketExtra>(
    wsServer,
    {
      schema,
      connectionInitWaitTimeout: config.limits.wsInitTimeoutMs,
      onSubscribe: websocketOperations(schema, config),
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        const { actor, expiresAt } = await authenticate(authorization, true);
        if (!actor) return false; // graphql-ws closes with 4403 Forbidden
        // Closed while the token was checked: onClose has run already, so nothing must be registered.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        const request = ctx.extra.request!;
        ctx.extra.actor = actor;
        // The payload's `accept-language` first: a browser's WebSocket cannot set headers.
        const asked = ctx.connectionParams?.['accept-language'] ?? request.headers['accept-language'];
        ctx.extra.language = languageOf(asked);
        ctx.extra.ip = addressOf(request);
        // What the socket needed of its upgrade request is read: the request (its headers, its parser
        // state) is not held for the socket's life, thousands of times over on a national meeting.
        ctx.extra.request = null;
        options.accessLog.identified(ctx.extra.socket, actor);
        if (expiresAt) {
          ctx.extra.expiresAt = expiresAt.getTime();
          expiries.watch(ctx.extra.socket, ctx.extra.expiresAt);
        }
        if (actor.kind === 'site') revocations.watch(actor, ctx.extra.socket);
        if (actor.kind === 'user')
          ctx.extra.cancelAccountCheck = closeWhenSignedOut(
            ctx.extra.socket,
            config.limits.wsAccountCheckMs,
            async () => (await authenticate(authorization)).actor !== null,
          );
        if (actor.kind === 'site') services.presence.opened(siteAttendee(actor), ctx.extra.socket);
        return true;
      },
      onClose: (ctx) => {
        const { socket, actor, expiresAt } = ctx.extra;
        if (expiresAt !== null) expiries.forget(socket, expiresAt);
        if (actor?.kind === 'site') revocations.forget(actor, socket);
        ctx.extra.cancelAccountCheck?.();
        // On shutdown sites stay CONNECTED: a restart must not flap every site (they reconnect at once).
        if (actor?.kind === 'site' && !closing()) services.presence.closed(siteAttendee(actor), socket);
      },
      subscribe: sharedPush.subscribe,
      context: (ctx, id): Context =>
        withLazyLoaders({
          requestId: newRequestId(),
          subscriptionId: id,
          actor: ctx.extra.actor,
          services,
          socket: ctx.extra.socket,
          language: ctx.extra.language,
          ip: ctx.extra.ip,
          rateLimiter,
          budget: new ResultBudget(config.limits.result),
        }),
      onError: (ctx, _id, _payload, errors) =>
        errors.map((e) => formatError(toFormatted(e), e, { language: ctx.extra.language })),
      onNext: (_ctx, _id, _payload, args, pushed) => {
        const result = delivered(args.contextValue as Context, pushed);
        return result === pushed ? undefined : result;
      },
    },
    { extraOf: socketExtra, keepAliveMs: config.limits.wsKeepAliveMs, logger: services.logger },
  );
}

function toFormatted(e: GraphQLError): GraphQLFormattedError {
  return e.toJSON();
}
