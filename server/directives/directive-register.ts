import { In } from 'typeorm';
import { Actor } from '../auth/actor';
import { compareVietnamese } from '../common/vietnamese-text';
import { vietnamWallClock } from '../common/vietnam-dates';
import { Database } from '../db/database';
import { Meeting } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';
import { Directive, DirectiveProgress, DirectiveStatus } from './directive.entity';
import { DirectiveQuery, DirectiveService } from './directive.service';

/** The most rows of one register: a province's directives of several years. */
export const REGISTER_MAX_ROWS = 10_000;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The columns, as the office's follow-up register names them. */
export const REGISTER_HEADERS = [
  'STT',
  'Cuộc họp',
  'Ngày họp',
  'Đơn vị chủ trì',
  'Nội dung chỉ đạo',
  'Đơn vị thực hiện',
  'Người thực hiện',
  'Hạn hoàn thành',
  'Trạng thái',
  'Tiến độ',
  'Ngày hoàn thành',
  'Quá hạn',
] as const;

const STATUS_LABELS: Record<DirectiveStatus, string> = {
  [DirectiveStatus.OPEN]: 'Chưa thực hiện',
  [DirectiveStatus.IN_PROGRESS]: 'Đang thực hiện',
  [DirectiveStatus.DONE]: 'Đã hoàn thành',
};

/** Excel dates carry no time zone (a cell shows its UTC fields): the office reads the time of Hà Nội. */
const inVietnam = (at: Date | null): Date | null => (at ? vietnamWallClock(at) : null);

/** One row: a directive (one per assignee unit) with what the office reads beside it. */
type RegisterRow = {
  directive: Directive;
  meeting: Meeting | undefined;
  organizer: string;
  unit: string;
  /** The last progress report or host's note, if any. */
  progress: string | undefined;
};

/**
 * The register of directives (sổ theo dõi ý kiến chỉ đạo) as an .xlsx workbook: every directive the
 * actor sees that the filter admits, one row per directive and assignee unit, by meeting date, then
 * in the order given, then by unit in Vietnamese order.
 */
export class DirectiveRegister {
  constructor(
    private readonly db: Database,
    private readonly directives: DirectiveService,
  ) {}

  async xlsx(actor: Actor | null, filter: DirectiveQuery): Promise<Buffer> {
    const rows = await this.rows(actor, filter);
    // exceljs takes about 0.4 s to load: loaded by the first export, not by every process that starts.
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sổ theo dõi chỉ đạo', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = REGISTER_HEADERS.map((header, i) => ({
      header,
      width: [6, 40, 12, 28, 60, 28, 20, 12, 16, 40, 12, 8][i],
    }));
    sheet.getRow(1).font = { bold: true };
    rows.forEach((r, i) => {
      const d = r.directive;
      sheet.addRow([
        i + 1,
        r.meeting?.title ?? null,
        inVietnam(r.meeting?.scheduledStart ?? null),
        r.organizer,
        d.task,
        r.unit,
        d.assigneePerson,
        inVietnam(d.deadline),
        STATUS_LABELS[d.status],
        r.progress ?? null,
        inVietnam(d.completedAt),
        this.directives.isOverdue(d) ? 'Có' : null,
      ]);
    });
    for (const column of [3, 8, 11]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
    sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  private async rows(actor: Actor | null, filter: DirectiveQuery): Promise<RegisterRow[]> {
    const directives = await this.directives.allOf(actor, filter, REGISTER_MAX_ROWS);
    if (!directives.length) return [];
    const meetingIds = [...new Set(directives.map((d) => d.meetingId))];
    const { meetings, units, progress } = await this.db.read(async (m) => {
      const meetings = await m.find(Meeting, { where: { id: In(meetingIds) } });
      const unitIds = new Set(directives.map((d) => d.assigneeUnitId));
      meetings.forEach((x) => x.organizerId && unitIds.add(x.organizerId));
      return {
        meetings,
        units: await m.find(Unit, { where: { id: In([...unitIds]) }, select: { id: true, name: true } }),
        progress: await m.find(DirectiveProgress, {
          where: { directiveId: In(directives.map((d) => d.id)) },
          order: { reportedAt: 'ASC', createdAt: 'ASC', id: 'ASC' },
        }),
      };
    });
    const meetingOf = new Map(meetings.map((x) => [x.id, x]));
    const nameOf = new Map(units.map((u) => [u.id, u.name]));
    const lastNote = new Map(progress.map((p) => [p.directiveId, p.note]));
    const rows = directives.map((directive) => {
      const meeting = meetingOf.get(directive.meetingId);
      return {
        directive,
        meeting,
        organizer: (meeting?.organizerId && nameOf.get(meeting.organizerId)) || '',
        unit: nameOf.get(directive.assigneeUnitId) ?? '',
        progress: lastNote.get(directive.id),
      };
    });
    const time = (at: Date | null | undefined) => at?.getTime() ?? 0;
    // A directive given to several units at once: its rows stay together, its units in order.
    const given = new Map<string, number>();
    for (const d of directives)
      given.set(d.groupId, Math.min(given.get(d.groupId) ?? Infinity, time(d.createdAt)));
    const givenAt = (d: Directive) => given.get(d.groupId)!;
    return rows.sort(
      (a, b) =>
        time(a.meeting?.scheduledStart) - time(b.meeting?.scheduledStart) ||
        compareVietnamese(a.meeting?.title ?? '', b.meeting?.title ?? '') ||
        givenAt(a.directive) - givenAt(b.directive) ||
        a.directive.groupId.localeCompare(b.directive.groupId) ||
        compareVietnamese(a.unit, b.unit) ||
        a.directive.id.localeCompare(b.directive.id),
    );
  }
}
