import { LoggedEvent, Point, Replay } from '../minutes/meeting-replay';
import { SpeechKind } from '../speeches/speech.entity';

/** One agenda item as planned and as held (times from its STARTED and COMPLETED events). */
export type ItemTiming = {
  agendaItemId: string;
  position: number;
  title: string;
  plannedMinutes: number | null;
  startedAt: Date | null;
  endedAt: Date | null;
  actualSeconds: number | null;
  skipped: boolean;
};
type PerPoint = { connectionPointId: string; name: string };
export type PointSpeaking = PerPoint & { speeches: number; seconds: number };
export type KindSpeaking = { kind: string; speeches: number; seconds: number };
/** The point's delegates by attendance; `late` are present ones who checked in after the start. */
export type PointAttendance = PerPoint & {
  expected: number;
  present: number;
  late: number;
  absent: number;
  excused: number;
};
export type PointConnection = PerPoint & { lostEpisodes: number; lostSeconds: number };

/** The meeting report's figures, for integrators and the charts (report-charts.ts). */
export type MeetingReportData = {
  meetingId: string;
  title: string;
  startedAt: Date | null;
  endedAt: Date | null;
  agenda: ItemTiming[];
  speakingByPoint: PointSpeaking[];
  speakingByKind: KindSpeaking[];
  attendance: PointAttendance[];
  connection: PointConnection[];
};

const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 1000);

/**
 * The report of a meeting from its event log: planned against actual time per agenda item, speaking
 * time per connection point and per kind, attendance and losses of connection per point. A loss
 * still open counts up to the end of the meeting, or to `now` while it goes on.
 */
export function meetingReport(
  meeting: { id: string; title: string },
  events: readonly LoggedEvent[],
  unitNames: ReadonlyMap<string, string>,
  now: Date,
): MeetingReportData {
  const r = new Replay(events);
  const points = r.orderedPoints(unitNames);
  const named = (p: Point): PerPoint => ({ connectionPointId: p.id, name: r.unitOf(p.id, unitNames) });
  const talks = r.givenTalks().map((t) => ({ ...t, seconds: Math.round(r.spokenSeconds(t) ?? 0) }));
  const people = [...r.people.values()];
  const until = r.endedAt ?? now;

  const agenda = r.orderedItems().map((item): ItemTiming => {
    const times = r.itemTimes.get(item.id) ?? {};
    return {
      agendaItemId: item.id,
      position: item.position,
      title: item.title,
      plannedMinutes: item.plannedMinutes,
      startedAt: times.start ?? null,
      endedAt: times.end ?? null,
      actualSeconds: times.start && times.end ? seconds(times.start, times.end) : null,
      skipped: !!times.skipped,
    };
  });
  const tally = (own: { seconds: number }[]) => ({
    speeches: own.length,
    seconds: own.reduce((s, t) => s + t.seconds, 0),
  });
  const speakingByPoint = points.map((p): PointSpeaking => ({
    ...named(p),
    ...tally(talks.filter((t) => t.connectionPointId === p.id)),
  }));
  const kinds = Object.values(SpeechKind).filter((kind) => talks.some((t) => t.kind === kind));
  const speakingByKind = kinds.map((kind): KindSpeaking => ({
    kind,
    ...tally(talks.filter((t) => t.kind === kind)),
  }));
  const attendance = points.map((p): PointAttendance => {
    const here = people.filter((x) => x.connectionPointId === p.id);
    const count = (attendance: string) => here.filter((x) => x.attendance === attendance).length;
    return {
      ...named(p),
      expected: here.length,
      present: count('PRESENT'),
      late: here.filter((x) => r.isLate(x)).length,
      absent: count('ABSENT'),
      excused: count('EXCUSED'),
    };
  });
  const connection = points.map((p): PointConnection => {
    const o = r.outages.get(p.id);
    const open = o?.lostSince ? seconds(o.lostSince, until) : 0;
    return {
      ...named(p),
      lostEpisodes: o?.episodes ?? 0,
      lostSeconds: Math.round((o?.lostMs ?? 0) / 1000) + open,
    };
  });
  return {
    meetingId: meeting.id,
    title: meeting.title,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    agenda,
    speakingByPoint,
    speakingByKind,
    attendance,
    connection,
  };
}
