import { QueryRunner } from 'typeorm';
import { searchKey } from '../../common/vietnamese-text';

/**
 * Writes `key` = searchKey(`source`) on every row of `table` (migrations that add a search key
 * column). With `uniqueWithin`, rows that already share a key under one parent (names that only
 * differ by case, marks or NFC/NFD, written before keys existed) keep their rows: the later ones
 * get their id appended to the key, so that the unique index can be built and an admin can rename them.
 */
export async function backfillSearchKey(
  q: QueryRunner,
  spec: { table: string; source: string; key: string; length: number; uniqueWithin?: string },
): Promise<void> {
  const e = (name: string) => q.connection.driver.escape(name);
  const scope = spec.uniqueWithin ? `, ${e(spec.uniqueWithin)} AS scope` : '';
  const rows = (await q.query(
    `SELECT ${e('id')} AS id, ${e(spec.source)} AS text${scope} FROM ${e(spec.table)} ORDER BY ${e('createdAt')}, ${e('id')}`,
  )) as { id: string; text: string; scope?: string | null }[];
  const taken = new Set<string>();
  for (const row of rows) {
    let key = searchKey(row.text);
    if (spec.uniqueWithin) {
      const scoped = `${row.scope ?? ''}\u0000${key}`;
      if (taken.has(scoped)) key = `${key.slice(0, spec.length - row.id.length - 2)} #${row.id}`;
      taken.add(scoped);
    }
    await q.query(`UPDATE ${e(spec.table)} SET ${e(spec.key)} = ? WHERE ${e('id')} = ?`, [key, row.id]);
  }
}

/** The keys added by the SearchKeys migration (both dialects), before the unique index on unit names. */
export async function backfillUnitAndMeetingKeys(q: QueryRunner): Promise<void> {
  await backfillSearchKey(q, {
    table: 'unit',
    source: 'name',
    key: 'nameKey',
    length: 255,
    uniqueWithin: 'parentId',
  });
  await backfillSearchKey(q, { table: 'meeting', source: 'title', key: 'titleKey', length: 500 });
}
