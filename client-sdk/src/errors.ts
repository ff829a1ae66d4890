/** The server's `extensions.code`s, and the client's own for failures that never reached GraphQL. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  /** No usable answer: the server is unreachable, or answered without GraphQL. */
  | 'NETWORK_ERROR'
  /** A newer server may send codes this version does not know. */
  | (string & {});

/** One error as the server formats it. */
export type GraphQLErrorPayload = {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; field?: string; current?: unknown; [key: string]: unknown };
};

/**
 * An error of the API, typed: `code` is the server's `extensions.code`; `field` names the bad input
 * (BAD_USER_INPUT, e.g. 'input.title'); `current` is the current state a CONFLICT carries.
 */
export class DiemcauError extends Error {
  override readonly name = 'DiemcauError';
  readonly code: ErrorCode;
  readonly field?: string;
  readonly current?: unknown;
  readonly path?: readonly (string | number)[];
  /** Every error of the response (the first one is this error's). */
  readonly errors: readonly GraphQLErrorPayload[];

  constructor(
    code: ErrorCode,
    message: string,
    details: Partial<Omit<DiemcauError, 'code' | 'message'>> = {},
  ) {
    super(message);
    this.code = code;
    this.field = details.field;
    this.current = details.current;
    this.path = details.path;
    this.errors = details.errors ?? [];
  }

  /** From the `errors` of a GraphQL response. */
  static from(errors: readonly GraphQLErrorPayload[]): DiemcauError {
    const [first] = errors;
    const ext = first?.extensions ?? {};
    return new DiemcauError(ext.code ?? 'INTERNAL_SERVER_ERROR', first?.message ?? 'Unknown error', {
      field: ext.field,
      current: ext.current,
      path: first?.path,
      errors,
    });
  }
}

export function isDiemcauError(e: unknown, code?: ErrorCode): e is DiemcauError {
  return e instanceof DiemcauError && (code === undefined || e.code === code);
}
