import { EntityManager, In } from 'typeorm';
import { compareVietnamese as byVietnamese } from '../common/vietnamese-text';
import { Actor } from '../auth/actor';
import { assertSeeMeeting } from '../access/reach-sql';
import { notFound } from '../common/errors';
import { assertId } from '../common/ids';
import { Database } from '../db/database';
import { ConnectionPoint, ConnectionPointRole } from '../connection-points/connection-point.entity';
import { Directive } from '../directives/directive.entity';
import { Meeting, MeetingFormat } from '../meetings/meeting.entity';
import { Participant, ParticipantRole } from '../participants/participant.entity';
import { Unit } from '../units/unit.entity';
import { fullNameOf } from '../units/unit-names';
import { agencyOf, lineageOf, unitsWithAncestors } from '../units/unit-lineage';
import { shortDate } from '../common/vietnam-dates';
import { capitalized, comrade, enumerate, meetingPhrase, placeAndDate } from '../documents/phrases';
import { Conclusion, ConclusionStatus } from './conclusion.entity';

/** The directives of the notice assigned to one unit. */
export class NoticeSection {
  unitId!: string;
  unitName!: string;
  directives!: Directive[];
}

/** Who signs the notice: for whom (KT./TL./TM./Q. …), their title and full name. */
export class NoticeSignature {
  authority!: string | null;
  title!: string;
  name!: string;
}

/**
 * The written notice of conclusions (Thông báo kết luận, Nghị định 30/2020/NĐ-CP Phụ lục I) as
 * structured data; notice-document.ts lays it out for every format.
 */
export class Notice {
  published!: boolean;
  /** The issuer's parent agency in full capitals ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"); null at the top. */
  parentAgency!: string | null;
  /** The issuing agency in full capitals ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI"). */
  issuer!: string | null;
  number!: string | null;
  place!: string | null;
  /** The signing date; null until published. */
  date!: Date | null;
  dateLine!: string;
  title!: string;
  subject!: string;
  opening!: string;
  body!: string;
  sections!: NoticeSection[];
  signer!: NoticeSignature | null;
  /** Nơi nhận, one recipient each, the archive line ("Lưu: VT") last. */
  recipients!: string[];
}

/** The document type of a notice (Phụ lục III: Thông báo, TB). */
export const NOTICE_TYPE = 'THÔNG BÁO';
/** The issuer's own archive copy: the last line of Nơi nhận, added when missing. */
export const ARCHIVE_LINE = 'Lưu: VT';

/** Where the notice of a meeting is downloaded (GET, with ?format=docx|pdf|html|md). */
export const noticePath = (meetingId: string): string => `/meetings/${meetingId}/notice`;

/** Ensures the archive line closes Nơi nhận. */
export function withArchiveLine(recipients: readonly string[]): string[] {
  return recipients.some((r) => /^lưu\b/iu.test(r)) ? [...recipients] : [...recipients, ARCHIVE_LINE];
}

const byIdIn = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** What one meeting's notice is built from, loaded for many meetings at once. */
type Sources = {
  meetings: Map<string, Meeting>;
  directives: Directive[];
  participants: Participant[];
  points: ConnectionPoint[];
  units: Map<string, Unit>;
};

async function sourcesOf(m: EntityManager, conclusions: readonly Conclusion[]): Promise<Sources> {
  const meetingIds = conclusions.map((c) => c.meetingId);
  const concluderIds = conclusions.flatMap((c) => (c.concludedById ? [c.concludedById] : []));
  const [meetings, directives, participants, points] = await Promise.all([
    m.find(Meeting, { where: { id: In(meetingIds) } }),
    // Insertion order: the order in which the directives were given.
    m.find(Directive, {
      where: { conclusionId: In(conclusions.map((c) => c.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    }),
    // The chairs (named in the opening) and who concluded.
    m.find(Participant, {
      where: [
        { meetingId: In(meetingIds), role: ParticipantRole.CHAIR },
        ...(concluderIds.length ? [{ id: In(concluderIds) }] : []),
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
    }),
    m.find(ConnectionPoint, {
      where: { meetingId: In(meetingIds) },
      select: { meetingId: true, unitId: true, role: true, name: true },
    }),
  ]);
  const unitIds = new Set(
    [
      ...meetings.flatMap((mt) => [mt.organizerId, mt.hostUnitId]),
      ...conclusions.map((c) => c.organizerId),
      ...directives.map((d) => d.assigneeUnitId),
      ...points.map((p) => p.unitId),
    ].filter((id): id is string => id !== null),
  );
  return {
    meetings: byIdIn(meetings),
    directives,
    participants,
    points,
    units: await unitsWithAncestors(m, unitIds),
  };
}

/** "Ngày …, <issuer> tổ chức Hội nghị … theo hình thức trực tuyến. Đồng chí … chủ trì. Tham dự có …". */
function openingOf(
  meeting: Meeting,
  issuer: Unit | undefined,
  chairs: Participant[],
  concluder: Participant | undefined,
  points: ConnectionPoint[],
  units: Map<string, Unit>,
): string {
  const held = meeting.startedAt ?? meeting.scheduledStart;
  const phrase = meetingPhrase(meeting.title);
  const sites = points.filter((p) => p.role === ConnectionPointRole.SITE).length;
  const host = points.find((p) => p.role === ConnectionPointRole.HOST);
  const how = {
    [MeetingFormat.ONLINE]: ` theo hình thức trực tuyến${sites ? ` từ điểm cầu chính đến ${sites} điểm cầu` : ''}`,
    [MeetingFormat.HYBRID]: ` theo hình thức trực tiếp kết hợp trực tuyến${sites ? ` với ${sites} điểm cầu` : ''}`,
    [MeetingFormat.IN_PERSON]: host ? ` tại ${host.name}` : '',
  }[meeting.format];
  const when = held ? `Ngày ${shortDate(held)}, ` : '';
  const sentences = [
    issuer
      ? `${when}${fullNameOf(issuer)} tổ chức ${phrase}${how}.`
      : `${capitalized(`${when}${phrase} được tổ chức${how}.`)}`,
  ];
  if (chairs.length) sentences.push(`${capitalized(enumerate(chairs.map(comrade)))} chủ trì Hội nghị.`);
  // The host's unit first, then the sites' in Vietnamese order.
  const nameOf = (p: ConnectionPoint) => units.get(p.unitId)!.name;
  const attending = [
    ...new Set([
      ...points.filter((p) => p.role === ConnectionPointRole.HOST).map(nameOf),
      ...points
        .filter((p) => p.role === ConnectionPointRole.SITE)
        .map(nameOf)
        .sort(byVietnamese),
    ]),
  ];
  if (attending.length) sentences.push(`Tham dự Hội nghị có đại biểu của ${enumerate(attending)}.`);
  sentences.push(
    `Sau khi nghe báo cáo và ý kiến phát biểu tại Hội nghị, ${concluder ? comrade(concluder) : 'chủ trì Hội nghị'} kết luận như sau:`,
  );
  return sentences.join(' ');
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

function noticeOf(c: Conclusion, s: Sources): Notice {
  const meeting = s.meetings.get(c.meetingId)!;
  const issuerUnit = s.units.get(c.organizerId ?? meeting.organizerId ?? meeting.hostUnitId ?? '');
  const lineage = lineageOf(s.units, issuerUnit);
  const parent = lineage[1];
  const agency = agencyOf(lineage);
  const published = c.status === ConclusionStatus.PUBLISHED;
  const place = published ? c.noticePlace : agency.place;
  const sections = sectionsOf(
    s.directives.filter((d) => d.conclusionId === c.id),
    s.units,
  );
  const points = s.points.filter((p) => p.meetingId === c.meetingId);
  const chairs = s.participants.filter(
    (p) => p.meetingId === c.meetingId && p.role === ParticipantRole.CHAIR,
  );
  // Who concluded; else the (first) chair, who concludes a briefing unless another is named.
  const concluder = s.participants.find((p) => p.id === c.concludedById) ?? chairs[0];
  const phrase = meetingPhrase(meeting.title);
  const others = points
    .filter((p) => p.unitId !== issuerUnit?.id)
    .map((p) => s.units.get(p.unitId)!.name)
    .sort(byVietnamese);
  const defaultRecipients = [
    ...(parent ? [`${parent.name} (để báo cáo)`] : []),
    ...new Set([...sections.map((sec) => sec.unitName), ...others]),
  ];
  return Object.assign(new Notice(), {
    published,
    parentAgency: agency.parentAgency,
    issuer: agency.agency,
    number: c.noticeNumber,
    place,
    date: c.signedAt,
    dateLine: placeAndDate(place, c.signedAt),
    title: NOTICE_TYPE,
    subject: concluder ? `Kết luận của ${comrade(concluder)} tại ${phrase}` : `Kết luận ${phrase}`,
    opening: openingOf(meeting, issuerUnit, chairs, concluder, points, s.units),
    body: c.text,
    sections,
    signer:
      published && c.signerTitle && c.signerName
        ? Object.assign(new NoticeSignature(), {
            authority: c.signerAuthority,
            title: c.signerTitle,
            name: c.signerName,
          })
        : null,
    recipients: withArchiveLine(c.recipients ?? defaultRecipients),
  });
}

/**
 * The notices of conclusions as they stand (drafts with the defaults: the issuer's place, the
 * usual recipients), in a bounded number of queries; also used in the publishing command.
 */
export async function noticesOf(m: EntityManager, conclusions: readonly Conclusion[]): Promise<Notice[]> {
  if (conclusions.length === 0) return [];
  const sources = await sourcesOf(m, conclusions);
  return conclusions.map((c) => noticeOf(c, sources));
}

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
    return this.db.read((m) => noticesOf(m, conclusions));
  }
}
