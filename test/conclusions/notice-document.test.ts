import { TestClock, UNKNOWN_ID } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { DRAFT, PUBLISH, addDirective, concludedMeeting } from '../support/conclusions';
import { lifecycle, unit, user } from '../support/factories';
import { scenarios, seedScenario } from '../../server/seed/seed';
import reference from '../../server/seed/scenarios/quang-ngai-2022-04-28.json';

const BODY = `Ban chỉ đạo tiếp thu những ý kiến chỉ đạo của đồng chí Viện trưởng và những ý kiến góp ý của các cá nhân, đơn vị.

Trong thời gian tới, Ban chỉ đạo sẽ tiếp tục quán triệt, triển khai thực hiện đầy đủ các văn bản của Đảng, Nhà nước, của Ngành cấp trên và của địa phương liên quan đến thực hiện Quy chế dân chủ trong hai cấp Kiểm sát.`;

const NOTICE = `query($id: ID!) { meeting(id: $id) { conclusion { notice {
  published issuer number place date dateLine title subject body recipients
  sections { unitName directives { task } } } } } }`;

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
    const markdown = await res.text();
    if (process.env.PRINT_NOTICE) process.stdout.write(`\n${markdown}\n`);
    const [bcd, all] = reference.conclusion.directives;
    const districts = reference.sites.map((s) => s.unit).sort((a, b) => a.localeCompare(b, 'vi'));
    expect(markdown).toBe(
      [
        '**VKSND TỈNH QUẢNG NGÃI**\\',
        'Số: 12/TB-VKS',
        '',
        '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\',
        '**Độc lập - Tự do - Hạnh phúc**',
        '',
        '*Quảng Ngãi, ngày 28 tháng 4 năm 2022*',
        '',
        '# THÔNG BÁO KẾT LUẬN',
        '',
        `**của đồng chí Trần Quang Minh, ${reference.participants[1].position} tại ${reference.title}**`,
        '',
        BODY,
        '',
        '## Phân công thực hiện',
        '',
        `**${bcd.assignee}:**`,
        '',
        `1. ${bcd.task}`,
        '',
        `**${all.assignee}:**`,
        '',
        `2. ${all.task}`,
        '',
        '**Nơi nhận:**',
        '',
        ...[bcd.assignee, all.assignee, ...districts].map((r) => `- ${r};`),
        '- Lưu: VT.',
        '',
      ].join('\n'),
    );

    const data = await t.ok(NOTICE, { id: meetingId }, admin);
    expect(data.meeting.conclusion.notice).toEqual({
      published: true,
      issuer: 'VKSND TỈNH QUẢNG NGÃI',
      number: '12/TB-VKS',
      place: 'Quảng Ngãi',
      date: '2022-04-28T04:00:00.000Z',
      dateLine: 'Quảng Ngãi, ngày 28 tháng 4 năm 2022',
      title: 'THÔNG BÁO KẾT LUẬN',
      subject: `của đồng chí Trần Quang Minh, ${reference.participants[1].position} tại ${reference.title}`,
      body: BODY,
      recipients: [bcd.assignee, all.assignee, ...districts],
      sections: [
        { unitName: bcd.assignee, directives: [{ task: bcd.task }] },
        { unitName: all.assignee, directives: [{ task: all.task }] },
      ],
    });

    const html = await get(meetingId, admin, '?format=html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('<p class="date">Quảng Ngãi, ngày 28 tháng 4 năm 2022</p>');
    expect((await get(meetingId, admin, '?format=pdf')).status).toBe(400);
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
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>A &amp; B');
    expect(html).toContain('Báo cáo &lt;i&gt;tháng&lt;/i&gt; (thời hạn: 05/5/2022)');
    expect(html).toContain('tại Hội nghị giao ban &lt;tháng&gt; 5 &amp; &quot;6&quot;');
    const markdown = await (await get(id, host.token)).text();
    expect(markdown).toMatch(/^\*DỰ THẢO\*\n/);
    expect(markdown).toContain('Số: …\n');
    expect(markdown).toMatch(/\*Quảng Ngãi [\d-]+, ngày … tháng … năm …\*/);
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
