/**
 * Relay-style connections (edges { cursor node }, pageInfo, totalCount) with keyset pagination:
 * a cursor is the sort key of the last row seen (base64url JSON), so pages stay stable while rows
 * are added, and every page is one indexed query whatever its depth.
 */
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput, ErrorReason } from './errors';

export type PageInfo = { hasNextPage: boolean; endCursor: string | null };

export type Edge<T> = { cursor: string; node: T };
export type Page<T> = { edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number };

/** The page size asked for (`first`): `fallback` when absent, 1…`max`, else BAD_USER_INPUT. */
export function pageSize(
  first: number | null | undefined,
  fallback = 20,
  max = 100,
  field = 'first',
): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badInput(field, ErrorReason.OUT_OF_RANGE, { min: 1, max });
  }
  return first;
}

/**
 * One column of the sort order. Both dialects sort NULL lowest (first ascending, last descending);
 * the keyset condition below relies on that.
 */
export type SortKey<T> = {
  /** The column as the query names it, e.g. `m.scheduledStart`. */
  column: string;
  property: keyof T & string;
  descending: boolean;
  nullable?: boolean;
  date?: boolean;
};

type KeyValue = string | number | Date | null;

export function encodeCursor<T>(row: T, keys: SortKey<T>[]): string {
  const values = keys.map((k) => {
    const v = row[k.property] as KeyValue | undefined;
    return v instanceof Date ? v.toISOString() : (v ?? null);
  });
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The sort key in `cursor`; anything not made by encodeCursor for these keys is BAD_USER_INPUT. */
export function decodeCursor<T>(cursor: string, keys: SortKey<T>[], field = 'after'): KeyValue[] {
  const bad = () => badInput(field, ErrorReason.INVALID_CURSOR);
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(values) || values.length !== keys.length) throw bad();
  return keys.map((k, i) => {
    const v: unknown = values[i];
    if (v === null && k.nullable) return null;
    if (k.date && typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(v);
    if (!k.date && (typeof v === 'string' || typeof v === 'number')) return v;
    throw bad();
  });
}

/** Rows strictly after `values` in the order of `keys`: (k1 after) OR (k1 = AND k2 after) OR … */
function afterCondition<T>(keys: SortKey<T>[], values: KeyValue[]): [string, Record<string, KeyValue>] {
  const param = (i: number) => `cursor${i}`;
  const equal = (k: SortKey<T>, i: number) =>
    values[i] === null ? `${k.column} IS NULL` : `${k.column} = :${param(i)}`;
  const after = (k: SortKey<T>, i: number): string => {
    if (!k.descending) return values[i] === null ? `${k.column} IS NOT NULL` : `${k.column} > :${param(i)}`;
    if (values[i] === null) return '1 = 0';
    return k.nullable ? `(${k.column} < :${param(i)} OR ${k.column} IS NULL)` : `${k.column} < :${param(i)}`;
  };
  const alternatives = keys.map((k, i) => `(${[...keys.slice(0, i).map(equal), after(k, i)].join(' AND ')})`);
  return [`(${alternatives.join(' OR ')})`, Object.fromEntries(values.map((v, i) => [param(i), v]))];
}

/**
 * One page of `query` (already filtered) in the order of `keys`, which must end with a unique column.
 * `first` and `after` are the connection's arguments, checked here.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keys: SortKey<T>[],
  args: { first?: number | null; after?: string | null },
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const after = args.after === null || args.after === undefined ? null : decodeCursor(args.after, keys);
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  if (after) page.andWhere(...afterCondition(keys, after));
  keys.forEach((k) => page.addOrderBy(k.column, k.descending ? 'DESC' : 'ASC'));
  const rows = await page.take(size + 1).getMany();
  const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor(node, keys), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
