import type { Client as WsClient, Sink } from 'graphql-ws';
import { BackoffOptions, backoff, sleep } from './backoff';
import { CloseCodes } from './close-codes';
import { DiemcauError, GraphQLErrorPayload } from './errors';

export type RetryOptions = BackoffOptions & {
  /** Called before each reconnect, e.g. to show "reconnecting" on a screen. */
  onRetry?: (info: { operation: string; attempt: number; delayMs: number; reason: unknown }) => void;
};

/** What one resumable subscription needs from the client. */
export type FollowOptions<T> = {
  ws: () => WsClient;
  operation: string;
  query: string;
  /** The variables of the next attempt, given the last seq seen. */
  variables: (lastSeq: number | null) => Record<string, unknown>;
  /** The value of one pushed result (the root field). */
  pick: (data: Record<string, unknown>) => T;
  seqOf: (value: T) => number;
  lastSeq: number | null;
  /** The token was refused: drops it (true when a new one can be had, i.e. with getToken). */
  refreshToken: () => Promise<boolean>;
  retry: RetryOptions;
  signal: AbortSignal;
};

/** Refreshed tokens refused in a row before giving up. */
const MAX_AUTH_FAILURES = 3;

type Outcome<T> = { value: T } | { end: true; error?: unknown };

/** The pushes of one attempt, pulled one at a time; an abort of `signal` ends it. */
class Attempt<T> implements Sink<T> {
  private readonly items: Outcome<T>[] = [];
  private wake: (() => void) | null = null;
  private readonly onAbort = () => this.push({ end: true, error: this.signal.reason });

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  next = (value: T) => this.push({ value });
  error = (error: unknown) => this.push({ end: true, error });
  complete = () => this.push({ end: true });

  private push(item: Outcome<T>): void {
    this.items.push(item);
    this.wake?.();
    this.wake = null;
  }

  async take(): Promise<Outcome<T>> {
    if (this.signal.aborted) return { end: true };
    while (this.items.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    return this.items.shift()!;
  }

  close(): void {
    this.signal.removeEventListener('abort', this.onAbort);
  }
}

/**
 * A subscription that survives its socket: on a close it reconnects with backoff and resubscribes from
 * the last seq seen, and drops any value at or before it, so the consumer sees each seq once, in order.
 * A 4403 close refreshes the token first. GraphQL errors (access, unknown meeting) end it with a
 * DiemcauError. It ends quietly when the signal aborts or the consumer stops.
 */
export async function* follow<T>(options: FollowOptions<T>): AsyncGenerator<T, void, undefined> {
  const { signal, retry } = options;
  let last = options.lastSeq;
  let failures = 0;
  let authFailures = 0;
  while (!signal.aborted) {
    const attempt = new Attempt<{ data?: Record<string, unknown> | null; errors?: GraphQLErrorPayload[] }>(
      signal,
    );
    const dispose = options
      .ws()
      .subscribe({ query: options.query, variables: options.variables(last) }, attempt as Sink);
    let end: unknown;
    try {
      for (;;) {
        const outcome = await attempt.take();
        if ('end' in outcome) {
          end = outcome.error;
          break;
        }
        const { data, errors } = outcome.value;
        if (!data) throw DiemcauError.from(errors ?? []);
        const value = options.pick(data);
        const seq = options.seqOf(value);
        failures = authFailures = 0;
        if (last !== null && seq <= last) continue;
        last = seq;
        yield value;
      }
    } finally {
      attempt.close();
      dispose();
    }
    if (signal.aborted) return;
    if (Array.isArray(end)) throw DiemcauError.from(end as GraphQLErrorPayload[]);
    const code = closeCode(end);
    if (code === CloseCodes.BadRequest || code === CloseCodes.SubprotocolNotAcceptable)
      throw new DiemcauError('BAD_USER_INPUT', `The server refused the subscription (${code})`);
    let delayMs = backoff(retry, failures++);
    if (code === CloseCodes.Forbidden) {
      if (!(await options.refreshToken()) || ++authFailures > MAX_AUTH_FAILURES)
        throw new DiemcauError('UNAUTHENTICATED', 'The server refused the token of the subscription');
      delayMs = 0;
    } else if (code === CloseCodes.SubscriberFellBehind) delayMs = 0;
    retry.onRetry?.({ operation: options.operation, attempt: failures, delayMs, reason: end });
    await sleep(delayMs, signal);
  }
}

function closeCode(reason: unknown): number | null {
  return typeof reason === 'object' &&
    reason !== null &&
    typeof (reason as { code?: unknown }).code === 'number'
    ? (reason as { code: number }).code
    : null;
}
