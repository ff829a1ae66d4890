import { EntityTarget } from 'typeorm';
import { badInput, conflict, ErrorReason } from '../common/errors';
import { compareVietnamese } from '../common/vietnamese-text';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Conclusion, ConclusionStatus } from '../conclusions/conclusion.entity';
import { ConnectionPoint, ConnectionPointRole } from '../connection-points/connection-point.entity';
import { Meeting } from '../meetings/meeting.entity';
import { updateWhere } from '../db/row-statements';
import { CommandContext } from './meeting-commands';

/**
 * Helpers for the rows a command changes, shared by the areas: how a row is written in the
 * command's transaction, kept in order, shown in a CONFLICT and snapshotted for an event.
 */

type Row = { id: string; updatedAt: Date };

/** Writes `fields` to the locked meeting (and to the object the command returns), bumping its version. */
export async function changeMeeting(c: CommandContext, fields: Partial<Meeting>): Promise<void> {
  const values = { ...fields, version: c.meeting.version + 1, updatedAt: c.now };
  await updateWhere(c.manager, Meeting, 'id', c.meeting.id, values);
  Object.assign(c.meeting, values);
}

/** Changes `row` in the command's transaction and in memory (so the event snapshot shows it). */
export async function change<T extends Row>(
  c: CommandContext,
  entity: EntityTarget<T>,
  row: T,
  patch: Partial<T>,
): Promise<void> {
  Object.assign(row, patch, { updatedAt: c.now });
  await updateWhere(c.manager, entity, 'id', row.id, { ...patch, updatedAt: c.now });
}

/** BAD_USER_INPUT on `field` unless `position` is a place 1..max. */
export function assertPosition(field: string, position: number, max: number): void {
  if (!Number.isInteger(position) || position < 1 || position > max) {
    throw max < 1
      ? badInput(field, ErrorReason.NO_PLACE_TO_MOVE)
      : badInput(field, ErrorReason.OUT_OF_RANGE, { min: 1, max });
  }
}

/** `rows` with `row` (matched by id) taken out and put back at 1-based `position`. */
export function placeAt<T extends { id: string }>(rows: readonly T[], row: T, position: number): T[] {
  const rest = rows.filter((r) => r.id !== row.id);
  rest.splice(position - 1, 0, row);
  return rest;
}

/** Makes `key` dense 1..n in list order, writing only the rows whose place changed. */
export async function saveOrder<T extends Row>(
  c: CommandContext,
  entity: EntityTarget<T>,
  rows: readonly T[],
  key: 'position' | 'queuePosition',
): Promise<void> {
  for (const [i, row] of rows.entries()) {
    const place = (row as unknown as Record<string, number | null>)[key];
    if (place !== i + 1) await change(c, entity, row, { [key]: i + 1 } as Partial<T>);
  }
}

/** What a CONFLICT shows of an agenda item. */
export const itemState = (item: AgendaItem) => ({
  id: item.id,
  title: item.title,
  position: item.position,
  status: item.status,
});

/** What a CONFLICT on a conclusion carries: enough to merge an edit that lost a race. */
export const conclusionState = (c: Conclusion) => ({ text: c.text, version: c.version, status: c.status });

/** A published conclusion is the record of the notice: it, and its directives, no longer change. */
export function assertNotPublished(conclusion: Conclusion): void {
  if (conclusion.status === ConclusionStatus.PUBLISHED) {
    throw conflict(ErrorReason.CONCLUSION_PUBLISHED, conclusionState(conclusion));
  }
}

/** Host first, then by name in Vietnamese order (sorted here so that both dialects agree). */
export function byHostThenName(a: ConnectionPoint, b: ConnectionPoint): number {
  if (a.role !== b.role) return a.role === ConnectionPointRole.HOST ? -1 : 1;
  return compareVietnamese(a.name, b.name);
}

/**
 * An event snapshot of a connection point without its access code hash: the event log is kept
 * for good and travels further than the connection_point table.
 */
export const snapshotOf = (cp: ConnectionPoint): ConnectionPoint =>
  Object.assign(new ConnectionPoint(), cp, { accessCodeHash: null });
