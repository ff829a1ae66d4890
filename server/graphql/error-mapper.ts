import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { DomainError, ErrorCode, ErrorReason } from '../common/errors';
import { Language } from '../i18n/messages';
import type { Logger } from '../common/logger';
import type { Context } from './context';

/** Codes that graphql-js and Apollo give to errors of the request itself; those messages are safe. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** What the mapper knows of the request an error belongs to. */
export type ErrorRequest = { requestId?: unknown; language?: Language };

/**
 * The one error mapper, for HTTP and WebSocket alike: domain errors (input validation included,
 * see validation.ts) become their code, with their reason and their message in the request's
 * language (the catalogue, server/i18n/); errors of the request keep graphql's message (a value
 * that does not fit its type is BAD_USER_INPUT with reason INVALID_VALUE), and anything else is
 * INTERNAL_SERVER_ERROR with no detail (logged with the request id).
 */
export function createErrorFormatter(logger: Logger, options: { hideSuggestions: boolean }) {
  return (
    formatted: GraphQLFormattedError,
    error: unknown,
    request: ErrorRequest = {},
  ): GraphQLFormattedError => {
    // Over HTTP, Apollo does not pass the request: requestTagsOnErrors put it on the error.
    const tags = formatted.extensions as ErrorRequest | undefined;
    const requestId = request.requestId ?? tags?.requestId;
    const language = request.language ?? tags?.language ?? 'vi';
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const base = { locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      const { code, reason, details } = original;
      return { ...base, message: original.messageIn(language), extensions: { code, reason, ...details } };
    }
    const code = requestCode(error) ?? formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      const message = options.hideSuggestions
        ? formatted.message.replace(/ ?Did you mean .*$/, '')
        : formatted.message;
      const reason = code === ErrorCode.BadUserInput ? ErrorReason.INVALID_VALUE : undefined;
      return { ...base, message, extensions: { code, reason } };
    }
    if (original instanceof GraphQLError && !original.originalError && original.nodes) {
      // A validation error raised by graphql-js itself (no cause): about the document, safe to show.
      return {
        ...base,
        message: formatted.message,
        extensions: { code: code ?? 'GRAPHQL_VALIDATION_FAILED' },
      };
    }
    logger.error({ err: original, requestId }, 'unexpected error');
    return {
      ...base,
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

/**
 * The code of an error about the request that graphql-js or Apollo raise without one, as Apollo
 * names it over HTTP: a variable's value that does not fit its type (raised by graphql-ws's execute
 * too) is BAD_USER_INPUT; a refused request (a persisted query's hash that does not match) BAD_REQUEST.
 */
function requestCode(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || error.extensions?.code) return undefined;
  if (error.nodes?.length === 1 && error.nodes[0].kind === Kind.VARIABLE_DEFINITION) return 'BAD_USER_INPUT';
  const http = error.extensions?.http as { status?: number } | undefined;
  return http?.status === 400 ? 'BAD_REQUEST' : undefined;
}

/**
 * Apollo's formatError does not see the request: this tags its errors with the request id and
 * language first, so that the mapper logs unexpected ones with the id and answers in the language
 * (the WebSocket passes both directly).
 */
export const requestTagsOnErrors: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        const tags: ErrorRequest = { requestId: contextValue.requestId, language: contextValue.language };
        for (const e of errors) Object.assign(e.extensions, tags);
      },
    };
  },
};
