import type { CoreServices } from '../services';

/** The GraphQL resolvers of this area. */
export const agendaResolvers = [] as const;

/** The services of this area, built once per server. */
export function agendaServices(_core: CoreServices) {
  return {};
}
