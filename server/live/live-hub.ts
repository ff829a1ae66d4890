import { EventBus } from '../events/event-bus';
import type { Logger } from '../common/logger';
import { Feed } from './feed';
import { LiveMeeting } from './live-meeting.type';
import { SubscriberLink } from './subscriber-link';

/** One subscriber of a meeting's LiveMeeting: holds only the newest snapshot not yet sent. */
class LiveSubscription extends Feed<LiveMeeting> {
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

/**
 * The LiveMeeting of one meeting while anyone watches it: rebuilt at once on the first change after a
 * quiet spell, then at most once per `coalesceMs` (a burst of events costs one more rebuild), and the
 * same snapshot goes to every subscriber.
 */
class MeetingFeed {
  readonly subscribers = new Set<LiveSubscription>();
  private snapshot: LiveMeeting | null = null;
  private timer: NodeJS.Timeout | null = null;
  private building = false;
  private changed = false;
  /** When the last rebuild started (performance.now()). */
  private builtAt = -Infinity;
  private readonly detach: () => void;

  constructor(
    bus: EventBus,
    private readonly meetingId: string,
    private readonly build: (meetingId: string) => Promise<LiveMeeting>,
    private readonly coalesceMs: number,
    private readonly logger: Logger,
  ) {
    this.detach = bus.subscribe(meetingId, () => this.schedule());
    void this.rebuild();
  }

  join(subscription: LiveSubscription): void {
    this.subscribers.add(subscription);
    if (this.snapshot) subscription.offer(this.snapshot);
  }

  close(): void {
    this.detach();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
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
    try {
      this.snapshot = await this.build(this.meetingId);
      for (const s of this.subscribers) s.offer(this.snapshot);
    } catch (e) {
      this.logger.error({ err: e, meetingId: this.meetingId }, 'building the live meeting failed');
      for (const s of [...this.subscribers]) s.fail(e);
    } finally {
      this.building = false;
    }
    if (this.changed && this.subscribers.size > 0) this.schedule();
  }
}

/** Per-meeting LiveMeeting feeds, created with the first subscriber and dropped with the last. */
export class LiveHub {
  private readonly feeds = new Map<string, MeetingFeed>();

  constructor(
    private readonly bus: EventBus,
    private readonly build: (meetingId: string) => Promise<LiveMeeting>,
    private readonly logger: Logger,
    private readonly coalesceMs: number,
  ) {}

  subscribe(meetingId: string, link: SubscriberLink): AsyncIterableIterator<LiveMeeting> {
    let feed = this.feeds.get(meetingId);
    if (!feed) {
      feed = new MeetingFeed(this.bus, meetingId, this.build, this.coalesceMs, this.logger);
      this.feeds.set(meetingId, feed);
    }
    const subscription = new LiveSubscription(link, (s) => this.leave(meetingId, s));
    feed.join(subscription);
    return subscription;
  }

  /** How many meetings are watched now. */
  get size(): number {
    return this.feeds.size;
  }

  private leave(meetingId: string, subscription: LiveSubscription): void {
    const feed = this.feeds.get(meetingId);
    if (!feed?.subscribers.delete(subscription) || feed.subscribers.size > 0) return;
    feed.close();
    this.feeds.delete(meetingId);
  }
}
