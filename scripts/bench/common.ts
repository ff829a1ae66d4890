/**
 * What the bench processes share: the subscription documents (the same for the three servers), the
 * messages they exchange over IPC, and small helpers. Every process runs on this machine, so
 * `process.hrtime` (CLOCK_MONOTONIC on Linux) is one clock for all of them: a server stamps the
 * commit, a client stamps the arrival, and the difference is the latency.
 */

import { MeetingEventsDocument } from '../../client-sdk/src/generated/graphql';

/**
 * events: meetingEvents, every socket with the same variables; sdk: meetingEvents as the SDK's screens
 * subscribe (its own document, each screen with the afterSeq it had when it joined, one after another);
 * live: meetingLive.
 */
export type Kind = 'events' | 'sdk' | 'live';
export type ServerName = 'ours' | 'naive' | 'floor';

/** The subscribed documents: what a site's screen asks for (LiveMeeting without the 764-site lists). */
export const DOCUMENTS: Record<Kind, { field: string; query: string }> = {
  events: {
    field: 'meetingEvents',
    query: `subscription($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {
    seq at type actor { kind id name }
    subject {
      __typename
      ... on SpeechSnapshot { speechId status kind topic speakerName connectionPointId agendaItemId queuePosition timeLimitSeconds startedAt }
      ... on AgendaItemSnapshot { agendaItemId position title itemKind: kind itemStatus: status startedAt }
      ... on ConnectionPointSnapshot { connectionPointId name role connectionState lastSeenAt }
    }
  }
}`,
  },
  sdk: { field: 'meetingEvents', query: MeetingEventsDocument.toString() },
  live: {
    field: 'meetingLive',
    query: `subscription($meetingId: ID!) {
  meetingLive(meetingId: $meetingId) {
    meetingId seq serverTime title status startedAt
    currentAgendaItem { id position title kind status startedAt }
    currentSpeech { id status kind topic speakerName connectionPointId startedAt timeLimitSeconds }
    speakerQueue { id speakerName connectionPointId queuePosition timeLimitSeconds }
    speechRequests { id speakerName connectionPointId }
    agenda { id position title kind status }
    attendance { planned expected present absent excused total }
  }
}`,
  },
};

/** The query side: what a host console loads when it opens a meeting (the national one: 764 sites). */
export const MEETING_SNAPSHOT = `query($id: ID!) {
  meeting(id: $id) {
    id title status version lastEventSeq organizer { name } hostUnit { name }
    connectionPoints { id name role connectionState unit { name } participants { id name } }
    participants { id name role attendance connectionPoint { id } unit { name } }
    agenda { id position title status presenter { name } speeches { id } }
    currentAgendaItem { id } currentSpeech { id } speakerQueue { id }
  }
}`;

/** The host's command that drives the events of a run (ours: a real command, one event each). */
export const EXTEND_SPEECH = 'mutation($id: ID!) { extendSpeech(id: $id, seconds: 1) { id } }';

/** A site raises its hand. */
export const REQUEST_TO_SPEAK =
  'mutation($input: RequestToSpeakInput!) { requestToSpeak(input: $input) { id } }';

/** What the template meeting gives a run of our server. */
export type Setup = {
  meetingId: string;
  speechId: string;
  hostToken: string;
  /** One site token per connection point; sockets take them in turn (1 to 7 screens per site). */
  siteTokens: string[];
};

/** Server process → orchestrator. */
export type ServerMessage =
  | { type: 'ready'; port: number; meetingId: string }
  /** An event committed (ours: stamped as the command publishes it, before its answer). */
  | { type: 'published'; meetingId: string; seq: number; at: number }
  /**
   * `peakRss`: with BENCH_PEAK_RSS, the highest RSS since the previous stats (else 0), in bytes.
   * `loopDelay`: the event loop's delay since the previous stats, ms.
   */
  | {
      type: 'stats';
      cpuMicros: number;
      rss: number;
      peakRss: number;
      statements: number;
      loopDelay: { p50: number; p99: number; max: number };
    };

/** Orchestrator → server process. */
export type ServerRequest = { type: 'stats'; gc?: boolean };

/** Orchestrator → client process. */
export type ClientRequest =
  | { type: 'connect'; url: string; tokens: string[]; count: number }
  /**
   * Subscribes this client's sockets, or with `batch` only those whose index is `batch.index`
   * modulo `batch.of`, resuming after `afterSeq` when given (as the SDK's screens join).
   */
  | {
      type: 'subscribe';
      kind: Kind;
      meetingId: string;
      afterSeq?: number;
      batch?: { index: number; of: number };
    }
  | { type: 'drop' }
  | { type: 'resume'; target: number }
  | { type: 'report' };

/** Orchestrator → Monday-morning client process (monday-client.ts). */
export type MondayClientRequest =
  /** Joins `screens` (site tokens of their meetings) `batch` at a time, `pauseMs` apart. */
  | {
      type: 'join';
      url: string;
      screens: { meetingId: string; token: string }[];
      batch: number;
      pauseMs: number;
    }
  | { type: 'report' };

/** Client process → orchestrator. */
export type ClientMessage =
  | { type: 'joined' }
  /** Every screen of `meetingId` in this client got `seq`; `at` is when the last of them did. */
  | { type: 'screened'; meetingId: string; seq: number; at: number }
  | { type: 'connected' }
  | { type: 'subscribed' }
  /** Every socket of this client got `seq` (or a later one); `at` is when the last of them did, `first` the first. */
  | { type: 'got'; seq: number; at: number; first: number; bytes: number }
  | { type: 'dropped' }
  | { type: 'failed'; error: string }
  /** `synced`: when each resumed socket was back in sync (had the resume's target seq), in µs. */
  | { type: 'report'; doubles: number; gaps: number; errors: string[]; synced: number[] };

/** Now on the clock every process shares, in µs. */
export function nowMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** The p-th percentile (0..100) of sorted values, nearest rank. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** POSTs a GraphQL operation and returns its data; throws on any error. */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

/** Sends `message` to the parent process (the orchestrator). */
export function tell(message: ServerMessage | ClientMessage): void {
  if (process.connected) process.send?.(message);
}
