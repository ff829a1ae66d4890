import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';
import { Dialect, dialectOf } from './data-source';

/**
 * The database with the one way to write to it: `transaction`, optionally serialized per meeting.
 *
 * MySQL: READ COMMITTED, and the meeting row is locked (SELECT … FOR UPDATE) so that every command
 * on one meeting runs one after another, across server instances. SQLite has one writer and one
 * connection: an in-process mutex serializes transactions (and the reads that must not see a
 * half-done one, see `read`).
 */
export class Database {
  readonly dialect: Dialect;
  private readonly sqliteLock = new Mutex();

  constructor(readonly dataSource: DataSource) {
    this.dialect = dialectOf(dataSource.options.type === 'better-sqlite3' ? 'sqlite:' : 'mysql://');
  }

  async transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') {
      return this.sqliteLock.runExclusive(() => this.dataSource.transaction((m) => fn(m)));
    }
    return this.dataSource.transaction('READ COMMITTED', (m) => fn(m));
  }

  /** A read that must see only committed state (SQLite shares one connection with open transactions). */
  async read<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') return this.sqliteLock.runExclusive(() => fn(this.dataSource.manager));
    return fn(this.dataSource.manager);
  }
}

/** Unique-index violations, as the two drivers report them. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { driverError?: { code?: string } }).driverError?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
