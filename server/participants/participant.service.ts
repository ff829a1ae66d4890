import { In } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertActForSite, assertManageMeeting, assertSiteMaySet } from '../access/access';
import { badInput, conflict, ErrorReason } from '../common/errors';
import { assertRoom, LIST_CAPS } from '../common/list-caps';
import { assertId, assertOptionalId } from '../common/ids';
import { trimmedOrNull } from '../common/validation';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { assertAttendanceOpen, assertSetupOpen } from '../meetings/meeting-status';
import { Database } from '../db/database';
import { CommandContext, MeetingCommands } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { Unit } from '../units/unit.entity';
import { AttendanceCounts, tally } from './attendance';
import { Attendance, Participant, ParticipantRole } from './participant.entity';

export type NewParticipant = {
  meetingId: string;
  connectionPointId: string;
  unitId?: string | null;
  name: string;
  position?: string | null;
  role: ParticipantRole;
};

/** An edit of a participant: fields left out stay as they are. */
export type ParticipantEdit = {
  id: string;
  connectionPointId?: string | null;
  unitId?: string | null;
  name?: string | null;
  position?: string | null;
  role?: ParticipantRole | null;
};

const REASON_MAX = 500;

/** The roles a site gives the delegates it adds itself (who turned up unannounced); the hosts give the others. */
const SITE_ROLES: readonly ParticipantRole[] = [ParticipantRole.DELEGATE, ParticipantRole.GUEST];

/**
 * Participants (đại biểu): registered by the hosts (or by their own site, when they turn up
 * unannounced), checked in by their site's operator or a host.
 */
export class ParticipantService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
  ) {}

  add(actor: Actor | null, input: NewParticipant): Promise<Participant> {
    assertId('input.connectionPointId', input.connectionPointId);
    assertOptionalId('input.unitId', input.unitId);
    return this.commands.run(
      actor,
      input.meetingId,
      async (c) => {
        assertSiteMaySet(
          actor,
          c,
          input.connectionPointId,
          SITE_ROLES.includes(input.role) ? [] : ['input.role'],
        );
        assertSetupOpen(c.meeting);
        await assertPointOf(c, input.connectionPointId);
        await assertUnit(c, input.unitId);
        await assertRoomInMeeting(c);
        await assertRoomAt(c, input.connectionPointId);
        const p = c.manager.create(Participant, {
          meetingId: c.meeting.id,
          connectionPointId: input.connectionPointId,
          unitId: input.unitId ?? null,
          name: input.name.trim(),
          position: trimmedOrNull(input.position),
          role: input.role,
          attendance: Attendance.EXPECTED,
          checkedInAt: null,
          absenceReason: null,
          createdAt: c.now,
        });
        await c.manager.save(p);
        c.emit(MeetingEventType.PARTICIPANT_ADDED, p);
        return p;
      },
      'input.meetingId',
    );
  }

  update(actor: Actor | null, input: ParticipantEdit): Promise<Participant> {
    assertOptionalId('input.connectionPointId', input.connectionPointId);
    assertOptionalId('input.unitId', input.unitId);
    if (input.connectionPointId === null) throw badInput('input.connectionPointId', ErrorReason.REQUIRED);
    if (input.name === null) throw badInput('input.name', ErrorReason.REQUIRED);
    return this.commands.runOn(
      actor,
      Participant,
      input.id,
      async (c, p) => {
        assertManageMeeting(actor, c);
        assertSetupOpen(c.meeting);
        if (input.connectionPointId && input.connectionPointId !== p.connectionPointId) {
          await assertPointOf(c, input.connectionPointId);
          await assertRoomAt(c, input.connectionPointId);
          p.connectionPointId = input.connectionPointId;
        }
        if (input.unitId !== undefined) {
          await assertUnit(c, input.unitId);
          p.unitId = input.unitId;
        }
        if (input.name) p.name = input.name.trim();
        if (input.position !== undefined) p.position = trimmedOrNull(input.position);
        if (input.role) p.role = input.role;
        await c.manager.save(p);
        c.emit(MeetingEventType.PARTICIPANT_UPDATED, p);
        return p;
      },
      'input.id',
    );
  }

  remove(actor: Actor | null, id: string): Promise<Participant> {
    return this.commands.runOn(actor, Participant, id, async (c, p) => {
      assertManageMeeting(actor, c);
      assertSetupOpen(c.meeting);
      await c.manager.delete(Participant, { id: p.id });
      c.emit(MeetingEventType.PARTICIPANT_REMOVED, p);
      return p;
    });
  }

  checkIn(actor: Actor | null, id: string): Promise<Participant> {
    return this.commands.runOn(actor, Participant, id, async (c, p) => {
      assertActForSite(actor, c, p.connectionPointId);
      assertAttendanceOpen(c.meeting);
      if (p.attendance === Attendance.PRESENT) {
        throw conflict(
          ErrorReason.ALREADY_CHECKED_IN,
          { attendance: p.attendance, checkedInAt: p.checkedInAt?.toISOString() },
          { name: p.name },
        );
      }
      Object.assign(p, { attendance: Attendance.PRESENT, checkedInAt: c.now, absenceReason: null });
      await c.manager.save(p);
      c.emit(MeetingEventType.PARTICIPANT_CHECKED_IN, p);
      return p;
    });
  }

  markAbsent(
    actor: Actor | null,
    id: string,
    excused: boolean,
    reason: string | null | undefined,
  ): Promise<Participant> {
    if (reason != null && !/\S/.test(reason)) throw badInput('reason', ErrorReason.BLANK);
    if (reason != null && reason.length > REASON_MAX) {
      throw badInput('reason', ErrorReason.TOO_LONG, { limit: REASON_MAX });
    }
    const absenceReason = trimmedOrNull(reason);
    const attendance = excused ? Attendance.EXCUSED : Attendance.ABSENT;
    return this.commands.runOn(actor, Participant, id, async (c, p) => {
      assertActForSite(actor, c, p.connectionPointId);
      assertAttendanceOpen(c.meeting);
      if (p.attendance === attendance && p.absenceReason === absenceReason) {
        throw conflict(
          ErrorReason.ATTENDANCE_ALREADY_MARKED,
          { attendance, absenceReason },
          { name: p.name, attendance },
        );
      }
      Object.assign(p, { attendance, absenceReason, checkedInAt: null });
      await c.manager.save(p);
      c.emit(MeetingEventType.PARTICIPANT_MARKED_ABSENT, p);
      return p;
    });
  }

  /** Participants by id, or of meetings or connection points, in the order they were registered (for loaders). */
  async by(
    column: 'id' | 'meetingId' | 'connectionPointId',
    keys: readonly string[],
  ): Promise<Participant[]> {
    if (keys.length === 0) return [];
    return this.db.read((m) =>
      m.find(Participant, { where: { [column]: In([...keys]) }, order: { createdAt: 'ASC', name: 'ASC' } }),
    );
  }

  /** Attendance per meeting or per connection point, in one grouped query (`planned` left to the caller). */
  async attendance(
    column: 'meetingId' | 'connectionPointId',
    keys: readonly string[],
  ): Promise<AttendanceCounts[]> {
    if (keys.length === 0) return [];
    const counts = new Map(keys.map((k) => [k, new AttendanceCounts()]));
    const rows: { k: string; attendance: Attendance; n: string | number }[] = await this.db.read((m) =>
      m
        .createQueryBuilder(Participant, 'p')
        .select(`p.${column}`, 'k')
        .addSelect('p.attendance', 'attendance')
        .addSelect('COUNT(*)', 'n')
        .where(`p.${column} IN (:...keys)`, { keys })
        .groupBy(`p.${column}`)
        .addGroupBy('p.attendance')
        .getRawMany(),
    );
    for (const r of rows) tally(counts.get(r.k)!, r.attendance, Number(r.n));
    return keys.map((k) => counts.get(k)!);
  }

  /** The headcounts the connection points of each meeting announced. */
  async plannedAttendance(meetingIds: readonly string[]): Promise<number[]> {
    if (meetingIds.length === 0) return [];
    const rows: { k: string; n: string | number | null }[] = await this.db.read((m) =>
      m
        .createQueryBuilder(ConnectionPoint, 'cp')
        .select('cp.meetingId', 'k')
        .addSelect('SUM(cp.expectedAttendance)', 'n')
        .where('cp.meetingId IN (:...meetingIds)', { meetingIds })
        .groupBy('cp.meetingId')
        .getRawMany(),
    );
    const sums = new Map(rows.map((r) => [r.k, Number(r.n ?? 0)]));
    return meetingIds.map((id) => sums.get(id) ?? 0);
  }
}

/** A connection point named in an input must be one of this meeting's. */
async function assertPointOf(c: CommandContext, connectionPointId: string): Promise<void> {
  const found = await c.manager.exists(ConnectionPoint, {
    where: { id: connectionPointId, meetingId: c.meeting.id },
  });
  if (!found) throw badInput('input.connectionPointId', ErrorReason.NOT_IN_MEETING);
}

async function assertUnit(c: CommandContext, unitId: string | null | undefined): Promise<void> {
  if (unitId && !(await c.manager.exists(Unit, { where: { id: unitId } }))) {
    throw badInput('input.unitId', ErrorReason.UNKNOWN_UNIT);
  }
}

/** One more participant fits in the meeting. */
async function assertRoomInMeeting(c: CommandContext): Promise<void> {
  const inMeeting = await c.manager.count(Participant, { where: { meetingId: c.id } });
  assertRoom(inMeeting, LIST_CAPS.participantsPerMeeting, 'input.meetingId', 'participants in a meeting');
}

/** One more participant fits at `connectionPointId`. */
async function assertRoomAt(c: CommandContext, connectionPointId: string): Promise<void> {
  const atPoint = await c.manager.count(Participant, { where: { meetingId: c.id, connectionPointId } });
  assertRoom(
    atPoint,
    LIST_CAPS.participantsPerConnectionPoint,
    'input.connectionPointId',
    'participants at one connection point',
  );
}
