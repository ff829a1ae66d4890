import { randomBytes } from 'node:crypto';
import { expectError, startTestServer, TestServer } from '../support/server';
import { conference, unit, user } from '../support/factories';
import { downloadFile, upload } from '../support/files';

const ITEM = 'id title kind videoUrl files { id name size contentType }';
const ADD = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { ${ITEM} } }`;
const AGENDA = `query($id: ID!) { meeting(id: $id) { lastEventSeq agenda { ${ITEM} } } }`;
const VIDEO = 'https://truyenhinh.vks.gov.vn/giao-ban/thang-11.mp4';

describe('documents of the agenda: files attached to its items, read like the meeting', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('attaches the host’s files and the video link to an item; the sites of the meeting read them', async () => {
    const m = await conference(t, { sites: 1, live: false });
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(100_000)]);
    const name = 'Báo cáo kết quả công tác tháng 11.pdf';
    const { body: file } = await upload(t, m.host, name, bytes, 'application/pdf');
    const { addAgendaItem: item } = await t.ok(
      ADD,
      {
        input: {
          meetingId: m.meetingId,
          title: 'Phóng sự về kết quả công tác tháng 11',
          kind: 'VIDEO_REPORT',
          fileIds: [file.id],
          videoUrl: VIDEO,
        },
      },
      m.host,
    );
    const listed = { id: file.id, name, size: bytes.length, contentType: 'application/pdf' };
    expect(item).toMatchObject({ kind: 'VIDEO_REPORT', videoUrl: VIDEO, files: [listed] });
    expect((await t.ok(AGENDA, { id: m.meetingId }, m.sites[0].token)).meeting.agenda).toEqual([item]);

    // A site of the meeting reads the same bytes; a site of another meeting and a stranger do not.
    const bySite = await downloadFile(t, m.sites[0].token, file.id);
    expect([bySite.status, bySite.type, bySite.body.equals(bytes)]).toEqual([200, 'application/pdf', true]);
    const elsewhere = await conference(t, { sites: 1, live: false });
    const outside = await unit(t, 'VKSND tỉnh Bình Định', { level: 'PROVINCIAL', parentId: null });
    const stranger = await user(t, 'HOST', { unitId: outside });
    for (const token of [elsewhere.sites[0].token, stranger.token]) {
      expect((await downloadFile(t, token, file.id)).status).toBe(404);
    }

    // Replaced by another file: the first one is its uploader's alone again.
    const { body: annex } = await upload(t, m.host, 'Phụ lục số liệu.xlsx', Buffer.from('PK…'));
    const { updateAgendaItem: updated } = await t.ok(
      UPDATE,
      { input: { id: item.id, fileIds: [annex.id] } },
      m.host,
    );
    expect(updated.files.map((f: any) => f.id)).toEqual([annex.id]);
    expect((await downloadFile(t, m.sites[0].token, file.id)).status).toBe(404);
    expect((await downloadFile(t, m.host, file.id)).body.equals(bytes)).toBe(true);
  });

  it('refuses a file uploaded by someone else, or attached elsewhere, and a link that is not http(s), changing nothing', async () => {
    const m = await conference(t, { sites: 1, live: false });
    const { addAgendaItem: item } = await t.ok(
      ADD,
      { input: { meetingId: m.meetingId, title: 'Báo cáo tổng hợp', kind: 'REPORT' } },
      m.host,
    );
    const before = (await t.ok(AGENDA, { id: m.meetingId }, m.host)).meeting;
    const { body: theSites } = await upload(t, m.sites[0].token, 'Báo cáo huyện.docx', Buffer.from('PK…'));
    const { body: own } = await upload(t, m.host, 'Dự thảo.docx', Buffer.from('PK…'));
    const other = await conference(t, { sites: 1, live: false, host: m.host });
    await t.ok(
      ADD,
      { input: { meetingId: other.meetingId, title: 'Khác', kind: 'REPORT', fileIds: [own.id] } },
      m.host,
    );

    const refusals = [
      [UPDATE, { id: item.id, fileIds: [theSites.id] }, 'input.fileIds'],
      [UPDATE, { id: item.id, fileIds: [own.id] }, 'input.fileIds'],
      [UPDATE, { id: item.id, videoUrl: 'javascript:alert(1)' }, 'input.videoUrl'],
      [
        ADD,
        { meetingId: m.meetingId, title: 'Phóng sự', kind: 'VIDEO_REPORT', fileIds: [theSites.id] },
        'input.fileIds',
      ],
    ] as const;
    for (const [mutation, input, field] of refusals) {
      expectError(await t.gql(mutation, { input }, m.host), 'BAD_USER_INPUT', field);
    }
    expect((await t.ok(AGENDA, { id: m.meetingId }, m.host)).meeting).toEqual(before);
    // The site's file is still its own: not readable by the host.
    expect((await downloadFile(t, m.host, theSites.id)).status).toBe(404);
  });
});
