import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from '@0no-co/graphql.web';
import { createClient as createWsClient, Client as WsClient } from 'graphql-ws';
import { API_VERSION, API_VERSION_HEADER, majorOf } from './api-version';
import { BackoffOptions, backoff, sleep } from './backoff';
import { DiemcauError, GraphQLErrorPayload, isDiemcauError } from './errors';
import { follow, RetryOptions } from './follow';
// The client's own two operations, small: every other document is imported by the code that runs it.
import {
  JoinSiteSessionDocument,
  MeetingLastEventSeqDocument,
  type LiveMeetingFieldsFragment,
  type MeetingEventsSubscription,
} from './generated/graphql';
import { memorySessionStore, SessionStore, SiteSession, SiteSessions } from './sessions';
import { TokenSource, Tokens } from './tokens';

export type ClientOptions = {
  /** The GraphQL endpoint, e.g. https://diemcau.example/graphql (WebSocket on the same path). */
  url: string;
  /** Defaults to `url` with http(s) turned into ws(s). */
  wsUrl?: string;
  /** A fixed token; leave both out for public operations and site sessions (joinSite). */
  token?: string;
  /** Called for a token, again before the one in use expires (its `exp`) and after a refusal. */
  getToken?: TokenSource;
  /** How long before its expiry a token from getToken is replaced. Default 60. */
  tokenRefreshMarginSeconds?: number;
  /** Where joinSite's session is kept (memory by default; localStorageSessionStore in a browser). */
  sessionStore?: SessionStore;
  /** The key of the site session in the store. Default `diemcau.site.session`. */
  sessionKey?: string;
  /** Told once when the server speaks another major API version. Default: console.warn. */
  onApiVersionMismatch?: (versions: { server: string; client: string }) => void;
  /** The WebSocket class: browsers and Node ≥ 22 have one; on Node 20 pass `ws`. */
  webSocketImpl?: unknown;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Reconnect policy of meetingEvents and meetingLive. */
  retry?: RetryOptions;
  /** Defaults of every request (queries and mutations over HTTP); a request's own options win. */
  request?: Omit<RequestOptions, 'signal'>;
  /**
   * The language of the server's messages (error messages), as an Accept-Language value: 'vi' (the
   * server's default) or 'en'. Sent on every request and in the WebSocket's connection_init.
   */
  language?: string;
};

/** Retrying a query that got no answer (NETWORK_ERROR). A mutation is never retried. */
export type QueryRetryOptions = BackoffOptions & {
  /** Attempts after the first. */
  retries: number;
  onRetry?: (info: { attempt: number; delayMs: number; error: DiemcauError }) => void;
};

export type RequestOptions = {
  signal?: AbortSignal;
  /** Extra HTTP headers (e.g. a correlation id); `authorization` is the client's. */
  headers?: Record<string, string>;
  /** Gives up with a TIMEOUT DiemcauError when no answer came within this time, retries included. */
  timeoutMs?: number;
  /** Queries only: tried again with backoff when no answer came. */
  retry?: QueryRetryOptions;
};
export type FollowOptions = { signal?: AbortSignal };

/**
 * A typed document: the SDK's own (`TypedDocumentString`) or any `TypedDocumentNode` (GraphQL Code
 * Generator's client preset, gql.tada, graphql's `parse` cast to one).
 */
export type AnyDocument = DocumentTypeDecoration<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type ApiOf<D> = D extends { __apiType?: infer F } ? NonNullable<F> : never;
export type ResultOf<D> = ApiOf<D> extends (variables: never) => infer R ? R : never;
export type VariablesOf<D> = ApiOf<D> extends (variables: infer V) => unknown ? V : never;
/** Variables may be left out when the operation needs none. */
export type Args<V, O> =
  Record<string, never> extends V ? [variables?: V, options?: O] : [variables: V, options?: O];
/** The value of a root field in a document's result. */
export type FieldOf<D, K extends string> = ResultOf<D>[K & keyof ResultOf<D>];

/** A meetingEvents document: it selects `seq` and takes `$meetingId` and `$afterSeq`. */
export type MeetingEventsDocumentOf<D> = D &
  DocumentTypeDecoration<{ meetingEvents: { seq: number } }, { meetingId: string; afterSeq: number | null }> &
  ('afterSeq' extends keyof VariablesOf<D> ? unknown : { 'takes no $afterSeq: cannot resume': never });
/** A meetingLive document: it selects `seq` and takes `$meetingId`. */
export type MeetingLiveDocumentOf<D> = D &
  DocumentTypeDecoration<{ meetingLive: { seq: number } }, { meetingId: string }>;
/**
 * The variables of following a meetingEvents document: `afterSeq` is where to start (after that
 * seq, replayed then live), from now on when left out; the client moves it on as events come.
 */
export type MeetingEventsVariablesOf<D> = Omit<VariablesOf<D>, 'afterSeq'> & { afterSeq?: number | null };

/**
 * A subject's fields aliased `<subjectType><Field>` given back as `<field>`: the SDK's
 * MeetingEventSubjectFields selects so the fields whose type differs between subjects (a speech's
 * and a meeting's `status`), and a caller's document may do the same.
 */
type Unaliased<S> = S extends { __typename: infer T extends string }
  ? {
      [
        K in keyof S as K extends `${Uncapitalize<T>}${infer F}`
          ? F extends Capitalize<F>
            ? Uncapitalize<F>
            : K
          : K
      ]: S[K];
    }
  : S;
/** An event as meetingEvents gives it: as selected, its subject's aliased fields under their names. */
export type MeetingEventOf<E> = { [K in keyof E]: K extends 'subject' ? Unaliased<E[K]> : E[K] };

/** A meeting event with every field of its subject (the SDK's MeetingEventsDocument). */
export type MeetingEvent = MeetingEventOf<MeetingEventsSubscription['meetingEvents']>;
/** The changed object of a MeetingEvent, told apart by `__typename`. */
export type MeetingEventSubject = MeetingEvent['subject'];
/** What a site's screen shows (the SDK's MeetingLiveDocument). */
export type LiveMeeting = LiveMeetingFieldsFragment;

export type Client = {
  /** Any query or mutation, typed by its document; resolves to the data, or rejects with a DiemcauError. */
  request<D extends AnyDocument>(
    document: D,
    ...args: Args<VariablesOf<D>, RequestOptions>
  ): Promise<ResultOf<D>>;
  /** Any subscription document: its results (`data`), on one connection, without resume. */
  subscribe<D extends AnyDocument>(
    document: D,
    ...args: Args<VariablesOf<D>, FollowOptions>
  ): AsyncIterable<ResultOf<D>>;
  /**
   * The events of a meeting, each once and in seq order, across reconnects and server restarts:
   * after `afterSeq` when given (replayed, then live), otherwise from now on. Each event as the
   * document selects it (the SDK's MeetingEventsDocument, or the caller's own), its subject's
   * aliased fields under their names (see MeetingEventOf).
   */
  meetingEvents<D extends AnyDocument>(
    document: MeetingEventsDocumentOf<D>,
    variables: MeetingEventsVariablesOf<D>,
    options?: FollowOptions,
  ): AsyncIterable<MeetingEventOf<FieldOf<D, 'meetingEvents'>>>;
  /**
   * What a site's screen shows, as the document selects it (the SDK's MeetingLiveDocument, or the
   * caller's own): now, then after each change; newer snapshots only, across reconnects.
   */
  meetingLive<D extends AnyDocument>(
    document: MeetingLiveDocumentOf<D>,
    variables: VariablesOf<D>,
    options?: FollowOptions,
  ): AsyncIterable<FieldOf<D, 'meetingLive'>>;
  /**
   * Joins as a site with an access code; the session is kept in the session store and used as the
   * token of this client (and of any client on the same store) until it expires, is revoked or left.
   */
  joinSite(code: string, options?: RequestOptions): Promise<SiteSession>;
  /** The kept site session, if any (none once expired). */
  siteSession(): Promise<SiteSession | null>;
  /** Forgets the site session. */
  leaveSite(): Promise<void>;
  /** The API version the server last answered with (the response header), once a request ran. */
  readonly serverApiVersion: string | null;
  /** Ends every subscription and closes the WebSocket. */
  close(): Promise<void>;
};

export function createClient(options: ClientOptions): Client {
  const siteSessions = new SiteSessions(
    options.sessionStore ?? memorySessionStore(),
    options.sessionKey ?? 'diemcau.site.session',
  );
  const tokens = new Tokens(
    options.token,
    options.getToken,
    siteSessions,
    (options.tokenRefreshMarginSeconds ?? 60) * 1000,
  );
  let serverApiVersion: string | null = null;
  const apiVersionOf = (response: Response) => {
    const version = response.headers.get(API_VERSION_HEADER);
    if (version === null || version === serverApiVersion) return;
    serverApiVersion = version;
    if (majorOf(version) !== majorOf(API_VERSION))
      (options.onApiVersionMismatch ?? warnOfMismatch)({ server: version, client: API_VERSION });
  };
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const wsUrl = options.wsUrl ?? options.url.replace(/^http/, 'ws');
  const closed = new AbortController();
  let ws: WsClient | null = null;

  const socket = () =>
    (ws ??= createWsClient({
      url: wsUrl,
      webSocketImpl: options.webSocketImpl,
      lazy: true,
      // follow() reconnects and resumes from the last seq; graphql-ws would resubscribe from the start.
      retryAttempts: 0,
      connectionParams: async () => {
        const token = await tokens.get();
        return { ...bearer(token), ...languageOf(options.language) };
      },
    }));

  async function request<D extends AnyDocument>(
    document: D,
    variables?: VariablesOf<D>,
    own: RequestOptions = {},
  ): Promise<ResultOf<D>> {
    const { headers, timeoutMs, retry } = { ...options.request, ...own };
    const query = queryText(document);
    const signals = [own.signal, timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)];
    const signal = AbortSignal.any(signals.filter((s) => s !== undefined));
    const retries = retry && isQuery(query) ? retry.retries : 0;
    for (let attempt = 0, refreshed = false; ;) {
      const token = await tokens.get();
      let body: GraphQLResponse;
      try {
        body = await post(
          fetchImpl,
          options.url,
          { ...languageOf(options.language), ...headers, ...bearer(token) },
          { query, variables },
          signal,
          apiVersionOf,
        );
      } catch (e) {
        if (!isDiemcauError(e, 'NETWORK_ERROR') || attempt >= retries) throw e;
        const delayMs = backoff(retry!, attempt++);
        retry!.onRetry?.({ attempt, delayMs, error: e });
        await sleep(delayMs, signal);
        if (signal.aborted) throw abortError(signal);
        continue;
      }
      if (!body.errors?.length) return body.data as ResultOf<D>;
      const error = DiemcauError.from(body.errors);
      if (error.code === 'UNAUTHENTICATED' && token && !refreshed && (await tokens.refused())) {
        refreshed = true;
        continue;
      }
      throw error;
    }
  }

  /** A follow() of `document`, stopped by `close()` or the caller's signal. */
  function resumable<T>(
    document: AnyDocument,
    field: string,
    variables: (lastSeq: number | null) => Record<string, unknown>,
    lastSeq: () => Promise<number | null>,
    seqOf: (value: T) => number,
    signal: AbortSignal | undefined,
  ): AsyncIterable<T> {
    return {
      [Symbol.asyncIterator]: () =>
        (async function* () {
          yield* follow<T>({
            ws: socket,
            operation: field,
            query: queryText(document),
            variables,
            pick: (data) => data[field] as T,
            seqOf,
            lastSeq: await lastSeq(),
            refreshToken: () => tokens.refused(),
            retry: options.retry ?? {},
            signal: signal ? AbortSignal.any([signal, closed.signal]) : closed.signal,
          });
        })(),
    };
  }

  function subscribe(
    document: AnyDocument,
    variables?: Record<string, unknown>,
    opts: FollowOptions = {},
  ): AsyncIterable<Record<string, unknown>> {
    return {
      async *[Symbol.asyncIterator]() {
        const iterator = socket().iterate({ query: queryText(document), variables });
        const stop = () => void iterator.return?.();
        opts.signal?.addEventListener('abort', stop, { once: true });
        closed.signal.addEventListener('abort', stop, { once: true });
        try {
          for await (const result of iterator) {
            if (!result.data) throw DiemcauError.from((result.errors ?? []) as GraphQLErrorPayload[]);
            yield result.data;
          }
        } catch (e) {
          throw Array.isArray(e) ? DiemcauError.from(e) : e;
        } finally {
          opts.signal?.removeEventListener('abort', stop);
          closed.signal.removeEventListener('abort', stop);
        }
      },
    };
  }

  return {
    request: request as Client['request'],
    subscribe: subscribe as Client['subscribe'],
    get serverApiVersion() {
      return serverApiVersion;
    },
    async joinSite(code, opts) {
      const { joinSite } = await request(JoinSiteSessionDocument, { code }, opts);
      return siteSessions.save(joinSite);
    },
    siteSession: () => siteSessions.current(),
    leaveSite: () => siteSessions.clear(),
    meetingEvents: ((
      document: AnyDocument,
      { afterSeq, ...variables }: Record<string, unknown> & { afterSeq?: number | null },
      { signal }: FollowOptions = {},
    ): AsyncIterable<unknown> =>
      mapped(
        resumable<{ seq: number; subject?: unknown }>(
          document,
          'meetingEvents',
          (last) => ({ ...variables, afterSeq: last }),
          async () =>
            afterSeq ??
            (await request(MeetingLastEventSeqDocument, { id: variables.meetingId as string })).meeting!
              .lastEventSeq,
          (event) => event.seq,
          signal,
        ),
        unaliased,
      )) as Client['meetingEvents'],
    meetingLive: ((
      document: AnyDocument,
      variables: Record<string, unknown>,
      { signal }: FollowOptions = {},
    ): AsyncIterable<unknown> =>
      resumable<{ seq: number }>(
        document,
        'meetingLive',
        () => variables,
        async () => null,
        (live) => live.seq,
        signal,
      )) as Client['meetingLive'],
    async close() {
      closed.abort();
      await ws?.dispose();
    },
  };
}

const printed = new WeakMap<DocumentNode, string>();

/** The text of a document: the SDK's own is a string, a TypedDocumentNode is printed (once). */
function queryText(document: AnyDocument): string {
  if (document instanceof String || typeof document === 'string') return document.toString();
  const node = document as unknown as DocumentNode;
  let text = printed.get(node);
  if (text === undefined) printed.set(node, (text = print(node)));
  return text;
}

/**
 * Whether a document is a query: no `mutation` or `subscription` keyword at its top level (outside
 * selections, strings and comments). Only queries are retried.
 */
function isQuery(text: string): boolean {
  let depth = 0;
  for (const [token] of text.matchAll(
    /#.*|"(?:""[^]*?""|(?:\\.|[^"\\\n])*)"|[{}]|(?<![$\w])(?:mutation|subscription)\b/g,
  )) {
    if (token === '{') depth++;
    else if (token === '}') depth--;
    else if (depth === 0 && /^[ms]/.test(token)) return false;
  }
  return true;
}

type GraphQLResponse = { data?: unknown; errors?: GraphQLErrorPayload[] };

const bearer = (token: string | null): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

/** The accept-language header (and connection_init field) of a client's language, if it set one. */
const languageOf = (language: string | undefined): Record<string, string> =>
  language ? { 'accept-language': language } : {};

/** Why `signal` aborted: a TIMEOUT DiemcauError for the request's timeout, else the caller's reason. */
function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  // A DOMException, not always an Error of this realm.
  return (reason as { name?: unknown } | null)?.name === 'TimeoutError'
    ? new DiemcauError('TIMEOUT', 'No answer in time')
    : reason;
}

const warnOfMismatch = ({ server, client }: { server: string; client: string }) =>
  console.warn(`@diemcau/client speaks API ${client}, the server ${server}: upgrade the SDK or the server`);

/**
 * POSTs one operation; the parsed GraphQL response, or a NETWORK_ERROR (TIMEOUT, the caller's
 * abort). `onResponse` sees each HTTP response first.
 */
async function post(
  fetchImpl: typeof fetch,
  url: string,
  headers: Record<string, string>,
  body: { query: string; variables?: unknown },
  signal: AbortSignal,
  onResponse: (response: Response) => void,
): Promise<GraphQLResponse> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (signal.aborted) throw abortError(signal);
    throw new DiemcauError('NETWORK_ERROR', `Cannot reach ${url}: ${(e as Error).message}`);
  }
  onResponse(response);
  try {
    return (await response.json()) as GraphQLResponse;
  } catch {
    if (signal.aborted) throw abortError(signal);
    throw new DiemcauError('NETWORK_ERROR', `${url} answered ${response.status} without a GraphQL response`);
  }
}

const uncapitalized = (name: string) => name[0].toLowerCase() + name.slice(1);

/** The event with its subject's `<subjectType><Field>` aliases renamed back (the type: MeetingEventOf). */
function unaliased<E extends { subject?: unknown }>(event: E): E {
  const subject = event.subject as { __typename?: unknown } | null | undefined;
  if (typeof subject?.__typename !== 'string') return event;
  const prefix = uncapitalized(subject.__typename);
  const fields = Object.entries(subject).map(([key, value]) =>
    key.startsWith(prefix) && /^[A-Z]/.test(key.slice(prefix.length))
      ? [uncapitalized(key.slice(prefix.length)), value]
      : [key, value],
  );
  return { ...event, subject: Object.fromEntries(fields) };
}

function mapped<T, U>(source: AsyncIterable<T>, map: (value: T) => U): AsyncIterable<U> {
  return {
    async *[Symbol.asyncIterator]() {
      for await (const value of source) yield map(value);
    },
  };
}
