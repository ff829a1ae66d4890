import type { WebSocket } from 'ws';
import { Actor } from '../auth/actor';
import { DomainError } from '../common/errors';
import type { Services } from '../composition-root';
import type { Language } from '../i18n/messages';
import { Loaders } from './loaders';
import type { MutationRateLimiter } from './rate-limit';
import type { ResultBudget } from './result-budget';

/** What every resolver gets: who asks, the services, and this request's loaders. */
export type Context = {
  requestId: string;
  actor: Actor | null;
  /** Why a token that was sent is not accepted (expired, revoked …); raised by the pipeline. */
  authError?: DomainError;
  services: Services;
  loaders: Loaders;
  /** The WebSocket of a subscription or an operation sent over it. */
  socket?: WebSocket;
  /** The graphql-ws id of the operation, on the WebSocket (pushes are addressed with it). */
  subscriptionId?: string;
  /** The language of messages (Accept-Language over HTTP; connection_init or the upgrade over WebSocket). */
  language: Language;
  /** The client's address, for rate limits. */
  ip: string;
  rateLimiter: MutationRateLimiter;
  /** What this execution may still produce; a push of a subscription gets a fresh one. */
  budget: ResultBudget;
};
