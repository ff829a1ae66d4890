import { clockTime, shortDate } from '../common/vietnam-dates';
import { capitalized, comrade, duration, SPEECH_KIND_NAMES, timeHeld } from '../documents/phrases';
import { LoggedEvent, Replay, Talk } from './meeting-replay';

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
  const unitOf = (pointId: string) => r.unitOf(pointId, unitNames);
  const people = [...r.people.values()];
  const named = (role: string) => people.filter((p) => p.role === role).map(comrade);
  const lines: string[] = [];

  lines.push(timeHeld(r.startedAt, r.endedAt));
  const points = r.orderedPoints(unitNames);
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
  for (const point of points) {
    const here = people.filter((p) => p.connectionPointId === point.id);
    const present = here.filter((p) => p.attendance === 'PRESENT');
    const late = here.filter((p) => r.isLate(p));
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
  const talks = r.givenTalks();
  /** Who spoke: the participant, else the name announced, else the unit's representative. */
  const speaker = (t: Talk) => {
    const person = t.participantId ? r.people.get(t.participantId) : undefined;
    const unit = unitOf(t.connectionPointId);
    if (person) return `${comrade(person)} (${unit})`;
    return t.speakerName ? `đồng chí ${t.speakerName} (${unit})` : `đại diện ${unit}`;
  };
  const spoken = (t: Talk) => {
    const seconds = r.spokenSeconds(t);
    return seconds === null ? '' : ` (${duration(seconds)})`;
  };
  const items = r.orderedItems();
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
        `- ${capitalized(speaker(t))}, ${SPEECH_KIND_NAMES[t.kind] ?? t.kind}${t.topic ? `: ${t.topic}` : ''}${spoken(t)}.`,
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
