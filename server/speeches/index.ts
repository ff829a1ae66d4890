import type { CoreServices } from '../services';

/** The GraphQL resolvers of this area. */
export const speechResolvers = [] as const;

/** The services of this area, built once per server. */
export function speechServices(_core: CoreServices) {
  return {};
}
