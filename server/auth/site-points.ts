import { EventBus } from '../events/event-bus';
import { MeetingEventType } from '../events/event-type';

/** What a site token is checked against: its connection point's access, as the database has it. */
export type SitePoint = {
  id: string;
  meetingId: string;
  unitId: string;
  name: string;
  accessGeneration: number;
  /** A code is in force: a code's token lives as long as the code. */
  hasCode: boolean;
};

/** The events after which a point's access may differ from what was read. */
const CHANGES_ACCESS = new Set([
  MeetingEventType.SITE_ACCESS_CODE_ISSUED,
  MeetingEventType.SITE_ACCESS_CODE_REVOKED,
  MeetingEventType.CONNECTION_POINT_UPDATED,
  MeetingEventType.CONNECTION_POINT_REMOVED,
]);

/** How long a point read is trusted without a word from the bus. */
const KEPT_MS = 10_000;

type Watched = {
  points: Map<string, { point: SitePoint; until: number }>;
  /** Moves on with each change: a read that began before it is not kept. */
  epoch: number;
  until: number;
  /** Every point of the meeting kept until then (0: not read whole since the last change). */
  wholeUntil: number;
  /** The read of every point under way, which the sockets that come meanwhile wait for. */
  readingWhole: Promise<void> | null;
  detach: () => void;
};

/** How the points are read: one of them, or every point of a meeting. */
export type SitePointReads = {
  one: () => Promise<SitePoint | null>;
  all: () => Promise<SitePoint[]>;
};

/**
 * The connection points named by site tokens, kept in memory: when a network cut ends, every screen
 * of a national meeting connects again at once, and each read its point from the database. Cold (at
 * the first socket, after a change or `ttlMs`), the meeting's points are read in one statement,
 * which the sockets coming meanwhile wait for, instead of one statement per socket. A
 * meeting's points are forgotten at once when one of its events may have changed a point's access
 * (events reach every instance on the bus, and the meeting's topic is listened to before its first
 * point is read), and after `ttlMs` in any case: the bound on what a bus message lost between
 * instances could leave stale.
 */
export class SitePoints {
  private readonly meetings = new Map<string, Watched>();

  constructor(
    private readonly bus: EventBus,
    private readonly ttlMs = KEPT_MS,
    /** Meetings watched at once; the one watched longest goes first. */
    private readonly maxMeetings = 256,
  ) {}

  /** The point `pointId` of `meetingId`, from memory or read. */
  async point(meetingId: string, pointId: string, read: SitePointReads): Promise<SitePoint | null> {
    let now = Date.now();
    const watched = this.watched(meetingId, now);
    const kept = watched.points.get(pointId);
    if (kept && kept.until > now) return kept.point;
    if (watched.wholeUntil <= now) {
      await (watched.readingWhole ??= this.readWhole(meetingId, watched, read.all));
      now = Date.now();
      const loaded = watched.points.get(pointId);
      if (loaded && loaded.until > now) return loaded.point;
    }
    // A point added since the meeting was read whole, or one that is not this meeting's.
    const epoch = watched.epoch;
    const point = await read.one();
    // Kept only if nothing changed while it was read; a point of another meeting is not this one's.
    if (point?.meetingId === meetingId && this.keeps(meetingId, watched, epoch))
      this.keep(watched, point, now);
    return point;
  }

  private async readWhole(
    meetingId: string,
    watched: Watched,
    all: () => Promise<SitePoint[]>,
  ): Promise<void> {
    const epoch = watched.epoch;
    const now = Date.now();
    try {
      const points = await all();
      // Kept only if nothing changed while they were read.
      if (!this.keeps(meetingId, watched, epoch)) return;
      for (const point of points) if (point.meetingId === meetingId) this.keep(watched, point, now);
      watched.wholeUntil = now + this.ttlMs;
    } finally {
      watched.readingWhole = null;
    }
  }

  /** Whether what was read at `epoch` may be kept: nothing changed since, and the meeting is still watched. */
  private keeps(meetingId: string, watched: Watched, epoch: number): boolean {
    return watched.epoch === epoch && this.meetings.get(meetingId) === watched;
  }

  private keep(watched: Watched, point: SitePoint, now: number): void {
    watched.points.set(point.id, { point, until: now + this.ttlMs });
    watched.until = now + this.ttlMs;
  }

  private watched(meetingId: string, now: number): Watched {
    const found = this.meetings.get(meetingId);
    if (found) return found;
    this.forgetIdle(now);
    const watched: Watched = {
      points: new Map(),
      epoch: 0,
      until: now + this.ttlMs,
      wholeUntil: 0,
      readingWhole: null,
      detach: () => undefined,
    };
    watched.detach = this.bus.subscribe(meetingId, (event) => {
      if (!CHANGES_ACCESS.has(event.type)) return;
      watched.epoch++;
      watched.points.clear();
      watched.wholeUntil = 0;
    });
    this.meetings.set(meetingId, watched);
    return watched;
  }

  /** Meetings with nothing fresh kept, and the oldest past `maxMeetings`, stop being watched. */
  private forgetIdle(now: number): void {
    for (const [meetingId, watched] of this.meetings) {
      if (watched.until > now && this.meetings.size < this.maxMeetings) continue;
      watched.detach();
      this.meetings.delete(meetingId);
    }
  }
}
