import type { CoreServices } from '../services';
import { ConnectionPointResolver, MeetingConnectionPointsResolver } from './connection-point.resolver';
import { ConnectionPointService } from './connection-point.service';
import { SiteAccessResolver } from './site-access.resolver';
import { SiteAccessService } from './site-access.service';

/** The GraphQL resolvers of this area. */
export const connectionPointResolvers = [
  ConnectionPointResolver,
  MeetingConnectionPointsResolver,
  SiteAccessResolver,
] as const;

/** The services of this area, built once per server. */
export function connectionPointServices(core: CoreServices) {
  return {
    connectionPoints: new ConnectionPointService(core.db, core.commands),
    siteAccess: new SiteAccessService(core.db, core.commands, core.auth.tokens),
  };
}
