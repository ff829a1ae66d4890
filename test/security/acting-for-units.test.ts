import { expectError, startTestServer, TestServer } from '../support/server';
import { draft, PUBLISH } from '../support/conclusions';
import { CREATE_MEETING, lifecycle, meeting, unit, user } from '../support/factories';
import { UPDATE_MEETING } from '../support/meetings';

/**
 * A meeting's organizer and host unit speak for those units: the notice is numbered in the
 * organizer's name, and the previous meeting of an organizer's series hands its open directives
 * on. A HOST names only its own unit or one below it; ADMIN any.
 */
describe('a HOST acts only for its own units', () => {
  let t: TestServer;
  let province1: string;
  let district1: string;
  let province2: string;
  let host1: string;
  beforeAll(async () => {
    t = await startTestServer();
    province1 = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL' });
    district1 = await unit(t, 'VKSND huyện Sơn Tịnh', { parentId: province1 });
    province2 = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL' });
    host1 = (await user(t, 'HOST', { unitId: province1 })).token;
  });
  afterAll(() => t.close());

  const input = (fields: Record<string, unknown>) => ({
    input: { title: 'Giao ban tháng 5/2024', kind: 'MONTHLY_BRIEFING', format: 'ONLINE', ...fields },
  });

  it("refuses a meeting organized or hosted by another province's unit, and creates nothing", async () => {
    const before = (await t.ok('{ meetings { totalCount } }', {}, await t.adminToken())).meetings.totalCount;
    for (const fields of [{ organizerId: province2 }, { hostUnitId: province2 }]) {
      const refused = expectError(await t.gql(CREATE_MEETING, input(fields), host1), 'FORBIDDEN');
      expect(refused.extensions?.field ?? refused.message).toMatch(/organizerId|hostUnitId/);
    }
    expect((await t.ok('{ meetings { totalCount } }', {}, await t.adminToken())).meetings.totalCount).toBe(
      before,
    );
  });

  it('accepts its own unit and the units below it', async () => {
    const created = await t.ok(
      CREATE_MEETING,
      input({ organizerId: province1, hostUnitId: district1 }),
      host1,
    );
    expect(created.createMeeting).toMatchObject({ organizerId: province1, hostUnitId: district1 });
  });

  it("refuses to move its meeting to another province's units", async () => {
    const { id } = await meeting(t, host1, { organizerId: province1 });
    for (const fields of [{ organizerId: province2 }, { hostUnitId: province2 }]) {
      expectError(await t.gql(UPDATE_MEETING, { input: { id, version: 1, ...fields } }, host1), 'FORBIDDEN');
    }
    const read = await t.ok(
      'query($id: ID!) { meeting(id: $id) { version organizer { id } } }',
      { id },
      host1,
    );
    expect(read.meeting).toEqual({ version: 1, organizer: { id: province1 } });
  });

  it("refuses to publish a notice numbered in another unit's name", async () => {
    // ADMIN set up a meeting of province 2 and made province 1's host one of its hosts.
    const hostUserId = (await t.ok('{ me { userId } }', {}, host1)).me.userId;
    const { id } = await meeting(
      t,
      await t.adminToken(),
      { organizerId: province2, hostUserIds: [hostUserId] },
      'start',
    );
    const conclusion = await draft(t, host1, id);
    await lifecycle(t, host1, id, 'end');
    expectError(await t.gql(PUBLISH, { id: conclusion.id, n: '01/TB-VKSPY' }, host1), 'FORBIDDEN');
    const host2 = (await user(t, 'HOST', { unitId: province2 })).token;
    await t.ok(
      'mutation($m: ID!, $u: ID!) { addMeetingHost(meetingId: $m, userId: $u) { id } }',
      { m: id, u: (await t.ok('{ me { userId } }', {}, host2)).me.userId },
      host1,
    );
    const published = await t.ok(PUBLISH, { id: conclusion.id, n: '01/TB-VKSPY' }, host2);
    expect(published.publishConclusion).toMatchObject({ status: 'PUBLISHED', noticeNumber: '01/TB-VKSPY' });
  });
});
