import { MiddlewareFn } from 'type-graphql';
import { unauthenticated } from '../common/errors';
import { Context } from './context';

/** The root fields that answer without a token; every other one needs one (default deny). */
const PUBLIC_ROOT_FIELDS = new Set(['login', 'joinSite', 'serverTime', '__typename', '__schema', '__type']);
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Each root mutation field counts against its sender's budget, also an aliased one among several. */
const limitMutationRate: MiddlewareFn<Context> = ({ info, context }, next) =>
  info.parentType.name === 'Mutation'
    ? context.rateLimiter.consume(context.actor, context.ip).then(next)
    : next();

/** No token, no access (finer rules are in the access module). */
const requireAuthentication: MiddlewareFn<Context> = ({ info, context }, next) => {
  if (ROOT_TYPES.has(info.parentType.name) && !context.actor && !PUBLIC_ROOT_FIELDS.has(info.fieldName)) {
    throw context.authError ?? unauthenticated();
  }
  return next();
};

/**
 * The steps of every field, in this order, over HTTP and WebSocket alike (both run the schema's
 * middlewares): the rate limit of mutations, authentication; then the argument validation
 * (validation.ts), the command's transaction and the handler.
 */
export const pipeline: MiddlewareFn<Context>[] = [limitMutationRate, requireAuthentication];
