import { EntityManager, In } from 'typeorm';
import { Actor } from '../auth/actor';
import { Role, User } from '../auth/user.entity';
import { assertActForUnit, assertCreateMeeting, assertManageMeeting } from '../access/access';
import { whereMeetingSeen } from '../access/reach-sql';
import { badInput, conflict, ErrorReason, notFound } from '../common/errors';
import { assertRoom } from '../common/list-caps';
import { assertId, assertOptionalId } from '../common/ids';
import { Page, paginate, SortKey } from '../common/pagination';
import { MeetingEventType } from '../events/event-type';
import { Database } from '../db/database';
import { changeMeeting } from '../events/command-rows';
import { CommandContext, MeetingCommands } from '../events/meeting-commands';
import { Unit } from '../units/unit.entity';
import { canApply, LIFECYCLE, LifecycleAction } from './meeting-lifecycle';
import { isRecord } from './meeting-status';
import { earlierInSeries, seriesKey } from './series-order';
import { byVietnameseName, containsPattern, searchKey } from '../common/vietnamese-text';
import { Meeting, MeetingFormat, MeetingHost, MeetingKind, MeetingStatus } from './meeting.entity';

/** Most hosts of one meeting. */
export const HOSTS_MAX = 50;

/** The fields of a meeting that its hosts set (and edit until it ends or is cancelled). */
export type MeetingFields = {
  title: string;
  kind: MeetingKind;
  format: MeetingFormat;
  planReference?: string | null;
  description?: string | null;
  organizerId?: string | null;
  hostUnitId?: string | null;
  scheduledStart?: Date | null;
  scheduledEnd?: Date | null;
};

export type NewMeeting = MeetingFields & { hostUserIds?: string[] | null };

/** An edit: only the fields present change (null clears an optional one). */
export type MeetingEdit = { [K in keyof MeetingFields]?: MeetingFields[K] | null } & {
  id: string;
  version: number;
};

export type MeetingQuery = {
  status?: MeetingStatus[] | null;
  kind?: MeetingKind[] | null;
  format?: MeetingFormat | null;
  organizerId?: string | null;
  hostUnitId?: string | null;
  seriesId?: string | null;
  scheduledFrom?: Date | null;
  scheduledTo?: Date | null;
  search?: string | null;
};

/**
 * Where a new meeting comes from when it is not made from scratch (a series, a copied meeting): its
 * series, a check made in the creating transaction before the meeting is written, and what sets
 * it up (points, people, agenda) in the same command.
 */
export type MeetingOrigin = {
  seriesId: string | null;
  check: (manager: EntityManager) => Promise<void>;
  furnish: (c: CommandContext) => Promise<void>;
};

/** Runs inside the command of a lifecycle change, before the meeting takes its new status. */
export type LifecycleStep = (c: CommandContext) => Promise<void>;

/** What other areas do within a lifecycle change (wired by the composition root). */
export type LifecycleSteps = Partial<Record<LifecycleAction, LifecycleStep[]>>;

const EDITABLE: (keyof MeetingFields)[] = [
  'title',
  'kind',
  'format',
  'planReference',
  'description',
  'organizerId',
  'hostUnitId',
  'scheduledStart',
  'scheduledEnd',
];
const TRIMMED = new Set<keyof MeetingFields>(['title', 'planReference']);
const UNIT_FIELDS = ['organizerId', 'hostUnitId'] as const;
type UnitRefs = { [K in (typeof UNIT_FIELDS)[number]]?: string | null };
const HOST_ROLES = [Role.ADMIN, Role.HOST];
const CANCEL_REASON_MAX = 1000;

/** Newest first: scheduled start (unscheduled last), then creation, then id to break ties. */
const ORDER: SortKey<Meeting>[] = [
  { column: 'm.scheduledStart', property: 'scheduledStart', descending: true, nullable: true, date: true },
  { column: 'm.createdAt', property: 'createdAt', descending: true, date: true },
  { column: 'm.id', property: 'id', descending: true },
];

const current = (m: Meeting) => ({ status: m.status, version: m.version });

/** Meetings: their fields, their lifecycle and their hosts. */
export class MeetingService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
    /** Closes what still runs in the meeting (active agenda item, speaking speech); wired in the composition root. */
    private readonly steps: LifecycleSteps = {},
  ) {}

  /** The meeting, read with the access rule in the same statement: NOT_FOUND when not seen. */
  async get(actor: Actor | null, id: string): Promise<Meeting> {
    assertId('id', id);
    const meeting = await this.db.read((m) =>
      whereMeetingSeen(m.createQueryBuilder(Meeting, 'm').where('m.id = :id', { id }), 'm', actor).getOne(),
    );
    if (!meeting) throw notFound('Meeting', id);
    return meeting;
  }

  async list(
    actor: Actor | null,
    filter: MeetingQuery | null | undefined,
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<Meeting>> {
    const f = filter ?? {};
    assertOptionalId('filter.organizerId', f.organizerId);
    assertOptionalId('filter.hostUnitId', f.hostUnitId);
    assertOptionalId('filter.seriesId', f.seriesId);
    if (f.scheduledFrom && f.scheduledTo && f.scheduledTo < f.scheduledFrom) {
      throw badInput('filter.scheduledTo', ErrorReason.END_BEFORE_START);
    }
    return this.db.read((manager) => {
      const q = manager.createQueryBuilder(Meeting, 'm');
      whereMeetingSeen(q, 'm', actor);
      if (f.status?.length) q.andWhere('m.status IN (:...status)', { status: f.status });
      if (f.kind?.length) q.andWhere('m.kind IN (:...kind)', { kind: f.kind });
      if (f.format) q.andWhere('m.format = :format', { format: f.format });
      if (f.organizerId) q.andWhere('m.organizerId = :organizerId', { organizerId: f.organizerId });
      if (f.hostUnitId) q.andWhere('m.hostUnitId = :hostUnitId', { hostUnitId: f.hostUnitId });
      if (f.seriesId) q.andWhere('m.seriesId = :seriesId', { seriesId: f.seriesId });
      if (f.scheduledFrom) q.andWhere('m.scheduledStart >= :from', { from: f.scheduledFrom });
      if (f.scheduledTo) q.andWhere('m.scheduledStart <= :to', { to: f.scheduledTo });
      // Insensitive to case and marks on both dialects: the key column is compared, not the title.
      const search = searchKey(f.search ?? '');
      if (search) q.andWhere(`m.titleKey LIKE :search ESCAPE '!'`, { search: containsPattern(search) });
      return paginate(q, ORDER, page);
    });
  }

  async create(actor: Actor | null, input: NewMeeting, origin?: MeetingOrigin): Promise<Meeting> {
    const creator = assertCreateMeeting(actor);
    assertUnitIds(input);
    assertSchedule(input.scheduledStart ?? null, input.scheduledEnd ?? null, 'input.scheduledEnd');
    const named = input.hostUserIds ?? [];
    named.forEach((id) => assertId('input.hostUserIds', id));
    // The creator hosts what they create, unless an ADMIN named the hosts.
    const selfHost = creator.role === Role.HOST || named.length === 0;
    const hostIds = [...new Set([...named, ...(selfHost ? [creator.userId] : [])])];
    return this.commands.create(
      creator,
      async (manager, now) => {
        await assertUnitsExist(manager, input);
        assertUnitsOwn(creator, input);
        await origin?.check(manager);
        const hosts = await manager.find(User, { where: { id: In(hostIds) } });
        const invalid = hostIds.find((id) => !hosts.some((u) => u.id === id && canHost(u)));
        if (invalid) throw badInput('input.hostUserIds', ErrorReason.CANNOT_HOST, { user: invalid });
        const meeting = await manager.save(
          manager.create(Meeting, {
            ...sentFields(input),
            status: MeetingStatus.DRAFT,
            version: 1,
            lastEventSeq: 0,
            seriesId: origin?.seriesId ?? null,
            createdById: creator.userId,
            createdAt: now,
          }),
        );
        await manager.insert(
          MeetingHost,
          hostIds.map((userId) => ({ meetingId: meeting.id, userId })),
        );
        return meeting;
      },
      hostIds,
      origin?.furnish,
    );
  }

  async update(actor: Actor | null, input: MeetingEdit): Promise<Meeting> {
    assertId('input.id', input.id);
    assertUnitIds(input);
    const edit = sentFields(input);
    return this.commands.run(
      actor,
      input.id,
      async (c) => {
        assertManageMeeting(actor, c);
        const m = c.meeting;
        if (isRecord(m.status)) throw conflict(ErrorReason.MEETING_CLOSED, current(m), { status: m.status });
        if (input.version !== m.version) {
          throw conflict(ErrorReason.STALE_VERSION, current(m), {
            version: m.version,
            expected: input.version,
          });
        }
        const merged = { ...m, ...edit };
        const field = input.scheduledEnd !== undefined ? 'input.scheduledEnd' : 'input.scheduledStart';
        assertSchedule(merged.scheduledStart, merged.scheduledEnd, field);
        await assertUnitsExist(c.manager, edit);
        assertUnitsOwn(actor, edit);
        await changeMeeting(c, edit);
        c.emit(MeetingEventType.MEETING_UPDATED, m);
        return m;
      },
      'input.id',
    );
  }

  schedule(actor: Actor | null, id: string): Promise<Meeting> {
    return this.transition(actor, id, 'schedule');
  }

  start(actor: Actor | null, id: string): Promise<Meeting> {
    return this.transition(actor, id, 'start', (now) => ({ startedAt: now }));
  }

  pause(actor: Actor | null, id: string): Promise<Meeting> {
    return this.transition(actor, id, 'pause');
  }

  resume(actor: Actor | null, id: string): Promise<Meeting> {
    return this.transition(actor, id, 'resume');
  }

  /** Ends the meeting; the ending steps first close what still runs in it, in the same command. */
  end(actor: Actor | null, id: string): Promise<Meeting> {
    return this.transition(actor, id, 'end', (now) => ({ endedAt: now }));
  }

  cancel(actor: Actor | null, id: string, reason: string | null | undefined): Promise<Meeting> {
    const cancelReason = reason?.trim() || null;
    if (reason !== null && reason !== undefined && !cancelReason) throw badInput('reason', ErrorReason.BLANK);
    if (cancelReason && cancelReason.length > CANCEL_REASON_MAX) {
      throw badInput('reason', ErrorReason.TOO_LONG, { limit: CANCEL_REASON_MAX });
    }
    return this.transition(actor, id, 'cancel', (now) => ({ cancelledAt: now, cancelReason }));
  }

  async addHost(actor: Actor | null, meetingId: string, userId: string): Promise<Meeting> {
    assertId('userId', userId);
    return this.commands.run(actor, meetingId, async (c) => {
      assertManageMeeting(actor, c);
      const user = await c.manager.findOne(User, { where: { id: userId } });
      if (!user) throw notFound('User', userId);
      if (!canHost(user)) throw badInput('userId', ErrorReason.CANNOT_HOST, { user: userId });
      if (c.hostIds.includes(userId)) throw conflict(ErrorReason.ALREADY_HOST, hostsOf(c));
      assertRoom(c.hostIds.length, HOSTS_MAX, 'userId', 'hosts of a meeting');
      await c.manager.insert(MeetingHost, { meetingId, userId });
      c.emit(MeetingEventType.MEETING_HOST_ADDED, c.meeting);
      return c.meeting;
    });
  }

  async removeHost(actor: Actor | null, meetingId: string, userId: string): Promise<Meeting> {
    assertId('userId', userId);
    return this.commands.run(actor, meetingId, async (c) => {
      assertManageMeeting(actor, c);
      if (!c.hostIds.includes(userId)) throw notFound('Host', userId);
      if (c.hostIds.length === 1) throw conflict(ErrorReason.LAST_HOST, hostsOf(c));
      await c.manager.delete(MeetingHost, { meetingId, userId });
      c.emit(MeetingEventType.MEETING_HOST_REMOVED, c.meeting);
      return c.meeting;
    });
  }

  /**
   * The meeting before each of these in its series (for loaders), when the actor may see it: the
   * latest earlier one not cancelled.
   */
  async previousInSeries(
    actor: Actor | null,
    meetingIds: readonly string[],
  ): Promise<{ meetingId: string; previous: Meeting }[]> {
    const pairs = await this.db.read((manager) =>
      manager
        .createQueryBuilder(Meeting, 'm')
        .select('m.id', 'meetingId')
        .addSelect(
          (sub) =>
            sub
              .select('p.id')
              .from(Meeting, 'p')
              .where(earlierInSeries('p', 'm'))
              .orderBy(seriesKey('p'), 'DESC')
              .addOrderBy('p.id', 'DESC')
              .limit(1),
          'previousId',
        )
        .where('m.id IN (:...meetingIds)', { meetingIds })
        .andWhere('m.seriesId IS NOT NULL')
        .getRawMany<{ meetingId: string; previousId: string | null }>(),
    );
    const previousIds = [...new Set(pairs.flatMap((p) => p.previousId ?? []))];
    if (previousIds.length === 0) return [];
    const seen = await this.db.read((m) =>
      whereMeetingSeen(
        m.createQueryBuilder(Meeting, 'm').where('m.id IN (:...previousIds)', { previousIds }),
        'm',
        actor,
      ).getMany(),
    );
    return pairs.flatMap((p) => {
      const previous = seen.find((s) => s.id === p.previousId);
      return previous ? [{ meetingId: p.meetingId, previous }] : [];
    });
  }

  /** The hosts of these meetings, for loaders. */
  async hosts(meetingIds: readonly string[]): Promise<{ meetingId: string; user: User }[]> {
    if (meetingIds.length === 0) return [];
    const rows = await this.db.read((m) =>
      m
        .createQueryBuilder(MeetingHost, 'h')
        .innerJoinAndSelect('h.user', 'u')
        .where('h.meetingId IN (:...meetingIds)', { meetingIds })
        .orderBy('u.id')
        .getMany(),
    );
    return byVietnameseName(rows, (h) => h.user!.displayName).map((h) => ({
      meetingId: h.meetingId,
      user: h.user!,
    }));
  }

  private transition(
    actor: Actor | null,
    id: string,
    action: LifecycleAction,
    stamp: (now: Date) => Partial<Meeting> = () => ({}),
  ): Promise<Meeting> {
    return this.commands.run(
      actor,
      id,
      async (c) => {
        assertManageMeeting(actor, c);
        const { to, event } = LIFECYCLE[action];
        if (!canApply(action, c.meeting.status)) {
          throw conflict(ErrorReason.INVALID_TRANSITION, current(c.meeting), {
            action,
            status: c.meeting.status,
          });
        }
        for (const step of this.steps[action] ?? []) await step(c);
        await changeMeeting(c, { status: to, ...stamp(c.now) });
        c.emit(event, c.meeting);
        return c.meeting;
      },
      'id',
    );
  }
}

/** The meeting fields present in `input`, as stored: titles trimmed (blank ones were refused already). */
function sentFields(input: Partial<MeetingEdit>): Partial<MeetingFields> {
  const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
  const sent = EDITABLE.filter((k) => input[k] !== undefined);
  return Object.fromEntries(sent.map((k) => [k, TRIMMED.has(k) ? trim(input[k]) : input[k]]));
}

function assertSchedule(start: Date | null | undefined, end: Date | null | undefined, field: string): void {
  if (start && end && end <= start) throw badInput(field, ErrorReason.END_BEFORE_START);
}

function assertUnitIds(input: UnitRefs): void {
  for (const k of UNIT_FIELDS) assertOptionalId(`input.${k}`, input[k]);
}

/** The organizer and host unit a caller names must be units it may act for (access.ts). */
function assertUnitsOwn(actor: Actor | null, input: UnitRefs): void {
  for (const k of UNIT_FIELDS) {
    const id = input[k];
    if (id) assertActForUnit(actor, id, `input.${k}`);
  }
}

async function assertUnitsExist(manager: EntityManager, input: UnitRefs): Promise<void> {
  for (const k of UNIT_FIELDS) {
    const id = input[k];
    if (id && !(await manager.exists(Unit, { where: { id } })))
      throw badInput(`input.${k}`, ErrorReason.UNKNOWN_UNIT);
  }
}

export const canHost = (u: User) => HOST_ROLES.includes(u.role) && !u.disabled;

const hostsOf = (c: CommandContext) => ({ status: c.meeting.status, hostIds: c.hostIds });
