import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import type { Logger } from './common/logger';

/**
 * A Redis connection for one use. Publishing fails fast while Redis is away (the event log covers
 * what is lost); subscribing and presence retry for ever and re-subscribe on reconnect.
 */
export function redisConnection(
  url: string,
  use: 'publish' | 'subscribe' | 'presence',
  logger: Logger,
): Redis {
  const redis = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: use !== 'publish',
    maxRetriesPerRequest: use === 'publish' ? 1 : null,
    retryStrategy: (times) => Math.min(100 * times, 2000),
  });
  let down = false;
  redis.on('error', (err) => {
    if (!down) logger.warn({ err: err.message, use }, 'Redis connection error');
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.info({ use }, 'Redis connection back');
    down = false;
  });
  return redis;
}

/**
 * What every Redis key and channel of one deployment starts with. The instances of a deployment share
 * its database, so its URL names it: they share presence, events and rate limits, and another
 * deployment on the same Redis (staging next to production, two provinces) sees none of them.
 */
export function redisNamespace(databaseUrl: string): string {
  return `diemcau:${createHash('sha256').update(databaseUrl).digest('hex').slice(0, 12)}`;
}

/** A key or channel name in a deployment's namespace: `redisKey(ns, 'presence', id)`. */
export function redisKey(namespace: string, ...parts: string[]): string {
  return [namespace, ...parts].join(':');
}
