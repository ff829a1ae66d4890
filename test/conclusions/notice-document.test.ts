import { TestClock, UNKNOWN_ID } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { DRAFT, PUBLISH, addDirective, concludedMeeting } from '../support/conclusions';
import { lifecycle, unit, user } from '../support/factories';
import { scenarios, seedScenario } from '../../server/seed/seed';
import reference from '../../server/seed/scenarios/quang-ngai-2022-04-28.json';

const BODY = `Ban chỉ đạo tiếp thu những ý kiến chỉ đạo của đồng chí Viện trưởng và những ý kiến góp ý của các cá nhân, đơn vị.

Trong thời gian tới, Ban chỉ đạo sẽ tiếp tục quán triệt, triển khai thực hiện đầy đủ các văn bản của Đảng, Nhà nước, của Ngành cấp trên và của địa phương liên quan đến thực hiện Quy chế dân chủ trong hai cấp Kiểm sát.`;

const NOTICE = `query($id: ID!) { meeting(id: $id) { conclusion { noticeUrl notice {
  published parentAgency issuer number place date dateLine title subject opening body recipients
  signer { authority title name } sections { unitName directives { task } } } } } }`;

describe('the notice of conclusions as a document', () => {
  let t: TestServer;
  const clock = new TestClock('2022-04-28T04:00:00Z'); // 11:00 in Quảng Ngãi
  let meetingId: string;
  beforeAll(async () => {
    t = await startTestServer({ clock });
    const admin = await t.adminToken();
    ({ meetingId } = await seedScenario((q, v) => t.ok(q, v, admin), scenarios['quang-ngai-2022-04-28']));
  });
  afterAll(() => t.close());

  const get = (id: string, token?: string, query = '') =>
    fetch(`http://127.0.0.1:${t.server.port}/meetings/${id}/notice${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('requires authentication', async () => {
    expect((await get(meetingId)).status).toBe(401);
    expect((await get(meetingId, 'not-a-token')).status).toBe(401);
  });

  it('renders the notice of the Quảng Ngãi meeting of 28 April 2022', async () => {
    const admin = await t.adminToken();
    const setup = await t.ok(
      'query($id: ID!) { meeting(id: $id) { organizerId participants { id name } } }',
      { id: meetingId },
      admin,
    );
    const chair = setup.meeting.participants.find(
      (p: { name: string }) => p.name === reference.conclusion.by,
    );
    expect((await get(meetingId, admin)).status).toBe(404); // no conclusion yet
    await lifecycle(t, admin, meetingId, 'start');
    const { draftConclusion } = await t.ok(
      DRAFT,
      { input: { meetingId, text: BODY, concludedById: chair.id } },
      admin,
    );
    for (const d of reference.conclusion.directives) {
      const assigneeUnitId = await unit(t, d.assignee, {
        level: 'OTHER',
        parentId: setup.meeting.organizerId,
        exact: true,
      });
      await addDirective(t, admin, { meetingId, assigneeUnitId, task: d.task });
    }
    await lifecycle(t, admin, meetingId, 'end');
    await t.ok(PUBLISH, { id: draftConclusion.id, n: '12/TB-VKS' }, admin);

    const res = await get(meetingId, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const [bcd, all] = reference.conclusion.directives;
    const districts = reference.sites.map((s) => s.unit).sort((a, b) => a.localeCompare(b, 'vi'));
    const concluder = `đồng chí Trần Quang Minh, ${reference.participants[1].position}`;
    const data = await t.ok(NOTICE, { id: meetingId }, admin);
    expect(data.meeting.conclusion.notice).toEqual({
      published: true,
      parentAgency: 'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
      issuer: 'VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI',
      number: '12/TB-VKS',
      place: 'Quảng Ngãi',
      date: '2022-04-28T04:00:00.000Z',
      dateLine: 'Quảng Ngãi, ngày 28 tháng 4 năm 2022',
      title: 'THÔNG BÁO',
      subject: `Kết luận của ${concluder} tại ${reference.title}`,
      opening: expect.stringMatching(
        new RegExp(
          `^Ngày 28/4/2022, Viện kiểm sát nhân dân tỉnh Quảng Ngãi tổ chức ${reference.title} theo hình thức trực tuyến từ điểm cầu chính đến 13 điểm cầu\\. .* chủ trì Hội nghị\\. Tham dự Hội nghị có đại biểu của VKSND tỉnh Quảng Ngãi, VKSND huyện Ba Tơ, .* ${concluder} kết luận như sau:$`,
          'u',
        ),
      ),
      body: BODY,
      signer: { authority: null, title: 'Viện trưởng', name: 'Phạm Thị Kim Liên' },
      recipients: ['VKSND tối cao (để báo cáo)', bcd.assignee, all.assignee, ...districts, 'Lưu: VT'],
      sections: [
        { unitName: bcd.assignee, directives: [{ task: bcd.task }] },
        { unitName: all.assignee, directives: [{ task: all.task }] },
      ],
    });
    expect(data.meeting.conclusion.noticeUrl).toBe(`/meetings/${meetingId}/notice`);

    const html = await get(meetingId, admin, '?format=html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('<p class="date">Quảng Ngãi, ngày 28 tháng 4 năm 2022</p>');
    expect((await get(meetingId, admin, '?format=odt')).status).toBe(400);
  });

  it('escapes all text in HTML, and shows a draft with its deadlines', async () => {
    const {
      host,
      meetingId: id,
      organizerId,
      conclusionId,
    } = await concludedMeeting(t, {
      title: 'Giao ban <tháng> 5 & "6"',
    });
    await t.ok(
      'mutation($id: ID!, $text: String!) { updateConclusion(id: $id, text: $text, expectedVersion: 1) { id } }',
      { id: conclusionId, text: '<script>alert(1)</script>\nA & B' },
      host.token,
    );
    const assigneeUnitId = await unit(t, 'Phòng <b>15</b>', { level: 'DEPARTMENT', parentId: organizerId });
    await addDirective(t, host.token, {
      meetingId: id,
      assigneeUnitId,
      task: 'Báo cáo <i>tháng</i>',
      deadline: '2022-05-04T18:00:00Z',
    });
    const html = await (await get(id, host.token, '?format=html')).text();
    expect(html).not.toMatch(/<script>|<b>|<i>|<tháng>/);
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>A &amp; B</p>');
    expect(html).toContain('1. Báo cáo &lt;i&gt;tháng&lt;/i&gt; (thời hạn: 05/5/2022)');
    // No concluder and no chair: the summary names the meeting alone (not "của chủ trì").
    expect(html).toContain(
      '<p class="summary">Kết luận Hội nghị giao ban &lt;tháng&gt; 5 &amp; &quot;6&quot;</p>',
    );
    const markdown = await (await get(id, host.token)).text();
    expect(markdown).toMatch(/^\*DỰ THẢO\*\n/);
    expect(markdown).toContain('Số: …\n');
    // Unsigned: no date yet, no signature, the usual recipients.
    expect(markdown).toMatch(/\*Quảng Ngãi [\d-]+, ngày … tháng … năm …\*/);
    expect(markdown).toMatch(/- Lưu: VT\.\n$/);
  });

  it('answers 404 for an unknown meeting, one the caller may not see, or one without a conclusion', async () => {
    const host = await user(t, 'HOST');
    expect((await get(UNKNOWN_ID, host.token)).status).toBe(404);
    expect((await get('not-an-id', host.token)).status).toBe(400);
    const other = await concludedMeeting(t);
    const cp = await t.ok(
      'mutation($input: AddConnectionPointInput!) { addConnectionPoint(input: $input) { id } }',
      { input: { meetingId: other.meetingId, unitId: await unit(t, 'VKSND huyện Ba Tơ'), role: 'SITE' } },
      other.host.token,
    );
    const code = await t.ok(
      'mutation($id: ID!) { issueSiteAccessCode(connectionPointId: $id) { code } }',
      { id: cp.addConnectionPoint.id },
      other.host.token,
    );
    const site = await t.ok('mutation($c: String!) { joinSite(code: $c) { token } }', {
      c: code.issueSiteAccessCode.code,
    });
    expect((await get(meetingId, site.joinSite.token)).status).toBe(404);
    expect((await get(other.meetingId, site.joinSite.token)).status).toBe(200);
    expectError(await t.gql(NOTICE, { id: meetingId }, site.joinSite.token), 'NOT_FOUND');
  });
});
