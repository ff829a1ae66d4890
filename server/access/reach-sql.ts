import { SelectQueryBuilder } from 'typeorm';
import { Actor } from '../auth/actor';
import { notFound } from '../common/errors';
import { Database } from '../db/database';
import { Meeting } from '../meetings/meeting.entity';
import { Directive } from '../directives/directive.entity';
import {
  DirectiveReach,
  directiveReach,
  directiveReachInMeeting,
  MeetingReach,
  meetingReach,
  requireActor,
} from './access';

type Condition = { sql: string; params: Record<string, unknown> };

/** The reach of access.ts as a condition on a meeting id column (nothing named: nothing seen). */
function meetingCondition(column: string, reach: MeetingReach): Condition {
  if (reach.all) return { sql: '1 = 1', params: {} };
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (reach.meetingIds.length) {
    parts.push(`${column} IN (:...reachMeetings)`);
    params.reachMeetings = reach.meetingIds;
  }
  if (reach.hostUserId) {
    parts.push(
      `${column} IN (SELECT reach_h.meetingId FROM meeting_host reach_h WHERE reach_h.userId = :reachHost)`,
    );
    params.reachHost = reach.hostUserId;
  }
  if (reach.unitIds.length) {
    parts.push(
      `${column} IN (SELECT reach_m.id FROM meeting reach_m WHERE reach_m.organizerId IN (:...reachUnits) OR reach_m.hostUnitId IN (:...reachUnits))`,
      `${column} IN (SELECT reach_cp.meetingId FROM connection_point reach_cp WHERE reach_cp.unitId IN (:...reachUnits))`,
    );
    params.reachUnits = reach.unitIds;
  }
  if (reach.connectionUnitIds.length) {
    parts.push(
      `${column} IN (SELECT reach_sp.meetingId FROM connection_point reach_sp WHERE reach_sp.unitId IN (:...reachSites))`,
    );
    params.reachSites = reach.connectionUnitIds;
  }
  return { sql: parts.length ? `(${parts.join(' OR ')})` : '1 = 0', params };
}

/** Keeps the meetings (`alias`.id) the actor may see. */
export function whereMeetingSeen<T extends object>(
  q: SelectQueryBuilder<T>,
  alias: string,
  actor: Actor | null,
): SelectQueryBuilder<T> {
  const { sql, params } = meetingCondition(`${alias}.id`, meetingReach(actor));
  return q.andWhere(sql, params);
}

function directiveCondition(alias: string, reach: DirectiveReach): Condition {
  const meetings = meetingCondition(`${alias}.meetingId`, reach.meetings);
  if (reach.meetings.all || reach.assigneeUnitIds.length === 0) return meetings;
  return {
    sql: `(${meetings.sql} OR (${alias}.assigneeUnitId IN (:...reachAssignees) AND ${alias}.conclusionId IN (SELECT reach_c.id FROM conclusion reach_c WHERE reach_c.status = 'PUBLISHED')))`,
    params: { ...meetings.params, reachAssignees: reach.assigneeUnitIds },
  };
}

/** Keeps the directives (`alias`) the actor may see (`inMeeting`: shown as part of a meeting). */
export function whereDirectiveSeen<T extends object>(
  q: SelectQueryBuilder<T>,
  alias: string,
  actor: Actor | null,
  inMeeting = false,
): SelectQueryBuilder<T> {
  const reach = inMeeting ? directiveReachInMeeting(actor) : directiveReach(actor);
  const { sql, params } = directiveCondition(alias, reach);
  return q.andWhere(sql, params);
}

/** NOT_FOUND unless the actor may see the meeting (so its existence is not revealed). */
export async function assertSeeMeeting(db: Database, actor: Actor | null, meetingId: string): Promise<Actor> {
  const a = requireActor(actor);
  const reach = meetingReach(a);
  if (reach.all || reach.meetingIds.includes(meetingId)) return a;
  const seen = await db.read((m) =>
    whereMeetingSeen(
      m.createQueryBuilder(Meeting, 'm').select('m.id', 'id').where('m.id = :id', { id: meetingId }),
      'm',
      a,
    ).getRawOne(),
  );
  if (!seen) throw notFound('Meeting', meetingId);
  return a;
}

/** Whether the actor may see the meeting (assertSeeMeeting, as a yes or no). */
export async function canSeeMeeting(db: Database, actor: Actor | null, meetingId: string): Promise<boolean> {
  try {
    await assertSeeMeeting(db, actor, meetingId);
    return true;
  } catch {
    return false;
  }
}

/** NOT_FOUND unless the actor may see the directive. */
export async function assertSeeDirective(
  db: Database,
  actor: Actor | null,
  directiveId: string,
): Promise<Actor> {
  const a = requireActor(actor);
  const seen = await db.read((m) =>
    whereDirectiveSeen(
      m.createQueryBuilder(Directive, 'd').select('d.id', 'id').where('d.id = :id', { id: directiveId }),
      'd',
      a,
    ).getRawOne(),
  );
  if (!seen) throw notFound('Directive', directiveId);
  return a;
}
