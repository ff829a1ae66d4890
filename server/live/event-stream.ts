import { EventBus } from '../events/event-bus';
import { MeetingEvent } from '../events/meeting-event';
import { PullIterator } from './pull-iterator';
import { SubscriberLink } from './subscriber-link';

/**
 * Takes a live event that follows on straight from the bus to the subscriber, without the pull of
 * `next()`; false when it cannot now (the event then waits in the stream as any other). An object,
 * not a closure: one per subscriber, for the stream's life.
 */
export type DirectTaker = { direct(event: MeetingEvent): boolean };

/** What the stream reads from the log: events after `afterSeq`, in order, at most `limit`. */
export type EventSource = {
  read(meetingId: string, afterSeq: number, limit: number): Promise<MeetingEvent[]>;
};

export type EventStreamOptions = {
  bus: EventBus;
  log: EventSource;
  meetingId: string;
  /** Replay every event after this seq first (a resume); null: live only, from now. */
  afterSeq: number | null;
  /** The newest seq now, read after attaching to the bus (the start of a live-only stream). */
  currentSeq: () => Promise<number>;
  link: SubscriberLink;
  /** Most live events held for one subscriber; past that it has fallen behind. */
  maxQueue: number;
  /** Events read from the log at a time. */
  pageSize?: number;
};

/**
 * One subscriber's events of one meeting: every event after `afterSeq` exactly once, in seq order,
 * then live. It attaches to the bus first and buffers, then replays from the log, then drains the
 * buffer, dropping what was already sent. A live event that skips a seq (published out of order, or
 * dropped) is preceded by the missing ones, read from the log: a later seq is only ever committed
 * after the earlier ones, so the log has them.
 */
export class MeetingEventStream extends PullIterator<MeetingEvent> {
  private live: MeetingEvent[] = [];
  private ready: MeetingEvent[] = [];
  private last = 0;
  private replaying: boolean;
  /** Whether the events in `ready` were read from the log (a replay or a gap) rather than live. */
  private readyFromLog = false;
  private taker: DirectTaker | null = null;
  // What the stream needs for its life, as its own fields: not an options object (thousands of screens each).
  private readonly log: EventSource;
  private readonly meetingId: string;
  private readonly link: SubscriberLink;
  private readonly maxQueue: number;
  private readonly pageSize: number;
  private readonly detach: () => void;

  private constructor(options: EventStreamOptions) {
    super();
    this.log = options.log;
    this.meetingId = options.meetingId;
    this.link = options.link;
    this.maxQueue = options.maxQueue;
    this.pageSize = options.pageSize ?? 500;
    this.replaying = options.afterSeq !== null;
    this.detach = options.bus.subscribe(options.meetingId, (event) => this.receive(event));
  }

  static async open(options: EventStreamOptions): Promise<MeetingEventStream> {
    const stream = new MeetingEventStream(options);
    try {
      stream.last = options.afterSeq ?? (await options.currentSeq());
    } catch (e) {
      await stream.return();
      throw e;
    }
    return stream;
  }

  private receive(event: MeetingEvent): void {
    if (this.isEnded || event.seq <= this.last) return;
    if (this.replaying) {
      // The log holds everything the replay has not reached: the buffer only has to cover its end.
      if (this.live.length >= this.maxQueue) this.live.length = 0;
    } else if (this.live.length >= this.maxQueue || this.link.congested()) {
      this.link.fellBehind();
      this.end();
      return;
    }
    if (this.takesDirect(event) && this.taker?.direct(event)) {
      this.last = event.seq;
      return;
    }
    insertBySeq(this.live, event);
    this.notify();
  }

  /**
   * Events that follow on, while the consumer waits with nothing pending (caught up: not in a
   * replay, nothing buffered), go to `taker` as they come; any other event goes through `next()`,
   * which the consumer calls again once it has written what `taker` took.
   */
  deliverDirectly(taker: DirectTaker): void {
    this.taker = taker;
  }

  private takesDirect(event: MeetingEvent): boolean {
    return (
      this.awaited &&
      !this.replaying &&
      event.seq === this.last + 1 &&
      this.live.length === 0 &&
      this.ready.length === 0
    );
  }

  protected get pending(): boolean {
    return this.replaying || this.ready.length > 0 || this.live.length > 0 || this.link.congested();
  }

  /** Synchronous while the live events follow on (the hot path); reads the log only to replay or fill. */
  protected take(): MeetingEvent | undefined | Promise<MeetingEvent | undefined> {
    // A replay (or a gap filled from the log) is written as fast as the log reads, not at the pace of
    // the bus: a socket that does not read it is dropped at the same budget as a live one.
    if (this.link.congested()) {
      this.link.fellBehind();
      this.end();
      return undefined;
    }
    if (this.ready.length === 0) {
      const reading = this.refill();
      if (reading) return reading.then(() => this.ready.shift());
    }
    return this.ready.shift();
  }

  /** Fills `ready` from the live buffer, or returns the log read that will. */
  private refill(): Promise<void> | undefined {
    if (this.replaying) return this.readLog(this.pageSize, true);
    while (this.live.length > 0 && this.live[0].seq <= this.last) this.live.shift();
    const next = this.live[0];
    if (!next) return;
    if (next.seq === this.last + 1) {
      let run = 1;
      while (run < this.live.length && this.live[run].seq === next.seq + run) run++;
      if (run < this.live.length) this.accept(this.live.splice(0, run));
      else {
        // The usual case, the whole buffer in order: swap in the (empty) ready list, allocating nothing.
        const taken = this.live;
        this.live = this.ready;
        this.accept(taken);
      }
      this.readyFromLog = false;
      return;
    }
    return this.readLog(Math.min(this.pageSize, next.seq - this.last - 1), false);
  }

  /** The replay's next page, or the events missing before the first live one. */
  private async readLog(limit: number, replay: boolean): Promise<void> {
    const events = await this.log.read(this.meetingId, this.last, limit);
    if (replay) this.replaying = events.length === this.pageSize;
    else if (events.length === 0)
      throw new Error(`Event ${this.last + 1} of meeting ${this.meetingId} is not in the log`);
    this.accept(events);
    this.readyFromLog = true;
  }

  /** The event last taken came from the log: the subscriber's pace, not the meeting's, sets the rate. */
  get fromLog(): boolean {
    return this.readyFromLog;
  }

  private accept(events: MeetingEvent[]): void {
    this.ready = events;
    if (events.length > 0) this.last = events[events.length - 1].seq;
  }

  protected release(): void {
    this.detach();
    this.live.length = 0;
    this.ready = [];
  }
}

/** Keeps `events` sorted by seq; events come almost always in order, so this looks from the end. */
function insertBySeq(events: MeetingEvent[], event: MeetingEvent): void {
  let i = events.length;
  while (i > 0 && events[i - 1].seq > event.seq) i--;
  if (i > 0 && events[i - 1].seq === event.seq) return;
  if (i === events.length) events.push(event);
  else events.splice(i, 0, event);
}
