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
import { DomainError, ErrorCode } from '../common/errors';
import type { Config } from '../config';
import { operationRules } from './limits';

/** The codes Apollo gives to the same errors over HTTP, so that clients see one behaviour. */
const withCode = (e: GraphQLError, code: string): GraphQLError =>
  new GraphQLError(e.message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    extensions: { code },
  });

/**
 * graphql-ws's onSubscribe: an operation sent over the WebSocket goes through what Apollo does for
 * HTTP (parse within the token limit, graphql's validation rules and ours), and no more than
 * `wsOperations` may run at once on one socket. Errors are sent as an `error` message of that
 * operation, through the one error mapper; the socket stays open.
 */
export function websocketOperations(schema: GraphQLSchema, config: Config) {
  const rules = [...specifiedRules, ...operationRules(config.limits, config.introspection)];
  const { tokens, wsOperations } = config.limits;
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
    let document: DocumentNode;
    try {
      document = parse(payload.query, tokens > 0 ? { maxTokens: tokens } : {});
    } catch (e) {
      if (e instanceof GraphQLError) return [withCode(e, 'GRAPHQL_PARSE_FAILED')];
      throw e;
    }
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
