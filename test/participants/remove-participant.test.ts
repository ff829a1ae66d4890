import { TestServer, expectError, startTestServer } from '../support/server';
import { connectionPoint, hostedMeeting, lifecycle, participant } from '../support/factories';
import { REMOVE_PARTICIPANT, setupOf } from '../support/connection-points';
import { UNKNOWN_ID } from '../support/instruments';

describe('removeParticipant', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    expectError(await t.gql(REMOVE_PARTICIPANT, { id: UNKNOWN_ID }), 'UNAUTHENTICATED');
  });

  it('removes a participant, also while the meeting is live, and returns them', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const cp = await connectionPoint(t, host, meetingId);
    const p = await participant(t, host, meetingId, cp.id);
    await lifecycle(t, host, meetingId, 'start');
    const data = await t.ok(REMOVE_PARTICIPANT, { id: p.id }, host);
    expect(data.removeParticipant).toEqual(p);
    expect((await setupOf(t, host, meetingId)).participants).toEqual([]);
    expectError(await t.gql(REMOVE_PARTICIPANT, { id: p.id }, host), 'NOT_FOUND');
  });

  it('is for the hosts only, and not once the meeting ended', async () => {
    const { host, outsider, meetingId } = await hostedMeeting(t);
    const p = await participant(t, host, meetingId, (await connectionPoint(t, host, meetingId)).id);
    expectError(await t.gql(REMOVE_PARTICIPANT, { id: p.id }, outsider), 'FORBIDDEN');
    await lifecycle(t, host, meetingId, 'start', 'end');
    expectError(await t.gql(REMOVE_PARTICIPANT, { id: p.id }, host), 'CONFLICT');
    expect((await setupOf(t, host, meetingId)).participants).toHaveLength(1);
  });
});
