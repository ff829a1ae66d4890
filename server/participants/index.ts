import type { CoreServices } from '../services';

/** The GraphQL resolvers of this area. */
export const participantResolvers = [] as const;

/** The services of this area, built once per server. */
export function participantServices(_core: CoreServices) {
  return {};
}
