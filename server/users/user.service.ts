import { randomBytes } from 'node:crypto';
import { Actor } from '../auth/actor';
import { assertAdmin } from '../access/access';
import { AuditAction } from '../audit/audit-record.entity';
import { AuditContext, UserCommands } from '../audit/audit-log';
import { badInput, conflict, ErrorReason, notFound } from '../common/errors';
import { assertId, assertOptionalId } from '../common/ids';
import { Page, paginate, SortKey } from '../common/pagination';
import { Database } from '../db/database';
import { hashPassword } from '../auth/password';
import { Role, User } from '../auth/user.entity';
import { Unit } from '../units/unit.entity';

export type UserQuery = {
  /** Part of the username or the name shown. */
  search?: string | null;
  role?: Role | null;
  unitId?: string | null;
  disabled?: boolean | null;
};

/** An edit of an account: fields left out stay; `unitId: null` takes the unit away. */
export type UserEdit = {
  id: string;
  displayName?: string | null;
  role?: Role | null;
  unitId?: string | null;
  disabled?: boolean | null;
};

/** A new password set by an administrator: shown once, the user changes it on signing in. */
export type PasswordReset = { user: User; temporaryPassword: string };

const BY_USERNAME: SortKey<User>[] = [
  { column: 'u.username', property: 'username', descending: false },
  { column: 'u.id', property: 'id', descending: false },
];

/** What an edit may set, in the order the audit lists them. */
const EDITABLE = ['displayName', 'role', 'unitId', 'disabled'] as const;

/** User accounts, the administrator's: listed, edited, disabled, their passwords reset — each audited. */
export class UserService {
  constructor(
    private readonly db: Database,
    private readonly commands: UserCommands,
  ) {}

  list(
    actor: Actor | null,
    filter: UserQuery | null,
    page: { first?: number | null; after?: string | null },
  ) {
    assertAdmin(actor);
    assertOptionalId('filter.unitId', filter?.unitId);
    return this.db.read((m): Promise<Page<User>> => {
      const q = m.getRepository(User).createQueryBuilder('u');
      const search = filter?.search?.trim();
      if (search) {
        q.andWhere('(LOWER(u.username) LIKE :search OR LOWER(u.displayName) LIKE :search)', {
          search: `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        });
      }
      if (filter?.role) q.andWhere('u.role = :role', { role: filter.role });
      if (filter?.unitId) q.andWhere('u.unitId = :unitId', { unitId: filter.unitId });
      if (filter?.disabled != null) q.andWhere('u.disabled = :disabled', { disabled: filter.disabled });
      return paginate(q, BY_USERNAME, page);
    });
  }

  update(actor: Actor | null, input: UserEdit): Promise<User> {
    assertOptionalId('input.unitId', input.unitId);
    for (const field of ['displayName', 'role', 'disabled'] as const) {
      if (input[field] === null) throw badInput(`input.${field}`, ErrorReason.REQUIRED);
    }
    return this.change(actor, input.id, 'input.id', async (c, user) => {
      if (input.role && input.role !== user.role) assertNotOwnAdmin(c, user);
      if (input.disabled && !user.disabled) assertNotOwnAdmin(c, user);
      if (input.unitId && !(await c.manager.exists(Unit, { where: { id: input.unitId } }))) {
        throw badInput('input.unitId', ErrorReason.UNKNOWN_UNIT);
      }
      const changed = EDITABLE.filter((key) => input[key] !== undefined && input[key] !== user[key]);
      for (const key of changed) Object.assign(user, { [key]: input[key] });
      if (changed.length > 0) {
        await c.manager.save(user);
        c.record(AuditAction.USER_UPDATED, user, [...changed]);
      }
      return user;
    });
  }

  /** The account can no longer sign in, and its tokens stop working at their next request. */
  disable(actor: Actor | null, id: string): Promise<User> {
    return this.change(actor, id, 'id', async (c, user) => {
      if (user.disabled) throw conflict(ErrorReason.ALREADY_DISABLED, { disabled: true });
      assertNotOwnAdmin(c, user);
      user.disabled = true;
      await c.manager.save(user);
      c.record(AuditAction.USER_DISABLED, user, ['disabled']);
      return user;
    });
  }

  /** A new password, generated and returned once; the account's earlier tokens stop working. */
  resetPassword(actor: Actor | null, id: string): Promise<PasswordReset> {
    const temporaryPassword = randomBytes(12).toString('base64url');
    return this.change(actor, id, 'id', async (c, user) => {
      Object.assign(user, { passwordHash: await hashPassword(temporaryPassword), tokensValidFrom: c.now });
      await c.manager.save(user);
      c.record(AuditAction.PASSWORD_RESET, user, ['password']);
      return { user, temporaryPassword };
    });
  }

  /** An administrator's change of account `id`, read under the transaction. */
  private change<T>(
    actor: Actor | null,
    id: string,
    field: string,
    fn: (c: AuditContext, user: User) => Promise<T>,
  ): Promise<T> {
    assertAdmin(actor);
    assertId(field, id);
    return this.commands.run(actor, async (c) => {
      const user = await c.manager.findOne(User, { where: { id } });
      if (!user) throw notFound('User', id);
      return fn(c, user);
    });
  }
}

/** An administrator does not lock themselves out: the last one would leave nobody to undo it. */
function assertNotOwnAdmin(c: AuditContext, user: User): void {
  if (c.actor?.kind === 'user' && c.actor.userId === user.id) {
    throw conflict(ErrorReason.SELF_LOCKOUT, { role: user.role, disabled: user.disabled });
  }
}
