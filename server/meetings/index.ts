import type { CoreServices } from '../services';

/** The GraphQL resolvers of this area. */
export const meetingResolvers = [] as const;

/** The services of this area, built once per server. */
export function meetingServices(_core: CoreServices) {
  return {};
}
