import { seedScenario, scenarios } from '../../server/seed/seed';
import { addDirective, draft, report } from '../support/conclusions';
import { lifecycle, REQUEST_TO_SPEAK, user } from '../support/factories';
import { upload } from '../support/files';
import { TestClock } from '../support/instruments';
import { connectedClient, record } from '../support/live';
import { startTestServer, TestServer } from '../support/server';

const SETUP = `query($id: ID!) { meeting(id: $id) { id title kind status version scheduledStart organizerId
  series { id title } previousMeeting { id }
  connectionPoints { id unitId role name hasAccessCode }
  participants { name position role connectionPoint { unitId } }
  agenda { position title kind plannedMinutes presenter { name } documents } } }`;
const FROM_SERIES = `mutation($input: CreateMeetingFromSeriesInput!) { createMeetingFromSeries(input: $input) { id title } }`;
const JOIN = `mutation($id: ID!) { joinMeeting(meetingId: $id) { token connectionPoint { id unitId } meeting { id } } }`;
const CARRIED = `query($id: ID!) { meeting(id: $id) { carriedOverDirectives { task status meetingId assigneeUnitId } } }`;
const GROUP = `query($id: ID!) { meeting(id: $id) { conclusion { directives { id assigneeUnitId groupId group { id } } } } }`;
const REQUEST_REPORTS = `mutation($input: RequestReportsInput!) { requestReports(input: $input) { id } }`;
const SUBMIT_REPORT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`;
const REPORTS = `query($id: ID!) { meeting(id: $id) { reportRequests {
  title deadline submissions { unitId late files { name } } missingUnits { id } } } }`;
const LIVE_REPORTS = `subscription($meetingId: ID!) { meetingLive(meetingId: $meetingId) {
  reportRequests { title deadline sent { unitId late } missingUnitIds } } }`;

/**
 * The Phú Yên monthly briefing (server/seed), run for three months from its series: July and
 * August made in one call each, the nine districts joining every month with their standing
 * accounts and sending their monthly reports (two late, one never), and June's open directives
 * still reviewed in August although July gave none.
 */
describe('the Phú Yên monthly briefing, month after month, from its series', () => {
  let t: TestServer;
  const clock = new TestClock('2026-06-20T01:00:00Z');
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('builds each month in one call, joins the sites with their standing accounts, carries June over', async () => {
    const admin = await t.adminToken();
    const { meetingId: june } = await seedScenario(
      (q, v) => t.ok(q, v, admin),
      scenarios['phu-yen-monthly-briefing'],
    );
    const seeded = (await t.ok(SETUP, { id: june }, admin)).meeting;
    const provinceId: string = seeded.organizerId;
    const host = await user(t, 'HOST', { name: 'Chánh Văn phòng', unitId: provinceId });
    await t.ok(
      'mutation($m: ID!, $u: ID!) { addMeetingHost(meetingId: $m, userId: $u) { id } }',
      { m: june, u: host.id },
      admin,
    );
    await t.ok(
      'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
      { input: { id: june, version: seeded.version, scheduledStart: '2026-06-25T00:30:00.000Z' } },
      host.token,
    );

    const created = await t.ok(
      `mutation($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) {
        id title cadence organizerId connectionPoints { unitId role name } participants { name pointUnitId }
        agenda { title presenter } } }`,
      {
        input: {
          title: 'Giao ban tháng VKSND tỉnh Phú Yên',
          kind: 'MONTHLY_BRIEFING',
          format: 'ONLINE',
          cadence: 'MONTHLY',
          organizerId: provinceId,
          hostUserIds: [host.id],
          fromMeetingId: june,
        },
      },
      host.token,
    );
    const series = created.createMeetingSeries;
    expect(series.connectionPoints).toHaveLength(10);
    expect(series.agenda.map((i: any) => i.presenter)).toEqual(
      scenarios['phu-yen-monthly-briefing'].agenda.map((i) => i.presenter ?? null),
    );

    // The nine districts' standing accounts: one SITE_OPERATOR user per unit, made once.
    const districts = seeded.connectionPoints.filter((cp: any) => cp.role === 'SITE');
    expect(districts).toHaveLength(9);
    const operators = new Map<string, string>();
    for (const cp of districts) {
      operators.set(
        cp.unitId,
        (await user(t, 'SITE_OPERATOR', { name: `Thư ký ${cp.name}`, unitId: cp.unitId })).token,
      );
    }
    const joinAll = async (meetingId: string) => {
      const sessions = new Map<string, string>();
      for (const [unitId, token] of operators) {
        const joined = (await t.ok(JOIN, { id: meetingId }, token)).joinMeeting;
        expect([joined.meeting.id, joined.connectionPoint.unitId]).toEqual([meetingId, unitId]);
        sessions.set(unitId, joined.token);
      }
      return sessions;
    };
    const unitNamed = (name: string): string => districts.find((cp: any) => cp.name.endsWith(name)).unitId;
    const [tuyAn, sonHoa, dongXuan, phuHoa] = ['Tuy An', 'Sơn Hòa', 'Đồng Xuân', 'Phú Hòa'].map(unitNamed);
    const [tuyHoa, songHinh, tayHoa] = ['Tuy Hòa', 'Sông Hinh', 'Tây Hòa'].map(unitNamed);

    /**
     * The month's reports before the briefing: asked of the nine districts by the 23rd, 17:00; six
     * send on time (Tuy Hòa with its spreadsheet), Sông Hinh and Tây Hòa on the 24th, Đồng Xuân
     * never. The host's view shows who has sent, who is late and who has not, and so does the host's
     * live screen. Leaves the clock on the 24th.
     */
    const collectReports = async (meetingId: string, month: string, sites: Map<string, string>) => {
      const screen = record(await connectedClient(t, host.token), LIVE_REPORTS, { meetingId });
      const title = `Báo cáo số liệu tháng ${Number(month)}/2026`;
      const deadline = `2026-${month}-23T10:00:00.000Z`;
      const asked = (
        await t.ok(
          REQUEST_REPORTS,
          { input: { meetingId, title, deadline, unitIds: [...sites.keys()] } },
          host.token,
        )
      ).requestReports;
      const send = (unitId: string, fileIds: string[] = []) =>
        t.ok(
          SUBMIT_REPORT,
          { input: { requestId: asked.id, text: `${title}: thụ lý 12 vụ, giải quyết 10 vụ`, fileIds } },
          sites.get(unitId),
        );
      const sheet = await upload(
        t,
        sites.get(tuyHoa)!,
        `Số liệu tháng ${Number(month)}.xlsx`,
        Buffer.from('PK…'),
      );
      const late = [songHinh, tayHoa];
      const onTime = [...sites.keys()].filter((u) => ![...late, dongXuan].includes(u));
      // A quarter of an hour apart, as the districts' offices send them.
      for (const unitId of onTime) {
        clock.advance(15 * 60);
        await send(unitId, unitId === tuyHoa ? [sheet.body.id] : []);
      }
      clock.set(`2026-${month}-24T01:00:00Z`);
      for (const unitId of late) {
        clock.advance(15 * 60);
        await send(unitId);
      }

      const sorted = (ids: string[]) => [...ids].sort();
      const [view] = (await t.ok(REPORTS, { id: meetingId }, host.token)).meeting.reportRequests;
      expect(view.title).toBe(title);
      expect(view.submissions.map((s: any) => s.unitId)).toEqual([...onTime, ...late]);
      expect(sorted(view.submissions.filter((s: any) => s.late).map((s: any) => s.unitId))).toEqual(
        sorted(late),
      );
      expect(view.submissions.find((s: any) => s.unitId === tuyHoa).files).toEqual([
        { name: `Số liệu tháng ${Number(month)}.xlsx` },
      ]);
      expect(view.missingUnits).toEqual([{ id: dongXuan }]);
      // Live: the last unit late arrives on the host's screen, with the rest.
      const shown = await screen.find(
        (live) => live.reportRequests[0]?.sent.length === onTime.length + late.length,
      );
      expect(shown.reportRequests).toEqual([
        {
          title,
          deadline,
          sent: view.submissions.map((s: any) => ({ unitId: s.unitId, late: s.late })),
          missingUnitIds: [dongXuan],
        },
      ]);
      screen.stop();
    };

    // June: the sites join and act for their points; four directives, one of them to two units.
    const juneSites = await joinAll(june);
    await collectReports(june, '06', juneSites);
    await lifecycle(t, host.token, june, 'start');
    const discussion = (await t.ok(SETUP, { id: june }, host.token)).meeting.agenda[1];
    const juneAgenda = await t.ok(
      'query($id: ID!) { meeting(id: $id) { agenda { id } } }',
      { id: june },
      host.token,
    );
    const tuyAnPoint = districts.find((cp: any) => cp.unitId === tuyAn).id;
    const raised = await t.ok(
      REQUEST_TO_SPEAK,
      {
        input: {
          agendaItemId: juneAgenda.meeting.agenda[1].id,
          connectionPointId: tuyAnPoint,
          kind: 'COMMENT',
        },
      },
      juneSites.get(tuyAn),
    );
    expect([discussion.kind, raised.requestToSpeak.status]).toEqual(['DISCUSSION', 'REQUESTED']);
    await draft(t, host.token, june, 'Viện trưởng kết luận giao ban tháng 6/2026');
    const deadline = '2026-09-30T10:00:00.000Z';
    const shared = await addDirective(t, host.token, {
      meetingId: june,
      assigneeUnitIds: [tuyAn, sonHoa],
      task: 'Giải quyết dứt điểm các vụ án tồn đọng quá hạn',
      deadline,
    });
    const dongXuanTask = await addDirective(t, host.token, {
      meetingId: june,
      assigneeUnitId: dongXuan,
      task: 'Rà soát các vụ án tạm đình chỉ',
      deadline,
    });
    const phuHoaTask = await addDirective(t, host.token, {
      meetingId: june,
      assigneeUnitId: phuHoa,
      task: 'Báo cáo số liệu án oan sai',
      deadline,
    });
    const given = (await t.ok(GROUP, { id: june }, host.token)).meeting.conclusion.directives;
    const groupId = given.find((d: any) => d.id === shared.id).groupId;
    const group = given.filter((d: any) => d.groupId === groupId);
    expect(group.map((d: any) => d.assigneeUnitId).sort()).toEqual([tuyAn, sonHoa].sort());
    expect(group[0].group.map((d: any) => d.id).sort()).toEqual(group.map((d: any) => d.id).sort());
    await lifecycle(t, host.token, june, 'end');

    // July: built in one call from the series; the same accounts join; no directives given.
    clock.set('2026-07-20T01:00:00Z');
    const july = (
      await t.ok(
        FROM_SERIES,
        { input: { seriesId: series.id, scheduledStart: '2026-07-27T00:30:00.000Z' } },
        host.token,
      )
    ).createMeetingFromSeries;
    expect(july.title).toBe('Giao ban tháng VKSND tỉnh Phú Yên (tháng 7/2026)');
    const julySetup = (await t.ok(SETUP, { id: july.id }, host.token)).meeting;
    const shape = (m: any) => ({
      points: m.connectionPoints.map((cp: any) => [cp.unitId, cp.role, cp.name]),
      people: m.participants,
      agenda: m.agenda,
    });
    expect(shape(julySetup)).toEqual(shape(seeded));
    expect(julySetup.connectionPoints.some((cp: any) => cp.hasAccessCode)).toBe(false);
    expect([julySetup.series.id, julySetup.previousMeeting.id, julySetup.status]).toEqual([
      series.id,
      june,
      'DRAFT',
    ]);
    await collectReports(july.id, '07', await joinAll(july.id));
    await lifecycle(t, host.token, july.id, 'start');
    await draft(t, host.token, july.id, 'Tháng 7: không có ý kiến chỉ đạo mới');
    await lifecycle(t, host.token, july.id, 'end');

    // Between the briefings: Tuy An reports DONE and the host reopens it; Phú Hòa's is accepted.
    const [tuyAnShare] = group.filter((d: any) => d.assigneeUnitId === tuyAn);
    await report(t, operators.get(tuyAn)!, tuyAnShare.id, 'DONE', 'Đã giải quyết xong');
    const reopened = await t.ok(
      'mutation($id: ID!, $r: String!) { reopenDirective(id: $id, reason: $r) { status completedAt progress { kind status note } } }',
      { id: tuyAnShare.id, r: 'Còn 02 vụ chưa giải quyết' },
      host.token,
    );
    expect(reopened.reopenDirective).toEqual({
      status: 'IN_PROGRESS',
      completedAt: null,
      progress: [
        { kind: 'REPORTED', status: 'DONE', note: 'Đã giải quyết xong' },
        { kind: 'REOPENED', status: 'IN_PROGRESS', note: 'Còn 02 vụ chưa giải quyết' },
      ],
    });
    await report(t, operators.get(phuHoa)!, phuHoaTask.id, 'DONE', 'Đã gửi báo cáo');
    await t.ok('mutation($id: ID!) { acceptDirective(id: $id) { id } }', { id: phuHoaTask.id }, host.token);

    // August: one call again; June's three open directives are reviewed, though July had none.
    clock.set('2026-08-20T01:00:00Z');
    const august = (
      await t.ok(
        FROM_SERIES,
        { input: { seriesId: series.id, scheduledStart: '2026-08-25T00:30:00.000Z' } },
        host.token,
      )
    ).createMeetingFromSeries;
    await collectReports(august.id, '08', await joinAll(august.id));
    const carried = (await t.ok(CARRIED, { id: august.id }, host.token)).meeting.carriedOverDirectives;
    // In the order they were given (the two shares of one directive in either order).
    const byUnit = (rows: any[]) =>
      [...rows].sort((a, b) => a.assigneeUnitId.localeCompare(b.assigneeUnitId));
    expect(byUnit(carried)).toEqual(
      byUnit([
        { task: shared.task, status: 'IN_PROGRESS', meetingId: june, assigneeUnitId: tuyAn },
        { task: shared.task, status: 'OPEN', meetingId: june, assigneeUnitId: sonHoa },
        { task: dongXuanTask.task, status: 'OPEN', meetingId: june, assigneeUnitId: dongXuan },
      ]),
    );
    expect(carried[2].assigneeUnitId).toBe(dongXuan);

    const listed = await t.ok(
      'query($id: ID!) { meetingSeries(id: $id) { meetings { totalCount edges { node { id previousMeeting { id } } } } } }',
      { id: series.id },
      host.token,
    );
    expect(
      listed.meetingSeries.meetings.edges.map((e: any) => [e.node.id, e.node.previousMeeting?.id ?? null]),
    ).toEqual([
      [august.id, july.id],
      [july.id, june],
      [june, null],
    ]);
    // A site's standing account sees the three meetings of its unit, and no more.
    const seen = await t.ok(
      'query { meetings(first: 100) { edges { node { id } } } }',
      {},
      operators.get(sonHoa),
    );
    expect(seen.meetings.edges.map((e: any) => e.node.id).sort()).toEqual([june, july.id, august.id].sort());
  }, 300_000); // some fifty requests, with ten sign-ins (scrypt), on a shared machine
});
