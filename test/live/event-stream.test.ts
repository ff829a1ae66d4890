import { EventBus, InProcessEventBus } from '../../server/events/event-bus';
import { MeetingEventType } from '../../server/events/event-type';
import { MeetingEvent } from '../../server/events/meeting-event';
import { MeetingEventStream } from '../../server/live/event-stream';
import { LiveHub } from '../../server/live/live-hub';
import { LiveMeeting } from '../../server/live/live-meeting';
import { SubscriberLink } from '../../server/live/subscriber-link';
import { seqs } from '../support/live';

/**
 * The stream and the hub on their own (no GraphQL, no database): a real in-process bus, and the log
 * as an array, so that what a server rarely does on cue (publish out of order) can be made to happen.
 */
const MEETING = 'm1';
const event = (seq: number) =>
  Object.assign(new MeetingEvent(), { meetingId: MEETING, seq, type: MeetingEventType.MEETING_UPDATED });

/** A bus that counts its listeners, to see that an ended stream lets go. */
class CountingBus extends InProcessEventBus {
  listeners = 0;
  override subscribe(meetingId: string, listener: (e: MeetingEvent) => void): () => void {
    this.listeners++;
    const off = super.subscribe(meetingId, listener);
    return () => {
      this.listeners--;
      off();
    };
  }
}

function setup(logged: number, options: { maxQueue?: number; congested?: () => boolean } = {}) {
  const bus = new CountingBus();
  const log = seqs(1, logged).map(event);
  const link = {
    fellBehind: jest.fn(),
    congested: options.congested ?? (() => false),
  } satisfies SubscriberLink;
  const open = (afterSeq: number | null, pageSize = 500) =>
    MeetingEventStream.open({
      bus: bus as EventBus,
      log: { read: async (_m, after, limit) => log.filter((e) => e.seq > after && e.seq <= after + limit) },
      meetingId: MEETING,
      afterSeq,
      currentSeq: async () => log.length,
      link,
      maxQueue: options.maxQueue ?? 1000,
      pageSize,
    });
  /** Commits `seq` to the log (the order of commits), publishing it later with `publish`. */
  const commit = (...s: number[]) => log.push(...s.map(event));
  /** Publishes `seq`s; resolves once the bus has handed them out (it does so in the next turn). */
  const publish = (...s: number[]) => {
    bus.publish(s.map(event));
    return new Promise<void>((resolve) => setImmediate(resolve));
  };
  return { bus, link, open, commit, publish };
}

async function take(stream: AsyncIterator<MeetingEvent>, n: number): Promise<number[]> {
  const got: number[] = [];
  while (got.length < n) got.push((await stream.next()).value.seq);
  return got;
}

describe('MeetingEventStream', () => {
  it('fills a gap from the log when events are published out of order, and drops the late one', async () => {
    const s = setup(3);
    const stream = await s.open(0);
    expect(await take(stream, 3)).toEqual([1, 2, 3]);
    s.commit(4, 5);
    s.publish(5); // 4's publication is late
    expect(await take(stream, 2)).toEqual([4, 5]);
    s.publish(4);
    s.commit(6);
    s.publish(6);
    expect(await take(stream, 1)).toEqual([6]);
  });

  it('hands the events that follow on straight to its direct taker while caught up, and the rest to next() in order', async () => {
    const s = setup(2);
    const stream = await s.open(0);
    expect(await take(stream, 2)).toEqual([1, 2]);
    const direct: number[] = [];
    let taking = true;
    stream.deliverDirectly({ direct: (e) => taking && direct.push(e.seq) > 0 });
    const waiting = stream.next(); // caught up: the consumer waits
    s.commit(3, 4, 5, 6, 7);
    await s.publish(3, 4);
    expect(direct).toEqual([3, 4]);
    await s.publish(6); // 5's publication is late: the gap is filled from the log, through next()
    expect((await waiting).value.seq).toBe(5);
    expect(await take(stream, 1)).toEqual([6]);
    taking = false; // a taker that cannot now: the event waits in the stream
    const next = stream.next();
    await s.publish(7);
    expect((await next).value.seq).toBe(7);
    expect(direct).toEqual([3, 4]);
  });

  it('resumes a consumer parked while idle for what it does not take directly, and for the end', async () => {
    const s = setup(2);
    const stream = await s.open(0);
    expect(stream.idle).toBe(false); // a replay to read
    expect(await take(stream, 2)).toEqual([1, 2]);
    expect(stream.idle).toBe(true);
    const direct: number[] = [];
    stream.deliverDirectly({ direct: (e) => direct.push(e.seq) > 0 });
    const resumed: number[] = [];
    const consumer = { resume: () => resumed.push(direct.length) };
    stream.park(consumer);
    s.commit(3, 4);
    await s.publish(3);
    expect(direct).toEqual([3]); // parked counts as waiting: taken directly, no resume
    expect(resumed).toEqual([]);
    stream.deliverDirectly({ direct: () => false }); // a taker that cannot now
    await s.publish(4);
    expect(resumed).toEqual([1]);
    expect(stream.idle).toBe(false);
    expect(await take(stream, 1)).toEqual([4]);
    stream.park(consumer);
    await stream.return();
    expect(resumed).toEqual([1, 1]);
    expect(stream.idle).toBe(false);
    expect((await stream.next()).done).toBe(true);
  });

  it('replays across pages while live events pile up, each exactly once', async () => {
    const s = setup(10, { maxQueue: 2 });
    const stream = await s.open(0, 3);
    const first = await take(stream, 2);
    s.commit(11, 12, 13, 14, 15);
    s.publish(11, 12, 13, 14, 15); // more than the queue holds, during the replay
    expect([...first, ...(await take(stream, 13))]).toEqual(seqs(1, 15));
    expect(s.link.fellBehind).not.toHaveBeenCalled();
  });

  it('without afterSeq starts after the newest event', async () => {
    const s = setup(7);
    const stream = await s.open(null);
    s.commit(8);
    s.publish(7, 8);
    expect(await take(stream, 1)).toEqual([8]);
  });

  it('drops a live subscriber whose queue is full, and lets go of the bus', async () => {
    const s = setup(0, { maxQueue: 3 });
    const stream = await s.open(null);
    s.commit(1, 2, 3, 4);
    await s.publish(1, 2, 3, 4);
    expect(s.link.fellBehind).toHaveBeenCalledTimes(1);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(s.bus.listeners).toBe(0);
  });

  it('drops a live subscriber whose socket is congested', async () => {
    let congested = false;
    const s = setup(0, { congested: () => congested });
    const stream = await s.open(null);
    s.commit(1);
    s.publish(1);
    expect(await take(stream, 1)).toEqual([1]);
    congested = true;
    s.commit(2);
    await s.publish(2);
    expect(s.link.fellBehind).toHaveBeenCalledTimes(1);
    expect((await stream.next()).done).toBe(true);
  });

  it('drops a replaying subscriber whose socket is congested, before it reads further', async () => {
    let congested = false;
    const s = setup(2000, { congested: () => congested });
    const stream = await s.open(0);
    expect(await take(stream, 3)).toEqual([1, 2, 3]);
    congested = true;
    expect((await stream.next()).done).toBe(true);
    expect(s.link.fellBehind).toHaveBeenCalledTimes(1);
    expect(s.bus.listeners).toBe(0);
  });

  it('ends at once on return() while a next() waits', async () => {
    const s = setup(0);
    const stream = await s.open(null);
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(s.bus.listeners).toBe(0);
  });
});

describe('LiveHub', () => {
  const snapshot = (seq: number) => Object.assign(new LiveMeeting(), { meetingId: MEETING, seq });
  const quietLogger = { error: jest.fn() } as never;
  afterEach(() => jest.useRealTimers());

  it('builds once per burst for all subscribers, and keeps only the newest snapshot for a slow one', async () => {
    // The burst must fall within the 20 ms window whatever the machine's load: time moves by hand.
    jest.useFakeTimers();
    const bus = new CountingBus();
    let seq = 0;
    const build = jest.fn(async () => snapshot(seq));
    const hub = new LiveHub(bus, build, quietLogger, 20);
    const link = { fellBehind: jest.fn(), congested: () => false };
    const fast = hub.subscribe(MEETING, link);
    const slow = hub.subscribe(MEETING, link);
    expect((await fast.next()).value.seq).toBe(0);
    for (seq = 1; seq <= 20; seq++) bus.publish([event(seq)]);
    seq = 20;
    const next = fast.next();
    await jest.advanceTimersByTimeAsync(20);
    expect((await next).value.seq).toBe(20);
    expect(build).toHaveBeenCalledTimes(2);
    expect((await slow.next()).value.seq).toBe(20); // the first snapshot was replaced, not queued
    await fast.return?.();
    await slow.return?.();
    expect(bus.listeners).toBe(0);
    expect(hub.size).toBe(0);
  });

  it('drops a subscriber whose socket is congested', async () => {
    const bus = new CountingBus();
    const hub = new LiveHub(bus, async () => snapshot(1), quietLogger, 5);
    const link = { fellBehind: jest.fn(), congested: () => true };
    const sub = hub.subscribe(MEETING, link);
    expect(await sub.next()).toEqual({ value: undefined, done: true });
    expect(link.fellBehind).toHaveBeenCalledTimes(1);
    expect(hub.size).toBe(0);
  });
});
