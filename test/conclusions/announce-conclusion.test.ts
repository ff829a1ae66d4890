import { TestServer, expectError, startTestServer } from '../support/server';
import { ANNOUNCE, concludedMeeting, draft, readConclusion } from '../support/conclusions';
import { lifecycle, meeting, user } from '../support/factories';

describe('announceConclusion', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const { meetingId, conclusionId } = await concludedMeeting(t);
    expectError(await t.gql(ANNOUNCE, { id: conclusionId }), 'UNAUTHENTICATED');
    expect((await readConclusion(t, meetingId)).conclusion).toMatchObject({ status: 'DRAFT' });
  });

  it('announces the draft at the meeting, LIVE or PAUSED, once', async () => {
    const { host, meetingId, conclusionId } = await concludedMeeting(t);
    await lifecycle(t, host.token, meetingId, 'pause');
    const data = await t.ok(ANNOUNCE, { id: conclusionId }, host.token);
    expect(data.announceConclusion).toMatchObject({ status: 'ANNOUNCED', version: 1 });
    expect(data.announceConclusion.announcedAt).toBeTruthy();
    const again = expectError(await t.gql(ANNOUNCE, { id: conclusionId }, host.token), 'CONFLICT');
    expect(again.extensions?.current).toMatchObject({ status: 'ANNOUNCED', meetingStatus: 'PAUSED' });
  });

  it('refuses before the meeting starts and after it ends, writing nothing', async () => {
    const host = await user(t, 'HOST');
    for (const steps of [[], ['start', 'end']] as const) {
      const { id: meetingId } = await meeting(t, host.token, {}, ...steps);
      const { id } = await draft(t, host.token, meetingId);
      const before = await readConclusion(t, meetingId);
      expectError(await t.gql(ANNOUNCE, { id }, host.token), 'CONFLICT');
      expect(await readConclusion(t, meetingId)).toEqual(before);
    }
  });

  it('is for the hosts only', async () => {
    const { conclusionId } = await concludedMeeting(t);
    expectError(await t.gql(ANNOUNCE, { id: conclusionId }, (await user(t, 'VIEWER')).token), 'FORBIDDEN');
    expectError(
      await t.gql(ANNOUNCE, { id: 'nope' }, (await user(t, 'VIEWER')).token),
      'BAD_USER_INPUT',
      'id',
    );
  });
});
