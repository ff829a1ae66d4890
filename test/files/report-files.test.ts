import { randomBytes } from 'node:crypto';
import { expectError, startTestServer, TestServer } from '../support/server';
import { user } from '../support/factories';
import { downloadFile, upload } from '../support/files';
import { meetingWithUnits } from '../support/reports';

const DAY = 24 * 3600 * 1000;
const REQUEST = `mutation($input: RequestReportsInput!) { requestReports(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id files { id } } }`;
const FILES = `query($id: ID!) { meeting(id: $id) { reportRequests { submissions {
  unitId files { id name size } } } } }`;

describe('files sent with a unit’s report: uploaded, attached, read by the hosts and the unit', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('takes a PDF from the site, attaches it to the report and gives the same bytes to the host', async () => {
    const m = await meetingWithUnits(t, 2);
    const { requestReports: asked } = await t.ok(
      REQUEST,
      {
        input: {
          meetingId: m.meetingId,
          title: 'Báo cáo số liệu tháng 11',
          deadline: new Date(Date.now() + DAY),
          unitIds: m.unitIds,
        },
      },
      m.host,
    );
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(150_000)]);
    const name = 'Báo cáo tháng 11.pdf';
    const sent = await upload(t, m.sites[0].token, name, bytes, 'application/pdf');
    expect(sent).toEqual({
      status: 201,
      body: { id: expect.any(String), name, size: bytes.length, contentType: 'application/pdf' },
    });
    const { id } = sent.body;

    // Unattached, it is its uploader's alone.
    expect((await downloadFile(t, m.sites[0].token, id)).body.equals(bytes)).toBe(true);
    expect((await downloadFile(t, m.host, id)).status).toBe(404);

    // Another unit may not attach it; its uploader does.
    const submit = (token: string, fileIds: string[]) =>
      t.gql(SUBMIT, { input: { requestId: asked.id, text: 'Số liệu tháng 11', fileIds } }, token);
    expectError(await submit(m.sites[1].token, [id]), 'BAD_USER_INPUT', 'input.fileIds');
    expect(
      (
        await t.ok(
          SUBMIT,
          { input: { requestId: asked.id, text: 'Số liệu', fileIds: [id] } },
          m.sites[0].token,
        )
      ).submitReport.files,
    ).toEqual([{ id }]);

    const [request] = (await t.ok(FILES, { id: m.meetingId }, m.host)).meeting.reportRequests;
    expect(request.submissions).toEqual([
      { unitId: m.unitIds[0], files: [{ id, name, size: bytes.length }] },
    ]);
    const byHost = await downloadFile(t, m.host, id);
    expect(byHost.status).toBe(200);
    expect(byHost.type).toBe('application/pdf');
    expect(byHost.body.equals(bytes)).toBe(true);
    // The unit's standing account reads its own unit's report too.
    const standing = await user(t, 'SITE_OPERATOR', { unitId: m.unitIds[0] });
    expect((await downloadFile(t, standing.token, id)).body.equals(bytes)).toBe(true);
  });

  it('refuses the file to whoever is neither a host of the meeting nor the sending unit', async () => {
    const m = await meetingWithUnits(t, 2);
    const { requestReports: asked } = await t.ok(
      REQUEST,
      {
        input: {
          meetingId: m.meetingId,
          title: 'Báo cáo quý IV',
          deadline: new Date(Date.now() + DAY),
          unitIds: m.unitIds,
        },
      },
      m.host,
    );
    const { body } = await upload(t, m.sites[0].token, 'so-lieu.xlsx', Buffer.from('PK…'));
    await t.ok(
      SUBMIT,
      { input: { requestId: asked.id, text: 'Số liệu', fileIds: [body.id] } },
      m.sites[0].token,
    );
    const otherHost = await user(t, 'HOST');
    const viewer = await user(t, 'VIEWER');
    for (const token of [m.sites[1].token, otherHost.token, viewer.token]) {
      const refused = await downloadFile(t, token, body.id);
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.body.toString())).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    expect((await downloadFile(t, '', body.id)).status).toBe(401);
  });
});
