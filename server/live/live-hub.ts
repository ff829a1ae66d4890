import { EventBus } from '../events/event-bus';
import type { Logger } from '../common/logger';
import { PullIterator } from './pull-iterator';
import { LiveMeeting } from './live-meeting';
import { LiveBasis, LivePart, partsChangedBy } from './live-snapshot';
import { SubscriberLink } from './subscriber-link';

/** One subscriber of a meeting's LiveMeeting: holds only the newest snapshot not yet sent. */
class LiveSubscription extends PullIterator<LiveMeeting> {
  private latest: LiveMeeting | null = null;
  private sentSeq = -1;

  constructor(
    private readonly link: SubscriberLink,
    private readonly leave: (s: LiveSubscription) => void,
  ) {
    super();
  }

  offer(snapshot: LiveMeeting): void {
    if (this.isEnded || snapshot.seq <= Math.max(this.sentSeq, this.latest?.seq ?? -1)) return;
    if (this.link.congested()) {
      this.link.fellBehind();
      this.end();
      return;
    }
    this.latest = snapshot;
    this.notify();
  }

  fail(error: unknown): void {
    this.end(error);
  }

  protected get pending(): boolean {
    return this.latest !== null;
  }

  protected take(): LiveMeeting | undefined {
    const snapshot = this.latest ?? undefined;
    this.latest = null;
    if (snapshot) this.sentSeq = snapshot.seq;
    return snapshot;
  }

  protected release(): void {
    this.latest = null;
    this.leave(this);
  }
}

/** How long a snapshot is given as it is to screens that join (see MeetingBroadcast.forJoiner). */
const JOINER_REUSE_MS = 1000;

/**
 * The LiveMeeting of one meeting while anyone watches it: rebuilt at once on the first change after a
 * quiet spell, then at most once per `coalesceMs` (a burst of events costs one more rebuild), and the
 * same snapshot goes to every subscriber. A rebuild reads again only what the events since the last
 * one may have changed (a speech extended: the speeches, not the 764 sites).
 */
class MeetingBroadcast {
  readonly subscribers = new Set<LiveSubscription>();
  private snapshot: LiveMeeting | null = null;
  /** The parts changed by the events seen since the last rebuild started. */
  private stale = new Set<LivePart>();
  /** Every seq up to this one is in the snapshot or was seen (its parts marked stale). */
  private seenThrough = 0;
  /** Seqs seen above `seenThrough`, after a gap (an event still on its way from another instance). */
  private readonly seenAhead = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private building = false;
  private changed = false;
  /** When the last rebuild started (performance.now()). */
  private builtAt = -Infinity;
  /** What a screen joining now is given, and since when (see forJoiner). */
  private joinerCopy: { snapshot: LiveMeeting; since: number } | null = null;
  private readonly detach: () => void;

  constructor(
    bus: EventBus,
    private readonly meetingId: string,
    private readonly build: LiveBuild,
    private readonly coalesceMs: number,
    private readonly logger: Logger,
  ) {
    this.detach = bus.subscribe(meetingId, (event) => {
      for (const part of partsChangedBy(event.type)) this.stale.add(part);
      this.saw(event.seq);
      this.schedule();
    });
    void this.rebuild();
  }

  join(subscription: LiveSubscription): void {
    this.subscribers.add(subscription);
    if (this.snapshot) subscription.offer(this.forJoiner(this.snapshot));
  }

  /**
   * The snapshot for a screen that joins a quiet meeting: a copy of its own (another object, so the
   * shared push executes it anew) once the snapshot is a second old, since a push holds what was
   * true when it was executed (LiveMeeting.serverTime, a speech's remainingSeconds). Screens that
   * join within the same second share one copy, and a broadcast goes out as one object however long
   * its fan-out takes.
   */
  private forJoiner(snapshot: LiveMeeting): LiveMeeting {
    const now = performance.now();
    if (now - this.builtAt < JOINER_REUSE_MS) return snapshot;
    if (this.joinerCopy?.snapshot.seq !== snapshot.seq || now - this.joinerCopy.since >= JOINER_REUSE_MS)
      this.joinerCopy = { snapshot: Object.assign(new LiveMeeting(), snapshot), since: now };
    return this.joinerCopy.snapshot;
  }

  close(): void {
    this.detach();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Marks `seq` seen (an event) or covered (a snapshot at that seq, with everything before it). */
  private saw(seq: number, covers = false): void {
    if (seq <= this.seenThrough) return;
    if (covers) this.seenThrough = seq;
    else this.seenAhead.add(seq);
    for (const ahead of this.seenAhead) if (ahead <= this.seenThrough) this.seenAhead.delete(ahead);
    while (this.seenAhead.delete(this.seenThrough + 1)) this.seenThrough++;
  }

  private schedule(): void {
    if (this.building) this.changed = true;
    else if (!this.timer) {
      const wait = this.builtAt + this.coalesceMs - performance.now();
      if (wait <= 0) void this.rebuild();
      else this.timer = setTimeout(() => void this.rebuild(), wait);
    }
  }

  private async rebuild(): Promise<void> {
    this.timer = null;
    this.builtAt = performance.now();
    this.building = true;
    this.changed = false;
    const basis = this.snapshot && { previous: this.snapshot, stale: this.stale, seenSeq: this.seenThrough };
    this.stale = new Set();
    try {
      this.snapshot = await this.build(this.meetingId, basis ?? undefined);
      this.saw(this.snapshot.seq, true);
      for (const s of this.subscribers) s.offer(this.snapshot);
    } catch (e) {
      this.snapshot = null; // the next build reads everything
      this.logger.error({ err: e, meetingId: this.meetingId }, 'building the live meeting failed');
      for (const s of [...this.subscribers]) s.fail(e);
    } finally {
      this.building = false;
    }
    if (this.changed && this.subscribers.size > 0) this.schedule();
  }
}

/** Builds a meeting's LiveMeeting, on `basis` when given (see readLiveMeeting). */
export type LiveBuild = (meetingId: string, basis?: LiveBasis) => Promise<LiveMeeting>;

/** Per-meeting LiveMeeting broadcasts, created with the first subscriber and dropped with the last. */
export class LiveHub {
  private readonly broadcasts = new Map<string, MeetingBroadcast>();

  constructor(
    private readonly bus: EventBus,
    private readonly build: LiveBuild,
    private readonly logger: Logger,
    private readonly coalesceMs: number,
  ) {}

  subscribe(meetingId: string, link: SubscriberLink): PullIterator<LiveMeeting> {
    let broadcast = this.broadcasts.get(meetingId);
    if (!broadcast) {
      broadcast = new MeetingBroadcast(this.bus, meetingId, this.build, this.coalesceMs, this.logger);
      this.broadcasts.set(meetingId, broadcast);
    }
    const subscription = new LiveSubscription(link, (s) => this.leave(meetingId, s));
    broadcast.join(subscription);
    return subscription;
  }

  /** How many meetings are watched now. */
  get size(): number {
    return this.broadcasts.size;
  }

  private leave(meetingId: string, subscription: LiveSubscription): void {
    const broadcast = this.broadcasts.get(meetingId);
    if (!broadcast?.subscribers.delete(subscription) || broadcast.subscribers.size > 0) return;
    broadcast.close();
    this.broadcasts.delete(meetingId);
  }
}
