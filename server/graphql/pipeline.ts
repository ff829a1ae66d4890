import { defaultFieldResolver, GraphQLFieldConfig, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { unauthenticated } from '../common/errors';
import { Context } from './context';
import { normalizedInput } from './input-text';

/** The root fields that answer without a token; every other one needs one (default deny). */
const PUBLIC_ROOT_FIELDS = new Set([
  'login',
  'joinSite',
  'serverTime',
  'serverInfo',
  '__typename',
  '__schema',
  '__type',
]);

/** A step of the pipeline: throws to refuse the field. */
type Step = (context: Context, info: GraphQLResolveInfo) => void | Promise<void>;

/** The mutations with budgets of their own, whatever the token (auth/sign-in-throttle.ts). */
const SIGN_IN_FIELDS = new Set(['login', 'joinSite']);

/** Each root mutation field counts against its sender's budget, also an aliased one among several. */
const limitMutationRate: Step = (context, info) =>
  info.parentType.name === 'Mutation' && !SIGN_IN_FIELDS.has(info.fieldName)
    ? context.rateLimiter.consume(context.actor, context.ip)
    : undefined;

/** No token, no access (finer rules are in the access module). */
const requireAuthentication: Step = (context, info) => {
  if (!context.actor && !PUBLIC_ROOT_FIELDS.has(info.fieldName)) throw context.authError ?? unauthenticated();
};

/**
 * The steps of every root field, in this order: the rate limit of mutations, authentication; then
 * the text of the arguments is checked and put in NFC (input-text.ts), and type-graphql's resolver
 * runs the argument validation (validation.ts), the command's transaction and the handler.
 */
const PIPELINE: Step[] = [limitMutationRate, requireAuthentication];

type RootField = Pick<GraphQLFieldConfig<unknown, Context>, 'resolve' | 'subscribe'>;
type Resolve = NonNullable<RootField['resolve']>;

function guarded(resolve: Resolve): Resolve {
  return async (source, args, context, info) => {
    for (const step of PIPELINE) await step(context, info);
    return resolve(source, normalizedInput(args), context, info);
  };
}

/**
 * Puts the pipeline in front of the root fields of `schema`, which HTTP and WebSocket both execute.
 * Only the root: the fields below it need no gate, and a national meeting's answer has some 50,000
 * of them, which a per-field middleware would each turn into a promise.
 */
export function withPipeline(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    // The schema was just built for this server: its root fields are adjusted in place.
    for (const field of Object.values(type?.getFields() ?? {}) as RootField[]) {
      field.resolve = guarded(field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = guarded(field.subscribe);
    }
  }
  return schema;
}
