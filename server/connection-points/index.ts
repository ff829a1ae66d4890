import type { CoreServices } from '../services';

/** The GraphQL resolvers of this area. */
export const connectionPointResolvers = [] as const;

/** The services of this area, built once per server. */
export function connectionPointServices(_core: CoreServices) {
  return {};
}
