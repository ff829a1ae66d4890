import { LRUCache } from 'lru-cache';
import { EntityManager, EntityTarget } from 'typeorm';
import { Actor, actorRef } from '../auth/actor';
import { MeetingScope } from '../access/access';
import { assertSeeMeeting, canSeeMeeting } from '../access/reach-sql';
import { Clock } from '../common/clock';
import { notFound } from '../common/errors';
import { assertId } from '../common/ids';
import { Database } from '../db/database';
import { insertRows, rowsWhere, updateWhere } from '../db/row-statements';
import { Meeting, MeetingHost } from '../meetings/meeting.entity';
import { EventBus } from './event-bus';
import { MeetingEventRecord } from './meeting-event.entity';
import { MeetingEventType } from './event-type';
import { MeetingEvent } from './meeting-event';
import { EventSubject, SubjectCodec, subjectTypeOf } from './subjects';
import { eventOf } from './event-log-reader';

/** What a command sees: its transaction, the locked meeting, and a way to record events. */
export class CommandContext implements MeetingScope {
  readonly events: { type: MeetingEventType; subject: EventSubject }[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly meeting: Meeting,
    readonly hostIds: readonly string[],
    readonly actor: Actor | null,
    readonly now: Date,
  ) {}

  get id(): string {
    return this.meeting.id;
  }

  /** Records an event about `subject` (snapshotted when the command finishes). */
  emit(type: MeetingEventType, subject: EventSubject): void {
    this.events.push({ type, subject });
  }
}

type MeetingChild = { meetingId: string };

/** Objects whose meeting is kept (the least recently used go first, costing one read each). */
const KEPT_MEETINGS_OF = 20_000;

/**
 * Runs every command that changes a meeting, the same way: one transaction, the meeting locked
 * (so commands on one meeting run one at a time, on every instance), the change, its events
 * appended to the log with the next seq numbers, commit — and only then publish.
 */
export class MeetingCommands {
  /** The meeting of each object commanded lately ("Speech:<id>" → meeting id), see meetingOf. */
  private readonly meetings = new LRUCache<string, string>({ max: KEPT_MEETINGS_OF });

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
    private readonly codec: SubjectCodec,
    private readonly clock: Clock,
  ) {}

  /** A command on meeting `meetingId` (taken from argument `field`, for the error when malformed). */
  async run<T>(
    actor: Actor | null,
    meetingId: string,
    fn: (c: CommandContext) => Promise<T>,
    field = 'meetingId',
    // Who may command at all; narrower rules are for objects followed up from outside the meeting
    // (a directive's assignee unit), and `fn` then checks the actor itself under the lock.
    see: (actor: Actor | null) => Promise<unknown> = (a) => assertSeeMeeting(this.db, a, meetingId),
  ): Promise<T> {
    assertId(field, meetingId);
    await see(actor);
    return this.execute(
      actor,
      async (manager) => {
        const meeting = await this.lockMeeting(manager, meetingId);
        if (!meeting) throw notFound('Meeting', meetingId);
        const hosts = await rowsWhere(manager, MeetingHost, 'meetingId', meetingId);
        return new CommandContext(
          manager,
          meeting,
          hosts.map((h) => h.userId),
          actor,
          this.clock.now(),
        );
      },
      fn,
    );
  }

  /** A command on an object of a meeting (a speech, an agenda item …), found by its id. */
  async runOn<E extends MeetingChild, T>(
    actor: Actor | null,
    entity: EntityTarget<E> & { name: string },
    id: string,
    fn: (c: CommandContext, target: E) => Promise<T>,
    field = 'id',
  ): Promise<T> {
    assertId(field, id);
    const meetingId = await this.meetingOf(entity, id);
    if (!meetingId || !(await canSeeMeeting(this.db, actor, meetingId))) throw notFound(entity.name, id);
    return this.run(
      actor,
      meetingId,
      async (c) => {
        // Read again under the lock: another command may have changed it meanwhile.
        const [target] = await rowsWhere(c.manager, entity, 'id', id);
        if (!target) throw notFound(entity.name, id);
        return fn(c, target);
      },
      field,
      async () => undefined, // seen just above
    );
  }

  /**
   * The meeting an object belongs to. Read once: no object ever moves to another meeting, so what
   * was read holds on every instance (an object deleted since is not found under the lock).
   */
  private async meetingOf(
    entity: EntityTarget<MeetingChild> & { name: string },
    id: string,
  ): Promise<string | null> {
    const key = `${entity.name}:${id}`;
    const kept = this.meetings.get(key);
    if (kept) return kept;
    const found = await this.db.read((m) =>
      m.getRepository(entity).findOne({ where: { id } as never, select: { meetingId: true } as never }),
    );
    if (!found) return null;
    this.meetings.set(key, found.meetingId);
    return found.meetingId;
  }

  /**
   * A command that creates the meeting it is about (no row to lock yet); `furnish` then sets it up
   * (points, people, agenda) in the same transaction, after MEETING_CREATED.
   */
  async create(
    actor: Actor,
    fn: (manager: EntityManager, now: Date) => Promise<Meeting>,
    hostIds: string[],
    furnish: (c: CommandContext) => Promise<void> = async () => undefined,
  ): Promise<Meeting> {
    return this.execute(
      actor,
      async (manager) => {
        const meeting = await fn(manager, this.clock.now());
        return new CommandContext(manager, meeting, hostIds, actor, this.clock.now());
      },
      async (c) => {
        c.emit(MeetingEventType.MEETING_CREATED, c.meeting);
        await furnish(c);
        return c.meeting;
      },
    );
  }

  /** Locks the meeting row for the rest of the transaction; returns it, or null when there is none. */
  private async lockMeeting(manager: EntityManager, meetingId: string): Promise<Meeting | null> {
    const [meeting] = await rowsWhere(manager, Meeting, 'id', meetingId, true);
    return meeting ?? null;
  }

  private async execute<T>(
    actor: Actor | null,
    open: (manager: EntityManager) => Promise<CommandContext>,
    fn: (c: CommandContext) => Promise<T>,
  ): Promise<T> {
    let published: MeetingEvent[] = [];
    const result = await this.db.transaction(async (manager) => {
      const c = await open(manager);
      const value = await fn(c);
      published = await this.append(c, actor);
      return value;
    });
    if (published.length > 0) this.bus.publish(published);
    return result;
  }

  private async append(c: CommandContext, actor: Actor | null): Promise<MeetingEvent[]> {
    if (c.events.length === 0) return [];
    const actorJson = JSON.stringify(actorRef(actor));
    const first = c.meeting.lastEventSeq + 1;
    const records = c.events.map((e, i) =>
      Object.assign(new MeetingEventRecord(), {
        meetingId: c.meeting.id,
        seq: first + i,
        type: e.type,
        at: c.now,
        actor: actorJson,
        subjectType: subjectTypeOf(e.subject),
        subjectId: (e.subject as { id: string }).id,
        subject: this.codec.encode(e.subject),
      }),
    );
    await insertRows(c.manager, MeetingEventRecord, records);
    c.meeting.lastEventSeq = first + records.length - 1;
    await updateWhere(c.manager, Meeting, 'id', c.meeting.id, { lastEventSeq: c.meeting.lastEventSeq });
    return records.map((r) => eventOf(r, this.codec));
  }
}
