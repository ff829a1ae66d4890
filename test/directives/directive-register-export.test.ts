import ExcelJS from 'exceljs';
import { startTestServer, TestServer } from '../support/server';
import { addDirective, concludedMeeting, report } from '../support/conclusions';
import { unit, user } from '../support/factories';

const DAY = 24 * 3600 * 1000;
const HEADERS = [
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
];

/** The wall-clock time of `at` in Vietnam, as `YYYY-MM-DDTHH:mm`. */
const vietnamTime = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  })
    .format(at)
    .replace(' ', 'T');

describe('GET /directives/export?format=xlsx: the register of directives, one row per unit', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  async function exported(token: string, query = '') {
    const res = await fetch(`http://127.0.0.1:${t.server.port}/directives/export?format=xlsx${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push(HEADERS.map((_, i) => row.getCell(i + 1).value ?? null));
    });
    return rows;
  }

  it('lists what the caller sees, its cells in Vietnamese, times of Hà Nội, units in Vietnamese order', async () => {
    // 18:00 UTC is 01:00 the next day in Vietnam: the dates must be Vietnam's.
    const start = new Date(Date.UTC(2031, 5, 9, 18, 0));
    const m = await concludedMeeting(t, { scheduledStart: start });
    const names = ['VKSND huyện Sơn Hòa', 'VKSND huyện Đức Phổ', 'VKSND huyện Ba Tơ'];
    const [sonHoa, ducPho, baTo] = await Promise.all(
      names.map((n) => unit(t, n, { parentId: m.organizerId, exact: true })),
    );
    const deadline = new Date(Math.ceil((Date.now() + 10 * DAY) / 60_000) * 60_000);
    const task = 'Rà soát, báo cáo các vụ án tạm đình chỉ quá hạn';
    await addDirective(t, m.host.token, {
      meetingId: m.meetingId,
      assigneeUnitIds: [sonHoa, ducPho, baTo],
      task,
      deadline,
      assigneePerson: 'Đ/c Trưởng phòng 7',
    });
    const later = await addDirective(t, m.host.token, {
      meetingId: m.meetingId,
      assigneeUnitId: sonHoa,
      task: 'Tổ chức tập huấn kỹ năng tranh tụng',
    });
    const rows = (
      await t.ok(
        'query($id: ID!) { directives(filter: { meetingId: $id }, first: 10) { edges { node { id assigneeUnitId } } } }',
        { id: m.meetingId },
        m.host.token,
      )
    ).directives.edges.map((e: any) => e.node);
    const ofUnit = (unitId: string) =>
      rows.find((d: any) => d.id !== later.id && d.assigneeUnitId === unitId).id;
    await report(t, m.host.token, ofUnit(ducPho), 'IN_PROGRESS', 'Đã rà soát 12/20 vụ');
    // Another organizer's meeting (with no date: first in the register), left out by the filter.
    const other = await concludedMeeting(t, { title: 'Giao ban tháng của đơn vị khác' });
    await addDirective(t, other.host.token, {
      meetingId: other.meetingId,
      assigneeUnitId: other.organizerId,
    });

    const sheet = await exported(m.host.token, `&organizerId=${m.organizerId}`);
    const title = 'Giao ban tháng 4/2022';
    const organizer = (
      await t.ok(
        'query($id: ID!) { meeting(id: $id) { organizer { name } } }',
        { id: m.meetingId },
        m.host.token,
      )
    ).meeting.organizer.name;
    const at = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 16) : value);
    // The meeting's columns, then the directive's: task, unit, person, deadline, status, progress, done, overdue.
    const meetingCells = [title, vietnamTime(start), organizer];
    const person = 'Đ/c Trưởng phòng 7';
    const due = vietnamTime(deadline);
    expect(sheet.map((r) => r.map(at))).toEqual([
      HEADERS,
      [1, ...meetingCells, task, 'VKSND huyện Ba Tơ', person, due, 'Chưa thực hiện', null, null, null],
      [
        2,
        ...meetingCells,
        task,
        'VKSND huyện Đức Phổ',
        person,
        due,
        'Đang thực hiện',
        'Đã rà soát 12/20 vụ',
        null,
        null,
      ],
      [3, ...meetingCells, task, 'VKSND huyện Sơn Hòa', person, due, 'Chưa thực hiện', null, null, null],
      [4, ...meetingCells, later.task, 'VKSND huyện Sơn Hòa', null, null, 'Chưa thực hiện', null, null, null],
    ]);
    expect(vietnamTime(start)).toBe('2031-06-10T01:00');

    // Filtered by status and by organizer.
    const inProgress = await exported(m.host.token, '&status=IN_PROGRESS');
    expect(inProgress.slice(1).map((r) => r[5])).toEqual(['VKSND huyện Đức Phổ']);
    const all = await exported(m.host.token);
    expect(all.slice(1).map((r) => [r[0], r[1]])).toEqual([
      [1, 'Giao ban tháng của đơn vị khác'],
      ...[2, 3, 4, 5].map((n) => [n, title]),
    ]);
    // A host of a unit with none of these meetings gets the headers alone.
    const outsider = await user(t, 'HOST', { unitId: await unit(t, 'VKSND huyện Lý Sơn') });
    expect(await exported(outsider.token)).toEqual([HEADERS]);
  });
});
