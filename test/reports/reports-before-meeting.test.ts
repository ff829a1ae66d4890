import { expectError, startTestServer, TestServer } from '../support/server';
import { Conference, lifecycle, unit, user } from '../support/factories';
import { meetingWithUnits as reportMeeting } from '../support/reports';

const DAY = 24 * 3600 * 1000;
const REQUEST = `mutation($input: RequestReportsInput!) { requestReports(input: $input) { id deadline unitIds } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id unitId text } }`;
const VIEW = `query($id: ID!) { meeting(id: $id) {
  reportRequests { id title submissions { unitId text late submittedBy } missingUnits { id } }
  events(first: 100) { type } } }`;

describe('reports collected before the meeting: asked of its units, sent by each for itself', () => {
  // The meeting rules' clock, moved past the deadline by the test.
  const clock = { at: Date.now(), now: () => new Date(clock.at) };
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  const meetingWithUnits = () => reportMeeting(t);

  const request = (m: Conference, unitIds: string[], deadline = new Date(clock.at + DAY)) =>
    t.gql(
      REQUEST,
      { input: { meetingId: m.meetingId, title: 'Báo cáo kết quả công tác tháng 6', deadline, unitIds } },
      m.host,
    );

  it('shows the host who sent, who sent late and who has not, with every step in the log', async () => {
    const m = await meetingWithUnits();
    const { requestReports: asked } = (await request(m, m.unitIds)).data!;
    const standing = await user(t, 'SITE_OPERATOR', { unitId: m.unitIds[1] });
    await t.ok(SUBMIT, { input: { requestId: asked.id, text: 'Bản nháp' } }, m.sites[0].token);
    await t.ok(SUBMIT, { input: { requestId: asked.id, text: 'Đã thụ lý 12 vụ án' } }, m.sites[0].token);
    clock.at += 2 * DAY;
    await t.ok(SUBMIT, { input: { requestId: asked.id, text: 'Báo cáo muộn' } }, standing.token);
    // Replaced until the deadline only: past it, the report sent stands (and no event is written).
    const replaced = await t.gql(
      SUBMIT,
      { input: { requestId: asked.id, text: 'Sửa sau hạn' } },
      m.sites[0].token,
    );
    expect(expectError(replaced, 'CONFLICT').extensions).toMatchObject({
      reason: 'REPORT_DEADLINE_PASSED',
      current: { deadline: asked.deadline },
    });
    const view = (await t.ok(VIEW, { id: m.meetingId }, m.host)).meeting;
    const [shown] = view.reportRequests;
    expect(shown.submissions.map((s: any) => [s.unitId, s.text, s.late])).toEqual([
      [m.unitIds[0], 'Đã thụ lý 12 vụ án', false],
      [m.unitIds[1], 'Báo cáo muộn', true],
    ]);
    expect(shown.missingUnits.map((u: any) => u.id)).toEqual([m.unitIds[2]]);
    const types = view.events.map((e: any) => e.type).filter((x: string) => x.startsWith('REPORT'));
    expect(types).toEqual(['REPORTS_REQUESTED', 'REPORT_SUBMITTED', 'REPORT_SUBMITTED', 'REPORT_SUBMITTED']);
  });

  it('keeps one report per unit when its site and its standing account send at once', async () => {
    const m = await meetingWithUnits();
    const { requestReports: asked } = (await request(m, m.unitIds.slice(0, 1))).data!;
    const standing = await user(t, 'SITE_OPERATOR', { unitId: m.unitIds[0] });
    const texts = ['Báo cáo từ điểm cầu', 'Báo cáo từ tài khoản thường trực'];
    const sent = await Promise.all(
      [m.sites[0].token, standing.token].map((token, i) =>
        t.ok(SUBMIT, { input: { requestId: asked.id, text: texts[i] } }, token),
      ),
    );
    expect(new Set(sent.map((r) => r.submitReport.id)).size).toBe(1);
    const [shown] = (await t.ok(VIEW, { id: m.meetingId }, m.host)).meeting.reportRequests;
    expect(shown.submissions).toHaveLength(1);
    expect(texts).toContain(shown.submissions[0].text);
    expect(shown.missingUnits).toEqual([]);
  });

  it('takes a report only from a unit asked, for itself; asks only units taking part, ahead of time', async () => {
    const m = await meetingWithUnits();
    const { requestReports: asked } = (await request(m, m.unitIds.slice(0, 2))).data!;
    const send = (token: string) => t.gql(SUBMIT, { input: { requestId: asked.id, text: 'Báo cáo' } }, token);
    // A site whose unit was not asked, and the host (no unit's site), are refused.
    expectError(await send(m.sites[2].token), 'FORBIDDEN');
    expectError(await send(m.host), 'FORBIDDEN');
    // A standing account of a unit taking no part does not see the meeting.
    const stranger = await user(t, 'SITE_OPERATOR', { unitId: await unit(t, 'VKSND huyện Lý Sơn') });
    expectError(await send(stranger.token), 'NOT_FOUND');
    const other = await unit(t, 'VKSND huyện Ba Tơ');
    expectError(await request(m, [m.unitIds[0], other]), 'BAD_USER_INPUT', 'input.unitIds');
    expectError(await request(m, [m.unitIds[0], m.unitIds[0]]), 'BAD_USER_INPUT', 'input.unitIds');
    expectError(await request(m, [m.unitIds[0]], new Date(clock.at - 1)), 'BAD_USER_INPUT', 'input.deadline');
    const view = (await t.ok(VIEW, { id: m.meetingId }, m.host)).meeting;
    expect(view.reportRequests).toHaveLength(1);
    expect(view.reportRequests[0].submissions).toEqual([]);
    // Once the meeting has ended, reports are no longer collected.
    await lifecycle(t, m.host, m.meetingId, 'start');
    await lifecycle(t, m.host, m.meetingId, 'end');
    expectError(await send(m.sites[0].token), 'CONFLICT');
    expectError(await request(m, [m.unitIds[0]]), 'CONFLICT');
  });
});
