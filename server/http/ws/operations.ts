import { createHash } from 'node:crypto';
import {
  DocumentNode,
  ExecutionArgs,
  GraphQLError,
  GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { LRUCache } from 'lru-cache';
import { DomainError, ErrorCode } from '../../common/errors';
import type { Config } from '../../config';
import { operationRules } from '../../graphql/limits';

/** The codes Apollo gives to the same errors over HTTP, so that clients see one behaviour. */
const withCode = (e: GraphQLError, code: string): GraphQLError =>
  new GraphQLError(e.message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    extensions: { code },
  });

/** Distinct valid documents kept parsed: every site's screen sends one of a few. */
const DOCUMENT_CACHE_SIZE = 1000;

/**
 * graphql-ws's onSubscribe: an operation sent over the WebSocket goes through what Apollo does for
 * HTTP (parse within the token limit, graphql's validation rules and ours), and no more than
 * `wsOperations` may run at once on one socket. Errors are sent as an `error` message of that
 * operation, through the one error mapper; the socket stays open. As Apollo does for HTTP, a document
 * that passed is kept, so thousands of screens (re)subscribing at once parse and validate it once.
 */
export function websocketOperations(schema: GraphQLSchema, config: Config) {
  const rules = [...specifiedRules, ...operationRules(config.limits, config.introspection)];
  const { tokens, wsOperations } = config.limits;
  const valid = new LRUCache<string, DocumentNode>({ max: DOCUMENT_CACHE_SIZE });
  return (
    ctx: { subscriptions: Record<string, unknown> },
    _id: string,
    payload: SubscribePayload,
  ): ExecutionArgs | GraphQLError[] => {
    // The operation being subscribed is already counted.
    if (wsOperations > 0 && Object.keys(ctx.subscriptions).length > wsOperations) {
      const tooMany = new DomainError(
        ErrorCode.RateLimited,
        `At most ${wsOperations} operations may run at once on one connection`,
      );
      return [new GraphQLError(tooMany.message, { originalError: tooMany })];
    }
    const refused = persistedQueryProblem(payload);
    if (refused) return [refused];
    let document = valid.get(payload.query);
    if (!document) {
      try {
        document = parse(payload.query, tokens > 0 ? { maxTokens: tokens } : {});
      } catch (e) {
        if (e instanceof GraphQLError) return [withCode(e, 'GRAPHQL_PARSE_FAILED')];
        throw e;
      }
      const errors = validate(schema, document, rules);
      if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
      valid.set(payload.query, document);
    }
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  };
}

/**
 * Apollo's checks of an automatic persisted query, for the same answer over the WebSocket. The
 * document always comes with the message here (graphql-ws requires it), so only its hash is checked.
 */
function persistedQueryProblem(payload: SubscribePayload): GraphQLError | undefined {
  const persisted = (payload.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } })
    ?.persistedQuery;
  if (!persisted) return undefined;
  if (persisted.version !== 1)
    return withCode(new GraphQLError('Unsupported persisted query version'), 'BAD_REQUEST');
  if (persisted.sha256Hash !== createHash('sha256').update(payload.query).digest('hex'))
    return withCode(new GraphQLError('provided sha does not match query'), 'BAD_REQUEST');
  return undefined;
}
