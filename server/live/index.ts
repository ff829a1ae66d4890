import type { CoreServices } from '../services';
import { LiveResolver, MeetingEventsResolver } from './live.resolver';
import { LiveService } from './live.service';
import { InProcessPresence, Presence } from './presence';

/** The GraphQL resolvers of this area. */
export const liveResolvers = [LiveResolver, MeetingEventsResolver] as const;

/** The services of this area, built once per server. */
export function liveServices(core: CoreServices) {
  return {
    live: new LiveService(core),
    presence: new InProcessPresence(core.commands, core.logger) as Presence,
  };
}
