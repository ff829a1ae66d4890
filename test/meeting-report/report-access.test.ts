import { TestServer, expectError, startTestServer } from '../support/server';
import { conference } from '../support/factories';
import { READ_REPORT } from '../support/meeting-report';

describe('the meeting report, seen by who sees the meeting', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const get = (id: string, token: string | null, format = 'html') =>
    fetch(`http://127.0.0.1:${t.server.port}/meetings/${id}/report?format=${format}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('is refused to an outsider as NOT_FOUND, as the other documents are; read by a site of the meeting', async () => {
    const m = await conference(t, { sites: 1 });
    // The screen of another meeting's site: it sees its own meeting only.
    const outsider = (await conference(t, { sites: 1, live: false })).sites[0].token;
    expectError(await t.gql(READ_REPORT, { id: m.meetingId }, outsider), 'NOT_FOUND');
    const refused = await get(m.meetingId, outsider);
    expect(refused.status).toBe(404);
    expect((await refused.json()).error).toMatchObject({ code: 'NOT_FOUND' });
    expect((await get(m.meetingId, outsider, 'pdf')).status).toBe(404);
    expect((await get(m.meetingId, null)).status).toBe(401);
    expect((await get(m.meetingId, m.host, 'docx')).status).toBe(400);

    const seen = await t.ok(READ_REPORT, { id: m.meetingId }, m.sites[0].token);
    expect(seen.meeting.report.attendance).toHaveLength(2);
    expect((await get(m.meetingId, m.sites[0].token)).status).toBe(200);
  });
});
