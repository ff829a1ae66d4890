import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Database, isUniqueViolation } from '../db/database';
import { AppSetting } from '../db/app-setting.entity';
import { rowsWhere } from '../db/row-statements';
import { badInput, conflict, ErrorReason, forbidden, unauthenticated } from '../common/errors';
import type { Logger } from '../common/logger';
import { assertAdmin, requireActor } from '../access/access';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Unit } from '../units/unit.entity';
import { Actor, SiteActor, UserActor } from './actor';
import { hashPassword, verifyPassword } from './password';
import { SitePoint, SitePoints } from './site-points';
import { TokenClaims, TokenService } from './tokens';
import { Role, User } from './user.entity';
import { AuditAction } from '../audit/audit-record.entity';
import { UserCommands } from '../audit/audit-log';

/** A password's length, in characters (as typed: passwords are not normalized). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

export type NewUser = {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  unitId?: string | null;
};

/** Users, passwords and tokens: who a request comes from. */
export class AuthService {
  constructor(
    private readonly db: Database,
    readonly tokens: TokenService,
    private readonly commands: UserCommands,
    private readonly sitePoints: SitePoints,
  ) {}

  /** The token-signing secret: JWT_SECRET, or one generated once and kept in the database. */
  static async signingSecret(db: Database, configured: string | undefined): Promise<string> {
    if (configured) return configured;
    return db.transaction(async (m) => {
      const found = await m.findOne(AppSetting, { where: { key: 'jwtSecret' } });
      if (found) return found.value;
      const value = randomBytes(48).toString('base64url');
      await m.insert(AppSetting, { key: 'jwtSecret', value });
      return value;
    });
  }

  /**
   * Creates or updates the admin from ADMIN_USERNAME/ADMIN_PASSWORD; with neither and no admin yet,
   * creates `admin` with a generated password, written to `passwordFile` (never logged).
   */
  async bootstrapAdmin(
    username: string | undefined,
    password: string | undefined,
    logger: Logger,
    /** Where a generated password is written (GENERATED_ADMIN_PASSWORD_FILE). */
    passwordFile: string,
  ): Promise<void> {
    if (username && password) {
      const passwordHash = await hashPassword(password);
      await this.db.transaction(async (m) => {
        const existing = await m.findOne(User, { where: { username } });
        if (existing) {
          Object.assign(existing, { passwordHash, role: Role.ADMIN, disabled: false });
          await m.save(existing);
        } else {
          await m.save(
            m.create(User, {
              username,
              passwordHash,
              role: Role.ADMIN,
              displayName: 'Administrator',
              unitId: null,
              disabled: false,
            }),
          );
        }
      });
      logger.info({ username }, 'admin account set from ADMIN_USERNAME/ADMIN_PASSWORD');
      return;
    }
    const admins = await this.db.read((m) => m.count(User, { where: { role: Role.ADMIN } }));
    if (admins > 0) return;
    const generated = randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(generated);
    await this.db.transaction((m) =>
      m.save(
        m.create(User, {
          username: 'admin',
          passwordHash,
          role: Role.ADMIN,
          displayName: 'Administrator',
          unitId: null,
          disabled: false,
        }),
      ),
    );
    // Never in the log (logs are collected and kept): in a file only this account can read.
    mkdirSync(dirname(passwordFile), { recursive: true });
    writeFileSync(passwordFile, `${generated}\n`, { mode: 0o600 });
    chmodSync(passwordFile, 0o600);
    logger.warn(
      { username: 'admin', passwordFile },
      'no admin existed: created user "admin"; its password is in passwordFile (mode 0600). Sign in, change it with changePassword, then delete the file',
    );
  }

  /** The signed-in user's new password, given the current one; a site token has no password. */
  async changePassword(actor: Actor | null, currentPassword: string, newPassword: string): Promise<void> {
    const me = requireActor(actor);
    if (me.kind !== 'user') throw forbidden('A site has an access code, not a password');
    if (newPassword.length < PASSWORD_MIN)
      throw badInput('newPassword', ErrorReason.TOO_SHORT, { limit: PASSWORD_MIN });
    if (newPassword.length > PASSWORD_MAX)
      throw badInput('newPassword', ErrorReason.TOO_LONG, { limit: PASSWORD_MAX });
    const user = await this.db.read((m) => m.findOne(User, { where: { id: me.userId } }));
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash)))
      throw badInput('currentPassword', ErrorReason.WRONG_PASSWORD);
    const passwordHash = await hashPassword(newPassword);
    await this.commands.run(actor, async (c) => {
      await c.manager.update(User, { id: user.id }, { passwordHash });
      c.record(AuditAction.PASSWORD_CHANGED, user, ['password']);
    });
  }

  /** Signs in; every attempt that reaches the password check is audited, with the client's address. */
  async login(
    username: string,
    password: string,
    ip: string | null = null,
  ): Promise<{ token: string; expiresAt: Date; user: User }> {
    const user = await this.db.read((m) => m.findOne(User, { where: { username } }));
    // Hash even for an unknown user, so that timing does not tell which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$16384$8$1$AAAA$AAAA');
    if (!user || !ok || user.disabled) {
      await this.commands.run(
        null,
        async (c) =>
          c.record(AuditAction.LOGIN_FAILED, {
            id: user?.id ?? null,
            username: user?.username ?? username.slice(0, 64),
          }),
        ip,
      );
      throw unauthenticated('Wrong username or password');
    }
    const { token, expiresAt } = await this.tokens.sign({ kind: 'user', sub: user.id });
    await this.commands.run(
      userActor(user, []),
      async (c) => c.record(AuditAction.LOGIN_SUCCEEDED, user),
      ip,
    );
    return { token, expiresAt, user };
  }

  /** The actor of a bearer token; throws UNAUTHENTICATED for a bad, expired or revoked one. */
  async actorOf(token: string): Promise<Actor> {
    return (await this.session(token)).actor;
  }

  /**
   * The actor of a bearer token and when the token expires (a WebSocket is closed then). `socket`:
   * for a WebSocket, which is watched for its site's revocation from the moment it is accepted
   * (SiteRevocations), so a site's point may come from memory (SitePoints): an access change has
   * either reached this instance already, and the point is read again, or closes the socket when it
   * does. A request has no such watch: it reads the database.
   */
  async session(token: string, socket = false): Promise<{ actor: Actor; expiresAt: Date }> {
    const claims = await this.tokens.verify(token);
    return { actor: await this.actorOfClaims(claims, socket), expiresAt: new Date(claims.exp * 1000) };
  }

  private async actorOfClaims(claims: TokenClaims, socket = false): Promise<Actor> {
    if (claims.kind === 'user') {
      const [user] = await this.db.read((m) => rowsWhere(m, User, 'id', claims.sub));
      if (!user || user.disabled) throw unauthenticated('Invalid token');
      if (user.tokensValidFrom && (claims.iat ?? 0) * 1000 < user.tokensValidFrom.getTime()) {
        throw unauthenticated('The password was reset: sign in again');
      }
      return userActor(user, user.unitId ? await this.unitTree(user.unitId) : []);
    }
    const one = () => this.sitePoint(claims.sub);
    const all = () => this.sitePointsOf(claims.mtg);
    const cp = socket ? await this.sitePoints.point(claims.mtg, claims.sub, { one, all }) : await one();
    if (!cp || cp.meetingId !== claims.mtg || cp.accessGeneration !== claims.gen) {
      throw unauthenticated('Site access was revoked');
    }
    // A code's token lives as long as the code; a standing account's as long as the account.
    const usr = claims.usr;
    const [account] = usr ? await this.db.read((m) => rowsWhere(m, User, 'id', usr)) : [];
    if (usr ? !account || !isStandingSiteAccount(account, cp.unitId) : !cp.hasCode) {
      throw unauthenticated('Site access was revoked');
    }
    return siteActorOf(cp);
  }

  private async sitePoint(id: string): Promise<SitePoint | null> {
    const cp = await this.db.read((m) => m.findOne(ConnectionPoint, { where: { id }, select: SITE_POINT }));
    return cp ? sitePointOf(cp) : null;
  }

  /** Every connection point of a meeting, as site tokens are checked against them. */
  private async sitePointsOf(meetingId: string): Promise<SitePoint[]> {
    const points = await this.db.read((m) =>
      m.find(ConnectionPoint, { where: { meetingId }, select: SITE_POINT }),
    );
    return points.map(sitePointOf);
  }

  /** A unit and every unit below it. */
  private async unitTree(unitId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.read((m) =>
      m.query(
        'WITH RECURSIVE tree (id) AS (SELECT id FROM unit WHERE id = ? UNION ALL SELECT u.id FROM unit u JOIN tree t ON u.parentId = t.id) SELECT id FROM tree',
        [unitId],
      ),
    );
    return rows.map((r) => r.id);
  }

  async createUser(actor: Actor | null, input: NewUser): Promise<User> {
    assertAdmin(actor);
    const passwordHash = await hashPassword(input.password);
    const taken = () =>
      conflict(
        ErrorReason.USERNAME_TAKEN,
        { username: input.username },
        { username: input.username },
        { field: 'input.username' },
      );
    try {
      return await this.commands.run(actor, async (c) => {
        const m = c.manager;
        if (await m.findOne(User, { where: { username: input.username } })) throw taken();
        if (input.unitId && !(await m.exists(Unit, { where: { id: input.unitId } }))) {
          throw badInput('input.unitId', ErrorReason.UNKNOWN_UNIT);
        }
        const user = await m.save(
          m.create(User, {
            username: input.username,
            passwordHash,
            role: input.role,
            displayName: input.displayName,
            unitId: input.unitId ?? null,
            disabled: false,
            tokensValidFrom: null,
          }),
        );
        c.record(AuditAction.USER_CREATED, user, ['username', 'role', 'displayName', 'unitId']);
        return user;
      });
    } catch (e) {
      // Another request created the same username between the check and the insert.
      if (isUniqueViolation(e)) throw taken();
      throw e;
    }
  }
}

/** A unit's standing site account: an enabled SITE_OPERATOR user of that unit. */
export const isStandingSiteAccount = (user: User, unitId: string): boolean =>
  user.role === Role.SITE_OPERATOR && !user.disabled && user.unitId === unitId;

export function userActor(user: User, unitTree: readonly string[]): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    name: user.displayName,
    role: user.role,
    unitId: user.unitId,
    unitTree,
  };
}

/** The columns a site token is checked against. */
const SITE_POINT = {
  id: true,
  meetingId: true,
  unitId: true,
  name: true,
  accessGeneration: true,
  accessCodeHash: true,
} as const;

function sitePointOf(cp: ConnectionPoint): SitePoint {
  const { id, meetingId, unitId, name, accessGeneration } = cp;
  return { id, meetingId, unitId, name, accessGeneration, hasCode: cp.accessCodeHash !== null };
}

/** The actor of each point kept in memory (SitePoints): a site's screens and reconnects share one. */
const siteActors = new WeakMap<SitePoint, SiteActor>();

/** The site actor of `cp`, frozen: it may be shared by every socket of the site. */
function siteActorOf(cp: SitePoint): SiteActor {
  let actor = siteActors.get(cp);
  if (!actor) {
    actor = Object.freeze({
      kind: 'site',
      role: Role.SITE_OPERATOR,
      connectionPointId: cp.id,
      meetingId: cp.meetingId,
      unitId: cp.unitId,
      name: cp.name,
    });
    siteActors.set(cp, actor);
  }
  return actor;
}
