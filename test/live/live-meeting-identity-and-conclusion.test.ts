import { startTestServer, TestServer } from '../support/server';
import { conference } from '../support/factories';
import { ANNOUNCE, DRAFT, UPDATE } from '../support/conclusions';
import { LIVE, LIVE_QUERY, record } from '../support/live';

/**
 * A LiveMeeting carries its meeting's id (a normalized client cache keys it without keyFields) and
 * the conclusion as the sites may see it: its status always, its text only once announced.
 */
describe('LiveMeeting: id and conclusion', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { LIVE_COALESCE_MS: '0' } });
  });
  afterAll(() => t.close());

  it("is keyed by the meeting's id", async () => {
    const m = await conference(t, { sites: 1 });
    const { liveMeeting } = await t.ok(LIVE_QUERY, { meetingId: m.meetingId }, m.sites[0].token);
    expect(liveMeeting.id).toBe(m.meetingId);
    expect(liveMeeting.conclusion).toBeNull();
  });

  it('shows a draft conclusion without its text, then the announced text, live to a site', async () => {
    const m = await conference(t, { sites: 1 });
    const site = m.sites[0].token;
    const live = record(t.ws(site), LIVE, { meetingId: m.meetingId });
    await live.count(1);

    const draft = 'Dự thảo: đồng chí Phó Viện trưởng kết luận…';
    const { draftConclusion } = await t.ok(DRAFT, { input: { meetingId: m.meetingId, text: draft } }, m.host);
    const drafted = await live.find((v) => v.conclusion !== null);
    expect(drafted.conclusion).toEqual({ status: 'DRAFT', text: null });
    expect((await t.ok(LIVE_QUERY, { meetingId: m.meetingId }, site)).liveMeeting.conclusion).toEqual({
      status: 'DRAFT',
      text: null,
    });

    const text =
      'Đồng chí Phó Viện trưởng kết luận:\n\n1. Tăng cường kiểm tra việc thực hiện Quy chế dân chủ…';
    await t.ok(UPDATE, { id: draftConclusion.id, text, v: 1 }, m.host);
    await t.ok(ANNOUNCE, { id: draftConclusion.id }, m.host);
    const announced = await live.find((v) => v.conclusion?.status === 'ANNOUNCED');
    expect(announced.id).toBe(m.meetingId);
    expect(announced.conclusion).toEqual({ status: 'ANNOUNCED', text });
    expect(live.values.some((v) => v.conclusion?.text === draft)).toBe(false);
    live.stop();
  });
});
