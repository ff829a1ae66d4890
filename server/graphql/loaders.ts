import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor';
import type { User } from '../auth/user.entity';
import type { AgendaItem } from '../agenda/agenda-item.entity';
import type { Conclusion } from '../conclusions/conclusion.entity';
import type { Notice } from '../conclusions/notice';
import type { Minutes } from '../minutes/minutes.entity';
import type { ConnectionPoint } from '../connection-points/connection-point.entity';
import type { Directive, DirectiveProgress } from '../directives/directive.entity';
import type { DirectiveTally } from '../directives/directive.service';
import type { MeetingEvent } from '../events/meeting-event';
import type { AttendanceCounts } from '../participants/attendance';
import type { Participant } from '../participants/participant.entity';
import type { Meeting } from '../meetings/meeting.entity';
import type { MeetingSeries } from '../series/meeting-series.entity';
import type { StoredFile } from '../files/stored-file.entity';
import type { ReportRequest, ReportSubmission } from '../reports/report.entity';
import type { Speech } from '../speeches/speech.entity';
import type { WebhookStream } from '../webhooks/webhook.entity';
import type { Services } from '../composition-root';

/**
 * What one batch (one SQL statement) counts against the result budget, in fields: a statement costs
 * about as much as resolving 50 to 60 fields (bench:attack), counted with a margin; a subscription's
 * pushes each run theirs.
 */
export const STATEMENT_FIELDS = 75;

/** Groups `rows` by `key` in the order of `keys`: the shape a one-to-many batch function returns. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], key: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** `rows` by `key`, each group in the order of `rows`. */
function groupAll<K, R>(rows: R[], key: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Picks `rows` by `key` in the order of `keys` (null where missing): a one-to-one batch result. */
export function pickBy<K, R>(keys: readonly K[], rows: R[], key: (row: R) => K): (R | null)[] {
  const byKey = new Map<K, R>(rows.map((r) => [key(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** A value, or the promise of one: graphql-js completes a field given a value without a turn. */
export type Loaded<V> = V | Promise<V>;

/** `loader.load(id)`, or null at once without an id (an optional reference). */
export function loadOptional<V>(loader: DataLoader<string, V | null>, id: string | null): Loaded<V | null> {
  return id ? loader.load(id) : null;
}

/** A promise that also gives its value once it has one, to those that can use it without waiting. */
class Settling<T> {
  private settled = false;
  private value?: T;

  constructor(readonly promise: Promise<T>) {
    promise.then(
      (value) => {
        this.value = value;
        this.settled = true;
      },
      () => undefined, // the promise's own awaiters get the error
    );
  }

  /** `f` of the value: at once when there is one, else once there is. */
  then<R>(f: (value: T) => Loaded<R>): Loaded<R> {
    return this.settled ? f(this.value as T) : this.promise.then(f);
  }
}

/**
 * The DataLoaders of one request (a push of a subscription is a request of its own): every field of
 * the request that needs the same kind of rows shares one query. The one place where rows are
 * loaded for resolvers, so no resolver needs another's.
 */
export class Loaders {
  constructor(
    private readonly services: Services,
    private readonly actor: Actor | null,
    /** Each batch is charged to the execution's budget (result-budget.ts) when there is one. */
    private readonly budget?: { charge(fields: number): void },
  ) {}

  /** A loader of `batch`, charging each batch to the budget. */
  private by<V, K = string>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return new DataLoader<K, V>((keys) => {
      this.budget?.charge(STATEMENT_FIELDS);
      return batch(keys);
    });
  }

  readonly webhookDeliveries = this.by<WebhookStream[]>(async (ids) =>
    groupBy(ids, await this.services.webhooks.deliveries(ids), (s) => s.webhookId),
  );

  readonly unitById = this.by(async (ids) => pickBy(ids, await this.services.units.byIds(ids), (u) => u.id));

  readonly seriesById = this.by<MeetingSeries | null>(async (ids) =>
    pickBy(ids, await this.services.series.byIds(ids), (s) => s.id),
  );

  readonly previousMeetingByMeeting = this.by<Meeting | null>(async (ids) =>
    pickBy(ids, await this.services.meetings.previousInSeries(this.actor, ids), (p) => p.meetingId).map(
      (p) => p?.previous ?? null,
    ),
  );

  readonly hostsByMeeting = this.by<User[]>(async (ids) =>
    groupBy(ids, await this.services.meetings.hosts(ids), (r) => r.meetingId).map((group) =>
      group.map((r) => r.user),
    ),
  );

  readonly connectionPointById = this.by(async (ids) =>
    pickBy(ids, await this.services.connectionPoints.byIds(ids), (cp) => cp.id),
  );

  readonly connectionPointsByMeeting = this.by<ConnectionPoint[]>(async (ids) =>
    groupBy(ids, await this.services.connectionPoints.ofMeetings(ids), (cp) => cp.meetingId),
  );

  /**
   * Per meeting whose connection points this request reads, those points by id; and per meeting
   * whose participants it reads, those participants by connection point. The national meeting's
   * 3,000 delegates name 764 points, and its 764 points seat those 3,000 delegates: fields that need
   * them take them from here (at once when read already) rather than reading the same rows again.
   */
  private readonly pointsOfMeeting = new Map<string, Settling<Map<string, ConnectionPoint>>>();
  private readonly seatedInMeeting = new Map<string, Settling<Map<string, Participant[]>>>();

  /** The connection points of a meeting: the host point first, then the sites by name. */
  connectionPointsOf(meetingId: string): Promise<ConnectionPoint[]> {
    const points = this.connectionPointsByMeeting.load(meetingId);
    if (!this.pointsOfMeeting.has(meetingId))
      this.pointsOfMeeting.set(
        meetingId,
        new Settling(points.then((list) => new Map(list.map((cp) => [cp.id, cp])))),
      );
    return points;
  }

  /** A participant's connection point. */
  connectionPointOf(p: Participant): Loaded<ConnectionPoint | null> {
    const points = this.pointsOfMeeting.get(p.meetingId);
    const load = () => this.connectionPointById.load(p.connectionPointId);
    return points ? points.then((byId) => byId.get(p.connectionPointId) ?? load()) : load();
  }

  /** The participants of a meeting, in the order they were registered. */
  participantsOf(meetingId: string): Promise<Participant[]> {
    const participants = this.participantsByMeeting.load(meetingId);
    if (!this.seatedInMeeting.has(meetingId))
      this.seatedInMeeting.set(
        meetingId,
        new Settling(participants.then((list) => groupAll(list, (p) => p.connectionPointId))),
      );
    return participants;
  }

  /** The participants of a connection point, in the order they were registered. */
  participantsAt(cp: ConnectionPoint): Loaded<Participant[]> {
    const seated = this.seatedInMeeting.get(cp.meetingId);
    return seated
      ? seated.then((byPoint) => byPoint.get(cp.id) ?? [])
      : this.participantsByConnectionPoint.load(cp.id);
  }

  readonly participantById = this.by<Participant | null>(async (ids) =>
    pickBy(ids, await this.services.participants.by('id', ids), (p) => p.id),
  );

  readonly participantsByMeeting = this.by<Participant[]>(async (ids) =>
    groupBy(ids, await this.services.participants.by('meetingId', ids), (p) => p.meetingId),
  );

  readonly participantsByConnectionPoint = this.by<Participant[]>(async (ids) =>
    groupBy(ids, await this.services.participants.by('connectionPointId', ids), (p) => p.connectionPointId),
  );

  readonly attendanceByMeeting = this.by<AttendanceCounts>((ids) =>
    this.services.participants.attendance('meetingId', ids),
  );

  readonly attendanceByConnectionPoint = this.by<AttendanceCounts>((ids) =>
    this.services.participants.attendance('connectionPointId', ids),
  );

  readonly plannedAttendanceByMeeting = this.by<number>((ids) =>
    this.services.participants.plannedAttendance(ids),
  );

  readonly agendaByMeeting = this.by<AgendaItem[]>(async (ids) =>
    groupBy(ids, await this.services.agenda.byMeetings(ids), (i) => i.meetingId),
  );

  readonly agendaItemById = this.by(async (ids) =>
    pickBy(ids, await this.services.agenda.byIds(ids), (i) => i.id),
  );

  readonly speechById = this.by(async (ids) =>
    pickBy(ids, await this.services.speeches.byIds(ids), (s) => s.id),
  );

  readonly speechesByItem = this.by<Speech[]>(async (ids) =>
    groupBy(ids, await this.services.speeches.byItems(ids), (s) => s.agendaItemId),
  );

  readonly queueByItem = this.by<Speech[]>(async (ids) =>
    groupBy(ids, await this.services.speeches.queuedByItems(ids), (s) => s.agendaItemId),
  );

  readonly speakingByMeeting = this.by(async (ids) =>
    pickBy(ids, await this.services.speeches.speakingByMeetings(ids), (s) => s.meetingId),
  );

  readonly explanationByQuestion = this.by(async (ids) =>
    pickBy(ids, await this.services.speeches.explanationsOf(ids), (s) => s.questionId as string),
  );

  readonly conclusionByMeeting = this.by<Conclusion | null>(async (ids) =>
    pickBy(ids, await this.services.conclusions.ofMeetings(ids), (c) => c.meetingId),
  );

  readonly minutesByMeeting = this.by<Minutes | null>(async (ids) =>
    pickBy(ids, await this.services.minutes.ofMeetings(ids), (m) => m.meetingId),
  );

  readonly noticeOfConclusion = this.by<Notice, Conclusion>((conclusions) =>
    this.services.notices.build(conclusions),
  );

  readonly directivesByConclusion = this.by<Directive[]>(async (ids) =>
    groupBy(ids, await this.services.directives.ofConclusions(ids), (d) => d.conclusionId),
  );

  readonly directivesByGroup = this.by<Directive[]>(async (ids) =>
    groupBy(ids, await this.services.directives.ofGroups(ids), (d) => d.groupId),
  );

  readonly progressByDirective = this.by<DirectiveProgress[]>(async (ids) =>
    groupBy(ids, await this.services.directives.progressOf(ids), (p) => p.directiveId),
  );

  readonly carriedOverByMeeting = this.by<Directive[]>((ids) =>
    this.services.directives.carriedOver(this.actor, ids),
  );

  readonly directiveCountsByMeeting = this.by<DirectiveTally | null>(async (ids) =>
    pickBy(ids, await this.services.directives.countsOfMeetings(ids), (c) => c.meetingId),
  );

  readonly reportRequestsByMeeting = this.by<ReportRequest[]>(async (ids) =>
    groupBy(ids, await this.services.reports.requestsOf(ids), (r) => r.meetingId),
  );

  readonly submissionsByReportRequest = this.by<ReportSubmission[]>(async (ids) =>
    groupBy(ids, await this.services.reports.submissionsOf(ids), (s) => s.requestId),
  );

  readonly filesBySubmission = this.by<StoredFile[]>(async (ids) =>
    groupBy(ids, await this.services.files.of('submissionId', ids), (f) => f.submissionId!),
  );

  readonly filesByAgendaItem = this.by<StoredFile[]>(async (ids) =>
    groupBy(ids, await this.services.files.of('agendaItemId', ids), (f) => f.agendaItemId!),
  );

  private readonly eventPages = new Map<string, DataLoader<string, MeetingEvent[]>>();

  /** The event log pages of meetings after `afterSeq`, `first` at most (one loader per page asked for). */
  eventsByMeeting(afterSeq: number, first: number): DataLoader<string, MeetingEvent[]> {
    const page = `${afterSeq}:${first}`;
    let loader = this.eventPages.get(page);
    if (!loader) {
      loader = this.by((ids) => this.services.live.eventPages(this.actor, ids, afterSeq, first));
      this.eventPages.set(page, loader);
    }
    return loader;
  }
}
