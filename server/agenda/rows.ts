import { EntityTarget } from 'typeorm';
import { badInput } from '../common/errors';
import { CommandContext } from '../events/meeting-commands';

type Row = { id: string; updatedAt: Date };

/** Changes `row` in the command's transaction and in memory (so the event snapshot shows it). */
export async function change<T extends Row>(
  c: CommandContext,
  entity: EntityTarget<T>,
  row: T,
  patch: Partial<T>,
): Promise<void> {
  Object.assign(row, patch, { updatedAt: c.now });
  await c.manager.update(entity, { id: row.id } as never, { ...patch, updatedAt: c.now } as never);
}

/** BAD_USER_INPUT on `field` unless `position` is a place 1..max. */
export function assertPosition(field: string, position: number, max: number): void {
  if (!Number.isInteger(position) || position < 1 || position > max) {
    throw badInput(field, max < 1 ? `${field}: there is no place to move to` : `${field} must be 1..${max}`);
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
