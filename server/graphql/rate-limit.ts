import type { ApolloServerPlugin } from '@apollo/server';
import type { Redis } from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { Actor } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { DomainError, ErrorCode } from '../common/errors';
import type { Config } from '../config';
import type { Context } from './context';
import { redisKey } from '../redis';

type Budget = 'user' | 'site' | 'public';

/**
 * Mutations per window, counted per user, per site (every device of one connection point together:
 * a site spamming requestToSpeak) and, without a token (login, joinSite), per IP. Counters live in
 * memory, or in Redis when REDIS_URL is set so that every instance shares them; while Redis is
 * unreachable each instance counts in memory rather than refuse or wave everything through.
 */
export class MutationRateLimiter {
  private readonly limiters = new Map<Budget, RateLimiterAbstract>();
  /** Mutations refused, per budget: for the metrics. */
  readonly refused: Record<Budget, number> = { user: 0, site: 0, public: 0 };

  /** `redis` should fail fast (no offline queue): a request must not wait for Redis to come back. */
  constructor(
    settings: Config['rateLimits'],
    private readonly redis?: Redis,
    /** This deployment's Redis namespace (see redisNamespace): its instances share their counters. */
    namespace = '',
  ) {
    for (const budget of ['user', 'site', 'public'] as const) {
      if (settings[budget] === 0) continue;
      const options = {
        points: settings[budget],
        duration: settings.windowSeconds,
        keyPrefix: `rate:${budget}`,
      };
      const memory = new RateLimiterMemory(options);
      this.limiters.set(
        budget,
        this.redis
          ? new RateLimiterRedis({
              ...options,
              keyPrefix: redisKey(namespace, options.keyPrefix),
              storeClient: this.redis,
              insuranceLimiter: memory,
            })
          : memory,
      );
    }
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
      const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new DomainError(ErrorCode.RateLimited, `Too many changes: try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    }
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

/** Over HTTP, a RATE_LIMITED answer also carries the standard Retry-After header. */
export const retryAfterHeader: ApolloServerPlugin<Context> = {
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
