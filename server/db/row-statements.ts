import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { boundInteger } from './sqlite-parameters';

/**
 * The statements every command and request makes (the meeting locked, its hosts, the object
 * commanded, the actor's account; the row changed, the event appended), with an SQL text made once
 * per entity and shape. TypeORM builds a find's, an update's or an insert's SQL again on every call,
 * which cost more than running it. Values go through the driver's conversions and the columns'
 * transformers both ways, and writes through the entity subscribers and listeners (the search keys,
 * db/search-keys.ts), as TypeORM's own do; reads do not broadcast Load (nothing here listens to it).
 */

/** One statement's SQL and the columns it reads or writes, made once per entity and shape. */
type Plan = { sql: string; columns: ColumnMetadata[] };

const plans = new WeakMap<EntityMetadata, Map<string, Plan>>();

function planOf(metadata: EntityMetadata, shape: string, make: () => Plan): Plan {
  let byShape = plans.get(metadata);
  if (!byShape) plans.set(metadata, (byShape = new Map()));
  let plan = byShape.get(shape);
  if (!plan) byShape.set(shape, (plan = make()));
  return plan;
}

/**
 * The entities whose column `where` equals `value`, as `find({ where: { [where]: value } })` gives
 * them: every selected column, no relation. `lock`: FOR UPDATE on MySQL (SQLite has one writer).
 */
export async function rowsWhere<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  where: string,
  value: string,
  lock = false,
): Promise<E[]> {
  const metadata = manager.connection.getMetadata(entity);
  const { driver } = manager.connection;
  const plan = planOf(metadata, `select:${where}:${lock}`, () => {
    const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.isVirtualProperty);
    const forUpdate = lock && !isSqlite(manager) ? ' FOR UPDATE' : '';
    const sql =
      `SELECT ${columns.map((c) => driver.escape(c.databaseName)).join(', ')}` +
      ` FROM ${driver.escape(metadata.tableName)} WHERE ${whereColumn(manager, metadata, where)} = ?${forUpdate}`;
    return { sql, columns };
  });
  const rows = (await manager.query(plan.sql, [value])) as Record<string, unknown>[];
  return rows.map((row) => {
    const found = metadata.create(manager.queryRunner, { fromDeserializer: true }) as E;
    for (const column of plan.columns) {
      column.setEntityValue(found, driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return found;
  });
}

/**
 * Sets `values` on the rows whose column `where` equals `value`, as `update(entity, { [where]: value },
 * values)` does: undefined values left out, a relation's object written as its id.
 */
export async function updateWhere<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  where: string,
  value: string,
  values: Partial<E>,
): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const { driver } = manager.connection;
  // First: a subscriber may add to what is written (a text's search key).
  await broadcast(manager, 'BeforeUpdate', metadata, values);
  const keys = Object.keys(values).filter((key) => values[key] !== undefined);
  const plan = planOf(metadata, `update:${where}:${keys.join(',')}`, () => {
    const columns = keys.map((key) => {
      const column = metadata.findColumnWithPropertyName(key);
      if (!column?.isUpdate) throw new Error(`${metadata.name}.${key} is not a column to update`);
      return column;
    });
    const sets = columns.map((c) => `${driver.escape(c.databaseName)} = ?`).join(', ');
    const sql = `UPDATE ${driver.escape(metadata.tableName)} SET ${sets} WHERE ${whereColumn(manager, metadata, where)} = ?`;
    return { sql, columns };
  });
  await manager.query(plan.sql, [...plan.columns.map((c) => persisted(manager, c, values)), value]);
  await broadcast(manager, 'AfterUpdate', metadata, values);
}

/** Inserts `rows`, which give every column its value (no default, nothing generated), in one statement. */
export async function insertRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: readonly E[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const { driver } = manager.connection;
  for (const row of rows) await broadcast(manager, 'BeforeInsert', metadata, row);
  // Made once: the statement up to VALUES (the rows' placeholders follow their count).
  const plan = planOf(metadata, 'insert', () => {
    const columns = metadata.columns.filter((c) => c.isInsert && !c.isVirtual && !c.isVirtualProperty);
    const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
    return { sql: `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES `, columns };
  });
  const placeholders = `(${plan.columns.map(() => '?').join(', ')})`;
  const parameters = rows.flatMap((row) =>
    plan.columns.map((column) => {
      if (column.getEntityValue(row) === undefined)
        throw new Error(`${metadata.name}.${column.propertyName} has no value to insert`);
      return persisted(manager, column, row);
    }),
  );
  await manager.query(plan.sql + rows.map(() => placeholders).join(', '), parameters);
  for (const row of rows) await broadcast(manager, 'AfterInsert', metadata, row);
}

/** Tells the subscribers and the entity's listeners of a write, as TypeORM's own writes do. */
async function broadcast(
  manager: EntityManager,
  event: 'BeforeUpdate' | 'AfterUpdate' | 'BeforeInsert' | 'AfterInsert',
  metadata: EntityMetadata,
  entity: ObjectLiteral,
): Promise<void> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    await runner.broadcaster.broadcast(event, metadata, entity);
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}

/** `column`'s value in `source` as the driver writes it (a relation's object as its id). */
function persisted(manager: EntityManager, column: ColumnMetadata, source: ObjectLiteral): unknown {
  let value: unknown = column.getEntityValue(source);
  if (column.referencedColumn && isRelated(value)) value = column.referencedColumn.getEntityValue(value);
  else value = manager.connection.driver.preparePersistentValue(value, column);
  return isSqlite(manager) ? boundInteger(value) : value;
}

function isRelated(value: unknown): value is ObjectLiteral {
  return (
    typeof value === 'object' && value !== null && !(value instanceof Date) && !(value instanceof Uint8Array)
  );
}

function whereColumn(manager: EntityManager, metadata: EntityMetadata, where: string): string {
  const column = metadata.findColumnWithPropertyName(where);
  if (!column) throw new Error(`${metadata.name} has no column ${where}`);
  return manager.connection.driver.escape(column.databaseName);
}

function isSqlite(manager: EntityManager): boolean {
  return manager.connection.driver.options.type === 'better-sqlite3';
}
