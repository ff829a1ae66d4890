import { TestServer, expectError, startTestServer } from '../support/server';
import { CHECK_IN, MARK_ABSENT, setupOf } from '../support/connection-points';
import { connectionPoint, hostedMeeting, lifecycle, participant, siteToken } from '../support/factories';
import { UNKNOWN_ID } from '../support/instruments';

describe('markParticipantAbsent', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  async function liveMeeting() {
    const { host, meetingId } = await hostedMeeting(t);
    const [a, b] = [await connectionPoint(t, host, meetingId), await connectionPoint(t, host, meetingId)];
    const mine = await participant(t, host, meetingId, a.id);
    const theirs = await participant(t, host, meetingId, b.id);
    await lifecycle(t, host, meetingId, 'start');
    return { host, meetingId, mine, theirs, site: await siteToken(t, host, a.id) };
  }

  it('requires authentication', async () => {
    expectError(await t.gql(MARK_ABSENT, { id: UNKNOWN_ID }), 'UNAUTHENTICATED');
  });

  it('marks ABSENT, or EXCUSED with a reason, by the own site', async () => {
    const { mine, site } = await liveMeeting();
    const absent = (await t.ok(MARK_ABSENT, { id: mine.id }, site)).markParticipantAbsent;
    expect(absent).toMatchObject({ attendance: 'ABSENT', absenceReason: null, checkedInAt: null });
    const reason = 'Đi công tác tại VKSND cấp cao tại Hà Nội';
    const excused = (await t.ok(MARK_ABSENT, { id: mine.id, excused: true, reason }, site))
      .markParticipantAbsent;
    expect(excused).toMatchObject({ attendance: 'EXCUSED', absenceReason: reason });
  });

  it('lets a late arrival be checked in after all', async () => {
    const { mine, site } = await liveMeeting();
    await t.ok(MARK_ABSENT, { id: mine.id }, site);
    const present = (await t.ok(CHECK_IN, { id: mine.id }, site)).checkInParticipant;
    expect(present).toMatchObject({ attendance: 'PRESENT', absenceReason: null });
  });

  it("refuses another site's participant, a repeat, bad reasons, and an ended meeting", async () => {
    const { host, meetingId, mine, theirs, site } = await liveMeeting();
    await t.ok(MARK_ABSENT, { id: mine.id, excused: true, reason: 'Ốm' }, site);
    const before = await setupOf(t, host, meetingId);
    expectError(await t.gql(MARK_ABSENT, { id: theirs.id }, site), 'FORBIDDEN');
    expectError(await t.gql(MARK_ABSENT, { id: mine.id, excused: true, reason: 'Ốm' }, site), 'CONFLICT');
    expectError(await t.gql(MARK_ABSENT, { id: mine.id, reason: '  ' }, site), 'BAD_USER_INPUT', 'reason');
    expectError(
      await t.gql(MARK_ABSENT, { id: mine.id, reason: 'a'.repeat(501) }, site),
      'BAD_USER_INPUT',
      'reason',
    );
    expectError(await t.gql(MARK_ABSENT, { id: '1' }, site), 'BAD_USER_INPUT', 'id');
    expect(await setupOf(t, host, meetingId)).toEqual(before);
    await lifecycle(t, host, meetingId, 'end');
    expectError(await t.gql(MARK_ABSENT, { id: theirs.id }, host), 'CONFLICT');
  });
});
