import { clockTime, shortDate } from '../common/vietnam-dates';
import { capitalized, comrade } from '../documents/phrases';
import { MeetingEventType as E } from '../events/event-type';

/**
 * The meeting as it happened, replayed from its event log: each row's type, time and the stored
 * snapshot of its subject (the columns as JSON). Only the rows are read, not today's tables, so the
 * minutes stay true to the meeting after later edits.
 */
export type LoggedEvent = { type: string; at: Date; subjectType: string; subjectId: string; subject: string };

type Point = { id: string; unitId: string; role: string; name: string; location: string | null };
type Person = {
  id: string;
  connectionPointId: string;
  name: string;
  position: string | null;
  role: string;
  attendance: string;
  checkedInAt: string | null;
  absenceReason: string | null;
};
type Item = { id: string; position: number; title: string; plannedMinutes: number | null };
type Talk = {
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

/** The last snapshot of each subject, and when things happened. */
class Replay {
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
}

/** The units the logged connection points and directives name, to be looked up in the units tree. */
export function unitIdsOf(events: readonly LoggedEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) {
    if (e.subjectType !== 'ConnectionPoint' && e.subjectType !== 'Directive') continue;
    const subject = JSON.parse(e.subject) as { unitId?: string; assigneeUnitId?: string };
    const id = subject.unitId ?? subject.assigneeUnitId;
    if (id) ids.add(id);
  }
  return ids;
}

const KIND_LABELS: Record<string, string> = {
  CONTRIBUTION: 'tham luận',
  COMMENT: 'phát biểu',
  REPORT: 'báo cáo',
  QUESTION: 'truy vấn',
  EXPLANATION: 'giải trình',
  DIRECTIVE: 'phát biểu chỉ đạo',
  CONCLUSION: 'kết luận',
};

function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return minutes ? `${minutes} phút${rest ? ` ${rest} giây` : ''}` : `${rest} giây`;
}

const byVietnamese = (a: string, b: string) => a.localeCompare(b, 'vi');

/**
 * The draft of the minutes (biên bản) as text, one paragraph a line: time and place, chair and
 * secretary, attendance per connection point, each agenda item with its actual times and its
 * speeches, questions with their explanations, the conclusion and the directives. `unitNames`
 * names the units (reference data, not part of the meeting's record).
 */
export function draftMinutesText(
  events: readonly LoggedEvent[],
  unitNames: ReadonlyMap<string, string>,
): string {
  const r = new Replay(events);
  const unitOf = (pointId: string) => {
    const point = r.points.get(pointId);
    return point ? (unitNames.get(point.unitId) ?? point.name) : '';
  };
  const people = [...r.people.values()];
  const named = (role: string) => people.filter((p) => p.role === role).map(comrade);
  const lines: string[] = [];

  const day = r.startedAt ? `ngày ${shortDate(r.startedAt)}` : '';
  const from = r.startedAt ? `từ ${clockTime(r.startedAt)}` : '';
  const to = r.endedAt ? ` đến ${clockTime(r.endedAt)}` : '';
  lines.push(`Thời gian: ${[`${from}${to}`, day].filter(Boolean).join(', ')}.`);
  const points = [...r.points.values()];
  const host = points.find((p) => p.role === 'HOST');
  const sites = points.filter((p) => p.role === 'SITE');
  if (host) {
    const where = host.location ? `${host.name} (${host.location})` : host.name;
    lines.push(`Địa điểm: ${where}${sites.length ? `, trực tuyến với ${sites.length} điểm cầu` : ''}.`);
  }
  const chairs = named('CHAIR');
  if (chairs.length) lines.push(`Chủ trì: ${chairs.join('; ')}.`);
  const secretaries = named('SECRETARY');
  if (secretaries.length) lines.push(`Thư ký: ${secretaries.join('; ')}.`);

  lines.push('I. THÀNH PHẦN THAM DỰ');
  for (const point of [
    ...(host ? [host] : []),
    ...sites.sort((a, b) => byVietnamese(unitOf(a.id), unitOf(b.id))),
  ]) {
    const here = people.filter((p) => p.connectionPointId === point.id);
    const present = here.filter((p) => p.attendance === 'PRESENT');
    const late = present.filter(
      (p) => r.startedAt && p.checkedInAt && Date.parse(p.checkedInAt) > r.startedAt.getTime(),
    );
    const away = (attendance: string, word: string) =>
      here
        .filter((p) => p.attendance === attendance)
        .map((p) => `${p.name}${p.absenceReason ? ` (${word}: ${p.absenceReason})` : ''}`);
    const parts = [`có mặt ${present.length}/${here.length}`];
    const excused = away('EXCUSED', 'lý do');
    const absent = away('ABSENT', 'lý do');
    if (excused.length) parts.push(`vắng có lý do: ${excused.join(', ')}`);
    if (absent.length) parts.push(`vắng: ${absent.join(', ')}`);
    if (late.length)
      parts.push(
        `đến muộn: ${late.map((p) => `${p.name} (${clockTime(new Date(p.checkedInAt!))})`).join(', ')}`,
      );
    const unit = unitOf(point.id);
    lines.push(`- ${point.name === unit ? unit : `${point.name} (${unit})`}: ${parts.join('; ')}.`);
  }

  lines.push('II. NỘI DUNG');
  const talks = [...r.talks.values()].filter((t) => r.talkTimes.get(t.id)?.start);
  /** Who spoke: the participant, else the name announced, else the unit's representative. */
  const speaker = (t: Talk) => {
    const person = t.participantId ? r.people.get(t.participantId) : undefined;
    const unit = unitOf(t.connectionPointId);
    if (person) return `${comrade(person)} (${unit})`;
    return t.speakerName ? `đồng chí ${t.speakerName} (${unit})` : `đại diện ${unit}`;
  };
  const spoken = (t: Talk) => {
    const { start, end } = r.talkTimes.get(t.id)!;
    const seconds = t.spokenSeconds ?? (end ? (end.getTime() - start!.getTime() - t.pausedMs) / 1000 : null);
    return seconds === null ? '' : ` (${duration(seconds)})`;
  };
  const items = [...r.items.values()].sort((a, b) => a.position - b.position);
  items.forEach((item, i) => {
    const times = r.itemTimes.get(item.id) ?? {};
    const when = times.skipped
      ? 'không thực hiện'
      : times.start
        ? `từ ${clockTime(times.start)}${times.end ? ` đến ${clockTime(times.end)}` : ''}`
        : 'chưa thực hiện';
    lines.push(`${i + 1}. ${item.title} (${when}).`);
    for (const t of talks.filter((x) => x.agendaItemId === item.id && x.kind !== 'EXPLANATION')) {
      lines.push(
        `- ${capitalized(speaker(t))}, ${KIND_LABELS[t.kind] ?? t.kind}${t.topic ? `: ${t.topic}` : ''}${spoken(t)}.`,
      );
      for (const answer of talks.filter((x) => x.questionId === t.id)) {
        lines.push(
          `- Giải trình: ${speaker(answer)}${answer.topic ? `: ${answer.topic}` : ''}${spoken(answer)}.`,
        );
      }
    }
  });

  if (r.conclusion) lines.push('III. KẾT LUẬN', ...r.conclusion.split('\n').filter((l) => l.trim()));
  const directives = [...r.directives.values()];
  if (directives.length) {
    lines.push('IV. Ý KIẾN CHỈ ĐẠO');
    for (const d of directives) {
      const deadline = d.deadline ? ` (thời hạn: ${shortDate(new Date(d.deadline))})` : '';
      lines.push(`- ${unitNames.get(d.assigneeUnitId) ?? ''}: ${d.task}${deadline}.`);
    }
  }
  if (r.endedAt) lines.push(`Hội nghị kết thúc vào lúc ${clockTime(r.endedAt)} cùng ngày.`);
  return lines.join('\n');
}
