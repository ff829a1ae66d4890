/**
 * The one access module: every rule of who may see or change what lives here, and everything
 * not allowed here is refused (default deny). Services call these checks; resolvers never decide.
 *
 * - ADMIN: everything.
 * - HOST: reads the meetings they host and those that their unit (or a unit below it) organizes,
 *   hosts or takes part in; changes only the meetings they host; creates meetings (and hosts them),
 *   with an organizer and host unit among their own unit and those below it.
 * - VIEWER: reads what a HOST of the same unit reads, hosts nothing; changes nothing.
 * - A SITE_OPERATOR user: reads the meetings where its unit is a connection point; it is its unit's
 *   standing site account, and joins those meetings as the unit's site without a code.
 * - A site token: sees only its own meeting, acts only for its own connection point.
 * - A user without a unit (other than ADMIN) sees only what it hosts: nothing until given a unit.
 * - Directives: those of the meetings one sees, and the published ones assigned to one's units;
 *   a reported DONE is accepted or reopened by the meeting's hosts or its organizer's HOSTs.
 * - Reports before a meeting: its hosts request them; a unit sends its own only, through its site
 *   or its standing site account.
 * - Files: uploaded by a signed-in actor that may change something (not VIEWER); unattached, only
 *   its uploader reads it; attached to a report, the meeting's hosts and the sending unit read it;
 *   attached to an agenda item, whoever sees the meeting reads it (its sites among them).
 * - Meeting series: the organizer's (ADMIN, and the HOST and VIEWER users of its unit or above see
 *   them; its HOSTs change them and make their meetings).
 * A meeting that the actor may not see answers NOT_FOUND, so its existence is not revealed. These
 * rules are facts (`meetingReach`, `directiveReach`); access/reach-sql.ts applies them in queries.
 */
import { Actor, UserActor } from '../auth/actor';
import { Role } from '../auth/user.entity';
import { DomainError, ErrorCode, forbidden, unauthenticated } from '../common/errors';

/** What the access rules need to know of a meeting. */
export type MeetingScope = { id: string; hostIds: readonly string[] };

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * The meetings an actor may see, as facts: every one, or those with these ids, hosted by this
 * user, organized, hosted or attended (as a connection point) by one of `unitIds`, or attended by
 * one of `connectionUnitIds`. Anything not named here is not seen.
 */
export type MeetingReach = {
  all: boolean;
  meetingIds: readonly string[];
  hostUserId: string | null;
  unitIds: readonly string[];
  connectionUnitIds: readonly string[];
};

const NOTHING: MeetingReach = {
  all: false,
  meetingIds: [],
  hostUserId: null,
  unitIds: [],
  connectionUnitIds: [],
};

export function meetingReach(actor: Actor | null): MeetingReach {
  const a = requireActor(actor);
  if (a.kind === 'site') return { ...NOTHING, meetingIds: [a.meetingId] };
  switch (a.role) {
    case Role.ADMIN:
      return { ...NOTHING, all: true };
    case Role.HOST:
      return { ...NOTHING, hostUserId: a.userId, unitIds: a.unitTree };
    case Role.VIEWER:
      return { ...NOTHING, unitIds: a.unitTree };
    case Role.SITE_OPERATOR:
      return { ...NOTHING, connectionUnitIds: a.unitId ? [a.unitId] : [] };
    default:
      return NOTHING;
  }
}

/**
 * The users who host a meeting (their usernames are half of a sign-in): shown to users who see the
 * meeting, not to site tokens, which are shared by a site's devices and need the meeting, not who
 * runs its accounts (Meeting.hosts answers an empty list to them).
 */
export function canSeeMeetingHosts(actor: Actor | null): boolean {
  return requireActor(actor).kind === 'user';
}

/**
 * The directives an actor may see: those of the meetings it sees, and the published ones (the
 * notice goes to the assignee units) assigned to one of `assigneeUnitIds`.
 */
export type DirectiveReach = { meetings: MeetingReach; assigneeUnitIds: readonly string[] };

export function directiveReach(actor: Actor | null): DirectiveReach {
  const a = requireActor(actor);
  const meetings = meetingReach(a);
  if (a.kind === 'site') return { meetings, assigneeUnitIds: [a.unitId] };
  if (a.role === Role.SITE_OPERATOR) return { meetings, assigneeUnitIds: a.unitId ? [a.unitId] : [] };
  return { meetings, assigneeUnitIds: a.role === Role.ADMIN ? [] : a.unitTree };
}

/**
 * The directives of other meetings shown as part of a meeting (`Meeting.carriedOverDirectives`):
 * as `directiveReach`, but a site token sees none. Every site of a meeting shares one execution of
 * a push (`liveScope`), so what a site sees of a meeting must not depend on which site it is; a site
 * follows its unit's directives through the `directives` query.
 */
export function directiveReachInMeeting(actor: Actor | null): DirectiveReach {
  const reach = directiveReach(actor);
  return actor?.kind === 'site' ? { ...reach, assigneeUnitIds: [] } : reach;
}

/**
 * A meeting's organizer and host unit speak for those units (a numbered notice in the organizer's
 * name, the series whose directives carry over): ADMIN names any unit, a HOST only its own unit
 * and those below it.
 */
export function assertActForUnit(actor: Actor | null, unitId: string, field: string): void {
  const a = requireActor(actor);
  if (a.kind === 'user' && a.role === Role.ADMIN) return;
  if (a.kind === 'user' && a.role === Role.HOST && a.unitTree.includes(unitId)) return;
  throw new DomainError(ErrorCode.Forbidden, 'You may act only for your own unit and the units below it', {
    field,
  });
}

/**
 * A meeting series is its organizer's: ADMIN and the HOST and VIEWER users of the organizer unit
 * (or a unit above it) see it; the meetings of a series are seen by their own rules, and a meeting
 * shows its series to whoever sees the meeting.
 */
export function canSeeSeries(actor: Actor | null, series: { organizerId: string }): boolean {
  const a = requireActor(actor);
  if (a.kind !== 'user') return false;
  if (a.role === Role.ADMIN) return true;
  return (a.role === Role.HOST || a.role === Role.VIEWER) && a.unitTree.includes(series.organizerId);
}

/** Changing a series, or making its next meeting: who may act for its organizer (HOST or ADMIN). */
export function assertManageSeries(
  actor: Actor | null,
  series: { organizerId: string },
  field: string,
): void {
  assertActForUnit(actor, series.organizerId, field);
}

export function canManageMeeting(actor: Actor | null, meeting: MeetingScope): boolean {
  if (!actor || actor.kind !== 'user') return false;
  return actor.role === Role.ADMIN || (actor.role === Role.HOST && meeting.hostIds.includes(actor.userId));
}

/**
 * Changing a meeting's setup or running it live: ADMIN or one of its hosts. Called in a command,
 * whose runner has already answered NOT_FOUND to who may not see the meeting.
 */
export function assertManageMeeting(actor: Actor | null, meeting: MeetingScope): void {
  requireActor(actor);
  if (!canManageMeeting(actor, meeting)) throw forbidden('Only the hosts of this meeting may do this');
}

/** Acting for a connection point (raise a hand, check in delegates): its own site, or a host. */
export function assertActForSite(
  actor: Actor | null,
  meeting: MeetingScope,
  connectionPointId: string,
): void {
  const a = requireActor(actor);
  if (canManageMeeting(a, meeting)) return;
  if (a.kind === 'site' && a.connectionPointId === connectionPointId) return;
  throw forbidden('You may act only for your own connection point');
}

/**
 * Joining a meeting as its unit's site with a standing account (no code): a SITE_OPERATOR user of
 * a unit; which connection point it gets is its unit's (the caller checks there is one).
 */
export function assertStandingSiteAccount(actor: Actor | null): UserActor & { unitId: string } {
  const a = requireActor(actor);
  if (a.kind === 'user' && a.role === Role.SITE_OPERATOR && a.unitId) return { ...a, unitId: a.unitId };
  throw forbidden("Only a unit's site account (SITE_OPERATOR of a unit) joins without a code");
}

/**
 * What a site keeps up to date itself, for its own connection point only (the delegates who turn up
 * unannounced, its headcount, who presides there); a host sets anything. `hostFields` are the fields
 * given that only a host sets: FORBIDDEN to a site, naming the first.
 */
export function assertSiteMaySet(
  actor: Actor | null,
  meeting: MeetingScope,
  connectionPointId: string,
  hostFields: readonly string[],
): void {
  assertActForSite(actor, meeting, connectionPointId);
  if (canManageMeeting(actor, meeting) || hostFields.length === 0) return;
  throw new DomainError(ErrorCode.Forbidden, `Only the hosts of this meeting set ${hostFields[0]}`, {
    field: hostFields[0],
  });
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

/**
 * Sending a report asked of a unit: the unit's own site or standing site account, for that unit
 * only (the caller checks the unit was asked). Returns the unit it speaks for.
 */
export function assertSubmitReport(actor: Actor | null): string {
  const a = requireActor(actor);
  if (a.kind === 'site') return a.unitId;
  if (a.role === Role.SITE_OPERATOR && a.unitId) return a.unitId;
  throw forbidden("Only a unit's site sends its report");
}

/**
 * Who uploads a file, as kept with it (`user:<id>` or `site:<connection point id>`): any signed-in
 * actor but VIEWER, who changes nothing. Null for who may not upload.
 */
export function uploaderOf(actor: Actor | null): string | null {
  const a = requireActor(actor);
  if (a.kind === 'site') return `site:${a.connectionPointId}`;
  return a.role === Role.VIEWER ? null : `user:${a.userId}`;
}

export function assertUploadFile(actor: Actor | null): string {
  const uploader = uploaderOf(actor);
  if (!uploader) throw forbidden('VIEWER users upload nothing');
  return uploader;
}

/**
 * What a file is attached to, as the rules need it: a unit's report (its meeting and unit), or an
 * agenda item (whether the actor sees its meeting, as reach-sql.ts finds it).
 */
export type FileAttachment =
  { report: { meeting: MeetingScope; unitId: string } } | { agendaItem: { meetingSeen: boolean } };

/**
 * Reading an uploaded file: its uploader while it is attached to nothing; attached to a unit's
 * report, the hosts of the meeting that asked for it and the unit itself (its sites and its
 * standing account); attached to an agenda item, like the meeting: whoever sees it.
 */
export function canReadFile(
  actor: Actor | null,
  file: { uploader: string },
  attachment: FileAttachment | null,
): boolean {
  const a = requireActor(actor);
  if (!attachment) return uploaderOf(a) === file.uploader;
  if ('agendaItem' in attachment) return attachment.agendaItem.meetingSeen;
  const { report } = attachment;
  if (canManageMeeting(a, report.meeting)) return true;
  if (a.kind === 'site') return a.meetingId === report.meeting.id && a.unitId === report.unitId;
  return a.role === Role.SITE_OPERATOR && a.unitId === report.unitId;
}

/**
 * Accepting or reopening a directive reported DONE: a host of its meeting, or a HOST of the
 * meeting's organizer unit (or above it) — the office that follows the series' directives up.
 */
export function assertFollowUpDirective(
  actor: Actor | null,
  meeting: MeetingScope,
  owner: { organizerId: string | null },
): void {
  const a = requireActor(actor);
  if (canManageMeeting(a, meeting)) return;
  if (
    a.kind === 'user' &&
    a.role === Role.HOST &&
    owner.organizerId &&
    a.unitTree.includes(owner.organizerId)
  ) {
    return;
  }
  throw forbidden("Only the meeting's hosts or its organizer's office may accept or reopen a directive");
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
  // A user's role and unit are in it: an answer kept for them (answer-cache.ts) must not outlive a
  // change of either, which is no event of the meeting.
  return actor.kind === 'site'
    ? `site:${actor.meetingId}`
    : `user:${actor.userId}:${actor.role}:${actor.unitId ?? ''}`;
}
