import { createHash, randomInt } from 'node:crypto';
import { Actor } from '../auth/actor';
import { TokenService } from '../auth/tokens';
import { assertManageMeeting } from '../access/access';
import { conflict, ErrorReason, forbidden, unauthenticated } from '../common/errors';
import { Database } from '../db/database';
import { MeetingCommands } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { Meeting } from '../meetings/meeting.entity';
import { ConnectionPoint } from './connection-point.entity';
import { snapshotOf } from '../events/command-rows';
import { assertSetupOpen, isRecord } from '../meetings/meeting-status';

/** No I, L, O, 0 or 1: a code read aloud over the phone or copied from paper stays unambiguous. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 31^10 ≈ 2^49 codes: far beyond guessing through the API. */
const CODE_LENGTH = 10;

export type IssuedCode = { code: string; connectionPoint: ConnectionPoint; issuedAt: Date };
export type SiteSessionData = {
  token: string;
  expiresAt: Date;
  connectionPoint: ConnectionPoint;
  meeting: Meeting;
};

/** Shown as ABCDE-FGHJK; spaces, dashes and case do not matter when it is typed back. */
function newCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** A code as typed, reduced to what identifies it. */
export const typedCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');

const hashOf = (code: string): string => createHash('sha256').update(typedCode(code)).digest('hex');

/**
 * Site access codes: the host issues one per connection point (only its hash is kept), the site's
 * devices exchange it for a site token; revoking or re-issuing bumps the access generation, which
 * every site token carries, so older tokens stop working at once.
 */
export class SiteAccessService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
    private readonly tokens: TokenService,
  ) {}

  issue(actor: Actor | null, connectionPointId: string): Promise<IssuedCode> {
    return this.commands.runOn(
      actor,
      ConnectionPoint,
      connectionPointId,
      async (c, cp) => {
        assertManageMeeting(actor, c);
        assertSetupOpen(c.meeting);
        const code = newCode();
        Object.assign(cp, {
          accessCodeHash: hashOf(code),
          accessCodeIssuedAt: c.now,
          accessGeneration: cp.accessGeneration + 1,
        });
        await c.manager.save(cp);
        c.emit(MeetingEventType.SITE_ACCESS_CODE_ISSUED, snapshotOf(cp));
        return { code, connectionPoint: cp, issuedAt: c.now };
      },
      'connectionPointId',
    );
  }

  /** Allowed even after the meeting: cutting access is never a change of the record. */
  revoke(actor: Actor | null, connectionPointId: string): Promise<ConnectionPoint> {
    return this.commands.runOn(
      actor,
      ConnectionPoint,
      connectionPointId,
      async (c, cp) => {
        assertManageMeeting(actor, c);
        if (!cp.accessCodeHash) throw conflict(ErrorReason.NO_ACCESS_CODE, { hasAccessCode: false });
        Object.assign(cp, {
          accessCodeHash: null,
          accessCodeIssuedAt: null,
          accessGeneration: cp.accessGeneration + 1,
        });
        await c.manager.save(cp);
        c.emit(MeetingEventType.SITE_ACCESS_CODE_REVOKED, snapshotOf(cp));
        return cp;
      },
      'connectionPointId',
    );
  }

  /** Public: a wrong or revoked code is UNAUTHENTICATED; a code of a finished meeting, FORBIDDEN. */
  async join(code: string): Promise<SiteSessionData> {
    const found = await this.db.read(async (m) => {
      const connectionPoint = await m.findOne(ConnectionPoint, { where: { accessCodeHash: hashOf(code) } });
      const meeting =
        connectionPoint && (await m.findOne(Meeting, { where: { id: connectionPoint.meetingId } }));
      return connectionPoint && meeting ? { connectionPoint, meeting } : null;
    });
    if (!found) throw unauthenticated('Unknown or revoked site access code');
    const { connectionPoint: cp, meeting } = found;
    if (isRecord(meeting.status)) throw forbidden(`The meeting is ${meeting.status}`);
    const { token, expiresAt } = await this.tokens.sign({
      kind: 'site',
      sub: cp.id,
      mtg: cp.meetingId,
      gen: cp.accessGeneration,
    });
    return { token, expiresAt, connectionPoint: cp, meeting };
  }
}
