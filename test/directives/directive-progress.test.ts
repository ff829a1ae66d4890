import { connectionPoint, lifecycle, siteToken, unit, user } from '../support/factories';
import { TestClock, UNKNOWN_ID } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import {
  PUBLISH,
  REPORT,
  addDirective,
  concludedMeeting,
  readConclusion,
  report,
} from '../support/conclusions';

const PROGRESS = `query($id: ID!) { meeting(id: $id) { lastEventSeq conclusion { directives {
  id status completedAt progress { status note reportedAt reportedBy } } } } }`;

describe('reportDirectiveProgress: the follow-up of a directive', () => {
  let t: TestServer;
  const clock = new TestClock('2022-04-28T03:00:00Z');
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const { host, meetingId, organizerId } = await concludedMeeting(t);
    const d = await addDirective(t, host.token, { meetingId, assigneeUnitId: organizerId });
    expectError(
      await t.gql(REPORT, { input: { directiveId: d.id, status: 'DONE', note: 'Xong' } }),
      'UNAUTHENTICATED',
    );
    expect((await readConclusion(t, meetingId)).conclusion!.directives[0].status).toBe('OPEN');
  });

  it('goes OPEN → IN_PROGRESS → DONE after the meeting, kept as history, never back', async () => {
    const { host, meetingId, conclusionId } = await concludedMeeting(t);
    const district = await unit(t, 'VKSND huyện Bình Sơn');
    const operator = await user(t, 'SITE_OPERATOR', { unitId: district, name: 'Lê Văn Tâm' });
    const d = await addDirective(t, host.token, {
      meetingId,
      assigneeUnitId: district,
      task: 'Kịp thời kiểm tra đột xuất những đơn vị có dấu hiệu vi phạm',
      deadline: '2022-06-30T10:00:00.000Z',
    });
    await lifecycle(t, host.token, meetingId, 'end');
    await t.ok(PUBLISH, { id: conclusionId, n: '12/TB-VKS' }, host.token);

    clock.set('2022-05-10T02:00:00Z');
    expect(
      await report(t, operator.token, d.id, 'IN_PROGRESS', 'Đã xây dựng kế hoạch kiểm tra'),
    ).toMatchObject({
      status: 'IN_PROGRESS',
      completedAt: null,
    });
    clock.set('2022-05-20T02:00:00Z');
    await report(t, operator.token, d.id, 'IN_PROGRESS', 'Đã kiểm tra 3/5 đơn vị');
    clock.set('2022-06-15T02:00:00Z');
    const done = await report(t, host.token, d.id, 'DONE', 'Hoàn thành, có báo cáo kèm theo');
    expect(done).toMatchObject({
      status: 'DONE',
      completedAt: '2022-06-15T02:00:00.000Z',
      completedLate: false,
    });

    const before = await t.ok(PROGRESS, { id: meetingId }, host.token);
    for (const status of ['OPEN', 'IN_PROGRESS', 'DONE']) {
      const back = await t.gql(
        REPORT,
        { input: { directiveId: d.id, status, note: 'Làm lại' } },
        operator.token,
      );
      expect(expectError(back, 'CONFLICT').extensions?.current).toEqual({ status: 'DONE' });
    }
    const after = await t.ok(PROGRESS, { id: meetingId }, host.token);
    expect(after).toEqual(before);
    expect(after.meeting.conclusion.directives[0].progress).toEqual([
      {
        status: 'IN_PROGRESS',
        note: 'Đã xây dựng kế hoạch kiểm tra',
        reportedAt: '2022-05-10T02:00:00.000Z',
        reportedBy: 'Lê Văn Tâm',
      },
      {
        status: 'IN_PROGRESS',
        note: 'Đã kiểm tra 3/5 đơn vị',
        reportedAt: '2022-05-20T02:00:00.000Z',
        reportedBy: 'Lê Văn Tâm',
      },
      {
        status: 'DONE',
        note: 'Hoàn thành, có báo cáo kèm theo',
        reportedAt: '2022-06-15T02:00:00.000Z',
        reportedBy: 'Nguyễn Hàn My',
      },
    ]);
    const events = await t.ok(
      'query($id: ID!, $s: Int) { meeting(id: $id) { events(afterSeq: $s) { type } } }',
      { id: meetingId, s: after.meeting.lastEventSeq - 3 },
      host.token,
    );
    expect(events.meeting.events.map((e: { type: string }) => e.type)).toEqual(
      Array(3).fill('DIRECTIVE_PROGRESS_REPORTED'),
    );
    clock.set('2022-04-28T03:00:00Z');
  });

  it('does not go back from IN_PROGRESS to OPEN', async () => {
    const { host, meetingId, organizerId } = await concludedMeeting(t);
    const d = await addDirective(t, host.token, { meetingId, assigneeUnitId: organizerId });
    await report(t, host.token, d.id, 'IN_PROGRESS');
    expectError(
      await t.gql(REPORT, { input: { directiveId: d.id, status: 'OPEN', note: 'Chưa' } }, host.token),
      'CONFLICT',
    );
  });

  it("is for the assignee unit's operators and the hosts only", async () => {
    const { host, meetingId } = await concludedMeeting(t);
    const mine = await unit(t, 'VKSND huyện Sơn Tịnh');
    const theirs = await unit(t, 'VKSND huyện Tư Nghĩa');
    const d = await addDirective(t, host.token, { meetingId, assigneeUnitId: theirs });
    const cp = await connectionPoint(t, host.token, meetingId, { unitId: mine });
    const siteAuth = await siteToken(t, host.token, cp.id);
    const before = await readConclusion(t, meetingId);
    const input = { directiveId: d.id, status: 'DONE', note: 'Xong' };
    for (const token of [
      siteAuth,
      (await user(t, 'SITE_OPERATOR', { unitId: mine })).token,
      (await user(t, 'VIEWER')).token,
      (await user(t, 'HOST')).token,
    ]) {
      expectError(await t.gql(REPORT, { input }, token), 'FORBIDDEN');
    }
    expectError(
      await t.gql(REPORT, { input: { ...input, directiveId: 'x' } }, host.token),
      'BAD_USER_INPUT',
      'input.directiveId',
    );
    expectError(
      await t.gql(REPORT, { input: { ...input, directiveId: UNKNOWN_ID } }, host.token),
      'NOT_FOUND',
    );
    expectError(
      await t.gql(REPORT, { input: { ...input, note: ' ' } }, host.token),
      'BAD_USER_INPUT',
      'input.note',
    );
    expect(await readConclusion(t, meetingId)).toEqual(before);

    // The assignee's own site, from its connection point in the meeting.
    const own = await connectionPoint(t, host.token, meetingId, { unitId: theirs });
    const ownSiteToken = await siteToken(t, host.token, own.id);
    expect((await report(t, ownSiteToken, d.id, 'DONE')).status).toBe('DONE');
  });
});
