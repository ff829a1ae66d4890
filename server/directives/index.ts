import type { CoreServices } from '../services';

/** The GraphQL resolvers of this area. */
export const directiveResolvers = [] as const;

/** The services of this area, built once per server. */
export function directiveServices(_core: CoreServices) {
  return {};
}
