import { EntityManager, In } from 'typeorm';
import { Actor } from '../auth/actor';
import { User } from '../auth/user.entity';
import { assertCreateMeeting, assertManageMeeting, assertManageSeries, canSeeSeries } from '../access/access';
import { assertSeeMeeting } from '../access/reach-sql';
import { badInput, conflict, ErrorReason, notFound } from '../common/errors';
import { assertId, assertOptionalId } from '../common/ids';
import { Database } from '../db/database';
import { changeMeeting } from '../events/command-rows';
import { MeetingEventType } from '../events/event-type';
import { MeetingCommands } from '../events/meeting-commands';
import { Meeting, MeetingFormat, MeetingHost, MeetingKind, MeetingStatus } from '../meetings/meeting.entity';
import { canHost, HOSTS_MAX, MeetingService } from '../meetings/meeting.service';
import { Unit } from '../units/unit.entity';
import { MeetingSeries, SeriesCadence } from './meeting-series.entity';
import { EMPTY_TEMPLATE, MeetingTemplate, TemplateDraft } from './meeting-template';
import { completeTemplate, furnish, templateOf } from './template-setup';
import { titleOfOccurrence } from './occurrence-title';

/** The fields of a series that its managers set. */
export type SeriesFields = {
  title: string;
  kind: MeetingKind;
  format: MeetingFormat;
  cadence: SeriesCadence;
  planReference?: string | null;
  hostUnitId?: string | null;
  hostUserIds?: string[] | null;
  /** The standing setup, written out … */
  template?: TemplateDraft | null;
  /** … or taken from a meeting (which then becomes a meeting of the series). */
  fromMeetingId?: string | null;
};

export type NewSeries = SeriesFields & { organizerId: string };

/** An edit: fields left out stay as they are. */
export type SeriesEdit = Partial<SeriesFields> & { id: string; version: number };

/** The next meeting of a series: its date, and a title unless the series' own with the date will do. */
export type NextMeeting = {
  seriesId: string;
  scheduledStart: Date;
  scheduledEnd?: Date | null;
  title?: string | null;
};

/** A copy of any meeting (points, people, agenda), on a new date. */
export type MeetingCopy = {
  meetingId: string;
  scheduledStart: Date;
  scheduledEnd?: Date | null;
  title?: string | null;
};

const EDITABLE = [
  'title',
  'kind',
  'format',
  'cadence',
  'planReference',
  'hostUnitId',
  'hostUserIds',
] as const;

/**
 * Meeting series (giao ban tuần, tháng, quý): the standing setup of a recurring meeting, and the
 * next meeting made from it — or from any meeting — in one command. A series has no event log of
 * its own: its changes run in one transaction with its row locked, and the meetings it makes are
 * created by the meeting command runner (MEETING_CREATED, then each point, person and item).
 */
export class SeriesService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
    private readonly meetings: MeetingService,
  ) {}

  async get(actor: Actor | null, id: string): Promise<MeetingSeries> {
    assertId('id', id);
    const series = await this.db.read((m) => m.findOne(MeetingSeries, { where: { id } }));
    if (!series || !canSeeSeries(actor, series)) throw notFound('MeetingSeries', id);
    return series;
  }

  /** The series of these ids (for loaders: seen through a meeting of each). */
  byIds(ids: readonly string[]): Promise<MeetingSeries[]> {
    return this.db.read((m) => m.find(MeetingSeries, { where: { id: In([...ids]) } }));
  }

  async create(actor: Actor | null, input: NewSeries): Promise<MeetingSeries> {
    const creator = assertCreateMeeting(actor);
    assertId('input.organizerId', input.organizerId);
    assertManageSeries(actor, input, 'input.organizerId');
    this.assertShape(input);
    const build = async (manager: EntityManager, template: MeetingTemplate | null) => {
      await this.assertRefs(actor, manager, input);
      return manager.save(
        manager.create(MeetingSeries, {
          ...pick(input),
          organizerId: input.organizerId,
          hostUserIds: input.hostUserIds ?? [],
          template: template ?? (await this.templateFrom(manager, input)),
          version: 1,
          createdById: creator.userId,
        }),
      );
    };
    const fromMeetingId = input.fromMeetingId;
    if (!fromMeetingId) return this.db.transaction((m) => build(m, null));
    // The meeting it is made from becomes its first meeting, in the same command.
    return this.commands.run(
      actor,
      fromMeetingId,
      async (c) => {
        assertManageMeeting(actor, c);
        if (c.meeting.seriesId) {
          throw conflict(ErrorReason.ALREADY_IN_SERIES, { seriesId: c.meeting.seriesId });
        }
        const series = await build(c.manager, await templateOf(c.manager, fromMeetingId));
        await changeMeeting(c, { seriesId: series.id });
        c.emit(MeetingEventType.MEETING_UPDATED, c.meeting);
        return series;
      },
      'input.fromMeetingId',
    );
  }

  async update(actor: Actor | null, input: SeriesEdit): Promise<MeetingSeries> {
    assertId('input.id', input.id);
    this.assertShape(input);
    if (input.fromMeetingId) await assertSeeMeeting(this.db, actor, input.fromMeetingId);
    return this.db.transaction(async (manager) => {
      const series = await this.lock(manager, input.id);
      if (!series || !canSeeSeries(actor, series)) throw notFound('MeetingSeries', input.id);
      assertManageSeries(actor, series, 'input.id');
      if (input.version !== series.version) {
        throw conflict(
          ErrorReason.STALE_VERSION,
          { version: series.version },
          { version: series.version, expected: input.version },
        );
      }
      await this.assertRefs(actor, manager, input);
      const template = input.template || input.fromMeetingId ? await this.templateFrom(manager, input) : null;
      Object.assign(series, pick(input), template ? { template } : {}, { version: series.version + 1 });
      return manager.save(series);
    });
  }

  /** The next meeting of the series on `scheduledStart`, set up from its template, in one command. */
  async createMeeting(actor: Actor | null, input: NextMeeting): Promise<Meeting> {
    assertId('input.seriesId', input.seriesId);
    const series = await this.db.read((m) => m.findOne(MeetingSeries, { where: { id: input.seriesId } }));
    if (!series || !canSeeSeries(actor, series)) throw notFound('MeetingSeries', input.seriesId);
    assertManageSeries(actor, series, 'input.seriesId');
    return this.meetings.create(
      actor,
      {
        title: input.title?.trim() || titleOfOccurrence(series.title, series.cadence, input.scheduledStart),
        kind: series.kind,
        format: series.format,
        planReference: series.planReference,
        organizerId: series.organizerId,
        hostUnitId: series.hostUnitId,
        scheduledStart: input.scheduledStart,
        scheduledEnd: input.scheduledEnd ?? null,
        hostUserIds: series.hostUserIds,
      },
      {
        seriesId: series.id,
        // The template as it is when the meeting is made: read under the series' lock.
        check: async (manager) => {
          const locked = (await this.lock(manager, series.id))!;
          series.template = locked.template;
          await this.assertDateFree(manager, series.id, input.scheduledStart);
        },
        furnish: (c) => furnish(c, series.template),
      },
    );
  }

  /** A copy of a meeting on a new date: same organizer, hosts, points, people and agenda (and series). */
  async copyMeeting(actor: Actor | null, input: MeetingCopy): Promise<Meeting> {
    assertId('input.meetingId', input.meetingId);
    await assertSeeMeeting(this.db, actor, input.meetingId);
    const source = (await this.db.read((m) => m.findOne(Meeting, { where: { id: input.meetingId } })))!;
    const hosts = await this.db.read((m) => m.find(MeetingHost, { where: { meetingId: source.id } }));
    let template = EMPTY_TEMPLATE;
    return this.meetings.create(
      actor,
      {
        title: input.title?.trim() || source.title,
        kind: source.kind,
        format: source.format,
        planReference: source.planReference,
        description: source.description,
        organizerId: source.organizerId,
        hostUnitId: source.hostUnitId,
        scheduledStart: input.scheduledStart,
        scheduledEnd: input.scheduledEnd ?? null,
        hostUserIds: hosts.map((h) => h.userId),
      },
      {
        seriesId: source.seriesId,
        check: async (manager) => {
          if (source.seriesId) {
            await this.lock(manager, source.seriesId);
            await this.assertDateFree(manager, source.seriesId, input.scheduledStart);
          }
          template = await templateOf(manager, source.id);
        },
        furnish: (c) => furnish(c, template),
      },
    );
  }

  /** One meeting of a series at a time: a second one at the same start is a double click. */
  private async assertDateFree(manager: EntityManager, seriesId: string, start: Date): Promise<void> {
    const taken = await manager.findOne(Meeting, {
      where: { seriesId, scheduledStart: start },
      select: { id: true, status: true },
    });
    if (taken && taken.status !== MeetingStatus.CANCELLED) {
      throw conflict(ErrorReason.SERIES_SLOT_TAKEN, { meetingId: taken.id });
    }
  }

  /** The series row, locked for the rest of the transaction (the SQLite mutex serializes already). */
  private lock(manager: EntityManager, id: string): Promise<MeetingSeries | null> {
    const q = manager.getRepository(MeetingSeries).createQueryBuilder('s').where('s.id = :id', { id });
    if (this.db.dialect === 'mysql') q.setLock('pessimistic_write');
    return q.getOne();
  }

  private async templateFrom(manager: EntityManager, input: Partial<SeriesFields>): Promise<MeetingTemplate> {
    if (input.fromMeetingId) return templateOf(manager, input.fromMeetingId);
    return input.template ? completeTemplate(manager, input.template, 'input.template') : EMPTY_TEMPLATE;
  }

  private assertShape(input: Partial<SeriesFields>): void {
    assertOptionalId('input.hostUnitId', input.hostUnitId);
    assertOptionalId('input.fromMeetingId', input.fromMeetingId);
    if (input.template && input.fromMeetingId) {
      throw badInput('input.fromMeetingId', ErrorReason.ONE_OF, { other: 'input.template' });
    }
    const hosts = input.hostUserIds ?? [];
    hosts.forEach((id) => assertId('input.hostUserIds', id));
    if (hosts.length > HOSTS_MAX)
      throw badInput('input.hostUserIds', ErrorReason.TOO_MANY, { limit: HOSTS_MAX });
  }

  /** The host unit must be one the caller acts for, the standing hosts users who may host. */
  private async assertRefs(actor: Actor | null, manager: EntityManager, input: Partial<SeriesFields>) {
    if (input.hostUnitId) {
      if (!(await manager.exists(Unit, { where: { id: input.hostUnitId } }))) {
        throw badInput('input.hostUnitId', ErrorReason.UNKNOWN_UNIT);
      }
      assertManageSeries(actor, { organizerId: input.hostUnitId }, 'input.hostUnitId');
    }
    const ids = input.hostUserIds ?? [];
    const users = ids.length ? await manager.find(User, { where: { id: In(ids) } }) : [];
    const invalid = ids.find((id) => !users.some((u) => u.id === id && canHost(u)));
    if (invalid) throw badInput('input.hostUserIds', ErrorReason.CANNOT_HOST, { user: invalid });
  }
}

/** The plain fields of a series present in `input` (titles trimmed). */
function pick(input: Partial<SeriesFields>): Partial<MeetingSeries> {
  const sent = EDITABLE.filter((k) => input[k] !== undefined);
  const fields = Object.fromEntries(sent.map((k) => [k, input[k]])) as Partial<MeetingSeries>;
  if (fields.title) fields.title = fields.title.trim();
  if (fields.planReference !== undefined) fields.planReference = fields.planReference?.trim() || null;
  if (fields.hostUserIds === null) fields.hostUserIds = [];
  return fields;
}
