import { defaultFieldResolver, GraphQLSchema } from 'graphql';
import { DomainError } from '../common/errors';
import type { ServerMetrics } from './metrics';

/**
 * Times every root mutation field, over HTTP and WebSocket alike (both execute this schema), from
 * the rate limit to the answer; the outcome is `ok` or the error's code.
 */
export function timeMutations(schema: GraphQLSchema, metrics: ServerMetrics): void {
  for (const [name, field] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context, info) => {
      const done = metrics.mutationStarted(name);
      try {
        const result = await resolve(source, args, context, info);
        done('ok');
        return result;
      } catch (e) {
        done(outcomeOf(e));
        throw e;
      }
    };
  }
}

function outcomeOf(e: unknown): string {
  if (e instanceof DomainError) return e.code;
  const code = (e as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === 'string' ? code : 'ERROR';
}
