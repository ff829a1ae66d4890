import WebSocket from 'ws';
import {
  createClient,
  DiemcauError,
  isDiemcauError,
  MeetingDocument,
  MeetingEvent,
  MeetingEventsDocument,
  ServerTimeDocument,
} from '../../client-sdk/src';
import { TestServer } from '../support/server';
import { adminToken, lastEventSeq, rejection, seededRun } from '../support/sdk';
import { LiveMeetingRun } from '../../scripts/demo/live-meeting';

describe('SDK errors and tokens', () => {
  let t: TestServer;
  let run: LiveMeetingRun;

  beforeAll(async () => ({ t, run } = await seededRun('phu-yen-monthly-briefing')));
  afterAll(async () => {
    await run?.close();
    await t?.close();
  });

  it('requires authentication: a query without a token is UNAUTHENTICATED, as a DiemcauError', async () => {
    const anonymous = createClient({ url: t.url });
    const error = await rejection(anonymous.request(MeetingDocument, { id: run.meetingId }));
    expect(error).toBeInstanceOf(DiemcauError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('carries the field of a BAD_USER_INPUT and the current state of a CONFLICT', async () => {
    const bad = await rejection(
      run.host.mutate.createMeeting({ input: { title: '   ', kind: 'THEMATIC', format: 'ONLINE' } }),
    );
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BLANK', field: 'input.title' });
    const conflict = await rejection(run.host.mutate.endMeeting({ id: run.meetingId }));
    expect(conflict).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      current: expect.objectContaining({ status: 'SCHEDULED' }),
    });
  });

  it('types the current state of a CONFLICT on a conclusion: { text, version, status }', async () => {
    const draft = await run.host.mutate.draftConclusion({
      input: { meetingId: run.meetingId, text: 'Hội nghị thống nhất' },
    });
    await run.host.mutate.updateConclusion({ id: draft.id, text: 'Hội nghị kết luận', expectedVersion: 1 });
    const error = await rejection(
      run.host.mutate.updateConclusion({ id: draft.id, text: 'Bản cũ', expectedVersion: 1 }),
    );
    if (!isDiemcauError(error, 'CONFLICT') || !('text' in error.current)) throw error;
    const { text, version, status } = error.current;
    expect({ text, version, status }).toEqual({ text: 'Hội nghị kết luận', version: 2, status: 'DRAFT' });
    expect(error.path).toEqual(['updateConclusion']);
  });

  it('is a NETWORK_ERROR when nothing answers', async () => {
    const nowhere = createClient({ url: 'http://127.0.0.1:9/graphql' });
    expect(await rejection(nowhere.request(ServerTimeDocument))).toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('gets a new token when the server refuses one, over HTTP and on a 4403 close', async () => {
    const good = await adminToken(t.url);
    const given: string[] = [];
    const client = createClient({
      url: t.url,
      webSocketImpl: WebSocket,
      getToken: () => {
        given.push(given.length === 0 ? 'not-a-token' : good);
        return given.at(-1)!;
      },
      retry: { initialDelayMs: 10 },
    });
    expect((await client.request(MeetingDocument, { id: run.meetingId })).meeting).toMatchObject({
      id: run.meetingId,
    });
    expect(given).toEqual(['not-a-token', good]);

    given.length = 0;
    const stale = createClient({
      url: t.url,
      webSocketImpl: WebSocket,
      getToken: () => (given.push('x'), given.length === 1 ? 'not-a-token' : good),
      retry: { initialDelayMs: 10 },
    });
    const events: MeetingEvent[] = [];
    for await (const event of stale.meetingEvents(MeetingEventsDocument, {
      meetingId: run.meetingId,
      afterSeq: 0,
    })) {
      events.push(event);
      if (event.seq === (await lastEventSeq(run))) break;
    }
    expect(given.length).toBe(2);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    await Promise.all([client.close(), stale.close()]);
  });

  it('ends a subscription the server refuses with its code (NOT_FOUND)', async () => {
    const events = run.host.meetingEvents(MeetingEventsDocument, {
      meetingId: '00000000-0000-4000-8000-000000000000',
      afterSeq: 0,
    });
    const error = await rejection(
      (async () => {
        for await (const _ of events) void _;
      })(),
    );
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
  });
});
