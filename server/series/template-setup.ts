import { EntityManager, In } from 'typeorm';
import { AgendaItem, AgendaItemStatus } from '../agenda/agenda-item.entity';
import { badInput, ErrorReason } from '../common/errors';
import { assertRoom, LIST_CAPS } from '../common/list-caps';
import { assertId } from '../common/ids';
import { trimmedOrNull } from '../common/validation';
import {
  ConnectionPoint,
  ConnectionPointRole,
  ConnectionState,
} from '../connection-points/connection-point.entity';
import { snapshotOf } from '../events/command-rows';
import { MeetingEventType } from '../events/event-type';
import { CommandContext } from '../events/meeting-commands';
import { Attendance, Participant } from '../participants/participant.entity';
import { Unit } from '../units/unit.entity';
import { MeetingTemplate, TemplateDraft } from './meeting-template';

/**
 * Checks a drafted template against the units and itself, and fills in its defaults (a point is
 * named after its unit): one point per unit, at most one HOST point, every participant seated at a
 * point of the template, every presenter one of its participants.
 */
export async function completeTemplate(
  manager: EntityManager,
  draft: TemplateDraft,
  field: string,
): Promise<MeetingTemplate> {
  const points = draft.connectionPoints;
  assertRoom(
    points.length - 1,
    LIST_CAPS.connectionPointsPerMeeting,
    `${field}.connectionPoints`,
    'connection points in a meeting',
  );
  assertRoom(
    draft.participants.length - 1,
    LIST_CAPS.participantsPerMeeting,
    `${field}.participants`,
    'participants in a meeting',
  );
  assertRoom(
    draft.agenda.length - 1,
    LIST_CAPS.agendaItemsPerMeeting,
    `${field}.agenda`,
    'agenda items in a meeting',
  );
  const unitIds = [
    ...new Set([...points.map((p) => p.unitId), ...draft.participants.flatMap((p) => p.unitId ?? [])]),
  ];
  unitIds.forEach((id) => assertId(`${field}.connectionPoints.unitId`, id));
  const units = unitIds.length ? await manager.find(Unit, { where: { id: In(unitIds) } }) : [];
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const unknown = unitIds.find((id) => !unitName.has(id));
  if (unknown) throw badInput(`${field}.connectionPoints`, ErrorReason.UNKNOWN_UNIT, {}, { unitId: unknown });
  // One connection point per unit.
  const twice = points.find((p, i) => points.findIndex((q) => q.unitId === p.unitId) !== i);
  if (twice) {
    throw badInput(`${field}.connectionPoints`, ErrorReason.DUPLICATE, {
      value: unitName.get(twice.unitId)!,
    });
  }
  if (points.filter((p) => p.role === ConnectionPointRole.HOST).length > 1) {
    throw badInput(`${field}.connectionPoints`, ErrorReason.HOST_POINT_EXISTS);
  }
  const seated = draft.participants.find((p) => !points.some((cp) => cp.unitId === p.pointUnitId));
  if (seated) throw badInput(`${field}.participants`, ErrorReason.NOT_IN_TEMPLATE, { name: seated.name });
  const names = new Set(draft.participants.map((p) => p.name.trim()));
  const presenter = draft.agenda.find((i) => i.presenter && !names.has(i.presenter.trim()));
  if (presenter)
    throw badInput(`${field}.agenda`, ErrorReason.NOT_IN_TEMPLATE, { name: presenter.presenter! });
  return {
    connectionPoints: points.map((p) => ({
      unitId: p.unitId,
      role: p.role,
      name: trimmedOrNull(p.name) ?? unitName.get(p.unitId)!,
      location: trimmedOrNull(p.location),
      operatorName: trimmedOrNull(p.operatorName),
      operatorContact: trimmedOrNull(p.operatorContact),
      presidingName: trimmedOrNull(p.presidingName),
      expectedAttendance: p.expectedAttendance ?? 0,
    })),
    participants: draft.participants.map((p) => ({
      name: p.name.trim(),
      position: trimmedOrNull(p.position),
      unitId: p.unitId ?? null,
      role: p.role,
      pointUnitId: p.pointUnitId,
    })),
    agenda: draft.agenda.map((i) => ({
      title: i.title.trim(),
      kind: i.kind,
      plannedMinutes: i.plannedMinutes ?? null,
      presenter: trimmedOrNull(i.presenter),
      notes: trimmedOrNull(i.notes),
      documents: i.documents ?? [],
    })),
  };
}

/** The setup of a meeting as a template: its points, its people and its agenda, as planned. */
export async function templateOf(manager: EntityManager, meetingId: string): Promise<MeetingTemplate> {
  const [points, people, items] = await Promise.all([
    manager.find(ConnectionPoint, { where: { meetingId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    manager.find(Participant, { where: { meetingId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    manager.find(AgendaItem, { where: { meetingId }, order: { position: 'ASC' } }),
  ]);
  const pointUnit = new Map(points.map((p) => [p.id, p.unitId]));
  const personName = new Map(people.map((p) => [p.id, p.name]));
  return {
    connectionPoints: points.map((p) => ({
      unitId: p.unitId,
      role: p.role,
      name: p.name,
      location: p.location,
      operatorName: p.operatorName,
      operatorContact: p.operatorContact,
      presidingName: p.presidingName,
      expectedAttendance: p.expectedAttendance,
    })),
    participants: people.map((p) => ({
      name: p.name,
      position: p.position,
      unitId: p.unitId,
      role: p.role,
      pointUnitId: pointUnit.get(p.connectionPointId)!,
    })),
    agenda: items.map((i) => ({
      title: i.title,
      kind: i.kind,
      plannedMinutes: i.plannedMinutes,
      presenter: i.presenterId ? (personName.get(i.presenterId) ?? null) : null,
      notes: i.notes,
      documents: i.documents,
    })),
  };
}

/** Rows are written in slices: a national template has about 800 points and thousands of people. */
const CHUNK = 200;

/**
 * Sets up the command's (new) meeting from `template`: its points (with no access code: sites join
 * with their standing accounts, or the host issues codes), its participants (expected) and its
 * agenda (pending), each recorded as an event.
 */
export async function furnish(c: CommandContext, template: MeetingTemplate): Promise<void> {
  const meetingId = c.meeting.id;
  const points = template.connectionPoints.map((p) =>
    c.manager.create(ConnectionPoint, {
      ...p,
      meetingId,
      hostKey: p.role === ConnectionPointRole.HOST ? 'HOST' : null,
      connectionState: ConnectionState.NEVER_JOINED,
      lastSeenAt: null,
      accessCodeHash: null,
      accessCodeIssuedAt: null,
      accessGeneration: 0,
    }),
  );
  await c.manager.save(points, { chunk: CHUNK });
  const pointOf = new Map(points.map((p) => [p.unitId, p.id]));
  const people = template.participants.map((p) =>
    c.manager.create(Participant, {
      meetingId,
      connectionPointId: pointOf.get(p.pointUnitId)!,
      unitId: p.unitId,
      name: p.name,
      position: p.position,
      role: p.role,
      attendance: Attendance.EXPECTED,
      checkedInAt: null,
      absenceReason: null,
    }),
  );
  await c.manager.save(people, { chunk: CHUNK });
  const byName = new Map(people.map((p) => [p.name, p.id]));
  const items = template.agenda.map((i, index) =>
    c.manager.create(AgendaItem, {
      meetingId,
      position: index + 1,
      title: i.title,
      kind: i.kind,
      status: AgendaItemStatus.PENDING,
      activeKey: null,
      plannedMinutes: i.plannedMinutes,
      presenterId: i.presenter ? (byName.get(i.presenter) ?? null) : null,
      notes: i.notes,
      documents: i.documents,
      videoUrl: null, // each meeting's video report is a new one
      startedAt: null,
      endedAt: null,
    }),
  );
  await c.manager.save(items, { chunk: CHUNK });
  for (const p of points) c.emit(MeetingEventType.CONNECTION_POINT_ADDED, snapshotOf(p));
  for (const p of people) c.emit(MeetingEventType.PARTICIPANT_ADDED, p);
  for (const i of items) c.emit(MeetingEventType.AGENDA_ITEM_ADDED, i);
}
