/**
 * The one access module: every rule of who may see or change what lives here, and everything
 * not allowed here is refused (default deny). Services call these checks; resolvers never decide.
 *
 * - ADMIN: everything.
 * - HOST: reads every meeting; changes only the meetings they host; creates meetings (and hosts them).
 * - VIEWER: reads every meeting; changes nothing.
 * - A site token (SITE_OPERATOR): sees only its own meeting, acts only for its own connection point.
 * A meeting that the actor may not see answers NOT_FOUND, so its existence is not revealed.
 */
import { Actor, UserActor } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { forbidden, notFound, unauthenticated } from '../common/errors';

/** What the access rules need to know of a meeting. */
export type MeetingScope = { id: string; hostIds: readonly string[] };

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export function canSeeMeeting(actor: Actor | null, meetingId: string): boolean {
  if (!actor) return false;
  if (actor.kind === 'site') return actor.meetingId === meetingId;
  return actor.role === Role.ADMIN || actor.role === Role.HOST || actor.role === Role.VIEWER;
}

export function assertSeeMeeting(actor: Actor | null, meetingId: string): Actor {
  const a = requireActor(actor);
  if (!canSeeMeeting(a, meetingId)) throw notFound('Meeting', meetingId);
  return a;
}

/** The meetings a listing may show the actor: all of them, or only these (a site token's own). */
export function visibleMeetings(actor: Actor | null): 'all' | string[] {
  const a = requireActor(actor);
  if (a.kind === 'site') return [a.meetingId];
  // A user's right to read does not depend on the meeting (see canSeeMeeting).
  return canSeeMeeting(a, '') ? 'all' : [];
}

export function canManageMeeting(actor: Actor | null, meeting: MeetingScope): boolean {
  if (!actor || actor.kind !== 'user') return false;
  return actor.role === Role.ADMIN || (actor.role === Role.HOST && meeting.hostIds.includes(actor.userId));
}

/** Changing a meeting's setup or running it live: ADMIN or one of its hosts. */
export function assertManageMeeting(actor: Actor | null, meeting: MeetingScope): void {
  assertSeeMeeting(actor, meeting.id);
  if (!canManageMeeting(actor, meeting)) throw forbidden('Only the hosts of this meeting may do this');
}

/** Acting for a connection point (raise a hand, check in delegates): its own site, or a host. */
export function assertActForSite(
  actor: Actor | null,
  meeting: MeetingScope,
  connectionPointId: string,
): void {
  const a = assertSeeMeeting(actor, meeting.id);
  if (canManageMeeting(a, meeting)) return;
  if (a.kind === 'site' && a.connectionPointId === connectionPointId) return;
  throw forbidden('You may act only for your own connection point');
}

export function assertCreateMeeting(actor: Actor | null): UserActor {
  const a = requireActor(actor);
  if (a.kind === 'user' && (a.role === Role.ADMIN || a.role === Role.HOST)) return a;
  throw forbidden('Only ADMIN and HOST users create meetings');
}

/** Users and the units tree are the administrator's. */
export function assertAdmin(actor: Actor | null): void {
  const a = requireActor(actor);
  if (a.kind === 'user' && a.role === Role.ADMIN) return;
  throw forbidden('Only ADMIN may do this');
}

/** Reading shared reference data (the units tree): any signed-in actor. */
export function assertSignedIn(actor: Actor | null): Actor {
  return requireActor(actor);
}

/** Reporting progress on a directive: a host of its meeting, or the assignee unit's own operator. */
export function assertReportDirective(
  actor: Actor | null,
  meeting: MeetingScope,
  assigneeUnitId: string,
): void {
  const a = requireActor(actor);
  if (canManageMeeting(a, meeting)) return;
  if (a.kind === 'site' && a.unitId === assigneeUnitId) return;
  if (a.kind === 'user' && a.role === Role.SITE_OPERATOR && a.unitId === assigneeUnitId) return;
  throw forbidden('Only the assignee unit or a host may report on this directive');
}

/** Directives are read by every signed-in user: the notice of conclusions goes to all units. */
const DIRECTIVE_READERS: readonly Role[] = [Role.ADMIN, Role.HOST, Role.VIEWER, Role.SITE_OPERATOR];

/** Reading a directive: a user of any role; a site token, those of its own meeting and of its unit. */
export function canSeeDirective(
  actor: Actor | null,
  directive: { meetingId: string; assigneeUnitId: string },
): boolean {
  if (!actor) return false;
  if (actor.kind === 'site') {
    return actor.meetingId === directive.meetingId || actor.unitId === directive.assigneeUnitId;
  }
  return DIRECTIVE_READERS.includes(actor.role);
}

export function assertSeeDirective(
  actor: Actor | null,
  directive: { id: string; meetingId: string; assigneeUnitId: string },
): Actor {
  const a = requireActor(actor);
  if (!canSeeDirective(a, directive)) throw notFound('Directive', directive.id);
  return a;
}

/** The directives an actor may list, as a filter: null for all; a site token, its meeting's or its unit's. */
export function directiveScope(actor: Actor | null): { meetingId: string; unitId: string } | null {
  const a = requireActor(actor);
  if (a.kind === 'site') return { meetingId: a.meetingId, unitId: a.unitId };
  if (DIRECTIVE_READERS.includes(a.role)) return null;
  throw forbidden('You may not read directives');
}

/**
 * Who sees the same pushes of a subscription: subscribers with one scope may be sent one execution
 * of an event (http/ws/shared-push.ts). Every site token of a meeting sees what the others see (what a
 * site may see of the meeting does not depend on which site it is); a user is a scope alone, as
 * the rules for users may depend on who they are (the hosts of a meeting). A field resolver reading
 * more of the actor than this tells apart must change this first.
 */
export function liveScope(actor: Actor | null): string {
  if (!actor) return 'anonymous';
  return actor.kind === 'site' ? `site:${actor.meetingId}` : `user:${actor.userId}`;
}
