import { TestServer, expectError, startTestServer } from '../support/server';
import { CHECK_IN, setupOf } from '../support/connection-points';
import { connectionPoint, hostedMeeting, lifecycle, participant, siteToken } from '../support/factories';
import { UNKNOWN_ID } from '../support/instruments';

describe('checkInParticipant', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  /** A scheduled meeting with two sites, a delegate at each, and the first site's token. */
  async function twoSites() {
    const { host, outsider, meetingId } = await hostedMeeting(t);
    const [a, b] = [await connectionPoint(t, host, meetingId), await connectionPoint(t, host, meetingId)];
    const mine = await participant(t, host, meetingId, a.id, { name: 'Phùng Thanh Liễu' });
    const theirs = await participant(t, host, meetingId, b.id, { name: 'Ngô Quang Huy' });
    await lifecycle(t, host, meetingId, 'schedule');
    return { host, outsider, meetingId, mine, theirs, site: await siteToken(t, host, a.id) };
  }

  it('requires authentication', async () => {
    expectError(await t.gql(CHECK_IN, { id: UNKNOWN_ID }), 'UNAUTHENTICATED');
  });

  it("lets a site operator check in its own delegate, not another site's", async () => {
    const { host, meetingId, mine, theirs, site } = await twoSites();
    const data = await t.ok(CHECK_IN, { id: mine.id }, site);
    expect(data.checkInParticipant).toMatchObject({ id: mine.id, attendance: 'PRESENT' });
    expect(Math.abs(new Date(data.checkInParticipant.checkedInAt).getTime() - Date.now())).toBeLessThan(
      60_000,
    );
    const before = await setupOf(t, host, meetingId);
    expectError(await t.gql(CHECK_IN, { id: theirs.id }, site), 'FORBIDDEN');
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });

  it('lets a host check in anyone, but not a host of another meeting', async () => {
    const { host, outsider, theirs } = await twoSites();
    expectError(await t.gql(CHECK_IN, { id: theirs.id }, outsider), 'FORBIDDEN');
    expect((await t.ok(CHECK_IN, { id: theirs.id }, host)).checkInParticipant.attendance).toBe('PRESENT');
  });

  it('refuses a second check-in with the current state', async () => {
    const { host, meetingId, mine, site } = await twoSites();
    const first = (await t.ok(CHECK_IN, { id: mine.id }, site)).checkInParticipant;
    const before = await setupOf(t, host, meetingId);
    const error = expectError(await t.gql(CHECK_IN, { id: mine.id }, host), 'CONFLICT');
    expect(error.extensions?.current).toEqual({ attendance: 'PRESENT', checkedInAt: first.checkedInAt });
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });

  it('checks in while the meeting is live or paused, not before it is scheduled nor after it ended', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const cp = await connectionPoint(t, host, meetingId);
    const people = await Promise.all(
      [1, 2, 3].map((i) => participant(t, host, meetingId, cp.id, { name: `Đại biểu ${i}` })),
    );
    expect(
      expectError(await t.gql(CHECK_IN, { id: people[0].id }, host), 'CONFLICT').extensions?.current,
    ).toEqual({
      status: 'DRAFT',
    });
    await lifecycle(t, host, meetingId, 'start');
    await t.ok(CHECK_IN, { id: people[0].id }, host);
    await lifecycle(t, host, meetingId, 'pause');
    await t.ok(CHECK_IN, { id: people[1].id }, host);
    await lifecycle(t, host, meetingId, 'end');
    expectError(await t.gql(CHECK_IN, { id: people[2].id }, host), 'CONFLICT');
  });

  it('checks the id, and hides participants of other meetings from a site', async () => {
    const { host, site } = await twoSites();
    const other = await hostedMeeting(t);
    const stranger = await participant(
      t,
      other.host,
      other.meetingId,
      (await connectionPoint(t, other.host, other.meetingId)).id,
    );
    expectError(await t.gql(CHECK_IN, { id: 'x' }, host), 'BAD_USER_INPUT', 'id');
    expectError(await t.gql(CHECK_IN, { id: UNKNOWN_ID }, host), 'NOT_FOUND');
    expectError(await t.gql(CHECK_IN, { id: stranger.id }, site), 'NOT_FOUND');
  });
});
