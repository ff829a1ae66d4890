import { expectError, startTestServer, TestServer } from '../support/server';
import {
  agendaItem,
  connectionPoint,
  hostedMeeting,
  ISSUE_CODE,
  lifecycle,
  REQUEST_TO_SPEAK,
  unit,
  user,
} from '../support/factories';

const JOIN = `mutation($id: ID!) { joinMeeting(meetingId: $id) { token connectionPoint { id } meeting { id } } }`;
const ME = `query($id: ID!) { meeting(id: $id) { id } }`;

describe("a unit's standing site account joins its unit's meetings without a code", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  async function world() {
    const m = await hostedMeeting(t);
    const district = await unit(t, 'VKSND huyện Tuy An');
    const point = await connectionPoint(t, m.host, m.meetingId, { unitId: district });
    const other = await connectionPoint(t, m.host, m.meetingId);
    const operator = await user(t, 'SITE_OPERATOR', { unitId: district });
    return { ...m, pointId: point.id as string, otherId: other.id as string, operator: operator.token };
  }

  it("acts for its unit's point, and only for it", async () => {
    const w = await world();
    const item = await agendaItem(t, { meetingId: w.meetingId, host: w.host });
    await lifecycle(t, w.host, w.meetingId, 'start');
    const { joinMeeting } = await t.ok(JOIN, { id: w.meetingId }, w.operator);
    expect(joinMeeting.connectionPoint.id).toBe(w.pointId);
    const request = (connectionPointId: string) =>
      t.gql(
        REQUEST_TO_SPEAK,
        { input: { agendaItemId: item.id, connectionPointId, kind: 'COMMENT' } },
        joinMeeting.token,
      );
    expect((await request(w.pointId)).errors).toBeUndefined();
    expectError(await request(w.otherId), 'FORBIDDEN');
  });

  it('is NOT_FOUND where its unit is no connection point, FORBIDDEN to other users and after the meeting', async () => {
    const w = await world();
    const stranger = await user(t, 'SITE_OPERATOR', { unitId: await unit(t, 'VKSND huyện Đồng Xuân') });
    expectError(await t.gql(JOIN, { id: w.meetingId }, stranger.token), 'NOT_FOUND');
    expectError(await t.gql(JOIN, { id: w.meetingId }, w.host), 'FORBIDDEN');
    await lifecycle(t, w.host, w.meetingId, 'start', 'end');
    expectError(await t.gql(JOIN, { id: w.meetingId }, w.operator), 'FORBIDDEN');
  });

  it("stops when the host re-issues the point's access, and joins again", async () => {
    const w = await world();
    const first = (await t.ok(JOIN, { id: w.meetingId }, w.operator)).joinMeeting.token;
    await t.ok(ME, { id: w.meetingId }, first);
    await t.ok(ISSUE_CODE, { id: w.pointId }, w.host);
    expectError(await t.gql(ME, { id: w.meetingId }, first), 'UNAUTHENTICATED');
    const again = (await t.ok(JOIN, { id: w.meetingId }, w.operator)).joinMeeting.token;
    expect((await t.ok(ME, { id: w.meetingId }, again)).meeting.id).toBe(w.meetingId);
  });
});
