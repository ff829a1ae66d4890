import { In } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertManageMeeting, assertSiteMaySet } from '../access/access';
import { badInput, conflict, ErrorReason } from '../common/errors';
import { assertRoom, LIST_CAPS } from '../common/list-caps';
import { assertId, assertOptionalId } from '../common/ids';
import { trimmedOrNull } from '../common/validation';
import { Database } from '../db/database';
import { byHostThenName, snapshotOf } from '../events/command-rows';
import { CommandContext, MeetingCommands } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { Participant } from '../participants/participant.entity';
import { Unit } from '../units/unit.entity';
import { ConnectionPoint, ConnectionPointRole, ConnectionState } from './connection-point.entity';
import { assertNotUnderway, assertSetupOpen } from '../meetings/meeting-status';

/** The fields a host sets on a connection point; on an edit every one is optional (null clears). */
export type ConnectionPointDetails = {
  name?: string | null;
  location?: string | null;
  operatorName?: string | null;
  operatorContact?: string | null;
  presidingName?: string | null;
  expectedAttendance?: number | null;
};

export type NewConnectionPoint = ConnectionPointDetails & {
  meetingId: string;
  unitId: string;
  role: ConnectionPointRole;
};

export type ConnectionPointEdit = ConnectionPointDetails & {
  id: string;
  unitId?: string | null;
  role?: ConnectionPointRole | null;
};

const DETAILS = ['location', 'operatorName', 'operatorContact', 'presidingName'] as const;
type Details = Partial<Record<(typeof DETAILS)[number], string | null>>;

/** The unique index on (meetingId, hostKey) keeps one host per meeting; sites leave it NULL. */
const hostKeyOf = (role: ConnectionPointRole): string | null =>
  role === ConnectionPointRole.HOST ? 'HOST' : null;

/** The connection points (điểm cầu) of a meeting: one host point, one point per participating unit. */
export class ConnectionPointService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
  ) {}

  add(actor: Actor | null, input: NewConnectionPoint): Promise<ConnectionPoint> {
    assertId('input.unitId', input.unitId);
    return this.commands.run(
      actor,
      input.meetingId,
      async (c) => {
        assertManageMeeting(actor, c);
        assertSetupOpen(c.meeting);
        const points = await c.manager.count(ConnectionPoint, { where: { meetingId: c.id } });
        assertRoom(
          points,
          LIST_CAPS.connectionPointsPerMeeting,
          'input.meetingId',
          'connection points in a meeting',
        );
        const unit = await this.unitFor(c, input.unitId);
        if (input.role === ConnectionPointRole.HOST) await this.assertNoOtherHost(c, null);
        const cp = c.manager.create(ConnectionPoint, {
          meetingId: c.meeting.id,
          unitId: unit.id,
          role: input.role,
          hostKey: hostKeyOf(input.role),
          name: trimmedOrNull(input.name) ?? unit.name,
          expectedAttendance: input.expectedAttendance ?? 0,
          connectionState: ConnectionState.NEVER_JOINED,
          lastSeenAt: null,
          accessCodeHash: null,
          accessCodeIssuedAt: null,
          accessGeneration: 0,
          createdAt: c.now,
          ...details(input),
        });
        await c.manager.save(cp);
        c.emit(MeetingEventType.CONNECTION_POINT_ADDED, snapshotOf(cp));
        return cp;
      },
      'input.meetingId',
    );
  }

  update(actor: Actor | null, input: ConnectionPointEdit): Promise<ConnectionPoint> {
    assertOptionalId('input.unitId', input.unitId);
    if (input.unitId === null) throw badInput('input.unitId', ErrorReason.REQUIRED);
    return this.commands.runOn(
      actor,
      ConnectionPoint,
      input.id,
      async (c, cp) => {
        assertSiteMaySet(actor, c, cp.id, hostFieldsOf(input));
        assertSetupOpen(c.meeting);
        if (input.role && input.role !== cp.role) {
          assertNotUnderway(c.meeting);
          if (input.role === ConnectionPointRole.HOST) await this.assertNoOtherHost(c, cp.id);
          Object.assign(cp, { role: input.role, hostKey: hostKeyOf(input.role) });
        }
        if (input.unitId && input.unitId !== cp.unitId) {
          cp.unitId = (await this.unitFor(c, input.unitId)).id;
        }
        if (input.name !== undefined) {
          cp.name =
            trimmedOrNull(input.name) ?? (await c.manager.findOneByOrFail(Unit, { id: cp.unitId })).name;
        }
        if (input.expectedAttendance != null) cp.expectedAttendance = input.expectedAttendance;
        Object.assign(cp, details(input));
        await c.manager.save(cp);
        c.emit(MeetingEventType.CONNECTION_POINT_UPDATED, snapshotOf(cp));
        return cp;
      },
      'input.id',
    );
  }

  /** Removes a connection point with its delegates; only before the meeting starts. */
  remove(actor: Actor | null, id: string): Promise<ConnectionPoint> {
    return this.commands.runOn(actor, ConnectionPoint, id, async (c, cp) => {
      assertManageMeeting(actor, c);
      assertNotUnderway(c.meeting);
      const participants = await c.manager.find(Participant, { where: { connectionPointId: cp.id } });
      await c.manager.delete(Participant, { connectionPointId: cp.id });
      await c.manager.delete(ConnectionPoint, { id: cp.id });
      for (const p of participants) c.emit(MeetingEventType.PARTICIPANT_REMOVED, p);
      c.emit(MeetingEventType.CONNECTION_POINT_REMOVED, snapshotOf(cp));
      return cp;
    });
  }

  /** The connection points of meetings, host first then by name (for loaders). */
  async ofMeetings(meetingIds: readonly string[]): Promise<ConnectionPoint[]> {
    if (meetingIds.length === 0) return [];
    const rows = await this.db.read((m) =>
      m.find(ConnectionPoint, { where: { meetingId: In([...meetingIds]) } }),
    );
    return rows.sort(byHostThenName);
  }

  async byIds(ids: readonly string[]): Promise<ConnectionPoint[]> {
    if (ids.length === 0) return [];
    return this.db.read((m) => m.find(ConnectionPoint, { where: { id: In([...ids]) } }));
  }

  /** The unit a connection point is for: it must exist, and have no other point in this meeting. */
  private async unitFor(c: CommandContext, unitId: string): Promise<Unit> {
    const unit = await c.manager.findOne(Unit, { where: { id: unitId } });
    if (!unit) throw badInput('input.unitId', ErrorReason.UNKNOWN_UNIT);
    const taken = await c.manager.findOne(ConnectionPoint, { where: { meetingId: c.meeting.id, unitId } });
    if (taken) {
      throw conflict(
        ErrorReason.UNIT_ALREADY_CONNECTED,
        { connectionPointId: taken.id },
        { unit: unit.name },
      );
    }
    return unit;
  }

  private async assertNoOtherHost(c: CommandContext, exceptId: string | null): Promise<void> {
    const host = await c.manager.findOne(ConnectionPoint, {
      where: { meetingId: c.meeting.id, role: ConnectionPointRole.HOST },
    });
    if (host && host.id !== exceptId) {
      throw conflict(ErrorReason.HOST_POINT_EXISTS, { hostConnectionPointId: host.id });
    }
  }
}

/** What a site sets on its own connection point: its headcount and who presides there. */
const SITE_FIELDS: readonly string[] = [
  'id',
  'expectedAttendance',
  'presidingName',
] satisfies (keyof ConnectionPointEdit)[];

/** The fields given in an edit that only a host sets (as `input.<name>`). */
function hostFieldsOf(input: ConnectionPointEdit): string[] {
  return Object.entries(input)
    .filter(([key, value]) => value !== undefined && !SITE_FIELDS.includes(key))
    .map(([key]) => `input.${key}`);
}

/** The optional descriptive fields given in `input` (absent ones untouched, null clears). */
function details(input: Details): Details {
  const out: Details = {};
  for (const key of DETAILS) if (input[key] !== undefined) out[key] = trimmedOrNull(input[key]);
  return out;
}
