import { randomUUID } from 'node:crypto';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertFollowUpDirective, assertManageMeeting, assertReportDirective } from '../access/access';
import { assertSeeDirective, assertSeeMeeting, whereDirectiveSeen } from '../access/reach-sql';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Clock } from '../common/clock';
import { badInput, conflict, ErrorReason, notFound } from '../common/errors';
import { assertRoom, LIST_CAPS } from '../common/list-caps';
import { assertId, assertOptionalId } from '../common/ids';
import { Page, paginate, SortKey } from '../common/pagination';
import { Database } from '../db/database';
import { Conclusion } from '../conclusions/conclusion.entity';
import { assertNotPublished } from '../events/command-rows';
import { CommandContext, MeetingCommands } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { earlierInSeries, seriesKey } from '../meetings/series-order';
import { Unit } from '../units/unit.entity';
import { Directive, DirectiveProgress, DirectiveProgressKind, DirectiveStatus } from './directive.entity';

/**
 * A directive given at a meeting (or in its conclusion) to a unit, or to several units at once
 * (`assigneeUnitIds`: one directive each, of one group, each followed up on its own), optionally
 * to a named person of the unit.
 */
export type NewDirective = {
  meetingId?: string | null;
  conclusionId?: string | null;
  assigneeUnitId?: string | null;
  assigneeUnitIds?: string[] | null;
  assigneePerson?: string | null;
  task: string;
  deadline?: Date | null;
  sourceAgendaItemId?: string | null;
};

/** An edit of a directive: absent fields stay as they are; a null deadline or source clears it. */
export type DirectiveEdit = {
  id: string;
  assigneeUnitId?: string | null;
  task?: string | null;
  deadline?: Date | null;
  sourceAgendaItemId?: string | null;
};

/** A progress report of the assignee unit. */
export type DirectiveProgressReport = { directiveId: string; status: DirectiveStatus; note: string };

/** Which directives to list or count; every criterion given must hold. */
export type DirectiveQuery = {
  assigneeUnitId?: string | null;
  /** Of the meetings this unit organizes. */
  organizerId?: string | null;
  status?: DirectiveStatus[] | null;
  overdue?: boolean | null;
  dueSoon?: boolean | null;
  meetingId?: string | null;
  dueBefore?: Date | null;
};

/**
 * open + inProgress + doneOnTime + doneLate = total; overdue and dueSoon (never both) count among
 * open and inProgress.
 */
export type DirectiveTally = {
  open: number;
  inProgress: number;
  overdue: number;
  dueSoon: number;
  doneOnTime: number;
  doneLate: number;
  total: number;
};

const { OPEN, IN_PROGRESS, DONE } = DirectiveStatus;

/** Progress only goes forward. */
const STAGE = { [OPEN]: 0, [IN_PROGRESS]: 1, [DONE]: 2 };

/** The deadline has passed (`:now`, the clock's now); `p` prefixes the columns. */
const PAST_DEADLINE = (p: string) => `${p}deadline < :now`;
/** The deadline comes within the due-soon window (`:soon`: now + DIRECTIVE_DUE_SOON_HOURS). */
const NEAR_DEADLINE = (p: string) => `${p}deadline >= :now AND ${p}deadline < :soon`;

/** Overdue, in SQL: the same rule as `isOverdue` (NULL-safe, so that NOT applies too). */
const OVERDUE_SQL = `(d.status <> '${DONE}' AND d.deadline IS NOT NULL AND ${PAST_DEADLINE('d.')})`;
/** Due soon, in SQL: the same rule as `isDueSoon`. */
const DUE_SOON_SQL = `(d.status <> '${DONE}' AND d.deadline IS NOT NULL AND ${NEAR_DEADLINE('d.')})`;

/** The reminders of a directive's deadline, each sent once: the column that records it, and when it is due. */
const REMINDERS = [
  { type: MeetingEventType.DIRECTIVE_DUE_SOON, column: 'dueSoonRemindedAt', due: NEAR_DEADLINE },
  { type: MeetingEventType.DIRECTIVE_OVERDUE, column: 'overdueRemindedAt', due: PAST_DEADLINE },
] as const;

/** A reminder to send: DIRECTIVE_DUE_SOON or DIRECTIVE_OVERDUE of one directive. */
export type DueReminder = {
  directiveId: string;
  meetingId: string;
  type: (typeof REMINDERS)[number]['type'];
};

/** Follow-up order: by deadline (those without one first), then in the order they were given. */
const SORT: SortKey<Directive>[] = [
  { column: 'd.deadline', property: 'deadline', descending: false, nullable: true, date: true },
  { column: 'd.createdAt', property: 'createdAt', descending: false, date: true },
  { column: 'd.id', property: 'id', descending: false },
];

type CountsRow = Record<keyof DirectiveTally, string | number | null> & { meetingId?: string };

/**
 * Directives (ý kiến chỉ đạo) of a meeting's conclusion: given by its hosts until the notice is
 * published, then followed up by the assignee units with progress reports, across meetings.
 * Overdue and due soon are never stored: they are derived from the deadline and the clock when
 * asked; what is stored is that their reminder was sent.
 */
export class DirectiveService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
    private readonly clock: Clock,
    /** How long before its deadline a directive is due soon (DIRECTIVE_DUE_SOON_HOURS). */
    private readonly dueSoonMs: number,
  ) {}

  async add(actor: Actor | null, input: NewDirective): Promise<Directive> {
    const assignees = assigneesOf(input);
    assertOptionalId('input.sourceAgendaItemId', input.sourceAgendaItemId);
    const { meetingId, field } = await this.meetingOfNew(actor, input);
    return this.commands.run(
      actor,
      meetingId,
      async (c) => {
        assertManageMeeting(actor, c);
        const conclusion = await c.manager.findOne(Conclusion, { where: { meetingId } });
        if (!conclusion) {
          throw conflict(ErrorReason.NO_CONCLUSION, { conclusion: null });
        }
        assertNotPublished(conclusion);
        assertRoom(
          await c.manager.count(Directive, { where: { conclusionId: conclusion.id } }),
          LIST_CAPS.directivesPerConclusion - assignees.ids.length + 1,
          'input.meetingId',
          'directives in a conclusion',
        );
        for (const unitId of assignees.ids) await this.assertUnit(c, unitId, assignees.field);
        await this.assertAgendaItem(c, input.sourceAgendaItemId, 'input.sourceAgendaItemId');
        this.assertDeadline(c, input.deadline, 'input.deadline');
        const groupId = randomUUID();
        // createdAt is left to the insert time: it orders the directives of one notice.
        const directives = assignees.ids.map((assigneeUnitId) =>
          c.manager.create(Directive, {
            meetingId,
            conclusionId: conclusion.id,
            groupId,
            assigneeUnitId,
            assigneePerson: input.assigneePerson?.trim() || null,
            task: input.task,
            deadline: input.deadline ?? null,
            status: OPEN,
            sourceAgendaItemId: input.sourceAgendaItemId ?? null,
            completedAt: null,
            acceptedAt: null,
            dueSoonRemindedAt: null,
            overdueRemindedAt: null,
          }),
        );
        for (const directive of directives) {
          await c.manager.save(directive);
          c.emit(MeetingEventType.DIRECTIVE_ADDED, directive);
        }
        return directives[0];
      },
      field,
    );
  }

  update(actor: Actor | null, input: DirectiveEdit): Promise<Directive> {
    assertOptionalId('input.assigneeUnitId', input.assigneeUnitId);
    assertOptionalId('input.sourceAgendaItemId', input.sourceAgendaItemId);
    if (input.assigneeUnitId === null) throw badInput('input.assigneeUnitId', ErrorReason.REQUIRED);
    if (input.task === null) throw badInput('input.task', ErrorReason.REQUIRED);
    return this.commands.runOn(
      actor,
      Directive,
      input.id,
      async (c, directive) => {
        assertManageMeeting(actor, c);
        assertNotPublished(
          await c.manager.findOneOrFail(Conclusion, { where: { id: directive.conclusionId } }),
        );
        if (input.assigneeUnitId) await this.assertUnit(c, input.assigneeUnitId, 'input.assigneeUnitId');
        await this.assertAgendaItem(c, input.sourceAgendaItemId, 'input.sourceAgendaItemId');
        if (input.deadline) this.assertDeadline(c, input.deadline, 'input.deadline');
        if (input.deadline !== undefined && input.deadline?.getTime() !== directive.deadline?.getTime()) {
          // A new deadline has reminders of its own.
          Object.assign(directive, { dueSoonRemindedAt: null, overdueRemindedAt: null });
        }
        for (const key of ['assigneeUnitId', 'task', 'deadline', 'sourceAgendaItemId'] as const) {
          if (input[key] !== undefined) Object.assign(directive, { [key]: input[key] });
        }
        await c.manager.save(directive);
        c.emit(MeetingEventType.DIRECTIVE_UPDATED, directive);
        return directive;
      },
      'input.id',
    );
  }

  /**
   * A progress report by the assignee unit (or a host), kept as history. Allowed after the meeting
   * has ended and the notice is published: that is when directives are followed up.
   */
  async report(actor: Actor | null, input: DirectiveProgressReport): Promise<Directive> {
    const id = input.directiveId;
    assertId('input.directiveId', id);
    const found = await this.db.read((m) =>
      m.findOne(Directive, {
        where: { id },
        select: { id: true, meetingId: true, assigneeUnitId: true },
      }),
    );
    if (!found) throw notFound('Directive', id);
    // The assignee unit follows up from outside the meeting: seeing the directive is enough.
    const see = (a: Actor | null) => assertSeeDirective(this.db, a, id);
    return this.commands.run(
      actor,
      found.meetingId,
      async (c) => {
        const directive = await c.manager.findOne(Directive, { where: { id } });
        if (!directive) throw notFound('Directive', id);
        assertReportDirective(actor, c, directive.assigneeUnitId);
        if (directive.status === DONE || STAGE[input.status] < STAGE[directive.status]) {
          throw conflict(
            ErrorReason.DIRECTIVE_STATUS_FORBIDS,
            { status: directive.status },
            { status: directive.status, target: input.status },
          );
        }
        assertRoom(
          await c.manager.count(DirectiveProgress, { where: { directiveId: id } }),
          LIST_CAPS.progressReportsPerDirective,
          'input.directiveId',
          'progress reports on a directive',
        );
        await this.record(c, directive, DirectiveProgressKind.REPORTED, input.status, input.note);
        Object.assign(directive, { status: input.status, completedAt: input.status === DONE ? c.now : null });
        await c.manager.save(directive);
        c.emit(MeetingEventType.DIRECTIVE_PROGRESS_REPORTED, directive);
        return directive;
      },
      'input.directiveId',
      see,
    );
  }

  /** A host takes the unit's reported DONE as done: the directive is closed for good. */
  accept(actor: Actor | null, id: string): Promise<Directive> {
    return this.commands.runOn(actor, Directive, id, async (c, directive) => {
      assertFollowUpDirective(actor, c, c.meeting);
      assertAwaitingReview(directive);
      await this.record(c, directive, DirectiveProgressKind.ACCEPTED, DONE, '');
      Object.assign(directive, { acceptedAt: c.now });
      await c.manager.save(directive);
      c.emit(MeetingEventType.DIRECTIVE_ACCEPTED, directive);
      return directive;
    });
  }

  /** A host sends a reported DONE back to the unit, saying why: it is IN_PROGRESS again. */
  reopen(actor: Actor | null, id: string, reason: string): Promise<Directive> {
    const why = reason.trim();
    if (!why) throw badInput('reason', ErrorReason.BLANK);
    return this.commands.runOn(actor, Directive, id, async (c, directive) => {
      assertFollowUpDirective(actor, c, c.meeting);
      assertAwaitingReview(directive);
      assertRoom(
        await c.manager.count(DirectiveProgress, { where: { directiveId: id } }),
        LIST_CAPS.progressReportsPerDirective,
        'id',
        'progress reports on a directive',
      );
      await this.record(c, directive, DirectiveProgressKind.REOPENED, IN_PROGRESS, why);
      Object.assign(directive, { status: IN_PROGRESS, completedAt: null });
      await c.manager.save(directive);
      c.emit(MeetingEventType.DIRECTIVE_REOPENED, directive);
      return directive;
    });
  }

  /** The directives given together with these groups' (for loaders). */
  async ofGroups(groupIds: readonly string[]): Promise<Directive[]> {
    return this.db.read((m) =>
      m.find(Directive, { where: { groupId: In([...groupIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    );
  }

  /** An entry of the directive's history. */
  private async record(
    c: CommandContext,
    directive: Directive,
    kind: DirectiveProgressKind,
    status: DirectiveStatus,
    note: string,
  ): Promise<void> {
    await c.manager.save(
      c.manager.create(DirectiveProgress, {
        directiveId: directive.id,
        kind,
        status,
        note,
        reportedAt: c.now,
        reportedBy: c.actor!.name,
      }),
    );
  }

  isOverdue(d: Directive): boolean {
    return d.status !== DONE && d.deadline !== null && d.deadline < this.clock.now();
  }

  /** Not DONE, and the deadline comes within DIRECTIVE_DUE_SOON_HOURS. */
  isDueSoon(d: Directive): boolean {
    const { now, soon } = this.window();
    return d.status !== DONE && d.deadline !== null && d.deadline >= now && d.deadline < soon;
  }

  /**
   * The reminders due now and not sent yet, nearest deadline first, at most `max` of each kind.
   * Each kind is one range of its index: nothing is read when nothing is due.
   */
  async dueReminders(max: number): Promise<DueReminder[]> {
    const due = await Promise.all(
      REMINDERS.map((r) =>
        this.db.read((m) =>
          m
            .createQueryBuilder(Directive, 'd')
            .select('d.id', 'directiveId')
            .addSelect('d.meetingId', 'meetingId')
            .where(`d.status IN (:...open) AND d.${r.column} IS NULL AND ${r.due('d.')}`, {
              open: [OPEN, IN_PROGRESS],
              ...this.window(),
            })
            .orderBy('d.deadline', 'ASC')
            .limit(max)
            .getRawMany<Omit<DueReminder, 'type'>>(),
        ),
      ),
    );
    return due.flatMap((rows, i) => rows.map((row) => ({ ...row, type: REMINDERS[i].type })));
  }

  /**
   * Sends a reminder as an event of the directive's meeting, by the system, if it is still due and
   * was not sent yet. Its column is claimed by a conditional write that one command only can make,
   * whichever instance runs it: the event is emitted by that command alone, so it is sent once.
   */
  remind(due: DueReminder): Promise<boolean> {
    const reminder = REMINDERS.find((r) => r.type === due.type)!;
    const id = due.directiveId;
    return this.commands.run(
      null,
      due.meetingId,
      async (c) => {
        const claimed = await c.manager
          .createQueryBuilder()
          .update(Directive)
          .set({ [reminder.column]: c.now })
          .where(`id = :id AND status <> :done AND ${reminder.column} IS NULL AND ${reminder.due('')}`, {
            id,
            done: DONE,
            ...this.window(c.now),
          })
          .execute();
        if (claimed.affected !== 1) return false;
        c.emit(due.type, await c.manager.findOneOrFail(Directive, { where: { id } }));
        return true;
      },
      'meetingId',
      async () => undefined, // the server's own follow-up, not a request to authorize
    );
  }

  /** Now and the end of the due-soon window, as the SQL rules take them. */
  private window(now = this.clock.now()): { now: Date; soon: Date } {
    return { now, soon: new Date(now.getTime() + this.dueSoonMs) };
  }

  /** For a DONE directive with a deadline: whether it was done after it; else null. */
  completedLate(d: Directive): boolean | null {
    if (d.status !== DONE || !d.completedAt) return null;
    return d.deadline !== null && d.completedAt > d.deadline;
  }

  list(
    actor: Actor | null,
    filter: DirectiveQuery | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<Directive>> {
    return this.db.read((m) => paginate(this.filtered(m, actor, filter), SORT, { first, after }));
  }

  async dashboard(actor: Actor | null, filter: DirectiveQuery | null): Promise<DirectiveTally> {
    const [row] = await this.db.read((m) =>
      this.withCounts(this.filtered(m, actor, filter)).getRawMany<CountsRow>(),
    );
    return countsOf(row);
  }

  /** Counts per meeting, for loaders (visibility is the meeting's). */
  async countsOfMeetings(meetingIds: readonly string[]): Promise<(DirectiveTally & { meetingId: string })[]> {
    const rows = await this.db.read((m) =>
      this.withCounts(m.createQueryBuilder(Directive, 'd'))
        .addSelect('d.meetingId', 'meetingId')
        .where('d.meetingId IN (:...meetingIds)', { meetingIds })
        .groupBy('d.meetingId')
        .getRawMany<CountsRow>(),
    );
    return meetingIds.map((meetingId) => ({
      meetingId,
      ...countsOf(rows.find((r) => r.meetingId === meetingId)),
    }));
  }

  /**
   * The directives still not DONE from every earlier meeting (not cancelled) of each meeting's
   * series, or of the same kind and organizer: all that is still open, not only the last meeting's.
   */
  async carriedOver(actor: Actor | null, meetingIds: readonly string[]): Promise<Directive[][]> {
    const pairs = await this.db.read((manager) =>
      manager
        .createQueryBuilder(Meeting, 'm')
        .innerJoin(
          Meeting,
          'p',
          `(${earlierInSeries('p', 'm')}) OR (p.kind = m.kind AND p.organizerId = m.organizerId AND p.id <> m.id AND p.status <> :cancelled AND ${seriesKey('p')} < ${seriesKey('m')})`,
          { cancelled: MeetingStatus.CANCELLED },
        )
        .select('m.id', 'meetingId')
        .addSelect('p.id', 'earlierId')
        .where('m.id IN (:...meetingIds)', { meetingIds })
        .getRawMany<{ meetingId: string; earlierId: string }>(),
    );
    const earlierIds = [...new Set(pairs.map((p) => p.earlierId))];
    // Rows of other meetings than those asked about: only those the actor may see of them.
    const open = earlierIds.length
      ? await this.db.read((m) =>
          whereDirectiveSeen(m.createQueryBuilder(Directive, 'd'), 'd', actor, true)
            .innerJoin(Meeting, 'p', 'p.id = d.meetingId')
            .andWhere('d.meetingId IN (:...earlierIds)', { earlierIds })
            .andWhere('d.status <> :done', { done: DONE })
            .orderBy(seriesKey('p'), 'ASC')
            .addOrderBy('d.createdAt', 'ASC')
            .addOrderBy('d.id', 'ASC')
            .getMany(),
        )
      : [];
    return meetingIds.map((id) => {
      const earlier = new Set(pairs.filter((p) => p.meetingId === id).map((p) => p.earlierId));
      return open.filter((d) => earlier.has(d.meetingId)).slice(0, LIST_CAPS.carriedOverPerMeeting);
    });
  }

  async ofConclusions(conclusionIds: readonly string[]): Promise<Directive[]> {
    return this.db.read((m) =>
      m.find(Directive, {
        where: { conclusionId: In([...conclusionIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** Every directive the actor sees that `filter` admits, up to `max` (more: TOO_MANY). */
  async allOf(actor: Actor | null, filter: DirectiveQuery | null, max: number): Promise<Directive[]> {
    const found = await this.db.read((m) =>
      this.filtered(m, actor, filter)
        .take(max + 1)
        .getMany(),
    );
    if (found.length > max) throw badInput('filter', ErrorReason.TOO_MANY, { limit: max });
    return found;
  }

  async progressOf(directiveIds: readonly string[]): Promise<DirectiveProgress[]> {
    return this.db.read((m) =>
      m.find(DirectiveProgress, {
        where: { directiveId: In([...directiveIds]) },
        order: { reportedAt: 'ASC', createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** The meeting a new directive goes to: given, or that of the given conclusion (and both must agree). */
  private async meetingOfNew(
    actor: Actor | null,
    input: NewDirective,
  ): Promise<{ meetingId: string; field: string }> {
    assertOptionalId('input.meetingId', input.meetingId);
    assertOptionalId('input.conclusionId', input.conclusionId);
    if (!input.conclusionId) {
      if (!input.meetingId) throw badInput('input.meetingId', ErrorReason.REQUIRED);
      return { meetingId: input.meetingId, field: 'input.meetingId' };
    }
    const conclusionId = input.conclusionId;
    const conclusion = await this.db.read((m) =>
      m.findOne(Conclusion, { where: { id: conclusionId }, select: { id: true, meetingId: true } }),
    );
    if (!conclusion) throw notFound('Conclusion', input.conclusionId);
    await assertSeeMeeting(this.db, actor, conclusion.meetingId);
    if (input.meetingId && input.meetingId !== conclusion.meetingId) {
      throw badInput('input.conclusionId', ErrorReason.NOT_IN_MEETING);
    }
    return { meetingId: conclusion.meetingId, field: 'input.conclusionId' };
  }

  private filtered(
    m: EntityManager,
    actor: Actor | null,
    filter: DirectiveQuery | null,
  ): SelectQueryBuilder<Directive> {
    const f = filter ?? {};
    assertOptionalId('filter.assigneeUnitId', f.assigneeUnitId);
    assertOptionalId('filter.meetingId', f.meetingId);
    assertOptionalId('filter.organizerId', f.organizerId);
    const q = whereDirectiveSeen(m.createQueryBuilder(Directive, 'd'), 'd', actor);
    if (f.assigneeUnitId)
      q.andWhere('d.assigneeUnitId = :assigneeUnitId', { assigneeUnitId: f.assigneeUnitId });
    if (f.meetingId) q.andWhere('d.meetingId = :meetingId', { meetingId: f.meetingId });
    if (f.organizerId) {
      q.andWhere('d.meetingId IN (SELECT o.id FROM meeting o WHERE o.organizerId = :organizerId)', {
        organizerId: f.organizerId,
      });
    }
    if (f.status)
      q.andWhere(f.status.length ? 'd.status IN (:...statuses)' : '1 = 0', { statuses: f.status });
    if (f.overdue !== null && f.overdue !== undefined) {
      q.andWhere(f.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, this.window());
    }
    if (f.dueSoon !== null && f.dueSoon !== undefined) {
      q.andWhere(f.dueSoon ? DUE_SOON_SQL : `NOT ${DUE_SOON_SQL}`, this.window());
    }
    if (f.dueBefore) q.andWhere('d.deadline < :dueBefore', { dueBefore: f.dueBefore });
    return q;
  }

  private withCounts(q: SelectQueryBuilder<Directive>): SelectQueryBuilder<Directive> {
    const sum = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
    return q
      .select(sum(`d.status = '${OPEN}'`), 'open')
      .addSelect(sum(`d.status = '${IN_PROGRESS}'`), 'inProgress')
      .addSelect(sum(OVERDUE_SQL), 'overdue')
      .addSelect(sum(DUE_SOON_SQL), 'dueSoon')
      .addSelect(
        sum(`d.status = '${DONE}' AND (d.deadline IS NULL OR d.completedAt <= d.deadline)`),
        'doneOnTime',
      )
      .addSelect(sum(`d.status = '${DONE}' AND d.completedAt > d.deadline`), 'doneLate')
      .addSelect('COUNT(*)', 'total')
      .setParameters(this.window());
  }

  private async assertUnit(c: CommandContext, unitId: string, field: string): Promise<void> {
    if (!(await c.manager.exists(Unit, { where: { id: unitId } })))
      throw badInput(field, ErrorReason.UNKNOWN_UNIT);
  }

  private async assertAgendaItem(
    c: CommandContext,
    id: string | null | undefined,
    field: string,
  ): Promise<void> {
    if (id && !(await c.manager.exists(AgendaItem, { where: { id, meetingId: c.meeting.id } }))) {
      throw badInput(field, ErrorReason.NOT_IN_MEETING);
    }
  }

  /** A new deadline lies ahead: one already passed is a typing mistake. */
  private assertDeadline(c: CommandContext, deadline: Date | null | undefined, field: string): void {
    if (deadline && deadline <= c.now) throw badInput(field, ErrorReason.NOT_IN_FUTURE);
  }
}

/** The units a new directive goes to: `assigneeUnitId` or `assigneeUnitIds` (distinct), not both. */
function assigneesOf(input: NewDirective): { ids: string[]; field: string } {
  const many = input.assigneeUnitIds;
  if (input.assigneeUnitId && many) {
    throw badInput('input.assigneeUnitIds', ErrorReason.ONE_OF, { other: 'input.assigneeUnitId' });
  }
  if (input.assigneeUnitId) {
    assertId('input.assigneeUnitId', input.assigneeUnitId);
    return { ids: [input.assigneeUnitId], field: 'input.assigneeUnitId' };
  }
  if (!many?.length) throw badInput('input.assigneeUnitIds', ErrorReason.REQUIRED);
  many.forEach((id) => assertId('input.assigneeUnitIds', id));
  const twice = many.find((id, i) => many.indexOf(id) !== i);
  if (twice) throw badInput('input.assigneeUnitIds', ErrorReason.DUPLICATE, { value: twice });
  return { ids: many, field: 'input.assigneeUnitIds' };
}

/** Only a DONE reported by the unit and not yet accepted is for the host to accept or reopen. */
function assertAwaitingReview(d: Directive): void {
  if (d.status !== DONE || d.acceptedAt) {
    const reason = d.acceptedAt
      ? ErrorReason.DIRECTIVE_ALREADY_ACCEPTED
      : ErrorReason.DIRECTIVE_NOT_REPORTED_DONE;
    throw conflict(reason, { status: d.status, acceptedAt: d.acceptedAt }, { status: d.status });
  }
}

/** Drivers return sums as numbers, strings (MySQL DECIMAL) or null (no rows). */
function countsOf(row: CountsRow | undefined): DirectiveTally {
  const n = (v: string | number | null | undefined) => Number(v ?? 0);
  return {
    open: n(row?.open),
    inProgress: n(row?.inProgress),
    overdue: n(row?.overdue),
    dueSoon: n(row?.dueSoon),
    doneOnTime: n(row?.doneOnTime),
    doneLate: n(row?.doneLate),
    total: n(row?.total),
  };
}
