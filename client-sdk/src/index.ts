/**
 * @diemcau/client: the typed client of the Điểm cầu API. Browser-safe: no Node-only import here
 * (on Node 20 pass the `ws` package as `webSocketImpl`).
 */
export { createClient } from './client';
export type {
  Client,
  ClientOptions,
  FollowOptions,
  LiveMeeting,
  MeetingEvent,
  Operations,
  RequestOptions,
  ResultOf,
  Subscriptions,
  TokenSource,
  VariablesOf,
} from './client';
export { DiemcauError, isDiemcauError } from './errors';
export type { ErrorCode, GraphQLErrorPayload } from './errors';
export { CloseCodes, SOCKET_CLOSES } from './close-codes';
export type { RetryOptions } from './follow';
export type { MeetingEventSubject } from './generated/documents';
export * from './generated/graphql';
