/**
 * Domain errors. Services throw these and know nothing of GraphQL; the one error mapper
 * (server/graphql/error-mapper.ts) turns them into GraphQL errors with `extensions.code`.
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  ResultTooLarge = 'RESULT_TOO_LARGE',
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra fields for `extensions` (the bad field, the current state …); never internals. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string): DomainError =>
  new DomainError(ErrorCode.BadUserInput, message, { field });

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(ErrorCode.NotFound, `${what} ${id} not found`);

export const conflict = (message: string, current: Record<string, unknown>): DomainError =>
  new DomainError(ErrorCode.Conflict, message, { current });

export const forbidden = (message = 'Not allowed'): DomainError =>
  new DomainError(ErrorCode.Forbidden, message);

export const unauthenticated = (message = 'Authentication required'): DomainError =>
  new DomainError(ErrorCode.Unauthenticated, message);
