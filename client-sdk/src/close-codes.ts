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
  /** The account was disabled or its password reset: sign in again. */
  signedOut: { code: 4403, reason: 'Signed out' },
  /** The site's access code was reissued or revoked, or its connection point removed. */
  siteAccessEnded: { code: 4403, reason: 'Site access ended' },
  /** The server dropped a subscriber that fell behind: resume from the last seq seen. */
  subscriberFellBehind: { code: 4008, reason: 'Subscriber fell behind: resubscribe with afterSeq' },
  /** ws: a message over MAX_REQUEST_BYTES. */
  messageTooBig: { code: 1009, reason: 'Max payload size exceeded' },
  /** graphql-ws: the request itself is malformed; retrying cannot help. */
  badRequest: { code: 4400, reason: 'Invalid message received' },
  /** graphql-ws: an operation before the connection was acknowledged. */
  unauthorized: { code: 4401, reason: 'Unauthorized' },
  /** graphql-ws: the client does not speak graphql-transport-ws. */
  subprotocolNotAcceptable: { code: 4406, reason: 'Subprotocol not acceptable' },
  /** graphql-ws: no connection_init within WS_INIT_TIMEOUT_MS. */
  initTimeout: { code: 4408, reason: 'Connection initialisation timeout' },
  /** graphql-ws: a second operation with a running one's id (the reason names the id). */
  subscriberAlreadyExists: { code: 4409, reason: 'Subscriber for <id> already exists' },
  /** graphql-ws: a second connection_init. */
  tooManyInits: { code: 4429, reason: 'Too many initialisation requests' },
  /** graphql-ws: an unexpected error while handling a message (e.g. the database away); reconnect later. */
  internalError: { code: 4500, reason: 'Internal server error' },
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
