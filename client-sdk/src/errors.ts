import type {
  AgendaItemStatus,
  Attendance,
  ConclusionStatus,
  DirectiveStatus,
  ErrorReason,
  MeetingStatus,
  SpeechStatus,
} from './generated/graphql';

/** The server's `extensions.code`s, and the client's own for failures that never reached GraphQL. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'RESULT_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  /** No usable answer: the server is unreachable, or answered without GraphQL. */
  | 'NETWORK_ERROR'
  /** No answer within the request's `timeoutMs`. */
  | 'TIMEOUT'
  /** A newer server may send codes this version does not know. */
  | (string & {});

/** One error as the server formats it. */
export type GraphQLErrorPayload = {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    reason?: string;
    field?: string;
    current?: unknown;
    retryAfterSeconds?: number;
    [key: string]: unknown;
  };
};

export type AgendaItemState = { id: string; title: string; position: number; status: AgendaItemStatus };
export type SpeechState = {
  id: string;
  status: SpeechStatus;
  agendaItemId: string;
  connectionPointId: string;
  speakerName: string | null;
  queuePosition: number | null;
};

/**
 * What a CONFLICT carries in `current`: the state the change ran into, by what it is about (tell
 * them apart with `in`, e.g. `'text' in e.current` for a conclusion).
 */
export type ConflictState =
  /** A conclusion (update with a stale version, announce, publish); the meeting's when it is why. */
  | {
      text: string;
      version: number;
      status: ConclusionStatus;
      meetingStatus?: MeetingStatus;
      organizerId?: string | null;
    }
  /** A meeting: its status, with its version (edits, lifecycle) or its hosts (adding, removing one). */
  | { status: MeetingStatus; version?: number; hostIds?: string[] }
  /** An agenda item, with the one already active when that is why. */
  | (AgendaItemState & { activeAgendaItem?: AgendaItemState })
  /** A speech, with the one already on or its agenda item when that is why. */
  | (SpeechState & { currentSpeech?: SpeechState; agendaItem?: AgendaItemState })
  | { status: DirectiveStatus }
  | { attendance: Attendance; checkedInAt?: string; absenceReason?: string | null }
  /** What the meeting already has, or lacks. */
  | { connectionPointId: string }
  | { hostConnectionPointId: string }
  | { hasAccessCode: false }
  | { conclusion: null }
  | { meetingStatus: MeetingStatus }
  | { noticeNumber: string; noticeYear: number };

/** `current` by code: only a CONFLICT carries one. */
export type CurrentOf<C extends ErrorCode> = C extends 'CONFLICT' ? ConflictState : undefined;

type Details<C extends ErrorCode> = {
  reason?: ErrorReason;
  field?: string;
  current?: CurrentOf<C>;
  retryAfterSeconds?: number;
  path?: readonly (string | number)[];
  errors?: readonly GraphQLErrorPayload[];
};

/**
 * An error of the API, typed: `code` is the server's `extensions.code`; `reason` its finer
 * `extensions.reason`; `field` names the bad input (BAD_USER_INPUT, e.g. 'input.title'); `current` is
 * the state a CONFLICT ran into; `retryAfterSeconds` when to try a RATE_LIMITED change again.
 * Narrow with `isDiemcauError(e, 'CONFLICT')` or `e.is('CONFLICT')` to type `current`.
 */
export class DiemcauError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'DiemcauError';
  readonly code: C;
  /** Why, on every CONFLICT and BAD_USER_INPUT: the schema's `ErrorReason` (messages follow Accept-Language). */
  readonly reason?: ErrorReason;
  readonly field?: string;
  readonly current: CurrentOf<C>;
  readonly retryAfterSeconds?: number;
  readonly path?: readonly (string | number)[];
  /** Every error of the response (the first one is this error's). */
  readonly errors: readonly GraphQLErrorPayload[];

  constructor(code: C, message: string, details: Details<C> = {}) {
    super(message);
    this.code = code;
    this.reason = details.reason;
    this.field = details.field;
    this.current = details.current as CurrentOf<C>;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.path = details.path;
    this.errors = details.errors ?? [];
  }

  is<K extends ErrorCode>(code: K): this is DiemcauError<K> {
    return (this.code as ErrorCode) === code;
  }

  /** From the `errors` of a GraphQL response. */
  static from(errors: readonly GraphQLErrorPayload[]): DiemcauError {
    const [first] = errors;
    const ext = first?.extensions ?? {};
    return new DiemcauError<ErrorCode>(
      ext.code ?? 'INTERNAL_SERVER_ERROR',
      first?.message ?? 'Unknown error',
      {
        reason: typeof ext.reason === 'string' ? (ext.reason as ErrorReason) : undefined,
        field: ext.field,
        current: ext.current as ConflictState | undefined,
        retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
        path: first?.path,
        errors,
      },
    );
  }
}

export function isDiemcauError<K extends ErrorCode = ErrorCode>(e: unknown, code?: K): e is DiemcauError<K> {
  return e instanceof DiemcauError && (code === undefined || e.code === code);
}
