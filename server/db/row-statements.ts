import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** One read's SQL and the columns it hydrates, made once per entity, column and lock. */
type Plan = { sql: string; columns: ColumnMetadata[] };

const plans = new WeakMap<EntityMetadata, Map<string, Plan>>();

/**
 * The entities whose column `where` equals `value`, as `find({ where: { [where]: value } })` gives
 * them (every selected column, through the driver's conversions and the columns' transformers, no
 * relations), from an SQL text made once. For the reads every command and request makes (the
 * meeting locked, its hosts, the object commanded, the actor's account): TypeORM builds a find's SQL
 * again on every call, which cost more than running it. `lock`: FOR UPDATE on MySQL (SQLite has one
 * writer).
 */
export async function rowsWhere<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  where: string,
  value: string,
  lock = false,
): Promise<E[]> {
  const metadata = manager.connection.getMetadata(entity);
  const plan = planOf(manager, metadata, where, lock);
  const rows = (await manager.query(plan.sql, [value])) as Record<string, unknown>[];
  const { driver } = manager.connection;
  return rows.map((row) => {
    const found = metadata.create(manager.queryRunner, { fromDeserializer: true }) as E;
    for (const column of plan.columns) {
      column.setEntityValue(found, driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return found;
  });
}

function planOf(manager: EntityManager, metadata: EntityMetadata, where: string, lock: boolean): Plan {
  let byKey = plans.get(metadata);
  if (!byKey) plans.set(metadata, (byKey = new Map()));
  const key = `${where}:${lock}`;
  let plan = byKey.get(key);
  if (plan) return plan;
  const { driver } = manager.connection;
  const column = metadata.findColumnWithPropertyName(where);
  if (!column) throw new Error(`${metadata.name} has no column ${where}`);
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.isVirtualProperty);
  const forUpdate = lock && driver.options.type !== 'better-sqlite3' ? ' FOR UPDATE' : '';
  const sql =
    `SELECT ${columns.map((c) => driver.escape(c.databaseName)).join(', ')}` +
    ` FROM ${driver.escape(metadata.tableName)} WHERE ${driver.escape(column.databaseName)} = ?${forUpdate}`;
  plan = { sql, columns };
  byKey.set(key, plan);
  return plan;
}
