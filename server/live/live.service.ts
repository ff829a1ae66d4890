import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertSeeMeeting } from '../access/reach-sql';
import { badInput, ErrorReason, notFound } from '../common/errors';
import { assertId } from '../common/ids';
import { MeetingEvent } from '../events/meeting-event';
import { EventLogReader } from '../events/event-log-reader';
import { EventBus } from '../events/event-bus';
import type { Logger } from '../common/logger';
import { Database } from '../db/database';
import { MeetingEventStream } from './event-stream';
import { LiveHub } from './live-hub';
import { LiveMeeting } from './live-meeting';
import { LiveBasis, readLiveMeeting } from './live-snapshot';
import { SubscriberLink } from './subscriber-link';
import { Presence } from './presence';
import { PullIterator } from './pull-iterator';
import { MeetingHost } from '../meetings/meeting.entity';
import { ConnectionPoint, ConnectionPointRole } from '../connection-points/connection-point.entity';

/** Most events one Meeting.events page returns. */
export const MAX_EVENTS_PAGE = 500;
/** Most live events held for one subscriber before it counts as fallen behind. */
const SUBSCRIBER_QUEUE = 1000;

/** Live delivery: the event log read back, event streams with resume, and the LiveMeeting screen. */
export class LiveService {
  private readonly hub: LiveHub;

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
    private readonly log: EventLogReader,
    logger: Logger,
    coalesceMs: number,
    private readonly presence: Presence,
  ) {
    this.hub = new LiveHub(bus, (id, basis) => this.build(id, basis), logger, coalesceMs);
  }

  /** Meeting.events for several meetings at once (one query): `first` events after `afterSeq` of each. */
  async eventPages(
    actor: Actor | null,
    meetingIds: readonly string[],
    afterSeq: number,
    first: number,
  ): Promise<MeetingEvent[][]> {
    assertSeq('afterSeq', afterSeq);
    if (first < 1 || first > MAX_EVENTS_PAGE)
      throw badInput('first', ErrorReason.OUT_OF_RANGE, { min: 1, max: MAX_EVENTS_PAGE });
    for (const id of meetingIds) await assertSeeMeeting(this.db, actor, id);
    const events = await this.log.pages(meetingIds, afterSeq, first);
    const byMeeting = new Map<string, MeetingEvent[]>(meetingIds.map((id) => [id, []]));
    for (const e of events) byMeeting.get(e.meetingId)?.push(e);
    return meetingIds.map((id) => byMeeting.get(id) ?? []);
  }

  /** The events of a meeting: after `afterSeq` (replayed, then live) or, without it, live from now. */
  async events(
    actor: Actor | null,
    meetingId: string,
    afterSeq: number | null,
    link: SubscriberLink,
  ): Promise<AsyncIterableIterator<MeetingEvent>> {
    const lastSeq = await this.visibleLastSeq(actor, meetingId, afterSeq ?? 0);
    if (afterSeq !== null) {
      assertSeq('afterSeq', afterSeq);
      if (afterSeq > lastSeq) throw badInput('afterSeq', ErrorReason.TOO_LARGE, { limit: lastSeq });
    }
    const stream = await MeetingEventStream.open({
      bus: this.bus,
      log: this.log,
      meetingId,
      afterSeq,
      currentSeq: async () => (await this.log.lastSeqFrom(meetingId)) ?? lastSeq,
      link,
      maxQueue: SUBSCRIBER_QUEUE,
    });
    return this.attended(actor, meetingId, stream);
  }

  /** The meeting's LiveMeeting now, then after each change (shared with its other subscribers). */
  async live(
    actor: Actor | null,
    meetingId: string,
    link: SubscriberLink,
  ): Promise<AsyncIterableIterator<LiveMeeting>> {
    await this.visibleLastSeq(actor, meetingId);
    return this.attended(actor, meetingId, this.hub.subscribe(meetingId, link));
  }

  /**
   * Hosts follow their meeting with user tokens, not the host point's site token: while a host of
   * the meeting follows it, the host point is connected (for as long as `stream` runs).
   */
  private async attended<T>(
    actor: Actor | null,
    meetingId: string,
    stream: PullIterator<T>,
  ): Promise<PullIterator<T>> {
    if (actor?.kind !== 'user') return stream;
    const hostPoint = await this.db.read(async (m) =>
      (await m.exists(MeetingHost, { where: { meetingId, userId: actor.userId } }))
        ? m.findOne(ConnectionPoint, { where: { meetingId, role: ConnectionPointRole.HOST } })
        : null,
    );
    if (!hostPoint) return stream;
    const attendee = { meetingId, connectionPointId: hostPoint.id, actor };
    this.presence.opened(attendee, stream);
    stream.whenEnded(() => this.presence.closed(attendee, stream));
    return stream;
  }

  async snapshot(actor: Actor | null, meetingId: string): Promise<LiveMeeting> {
    assertId('meetingId', meetingId);
    await assertSeeMeeting(this.db, actor, meetingId);
    return this.build(meetingId);
  }

  /** The meeting's newest seq, at least `atLeast` when it is known here (EventLogReader.lastSeqFrom). */
  private async visibleLastSeq(actor: Actor | null, meetingId: string, atLeast = 0): Promise<number> {
    assertId('meetingId', meetingId);
    await assertSeeMeeting(this.db, actor, meetingId);
    const lastSeq = await this.log.lastSeqFrom(meetingId, atLeast);
    if (lastSeq === null) throw notFound('Meeting', meetingId);
    return lastSeq;
  }

  private async build(meetingId: string, basis?: LiveBasis): Promise<LiveMeeting> {
    const snapshot = await this.consistentRead((m) => readLiveMeeting(m, meetingId, basis));
    if (!snapshot) throw notFound('Meeting', meetingId);
    return snapshot;
  }

  /**
   * Several reads that see one state. MySQL: a REPEATABLE READ transaction, whose reads share one
   * snapshot. SQLite: Database.read, which runs between commands.
   */
  private consistentRead<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    const { db } = this;
    return db.dialect === 'mysql' ? db.dataSource.transaction('REPEATABLE READ', fn) : db.read(fn);
  }
}

function assertSeq(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw badInput(field, ErrorReason.TOO_SMALL, { limit: 0 });
}
