import { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { userActor } from '../../server/auth/auth.service';
import { User } from '../../server/auth/user.entity';
import { MeetingEventType } from '../../server/events/event-type';
import { TestServer } from './server';
import { participant } from './factories';

export const EVENTS = `subscription($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) { seq type actor { kind name } } }`;

export const LIVE_FIELDS = `id meetingId seq serverTime title status
  currentAgendaItem { id title status } currentSpeech { id startedAt timeLimitSeconds }
  speakerQueue { id queuePosition } speechRequests { id } agenda { id position status }
  connectionPoints { id name role connectionState lastSeenAt }
  attendance { planned expected present absent excused total }
  attendanceByConnectionPoint { connectionPointId planned expected present absent excused total }
  conclusion { status text }`;
export const LIVE = `subscription($meetingId: ID!) { meetingLive(meetingId: $meetingId) { ${LIVE_FIELDS} } }`;
export const LIVE_QUERY = `query($meetingId: ID!) { liveMeeting(meetingId: $meetingId) { ${LIVE_FIELDS} } }`;

/** Waits until `check` is true (polling), or fails with `what`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** What one subscription received: its values, its errors, whether it completed. */
export type Recording<T = any> = {
  values: T[];
  errors: any[];
  completed: boolean;
  stop(): void;
  /** Waits for `n` values in all. */
  count(n: number, timeoutMs?: number): Promise<T[]>;
  /** Waits for a value that matches. */
  find(match: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Waits for the subscription to end (completed or failed). */
  ended(timeoutMs?: number): Promise<void>;
};

/** Subscribes over `client` and records what comes; the field's payload is unwrapped. */
export function record<T = any>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
): Recording<T> {
  const rec: Recording<T> = {
    values: [],
    errors: [],
    completed: false,
    stop: () => undefined,
    count: async (n, timeoutMs) => {
      await until(() => rec.values.length >= n || rec.errors.length > 0, `${n} values`, timeoutMs);
      if (rec.errors.length) throw new Error(JSON.stringify(rec.errors));
      return rec.values;
    },
    find: async (match, timeoutMs) => {
      await until(() => rec.values.some(match) || rec.errors.length > 0, 'a matching value', timeoutMs);
      if (rec.errors.length) throw new Error(JSON.stringify(rec.errors));
      return rec.values.find(match)!;
    },
    ended: (timeoutMs) => until(() => rec.completed || rec.errors.length > 0, 'the end', timeoutMs),
  };
  rec.stop = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) rec.errors.push(...result.errors);
        else rec.values.push(Object.values(result.data!)[0]);
      },
      // A socket closed under the subscription comes as its CloseEvent: keep the code.
      error: (e) =>
        rec.errors.push((e as { code?: number }).code ? { closeCode: (e as { code: number }).code } : e),
      complete: () => (rec.completed = true),
    },
  );
  return rec;
}

/** A graphql-ws client whose socket the server is expected to close (that is no error to print). */
export function closingClient(t: TestServer, token: string | null): Client {
  return t.ws(token, { onNonLazyError: () => undefined });
}

/** The close code of `client`'s socket, once it closes. */
export function closeCode(client: Client): Promise<number> {
  return new Promise((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
}

/** A graphql-ws client of `token`, once the server has accepted its socket. */
export async function connectedClient(t: TestServer, token: string): Promise<Client> {
  const client = t.ws(token);
  await new Promise<void>((resolve) => client.on('connected', () => resolve()));
  return client;
}

/** A connection point of the meeting as a live screen shows it (connectionState, lastSeenAt…). */
export async function livePoint(t: TestServer, token: string, meetingId: string, id: string) {
  return (await t.ok(LIVE_QUERY, { meetingId }, token)).liveMeeting.connectionPoints.find(
    (cp: any) => cp.id === id,
  );
}

/** A raw graphql-transport-ws socket, to misbehave with (pause reading, never complete). */
export async function rawSubscriber(t: TestServer, token: string, query: string, variables: object) {
  const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const acked = new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await acked;
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
  const tcp = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  return { socket, closed, pause: () => tcp.pause(), resume: () => tcp.resume() };
}

/**
 * The `next` frames of one subscription over a raw socket, as the text the server wrote: what a
 * client receives byte for byte (every raw subscriber's subscription id is "1").
 */
export async function rawFrames(t: TestServer, token: string, query: string, variables: object) {
  const { socket } = await rawSubscriber(t, token, query, variables);
  const frames: string[] = [];
  socket.on('message', (data, isBinary) => {
    const text = String(data);
    // graphql-transport-ws speaks text: a binary frame is kept marked, so that no comparison passes.
    if ((JSON.parse(text) as { type: string }).type === 'next')
      frames.push(isBinary ? `binary: ${text}` : text);
  });
  return {
    frames,
    count: async (n: number) => {
      await until(() => frames.length >= n, `${n} frames`);
      return frames;
    },
    close: () => socket.close(),
  };
}

/** One change through the real API: a participant added (one PARTICIPANT_ADDED event). */
export function addDelegate(t: TestServer, host: string, meetingId: string, siteId: string, n: number) {
  return participant(t, host, meetingId, siteId, { name: `Đại biểu số ${n}` });
}

/**
 * Many events fast, in-process: `commands` commands of `perCommand` MEETING_UPDATED events each,
 * `pauseMs` apart. For volume tests only (thousands of events); everything else uses the real API.
 */
export async function eventBurst(
  t: TestServer,
  meetingId: string,
  commands: number,
  perCommand: number,
  pauseMs = 0,
) {
  const services = t.server.services;
  const admin = userActor((await services.db.dataSource.manager.findOneBy(User, { username: 'admin' }))!, []);
  for (let i = 0; i < commands; i++) {
    await services.commands.run(admin, meetingId, async (c) => {
      for (let j = 0; j < perCommand; j++) c.emit(MeetingEventType.MEETING_UPDATED, c.meeting);
    });
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  }
}

/** The seqs from `from` to `to`, inclusive. */
export const seqs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
