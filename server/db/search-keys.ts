import {
  Column,
  ColumnOptions,
  EntitySubscriberInterface,
  EventSubscriber,
  InsertEvent,
  UpdateEvent,
} from 'typeorm';
import { searchKey } from '../common/vietnamese-text';

/** Per entity class: its search key columns and the text column each is the key of. */
const keyColumns = new WeakMap<object, Map<string, string>>();

/**
 * A column holding `searchKey` of the column `source` (common/vietnamese-text.ts), written with it
 * by SearchKeySubscriber on every insert and update, whichever way the row is written. Not selected
 * with the row: it is for WHERE clauses and unique indexes, never shown.
 */
export const SearchKeyColumn =
  (source: string, length: number, options: ColumnOptions = {}): PropertyDecorator =>
  (target, key) => {
    const columns = keyColumns.get(target.constructor) ?? new Map<string, string>();
    keyColumns.set(target.constructor, columns.set(String(key), source));
    Column({ type: 'varchar', length, select: false, ...options })(target, key);
  };

/** Writes the search keys of a row's text as the text is written (save, insert and update alike). */
@EventSubscriber()
export class SearchKeySubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<object>): void {
    fill(event.metadata.target, event.entity);
  }

  beforeUpdate(event: UpdateEvent<object>): void {
    fill(event.metadata.target, event.entity);
  }
}

function fill(target: unknown, row: unknown): void {
  const columns = typeof target === 'function' ? keyColumns.get(target) : undefined;
  if (!columns || !row || typeof row !== 'object') return;
  const values = row as Record<string, unknown>;
  for (const [key, source] of columns) {
    const text = values[source];
    if (typeof text === 'string') values[key] = searchKey(text);
  }
}
