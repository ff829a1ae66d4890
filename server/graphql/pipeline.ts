import { MiddlewareFn } from 'type-graphql';
import { unauthenticated } from '../common/errors';
import { Context } from './context';

/** The root fields that answer without a token; every other one needs one (default deny). */
const PUBLIC_ROOT_FIELDS = new Set(['login', 'joinSite', 'serverTime', '__typename', '__schema', '__type']);
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** First step of every operation: no token, no access (finer rules are in the access module). */
export const requireAuthentication: MiddlewareFn<Context> = ({ info, context }, next) => {
  if (ROOT_TYPES.has(info.parentType.name) && !context.actor && !PUBLIC_ROOT_FIELDS.has(info.fieldName)) {
    throw context.authError ?? unauthenticated();
  }
  return next();
};
