import { EntityManager, In } from 'typeorm';
import { compareVietnamese } from '../common/vietnamese-text';
import { MeetingEventType as E } from '../events/event-type';
import { MeetingEventRecord } from '../events/meeting-event.entity';
import { Unit } from '../units/unit.entity';

/**
 * The meeting as it happened, replayed from its event log: each row's type, time and the stored
 * snapshot of its subject (the columns as JSON). Only the rows are read, not today's tables, so the
 * minutes and the report stay true to the meeting after later edits.
 */
export type LoggedEvent = { type: string; at: Date; subjectType: string; subjectId: string; subject: string };

export type Point = { id: string; unitId: string; role: string; name: string; location: string | null };
export type Person = {
  id: string;
  connectionPointId: string;
  name: string;
  position: string | null;
  role: string;
  attendance: string;
  checkedInAt: string | null;
  absenceReason: string | null;
};
export type Item = { id: string; position: number; title: string; plannedMinutes: number | null };
export type Talk = {
  id: string;
  agendaItemId: string;
  participantId: string | null;
  speakerName: string | null;
  connectionPointId: string;
  kind: string;
  topic: string | null;
  spokenSeconds: number | null;
  pausedMs: number;
  questionId: string | null;
};
type Directive = { id: string; assigneeUnitId: string; task: string; deadline: string | null };
/** A connection point's losses while the meeting was held: how many, their time, the one still open. */
export type Outage = { episodes: number; lostMs: number; lostSince: Date | null };

/** The last snapshot of each subject, and when things happened. */
export class Replay {
  readonly points = new Map<string, Point>();
  readonly people = new Map<string, Person>();
  readonly items = new Map<string, Item>();
  readonly talks = new Map<string, Talk>();
  readonly directives = new Map<string, Directive>();
  conclusion: string | null = null;
  startedAt: Date | null = null;
  endedAt: Date | null = null;
  readonly itemTimes = new Map<string, { start?: Date; end?: Date; skipped?: boolean }>();
  readonly talkTimes = new Map<string, { start?: Date; end?: Date }>();
  readonly outages = new Map<string, Outage>();

  constructor(events: readonly LoggedEvent[]) {
    for (const e of events) this.apply(e);
  }

  private apply(e: LoggedEvent): void {
    const subject = JSON.parse(e.subject) as Record<string, unknown>;
    const keep = <T>(map: Map<string, T>, removed: boolean) =>
      removed ? map.delete(e.subjectId) : map.set(e.subjectId, subject as T);
    switch (e.subjectType) {
      case 'Meeting':
        if (e.type === E.MEETING_STARTED) this.startedAt ??= e.at;
        if (e.type === E.MEETING_ENDED) this.endedAt = e.at;
        break;
      case 'ConnectionPoint':
        keep(this.points, e.type === E.CONNECTION_POINT_REMOVED);
        this.trackPresence(e);
        break;
      case 'Participant':
        keep(this.people, e.type === E.PARTICIPANT_REMOVED);
        break;
      case 'AgendaItem':
        keep(this.items, e.type === E.AGENDA_ITEM_REMOVED);
        this.timeItem(e);
        break;
      case 'Speech':
        keep(this.talks, false);
        if (e.type === E.SPEECH_STARTED) this.talkTimes.set(e.subjectId, { start: e.at });
        if (e.type === E.SPEECH_ENDED)
          this.talkTimes.set(e.subjectId, { ...this.talkTimes.get(e.subjectId), end: e.at });
        break;
      case 'Conclusion':
        this.conclusion = String(subject.text);
        break;
      case 'Directive':
        keep(this.directives, false);
        break;
    }
  }

  private timeItem(e: LoggedEvent): void {
    const times = this.itemTimes.get(e.subjectId) ?? {};
    if (e.type === E.AGENDA_ITEM_STARTED) times.start ??= e.at;
    if (e.type === E.AGENDA_ITEM_COMPLETED) times.end = e.at;
    if (e.type === E.AGENDA_ITEM_SKIPPED) times.skipped = true;
    this.itemTimes.set(e.subjectId, times);
  }

  /** A loss counts from SITE_LOST to the next SITE_CONNECTED; screens closing after the end are no loss. */
  private trackPresence(e: LoggedEvent): void {
    if (e.type !== E.SITE_LOST && e.type !== E.SITE_CONNECTED) return;
    const outage = this.outages.get(e.subjectId) ?? { episodes: 0, lostMs: 0, lostSince: null };
    if (e.type === E.SITE_LOST && !outage.lostSince && !this.endedAt) {
      outage.episodes += 1;
      outage.lostSince = e.at;
    }
    if (e.type === E.SITE_CONNECTED && outage.lostSince) {
      outage.lostMs += e.at.getTime() - outage.lostSince.getTime();
      outage.lostSince = null;
    }
    this.outages.set(e.subjectId, outage);
  }

  /** The unit a connection point stands for, by name (`unitNames` from the units tree), else the point's name. */
  unitOf(pointId: string, unitNames: ReadonlyMap<string, string>): string {
    const point = this.points.get(pointId);
    return point ? (unitNames.get(point.unitId) ?? point.name) : '';
  }

  /** The host point first, then the sites in the Vietnamese order of their units' names. */
  orderedPoints(unitNames: ReadonlyMap<string, string>): Point[] {
    const points = [...this.points.values()];
    const unit = (p: Point) => this.unitOf(p.id, unitNames);
    return [
      ...points.filter((p) => p.role === 'HOST'),
      ...points.filter((p) => p.role === 'SITE').sort((a, b) => compareVietnamese(unit(a), unit(b))),
    ];
  }

  /** Agenda items in their order. */
  orderedItems(): Item[] {
    return [...this.items.values()].sort((a, b) => a.position - b.position);
  }

  /** Speeches that were given (started), in the order they were logged. */
  givenTalks(): Talk[] {
    return [...this.talks.values()].filter((t) => this.talkTimes.get(t.id)?.start);
  }

  /** A given speech's time on the floor in seconds (pauses left out); null while it goes on. */
  spokenSeconds(t: Talk): number | null {
    const { start, end } = this.talkTimes.get(t.id) ?? {};
    if (t.spokenSeconds !== null) return t.spokenSeconds;
    return start && end ? (end.getTime() - start.getTime() - t.pausedMs) / 1000 : null;
  }

  /** Present, but checked in after the meeting started. */
  isLate(p: Person): boolean {
    return (
      p.attendance === 'PRESENT' &&
      !!this.startedAt &&
      !!p.checkedInAt &&
      Date.parse(p.checkedInAt) > this.startedAt.getTime()
    );
  }
}

/** The units the logged connection points and directives name, to be looked up in the units tree. */
function unitIdsOf(events: readonly LoggedEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) {
    if (e.subjectType !== 'ConnectionPoint' && e.subjectType !== 'Directive') continue;
    const subject = JSON.parse(e.subject) as { unitId?: string; assigneeUnitId?: string };
    const id = subject.unitId ?? subject.assigneeUnitId;
    if (id) ids.add(id);
  }
  return ids;
}

/** A meeting's event log, and the names of the units it names (reference data, not part of the record). */
export async function readLog(
  m: EntityManager,
  meetingId: string,
): Promise<{ events: LoggedEvent[]; unitNames: Map<string, string> }> {
  const events = await m.find(MeetingEventRecord, {
    where: { meetingId },
    order: { seq: 'ASC' },
    select: { type: true, at: true, subjectType: true, subjectId: true, subject: true },
  });
  const ids = [...unitIdsOf(events)];
  const units = ids.length ? await m.find(Unit, { where: { id: In(ids) } }) : [];
  return { events, unitNames: new Map(units.map((u) => [u.id, u.name])) };
}
