import { MeetingEvent } from '../../server/events/meeting-event';
import { TestServer, startTestServer } from '../support/server';
import { lastEventSeq, meetingWithSite } from '../support/factories';
import { addDelegate, seqs, until } from '../support/live';
import { describeBackends } from '../support/redis';

/**
 * What every event bus promises its listeners (server/events/event-bus.ts), whichever the server
 * runs: the in-process one, or the one through Redis. Events come from real commands.
 */
describeBackends('the event bus', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: backend.env });
  });
  afterAll(() => t.close());

  const bus = () => t.server.services.bus;
  /** A listener that records the seqs it is handed. */
  const listener = () => {
    const got: number[] = [];
    return { got, listen: (e: MeetingEvent) => void got.push(e.seq) };
  };

  it('runs on the server this suite is for: with REDIS_URL or without', () => {
    expect(t.server.services.config.redisUrl ?? null).toBe(backend.env.REDIS_URL ?? null);
  });

  it("hands each of a meeting's events to each of its listeners once, in seq order", async () => {
    const m = await meetingWithSite(t);
    const from = await lastEventSeq(t, m.host, m.meetingId);
    const [a, b] = [listener(), listener()];
    const stops = [bus().subscribe(m.meetingId, a.listen), bus().subscribe(m.meetingId, b.listen)];
    for (const n of [1, 2, 3, 4, 5]) await addDelegate(t, m.host, m.meetingId, m.siteId, n);
    await until(() => a.got.length >= 5 && b.got.length >= 5, 'five events at both listeners');
    // One more, after: had any come twice, it would be here before this one.
    await addDelegate(t, m.host, m.meetingId, m.siteId, 6);
    await until(() => a.got.includes(from + 6) && b.got.includes(from + 6), 'the sixth event');
    expect(a.got).toEqual(seqs(from + 1, from + 6));
    expect(b.got).toEqual(seqs(from + 1, from + 6));
    stops.forEach((stop) => stop());
  });

  it('hands a listener no event of another meeting', async () => {
    const [mine, other] = [await meetingWithSite(t), await meetingWithSite(t)];
    const from = await lastEventSeq(t, mine.host, mine.meetingId);
    const l = listener();
    const stop = bus().subscribe(mine.meetingId, l.listen);
    await addDelegate(t, other.host, other.meetingId, other.siteId, 1);
    await addDelegate(t, mine.host, mine.meetingId, mine.siteId, 1);
    await until(() => l.got.length >= 1, "the meeting's own event");
    expect(l.got).toEqual([from + 1]);
    stop();
  });

  it('stops handing events to a listener that left; the others go on', async () => {
    const m = await meetingWithSite(t);
    const from = await lastEventSeq(t, m.host, m.meetingId);
    const [leaving, staying] = [listener(), listener()];
    const leave = bus().subscribe(m.meetingId, leaving.listen);
    const stop = bus().subscribe(m.meetingId, staying.listen);
    await addDelegate(t, m.host, m.meetingId, m.siteId, 1);
    await until(() => leaving.got.length === 1 && staying.got.length === 1, 'the first event');
    leave();
    await addDelegate(t, m.host, m.meetingId, m.siteId, 2);
    await until(() => staying.got.length === 2, 'the second event');
    expect(leaving.got).toEqual([from + 1]);
    expect(staying.got).toEqual(seqs(from + 1, from + 2));
    stop();
  });

  it('goes on past a listener that throws', async () => {
    const m = await meetingWithSite(t);
    const from = await lastEventSeq(t, m.host, m.meetingId);
    const l = listener();
    const stops = [
      bus().subscribe(m.meetingId, () => {
        throw new Error('a broken subscriber');
      }),
      bus().subscribe(m.meetingId, l.listen),
    ];
    await addDelegate(t, m.host, m.meetingId, m.siteId, 1);
    await addDelegate(t, m.host, m.meetingId, m.siteId, 2);
    await until(() => l.got.length === 2, 'both events');
    expect(l.got).toEqual(seqs(from + 1, from + 2));
    stops.forEach((stop) => stop());
  });
});
