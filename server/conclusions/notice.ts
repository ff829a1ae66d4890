import { EntityManager, In } from 'typeorm';
import { compareVietnamese } from '../common/vietnamese-text';
import { Actor } from '../auth/actor';
import { assertSeeMeeting } from '../access/reach-sql';
import { notFound } from '../common/errors';
import { assertId } from '../common/ids';
import { Database } from '../db/database';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Directive } from '../directives/directive.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Participant } from '../participants/participant.entity';
import { Unit } from '../units/unit.entity';
import { Conclusion, ConclusionStatus } from './conclusion.entity';

/** The directives of the notice assigned to one unit. */
export class NoticeSection {
  unitId!: string;
  unitName!: string;
  directives!: Directive[];
}

/** The written notice of conclusions (Thông báo kết luận), as structured data; rendered by notice-render.ts. */
export class Notice {
  published!: boolean;
  issuer!: string | null;
  number!: string | null;
  place!: string | null;
  date!: Date | null;
  dateLine!: string;
  title!: string;
  subject!: string;
  body!: string;
  sections!: NoticeSection[];
  recipients!: string[];
}

/** Vietnam keeps UTC+7 all year: a notice is dated by the calendar there. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

export function vietnamDate(at: Date): { day: number; month: number; year: number } {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return { day: local.getUTCDate(), month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

/** Administrative dates write a day below 10 and the months 1 and 2 with a leading zero (ngày 05 tháng 01). */
export function dayAndMonth(at: Date): { day: string; month: string; year: number } {
  const { day, month, year } = vietnamDate(at);
  return { day: String(day).padStart(2, '0'), month: month < 3 ? `0${month}` : String(month), year };
}

/**
 * The place of issue, from the issuer's name: what follows its administrative word ("VKSND tỉnh
 * Quảng Ngãi" → "Quảng Ngãi", "VKSND cấp cao tại Đà Nẵng" → "Đà Nẵng"); the supreme procuracy
 * is in Hà Nội; otherwise none.
 */
export function placeOf(unitName: string): string | null {
  if (/tối cao/iu.test(unitName)) return 'Hà Nội';
  return /(?:^|\s)(?:tỉnh|thành phố|thị xã|huyện|quận|tại)\s+(\S.*)$/iu.exec(unitName.trim())?.[1] ?? null;
}

function dateLineOf(place: string | null, at: Date | null): string {
  const { day, month, year } = at ? dayAndMonth(at) : { day: '…', month: '…', year: '…' };
  const date = `ngày ${day} tháng ${month} năm ${year}`;
  return place ? `${place}, ${date}` : date[0].toUpperCase() + date.slice(1);
}

/** "tại Hội nghị …": the meeting's title, named a conference when it does not say so itself. */
function meetingPhrase(title: string): string {
  if (/^hội nghị/iu.test(title)) return title;
  return `Hội nghị ${title[0].toLocaleLowerCase('vi')}${title.slice(1)}`;
}

function concluderOf(p: Participant | undefined): string {
  if (!p) return 'chủ trì';
  return p.position ? `đồng chí ${p.name}, ${p.position}` : `đồng chí ${p.name}`;
}

const byIdIn = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** Builds notices from their conclusions, for many at once in a bounded number of queries. */
export class NoticeService {
  constructor(private readonly db: Database) {}

  /** The notice of a meeting the actor may see (the HTTP document); NOT_FOUND without a conclusion. */
  async ofMeeting(actor: Actor | null, meetingId: string): Promise<Notice> {
    assertId('id', meetingId);
    await assertSeeMeeting(this.db, actor, meetingId);
    const conclusion = await this.db.read((m) => m.findOne(Conclusion, { where: { meetingId } }));
    if (!conclusion) throw notFound('Notice of meeting', meetingId);
    const [notice] = await this.build([conclusion]);
    return notice;
  }

  async build(conclusions: readonly Conclusion[]): Promise<Notice[]> {
    if (conclusions.length === 0) return [];
    return this.db.read((m) => this.noticesOf(m, conclusions));
  }

  private async noticesOf(m: EntityManager, conclusions: readonly Conclusion[]): Promise<Notice[]> {
    const meetingIds = conclusions.map((c) => c.meetingId);
    const concluderIds = conclusions.flatMap((c) => (c.concludedById ? [c.concludedById] : []));
    const [meetings, directives, concluders, points] = await Promise.all([
      m.find(Meeting, { where: { id: In(meetingIds) } }),
      // Insertion order: the order in which the directives were given.
      m.find(Directive, {
        where: { conclusionId: In(conclusions.map((c) => c.id)) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      concluderIds.length ? m.find(Participant, { where: { id: In(concluderIds) } }) : [],
      m.find(ConnectionPoint, {
        where: { meetingId: In(meetingIds) },
        select: { meetingId: true, unitId: true },
      }),
    ]);
    const meetingOf = byIdIn(meetings);
    const unitIds = new Set([
      ...meetings.flatMap((mt) => [mt.organizerId, mt.hostUnitId]),
      ...directives.map((d) => d.assigneeUnitId),
      ...points.map((p) => p.unitId),
    ]);
    unitIds.delete(null);
    const units = byIdIn(
      unitIds.size ? await m.find(Unit, { where: { id: In([...unitIds] as string[]) } }) : [],
    );
    const participants = byIdIn(concluders);
    return conclusions.map((c) => {
      const meeting = meetingOf.get(c.meetingId)!;
      const issuerUnit = units.get(c.organizerId ?? meeting.organizerId ?? meeting.hostUnitId ?? '');
      const place = issuerUnit ? placeOf(issuerUnit.name) : null;
      const sections = sectionsOf(
        directives.filter((d) => d.conclusionId === c.id),
        units,
      );
      const others = points
        .filter((p) => p.meetingId === c.meetingId && p.unitId !== issuerUnit?.id)
        .map((p) => units.get(p.unitId)!.name)
        .sort(compareVietnamese);
      return Object.assign(new Notice(), {
        published: c.status === ConclusionStatus.PUBLISHED,
        issuer: issuerUnit ? issuerUnit.name.toLocaleUpperCase('vi') : null,
        number: c.noticeNumber,
        place,
        date: c.publishedAt,
        dateLine: dateLineOf(place, c.publishedAt),
        title: 'THÔNG BÁO KẾT LUẬN',
        subject: `của ${concluderOf(participants.get(c.concludedById ?? ''))} tại ${meetingPhrase(meeting.title)}`,
        body: c.text,
        sections,
        recipients: [...new Set([...sections.map((s) => s.unitName), ...others])],
      });
    });
  }
}

/** Directives grouped per assignee unit, in the order each unit was first given a task. */
function sectionsOf(directives: Directive[], units: Map<string, Unit>): NoticeSection[] {
  const sections = new Map<string, NoticeSection>();
  for (const d of directives) {
    let section = sections.get(d.assigneeUnitId);
    if (!section) {
      const unitName = units.get(d.assigneeUnitId)!.name;
      section = Object.assign(new NoticeSection(), { unitId: d.assigneeUnitId, unitName, directives: [] });
      sections.set(d.assigneeUnitId, section);
    }
    section.directives.push(d);
  }
  return [...sections.values()];
}
