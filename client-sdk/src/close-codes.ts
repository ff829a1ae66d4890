/**
 * Every way the API's WebSocket closes, with its code and the reason sent: the one table of close
 * codes, which the server (server/http/) and this SDK both import. No imports here, so that the
 * server compiles it as it is and the SDK bundles it for the browser.
 */
export const SOCKET_CLOSES = {
  /** The server shuts down; reconnect (to another instance, or after the restart). */
  serverShutdown: { code: 1001, reason: 'Server shutting down' },
  /** graphql-ws: the connection_init carried no valid token. */
  forbidden: { code: 4403, reason: 'Forbidden' },
  /** The token of the socket expired: get a new one, then resume. */
  tokenExpired: { code: 4403, reason: 'Token expired' },
  /** The site's access code was reissued or revoked, or its connection point removed. */
  siteAccessEnded: { code: 4403, reason: 'Site access ended' },
  /** The server dropped a subscriber that fell behind: resume from the last seq seen. */
  subscriberFellBehind: { code: 4008, reason: 'Subscriber fell behind: resubscribe with afterSeq' },
  /** graphql-ws: the request itself is malformed; retrying cannot help. */
  badRequest: { code: 4400, reason: 'Invalid message received' },
  /** graphql-ws: the client does not speak graphql-transport-ws. */
  subprotocolNotAcceptable: { code: 4406, reason: 'Subprotocol not acceptable' },
} as const;

/** Close codes that say how to go on after a subscription's socket closed. */
export const CloseCodes = {
  /** The token was refused or expired: get a new one, then resume. */
  Forbidden: SOCKET_CLOSES.forbidden.code,
  /** The server dropped a subscriber that fell behind: resume from the last seq seen. */
  SubscriberFellBehind: SOCKET_CLOSES.subscriberFellBehind.code,
  /** graphql-ws: the request itself is malformed; retrying cannot help. */
  BadRequest: SOCKET_CLOSES.badRequest.code,
  SubprotocolNotAcceptable: SOCKET_CLOSES.subprotocolNotAcceptable.code,
} as const;
