import { startTestServer, TestServer } from '../support/server';
import { addDirective, draft, PUBLISH } from '../support/conclusions';
import { connectionPoint, lifecycle, meeting, siteToken, unit, user } from '../support/factories';

const CARRIED = `query($id: ID!) { meeting(id: $id) { carriedOverDirectives { id task } } }`;

/** The fields that answer rows of another meeting than the one asked about, read by a site token. */
describe('fields that reach into another meeting go through the access rules', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  async function siteOf(host: string, meetingId: string, unitId: string): Promise<string> {
    return siteToken(t, host, (await connectionPoint(t, host, meetingId, { unitId })).id);
  }

  it("Meeting.carriedOverDirectives shows a site only the previous meeting's directives it may see", async () => {
    const host = await user(t, 'HOST');
    const organizerId = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL' });
    const sonHoa = await unit(t, 'VKSND huyện Sơn Hòa', { parentId: organizerId });
    const dongXuan = await unit(t, 'VKSND huyện Đồng Xuân', { parentId: organizerId });
    const tuyAn = await unit(t, 'VKSND huyện Tuy An', { parentId: organizerId });
    const briefing = async (month: number): Promise<string> =>
      (
        await meeting(t, host.token, {
          title: `Giao ban tháng ${month}/2024`,
          organizerId,
          scheduledStart: `2099-0${month}-25T01:00:00.000Z`,
        })
      ).id;
    const march = await briefing(3);
    await lifecycle(t, host.token, march, 'start');
    const conclusion = await draft(t, host.token, march);
    const forSonHoa = await addDirective(t, host.token, { meetingId: march, assigneeUnitId: sonHoa });
    const forDongXuan = await addDirective(t, host.token, { meetingId: march, assigneeUnitId: dongXuan });
    await lifecycle(t, host.token, march, 'end');
    await t.ok(PUBLISH, { id: conclusion.id, n: '03/TB-VKSPY' }, host.token);
    const april = await briefing(4);

    const ids = async (token: string) =>
      (await t.ok(CARRIED, { id: april }, token)).meeting.carriedOverDirectives.map(
        (d: { id: string }) => d.id,
      );
    expect(await ids(host.token)).toEqual([forSonHoa.id, forDongXuan.id]);
    // A site of April sees none of March's: every site of a meeting is shown the same meeting (one
    // push execution serves them all), and a site follows its unit's directives with `directives`.
    expect(await ids(await siteOf(host.token, april, sonHoa))).toEqual([]);
    expect(await ids(await siteOf(host.token, april, tuyAn))).toEqual([]);
    // A user of an April site's unit sees its own unit's published directive, not another unit's.
    expect(await ids((await user(t, 'VIEWER', { unitId: sonHoa })).token)).toEqual([forSonHoa.id]);
    expect(await ids((await user(t, 'VIEWER', { unitId: tuyAn })).token)).toEqual([]);
  });
});
