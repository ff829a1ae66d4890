/**
 * @diemcau/client: the typed client of the Điểm cầu API and the document of every operation, each
 * its own export (a bundler keeps the ones a page imports). Browser-safe: no Node-only import here
 * (on Node 20 pass the `ws` package as `webSocketImpl`).
 */
export { createClient } from './client';
export type {
  AnyDocument,
  Client,
  ClientOptions,
  FieldOf,
  FollowOptions,
  LiveMeeting,
  MeetingEvent,
  MeetingEventOf,
  MeetingEventsDocumentOf,
  MeetingEventsVariablesOf,
  MeetingEventSubject,
  MeetingLiveDocumentOf,
  QueryRetryOptions,
  RequestOptions,
  ResultOf,
  VariablesOf,
} from './client';
export type { TokenSource } from './tokens';
export { tokenExpiresAt } from './tokens';
export { localStorageSessionStore, memorySessionStore } from './sessions';
export type { JoinedSite, SessionStore, SiteSession, WebStorage } from './sessions';
export { API_VERSION, API_VERSION_HEADER } from './api-version';
export { DiemcauError, isDiemcauError } from './errors';
export type {
  AgendaItemState,
  ConflictState,
  CurrentOf,
  ErrorCode,
  GraphQLErrorPayload,
  SpeechState,
} from './errors';
export type { BackoffOptions } from './backoff';
export { CloseCodes, SOCKET_CLOSES } from './close-codes';
export type { RetryOptions } from './follow';
export * from './generated/graphql';
