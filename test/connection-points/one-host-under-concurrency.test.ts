import { TestServer, startTestServer } from '../support/server';
import { ADD_CP, hostedMeeting, unit } from '../support/factories';
import { setupOf } from '../support/connection-points';

describe('one HOST point per meeting, under concurrent requests', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('lets exactly one of 20 concurrent HOST additions through', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const units = await Promise.all(Array.from({ length: 20 }, () => unit(t)));
    const results = await Promise.all(
      units.map((unitId, i) =>
        t.gql(ADD_CP, { input: { meetingId, unitId, role: 'HOST', name: `Điểm cầu chính ${i}` } }, host),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(19);
    const setup = await setupOf(t, host, meetingId);
    expect(setup.connectionPoints).toHaveLength(1);
    expect(setup.connectionPoints[0].role).toBe('HOST');
    expect(setup.lastEventSeq).toBe(2); // MEETING_CREATED, CONNECTION_POINT_ADDED
  });
});
