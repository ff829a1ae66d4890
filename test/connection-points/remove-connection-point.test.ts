import { TestServer, expectError, startTestServer } from '../support/server';
import { connectionPoint, hostedMeeting, lifecycle, participant } from '../support/factories';
import { REMOVE_CP, setupOf } from '../support/connection-points';
import { UNKNOWN_ID } from '../support/instruments';

describe('removeConnectionPoint', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const remove = (id: string, token: string | null) => t.gql(REMOVE_CP, { id }, token);

  it('requires authentication', async () => {
    expectError(await remove(UNKNOWN_ID, null), 'UNAUTHENTICATED');
  });

  it('removes a point with its participants before the meeting starts', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const kept = await connectionPoint(t, host, meetingId);
    const gone = await connectionPoint(t, host, meetingId, { name: 'Điểm cầu VKSND huyện Sơn Tây' });
    await participant(t, host, meetingId, gone.id);
    await participant(t, host, meetingId, kept.id, { name: 'Đinh Thị Hà' });
    const before = (await setupOf(t, host, meetingId)).lastEventSeq;
    const data = await t.ok(REMOVE_CP, { id: gone.id }, host);
    expect(data.removeConnectionPoint).toMatchObject({ id: gone.id, name: 'Điểm cầu VKSND huyện Sơn Tây' });
    const after = await setupOf(t, host, meetingId);
    expect(after.connectionPoints.map((c: { id: string }) => c.id)).toEqual([kept.id]);
    expect(after.participants.map((p: { name: string }) => p.name)).toEqual(['Đinh Thị Hà']);
    expect(after.lastEventSeq).toBe(before + 2); // PARTICIPANT_REMOVED, CONNECTION_POINT_REMOVED
    expectError(await remove(gone.id, host), 'NOT_FOUND');
  });

  it.each([
    ['LIVE', ['start']],
    ['PAUSED', ['start', 'pause']],
    ['ENDED', ['start', 'end']],
  ] as const)('is refused while the meeting is %s, and removes nothing', async (status, steps) => {
    const { host, meetingId } = await hostedMeeting(t);
    const cp = await connectionPoint(t, host, meetingId);
    await lifecycle(t, host, meetingId, ...steps);
    const before = await setupOf(t, host, meetingId);
    const error = expectError(await remove(cp.id, host), 'CONFLICT');
    expect(error.extensions?.current).toEqual({ status });
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });

  it('is for the hosts only, and checks the id', async () => {
    const { host, outsider, meetingId } = await hostedMeeting(t);
    const cp = await connectionPoint(t, host, meetingId);
    expectError(await remove(cp.id, outsider), 'FORBIDDEN');
    expectError(await remove('42', host), 'BAD_USER_INPUT', 'id');
    expect((await setupOf(t, host, meetingId)).connectionPoints).toHaveLength(1);
  });
});
