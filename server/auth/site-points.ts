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
  detach: () => void;
};

/**
 * The connection points named by site tokens, kept in memory: when a network cut ends, every screen
 * of a national meeting connects again at once, and each read its point from the database. A
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

  /** The point `pointId` of `meetingId`, from memory or from `read`. */
  async point(
    meetingId: string,
    pointId: string,
    read: () => Promise<SitePoint | null>,
  ): Promise<SitePoint | null> {
    const now = Date.now();
    const watched = this.watched(meetingId, now);
    const kept = watched.points.get(pointId);
    if (kept && kept.until > now) return kept.point;
    const epoch = watched.epoch;
    const point = await read();
    // Kept only if nothing changed while it was read; a point of another meeting is not this one's.
    if (
      point &&
      point.meetingId === meetingId &&
      watched.epoch === epoch &&
      this.meetings.get(meetingId) === watched
    ) {
      watched.points.set(pointId, { point, until: now + this.ttlMs });
      watched.until = now + this.ttlMs;
    }
    return point;
  }

  private watched(meetingId: string, now: number): Watched {
    const found = this.meetings.get(meetingId);
    if (found) return found;
    this.forgetIdle(now);
    const watched: Watched = {
      points: new Map(),
      epoch: 0,
      until: now + this.ttlMs,
      detach: () => undefined,
    };
    watched.detach = this.bus.subscribe(meetingId, (event) => {
      if (!CHANGES_ACCESS.has(event.type)) return;
      watched.epoch++;
      watched.points.clear();
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
