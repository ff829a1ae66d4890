import type { CoreServices } from '../services';

/** The GraphQL resolvers of this area. */
export const liveResolvers = [] as const;

/** The services of this area, built once per server. */
export function liveServices(_core: CoreServices) {
  return {};
}
