import type { ApolloServerPlugin } from '@apollo/server';
import type { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { Actor } from '../auth/actor';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { Role } from '../auth/user.entity';
import { DomainError, ErrorCode } from '../common/errors';
import type { Config } from '../config';
import { createLimiter, retryAfterSeconds } from '../common/limiter-store';

type Budget = 'user' | 'site' | 'public';

/**
 * Mutations per window, counted per user, per site (every device of one connection point together:
 * a site spamming requestToSpeak) and, without a token, per IP; `login` and `joinSite` have their
 * own budgets (`signIn`), whatever the token. Counters live in memory, or in Redis (limiter-store.ts).
 */
export class MutationRateLimiter {
  private readonly limiters = new Map<Budget, RateLimiterAbstract>();
  readonly signIn: SignInThrottle;
  /** Mutations refused, per budget (sign-in refusals count as public): for the metrics. */
  readonly refused: Record<Budget, number> = { user: 0, site: 0, public: 0 };

  /** `redis` should fail fast (no offline queue): a request must not wait for Redis to come back. */
  constructor(
    settings: Config['rateLimits'],
    private readonly redis?: Redis,
    /** This deployment's Redis namespace (see redisNamespace): its instances share their counters. */
    namespace = '',
  ) {
    const store = { redis, namespace };
    for (const budget of ['user', 'site', 'public'] as const) {
      if (settings[budget] === 0) continue;
      this.limiters.set(
        budget,
        createLimiter(store, {
          points: settings[budget],
          duration: settings.windowSeconds,
          keyPrefix: `rate:${budget}`,
        }),
      );
    }
    this.signIn = new SignInThrottle(
      store,
      settings.public,
      settings.windowSeconds,
      () => this.refused.public++,
    );
  }

  /**
   * Counts one mutation of `actor` (or of `ip` without one); over the budget, RATE_LIMITED. ADMIN is
   * not counted: the one account that sets up national meetings in bulk (the seed loader sends
   * thousands of mutations), and whose token can do worse than flood.
   */
  async consume(actor: Actor | null, ip: string): Promise<void> {
    if (actor?.kind === 'user' && actor.role === Role.ADMIN) return;
    const [budget, key]: [Budget, string] =
      actor === null
        ? ['public', ip]
        : actor.kind === 'site'
          ? ['site', actor.connectionPointId]
          : ['user', actor.userId];
    try {
      await this.limiters.get(budget)?.consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      this.refused[budget]++;
      const seconds = retryAfterSeconds(e.msBeforeNext);
      throw new DomainError(ErrorCode.RateLimited, `Too many changes: try again in ${seconds} s`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

/** Over HTTP, a RATE_LIMITED answer also carries the standard Retry-After header. */
export const retryAfterHeader: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const seconds = response.body.singleResult.errors
          ?.map((e) => e.extensions?.retryAfterSeconds)
          .find((s) => typeof s === 'number');
        if (seconds !== undefined) response.http.headers.set('retry-after', String(seconds));
      },
    };
  },
};
