import type { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { redisKey } from '../redis';

/**
 * Where counters live: in memory, or in Redis when REDIS_URL is set so that every instance of the
 * deployment shares them; while Redis is unreachable each instance counts in memory rather than
 * refuse or wave everything through.
 */
export type LimiterStore = { redis?: Redis; namespace: string };

export function createLimiter(
  store: LimiterStore,
  options: { points: number; duration: number; keyPrefix: string },
): RateLimiterAbstract {
  const memory = new RateLimiterMemory(options);
  if (!store.redis) return memory;
  return new RateLimiterRedis({
    ...options,
    // This deployment's namespace: its instances share their counters, no one else.
    keyPrefix: redisKey(store.namespace, options.keyPrefix),
    storeClient: store.redis,
    insuranceLimiter: memory,
  });
}

/** RATE_LIMITED, with the seconds to wait (also sent as Retry-After over HTTP). */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}
