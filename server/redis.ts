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
