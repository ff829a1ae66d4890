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

/**
 * `context` whose loaders are made (from its services, actor and budget) when a resolver first asks
 * for them. A subscription's own context seldom does (each push gets fresh ones), and a Loaders is
 * some 17 KB: over thousands of idle screens that is most of what each one costs. The accessor is the
 * prototype's, so a context copied for a push (`{ ...context }`) leaves them out instead of making
 * them, and the context keeps the fast shape of a plain object (an accessor defined on the object
 * itself would not).
 */
export function withLazyLoaders(context: Omit<Context, 'loaders'>): Context {
  return Object.assign(new LazyLoaders(), context);
}

class LazyLoaders {
  #loaders: Loaders | undefined;

  get loaders(): Loaders {
    const context = this as unknown as Context;
    return (this.#loaders ??= new Loaders(context.services, context.actor, context.budget));
  }

  set loaders(value: Loaders) {
    this.#loaders = value;
  }
}
