import { ErrorReason } from './error-reason';
import { errorMessage, Language, MessageParams } from '../i18n/messages';

export { ErrorReason };
export type { MessageParams };

/**
 * Domain errors. Services throw these and know nothing of GraphQL; the one error mapper
 * (server/graphql/error-mapper.ts) turns them into GraphQL errors with `extensions.code`, and
 * `extensions.reason` with the message in the request's language for CONFLICT and BAD_USER_INPUT.
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

/** The codes that always carry a reason: they are raised only through `conflict` and `badInput`. */
type ReasonedCode = ErrorCode.Conflict | ErrorCode.BadUserInput;

export class DomainError extends Error {
  constructor(code: Exclude<ErrorCode, ReasonedCode>, message: string, details?: Record<string, unknown>);
  constructor(
    code: ReasonedCode,
    message: string,
    details: Record<string, unknown>,
    reason: ErrorReason,
    params: MessageParams,
  );
  constructor(
    readonly code: ErrorCode,
    /** In English, for logs; the client is answered `messageIn` its language. */
    message: string,
    /** Extra fields for `extensions` (the bad field, the current state …); never internals. */
    readonly details: Record<string, unknown> = {},
    /** Set exactly on CONFLICT and BAD_USER_INPUT; its message comes from the catalogue (server/i18n/). */
    readonly reason?: ErrorReason,
    /** What the catalogue's message of `reason` is filled with. */
    readonly params: MessageParams = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** The message shown to the client, in its language. */
  messageIn(language: Language): string {
    return this.reason ? errorMessage(this.reason, this.params, language) : this.message;
  }
}

const reasoned = (
  code: ReasonedCode,
  reason: ErrorReason,
  details: Record<string, unknown>,
  params: MessageParams,
): DomainError => new DomainError(code, errorMessage(reason, params, 'en'), details, reason, params);

/**
 * BAD_USER_INPUT: `field` (the argument's path, e.g. 'input.title') is wrong for `reason`; `params`
 * fill the reason's message (`field` is put in by itself). `details` go to `extensions` as they are.
 */
export const badInput = (
  field: string,
  reason: ErrorReason,
  params: MessageParams = {},
  details: Record<string, unknown> = {},
): DomainError => reasoned(ErrorCode.BadUserInput, reason, { field, ...details }, { field, ...params });

/**
 * CONFLICT: the state the change ran into does not allow it for `reason`; `current` is that state
 * (`extensions.current`); `params` fill the reason's message.
 */
export const conflict = (
  reason: ErrorReason,
  current: Record<string, unknown>,
  params: MessageParams = {},
  details: Record<string, unknown> = {},
): DomainError => reasoned(ErrorCode.Conflict, reason, { current, ...details }, params);

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(ErrorCode.NotFound, `${what} ${id} not found`);

export const forbidden = (message = 'Not allowed'): DomainError =>
  new DomainError(ErrorCode.Forbidden, message);

export const unauthenticated = (message = 'Authentication required'): DomainError =>
  new DomainError(ErrorCode.Unauthenticated, message);
