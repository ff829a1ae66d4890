import type { CoreServices } from '../services';

/** The GraphQL resolvers of this area. */
export const conclusionResolvers = [] as const;

/** The services of this area, built once per server. */
export function conclusionServices(_core: CoreServices) {
  return {};
}
