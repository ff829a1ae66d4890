import type { CoreServices } from '../services';
import { AgendaItemResolver, MeetingAgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';

export { closeLiveActivity } from './live-activity';

/** The GraphQL resolvers of this area. */
export const agendaResolvers = [AgendaItemResolver, MeetingAgendaResolver] as const;

/** The services of this area, built once per server. */
export function agendaServices(core: CoreServices) {
  return { agenda: new AgendaService(core.commands, core.db) };
}
