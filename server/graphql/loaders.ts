import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor';
import type { User } from '../auth/user.entity';
import type { AgendaItem } from '../agenda/agenda-item.entity';
import type { Conclusion } from '../conclusions/conclusion.entity';
import type { Notice } from '../conclusions/notice';
import type { ConnectionPoint } from '../connection-points/connection-point.entity';
import type { Directive, DirectiveProgress } from '../directives/directive.entity';
import type { DirectiveTally } from '../directives/directive.service';
import type { MeetingEvent } from '../events/meeting-event';
import type { AttendanceCounts } from '../participants/attendance';
import type { Participant } from '../participants/participant.entity';
import type { Speech } from '../speeches/speech.entity';
import type { Services } from '../composition-root';

/** Groups `rows` by `key` in the order of `keys`: the shape a one-to-many batch function returns. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], key: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Picks `rows` by `key` in the order of `keys` (null where missing): a one-to-one batch result. */
export function pickBy<K, R>(keys: readonly K[], rows: R[], key: (row: R) => K): (R | null)[] {
  const byKey = new Map<K, R>(rows.map((r) => [key(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** `loader.load(id)`, or null without an id (an optional reference). */
export function loadOptional<V>(loader: DataLoader<string, V | null>, id: string | null): Promise<V | null> {
  return id ? loader.load(id) : Promise.resolve(null);
}

const by = <V>(batch: (keys: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>(batch);

/**
 * The DataLoaders of one request (a push of a subscription is a request of its own): every field of
 * the request that needs the same kind of rows shares one query. The one place where rows are
 * loaded for resolvers, so no resolver needs another's.
 */
export class Loaders {
  constructor(
    private readonly services: Services,
    private readonly actor: Actor | null,
  ) {}

  readonly unitById = by(async (ids) => pickBy(ids, await this.services.units.byIds(ids), (u) => u.id));

  readonly hostsByMeeting = by<User[]>(async (ids) =>
    groupBy(ids, await this.services.meetings.hosts(ids), (r) => r.meetingId).map((group) =>
      group.map((r) => r.user),
    ),
  );

  readonly connectionPointById = by(async (ids) =>
    pickBy(ids, await this.services.connectionPoints.byIds(ids), (cp) => cp.id),
  );

  readonly connectionPointsByMeeting = by<ConnectionPoint[]>(async (ids) =>
    groupBy(ids, await this.services.connectionPoints.ofMeetings(ids), (cp) => cp.meetingId),
  );

  readonly participantById = by<Participant | null>(async (ids) =>
    pickBy(ids, await this.services.participants.by('id', ids), (p) => p.id),
  );

  readonly participantsByMeeting = by<Participant[]>(async (ids) =>
    groupBy(ids, await this.services.participants.by('meetingId', ids), (p) => p.meetingId),
  );

  readonly participantsByConnectionPoint = by<Participant[]>(async (ids) =>
    groupBy(ids, await this.services.participants.by('connectionPointId', ids), (p) => p.connectionPointId),
  );

  readonly attendanceByMeeting = by<AttendanceCounts>((ids) =>
    this.services.participants.attendance('meetingId', ids),
  );

  readonly attendanceByConnectionPoint = by<AttendanceCounts>((ids) =>
    this.services.participants.attendance('connectionPointId', ids),
  );

  readonly plannedAttendanceByMeeting = by<number>((ids) =>
    this.services.participants.plannedAttendance(ids),
  );

  readonly agendaByMeeting = by<AgendaItem[]>(async (ids) =>
    groupBy(ids, await this.services.agenda.byMeetings(ids), (i) => i.meetingId),
  );

  readonly agendaItemById = by(async (ids) =>
    pickBy(ids, await this.services.agenda.byIds(ids), (i) => i.id),
  );

  readonly speechById = by(async (ids) => pickBy(ids, await this.services.speeches.byIds(ids), (s) => s.id));

  readonly speechesByItem = by<Speech[]>(async (ids) =>
    groupBy(ids, await this.services.speeches.byItems(ids), (s) => s.agendaItemId),
  );

  readonly queueByItem = by<Speech[]>(async (ids) =>
    groupBy(ids, await this.services.speeches.queuedByItems(ids), (s) => s.agendaItemId),
  );

  readonly speakingByMeeting = by(async (ids) =>
    pickBy(ids, await this.services.speeches.speakingByMeetings(ids), (s) => s.meetingId),
  );

  readonly explanationByQuestion = by(async (ids) =>
    pickBy(ids, await this.services.speeches.explanationsOf(ids), (s) => s.questionId as string),
  );

  readonly conclusionByMeeting = by<Conclusion | null>(async (ids) =>
    pickBy(ids, await this.services.conclusions.ofMeetings(ids), (c) => c.meetingId),
  );

  readonly noticeOfConclusion = new DataLoader<Conclusion, Notice>((conclusions) =>
    this.services.notices.build(conclusions),
  );

  readonly directivesByConclusion = by<Directive[]>(async (ids) =>
    groupBy(ids, await this.services.directives.ofConclusions(ids), (d) => d.conclusionId),
  );

  readonly progressByDirective = by<DirectiveProgress[]>(async (ids) =>
    groupBy(ids, await this.services.directives.progressOf(ids), (p) => p.directiveId),
  );

  readonly carriedOverByMeeting = by<Directive[]>((ids) => this.services.directives.carriedOver(ids));

  readonly directiveCountsByMeeting = by<DirectiveTally | null>(async (ids) =>
    pickBy(ids, await this.services.directives.countsOfMeetings(ids), (c) => c.meetingId),
  );

  private readonly eventPages = new Map<string, DataLoader<string, MeetingEvent[]>>();

  /** The event log pages of meetings after `afterSeq`, `first` at most (one loader per page asked for). */
  eventsByMeeting(afterSeq: number, first: number): DataLoader<string, MeetingEvent[]> {
    const page = `${afterSeq}:${first}`;
    let loader = this.eventPages.get(page);
    if (!loader) {
      loader = by((ids) => this.services.live.eventPages(this.actor, ids, afterSeq, first));
      this.eventPages.set(page, loader);
    }
    return loader;
  }
}
