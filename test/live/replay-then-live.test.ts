import { TestServer, startTestServer } from '../support/server';
import { EVENTS, addDelegate, eventBurst, record, seqs } from '../support/live';
import { lastEventSeq, meetingWithSite } from '../support/factories';

describe('meetingEvents with afterSeq: replay, then live, with no gap and no double', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('delivers k+1..n then live events exactly once, in order, while events are produced during the subscribe', async () => {
    const { host, meetingId, siteId } = await meetingWithSite(t);
    for (let i = 0; i < 30; i++) await addDelegate(t, host, meetingId, siteId, i);
    const k = 10;
    const during = Promise.all(
      Array.from({ length: 40 }, (_, i) => addDelegate(t, host, meetingId, siteId, 100 + i)),
    );
    const events = record(t.ws(host), EVENTS, { meetingId, afterSeq: k });
    await during;
    const after = Promise.all(
      Array.from({ length: 20 }, (_, i) => addDelegate(t, host, meetingId, siteId, 200 + i)),
    );
    await after;
    const n = await lastEventSeq(t, host, meetingId);
    const got = await events.count(n - k);
    await new Promise((r) => setTimeout(r, 200)); // nothing more may come
    expect(events.values.map((e) => e.seq)).toEqual(seqs(k + 1, n));
    expect(got.at(-1).type).toBe('PARTICIPANT_ADDED');
    expect(got.at(-1).actor.kind).toBe('user');
  });

  it('without afterSeq, delivers only what happens after the subscribe', async () => {
    const { host, meetingId, siteId } = await meetingWithSite(t);
    const before = await lastEventSeq(t, host, meetingId);
    const events = record(t.ws(host), EVENTS, { meetingId });
    // The subscription is live once an event made after it arrives.
    for (let i = 0; events.values.length === 0; i++) {
      await addDelegate(t, host, meetingId, siteId, i);
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(Array.from({ length: 10 }, (_, i) => addDelegate(t, host, meetingId, siteId, 100 + i)));
    const n = await lastEventSeq(t, host, meetingId);
    const first = events.values[0].seq;
    await events.count(n - first + 1);
    expect(first).toBeGreaterThan(before);
    expect(events.values.map((e) => e.seq)).toEqual(seqs(first, n));
  });

  it('replays a long history across log pages', async () => {
    const { host, meetingId } = await meetingWithSite(t);
    await eventBurst(t, meetingId, 3, 400);
    const n = await lastEventSeq(t, host, meetingId);
    const events = record(t.ws(host), EVENTS, { meetingId, afterSeq: 0 });
    await events.count(n);
    expect(events.values.map((e) => e.seq)).toEqual(seqs(1, n));
    expect(events.values[0].type).toBe('MEETING_CREATED');
  });
});
