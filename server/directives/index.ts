import type { CoreServices } from '../services';
import { DirectiveResolver, MeetingDirectivesResolver } from './directive.resolver';
import { DirectiveService } from './directive.service';

/** The GraphQL resolvers of this area. */
export const directiveResolvers = [DirectiveResolver, MeetingDirectivesResolver] as const;

/** The services of this area, built once per server. */
export function directiveServices(core: CoreServices) {
  return { directives: new DirectiveService(core.db, core.commands, core.clock) };
}
