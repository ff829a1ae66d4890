import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertAdmin } from '../access/access';
import { Clock } from '../common/clock';
import { Page, paginate, SortKey } from '../common/pagination';
import { assertOptionalId } from '../common/ids';
import { Database } from '../db/database';
import { AuditAction, AuditRecord } from './audit-record.entity';

/** The account an audit record is about: its id (null for an unknown username) and username. */
export type Audited = { id: string | null; username: string };

/** What a user command sees: its transaction, when it runs, and a way to record what it does. */
export class AuditContext {
  readonly records: Omit<AuditRecord, 'seq'>[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor | null,
    readonly now: Date,
    private readonly ip: string | null,
  ) {}

  /** Records `action` on `account`, with the names of the fields it set. */
  record(action: AuditAction, account: Audited, fields: string[] = []): void {
    const by = this.actor?.kind === 'user' ? this.actor : null;
    this.records.push({
      at: this.now,
      action,
      actorUserId: by?.userId ?? null,
      actorName: by?.name ?? null,
      userId: account.id,
      username: account.username,
      fields,
      ip: this.ip,
    });
  }
}

const NEWEST_FIRST: SortKey<AuditRecord>[] = [{ column: 'a.seq', property: 'seq', descending: true }];

/**
 * The audit log of sign-ins and user accounts, kept like the meetings' events: every change of a
 * user runs here, in one transaction with the records it appends; nothing updates or deletes them.
 */
export class UserCommands {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Runs `fn` in a transaction and appends what it recorded in the same one. */
  run<T>(actor: Actor | null, fn: (c: AuditContext) => Promise<T>, ip: string | null = null): Promise<T> {
    return this.db.transaction(async (manager) => {
      const c = new AuditContext(manager, actor, this.clock.now(), ip);
      const value = await fn(c);
      if (c.records.length > 0) await manager.insert(AuditRecord, c.records);
      return value;
    });
  }

  /** ADMIN: the log, newest first, optionally of one account. */
  list(
    actor: Actor | null,
    userId: string | null | undefined,
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<AuditRecord>> {
    assertAdmin(actor);
    assertOptionalId('userId', userId);
    return this.db.read((m) => {
      const q = m.getRepository(AuditRecord).createQueryBuilder('a');
      if (userId) q.where('a.userId = :userId', { userId });
      return paginate(q, NEWEST_FIRST, page);
    });
  }
}
