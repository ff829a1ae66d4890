import type { CoreServices } from '../services';
import { LiveResolver, MeetingEventsResolver } from './live.resolver';
import { LiveService } from './live.service';
import { InProcessPresence, Presence } from './presence';
import { RedisPresence } from './redis-presence';
import { redisConnection, redisNamespace } from '../redis';
import { systemClock } from '../common/clock';

/** The GraphQL resolvers of this area. */
export const liveResolvers = [LiveResolver, MeetingEventsResolver] as const;

/** The services of this area, built once per server. */
export function liveServices(core: CoreServices) {
  return {
    live: new LiveService(core),
    presence: presenceFor(core),
  };
}

/** Sockets are counted in this process, or with REDIS_URL across every instance. */
function presenceFor(core: CoreServices): Presence {
  const { redisUrl, presenceTtlSeconds, presenceGraceMs } = core.config;
  if (!redisUrl) return new InProcessPresence(core.commands, core.clock, core.logger, presenceGraceMs);
  const ttlMs = presenceTtlSeconds * 1000;
  // Liveness of instances is real time, whatever clock the meeting rules use.
  return new RedisPresence(
    redisConnection(redisUrl, 'presence', core.logger),
    core.db,
    core.commands,
    systemClock,
    core.logger,
    {
      namespace: redisNamespace(core.config.databaseUrl),
      ttlMs,
      heartbeatMs: Math.floor(ttlMs / 3),
      graceMs: presenceGraceMs,
    },
  );
}
