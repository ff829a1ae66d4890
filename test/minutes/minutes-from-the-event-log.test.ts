import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { addDirective, draft } from '../support/conclusions';
import { agendaItem, conference, lifecycle, participant, requestedSpeech } from '../support/factories';
import { docxText, download, flat, pdfText, saveSample } from '../support/documents';

const MINUTES_FIELDS = 'id meetingId text version status finalizedAt url';
const DRAFT_MINUTES = `mutation($id: ID!) { draftMinutes(meetingId: $id) { ${MINUTES_FIELDS} } }`;
const UPDATE_MINUTES = `mutation($id: ID!, $text: String!, $v: Int!) {
  updateMinutes(id: $id, text: $text, expectedVersion: $v) { ${MINUTES_FIELDS} } }`;
const FINALIZE_MINUTES = `mutation($id: ID!) { finalizeMinutes(id: $id) { ${MINUTES_FIELDS} } }`;
const READ_MINUTES = `query($id: ID!) { meeting(id: $id) { minutes { ${MINUTES_FIELDS} } } }`;

describe('the minutes, drafted from the event log', () => {
  let t: TestServer;
  const clock = new TestClock('2022-04-28T00:30:00Z'); // 07:30 in Quảng Ngãi
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('records the meeting as it happened, kept true after later changes; edited, finalized, issued', async () => {
    const m = await conference(t, { sites: 2 });
    const [site1, site2] = m.sites;
    const run = (mutation: string, id: string, extra = '') =>
      t.ok(`mutation($id: ID!) { ${mutation}(id: $id${extra}) { id } }`, { id }, m.host);
    await participant(t, m.host, m.meetingId, m.hostPointId, { name: 'Nguyễn Hàn My', role: 'SECRETARY' });
    await run('checkInParticipant', m.chairId);
    clock.advance(15 * 60); // 07:45: site 1's delegate comes late, site 2's is excused
    await run('checkInParticipant', site1.delegateId);
    await run('markParticipantAbsent', site2.delegateId, ', excused: true, reason: "Ốm"');
    const item = await agendaItem(t, m, { title: 'Tham luận về thực hiện dân chủ ở cơ sở' });
    clock.advance(5 * 60); // 07:50
    await run('startAgendaItem', item.id);
    const speech = await requestedSpeech(t, site1, item.id, { participantId: site1.delegateId });
    await run('approveSpeech', speech.id);
    await run('startSpeech', speech.id);
    clock.advance(5 * 60 + 20);
    await run('endSpeech', speech.id);
    clock.advance(4 * 60 + 40); // 08:00
    await run('completeAgendaItem', item.id);
    const { units } = await t
      .ok(
        'query($id: ID!) { meeting(id: $id) { connectionPoints { id unit { id name } } } }',
        { id: m.meetingId },
        m.host,
      )
      .then((d) => ({ units: new Map(d.meeting.connectionPoints.map((p: any) => [p.id, p.unit])) }));
    const unit1 = units.get(site1.id) as { id: string; name: string };
    await draft(
      t,
      m.host,
      m.meetingId,
      'Các đơn vị đã thực hiện tốt Quy chế dân chủ.\nCần tăng cường kiểm tra.',
    );
    await addDirective(t, m.host, {
      meetingId: m.meetingId,
      assigneeUnitId: unit1.id,
      task: 'Báo cáo kết quả kiểm tra',
    });
    clock.advance(10 * 60); // 08:10
    await lifecycle(t, m.host, m.meetingId, 'end');
    const renameChair = (name: string) =>
      t.server.services.db.dataSource.query('UPDATE participant SET name = ? WHERE id = ?', [
        name,
        m.chairId,
      ]);
    // Changed afterwards behind the log's back: the minutes keep the name as the meeting had it.
    await renameChair('Tên sửa sau');

    const before = (await t.ok(READ_MINUTES, { id: m.meetingId }, m.host)).meeting.minutes;
    expect(before).toBeNull();
    const { draftMinutes: minutes } = await t.ok(DRAFT_MINUTES, { id: m.meetingId }, m.host);
    expect(minutes).toMatchObject({ version: 1, status: 'DRAFT', url: `/meetings/${m.meetingId}/minutes` });
    const lines: string[] = minutes.text.split('\n');
    if (process.env.PRINT_MINUTES) process.stdout.write(`\n${minutes.text}\n`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Thời gian: từ 07 giờ 30 đến 08 giờ 10, ngày 28/4/2022.',
        expect.stringMatching(/^Chủ trì: đồng chí Phạm Thị Kim Liên/),
        expect.stringMatching(/^Thư ký: đồng chí Nguyễn Hàn My/),
        'I. THÀNH PHẦN THAM DỰ',
        `- ${unit1.name}: có mặt 1/1; đến muộn: Nguyễn Thị Bích Thủy 1 (07 giờ 45).`,
        expect.stringMatching(/: có mặt 0\/1; vắng có lý do: Nguyễn Thị Bích Thủy 2 \(lý do: Ốm\)\.$/),
        'II. NỘI DUNG',
        '1. Tham luận về thực hiện dân chủ ở cơ sở (từ 07 giờ 50 đến 08 giờ 00).',
        `- Đồng chí Nguyễn Thị Bích Thủy 1 (${unit1.name}), tham luận (5 phút 20 giây).`,
        'III. KẾT LUẬN',
        'Các đơn vị đã thực hiện tốt Quy chế dân chủ.',
        'Cần tăng cường kiểm tra.',
        'IV. Ý KIẾN CHỈ ĐẠO',
        `- ${unit1.name}: Báo cáo kết quả kiểm tra.`,
        'Hội nghị kết thúc vào lúc 08 giờ 10 cùng ngày.',
      ]),
    );
    expect(minutes.text).not.toContain('Tên sửa sau');
    // Put right again: the document is signed by the chair as now recorded.
    await renameChair('Phạm Thị Kim Liên');
    expectError(await t.gql(DRAFT_MINUTES, { id: m.meetingId }, m.host), 'CONFLICT');

    // The secretary's edits: optimistic versions, then final and fixed.
    const edited = `${minutes.text}\nBiên bản kết thúc lúc 08 giờ 15.`;
    const stale = await t.gql(UPDATE_MINUTES, { id: minutes.id, text: 'Sửa', v: 2 }, m.host);
    expect(expectError(stale, 'CONFLICT').extensions?.current).toMatchObject({ version: 1, status: 'DRAFT' });
    expectError(
      await t.gql(UPDATE_MINUTES, { id: minutes.id, text: '  ', v: 1 }, m.host),
      'BAD_USER_INPUT',
      'text',
    );
    expect(
      (await t.ok(UPDATE_MINUTES, { id: minutes.id, text: edited, v: 1 }, m.host)).updateMinutes.version,
    ).toBe(2);
    const final = (await t.ok(FINALIZE_MINUTES, { id: minutes.id }, m.host)).finalizeMinutes;
    expect(final).toMatchObject({ status: 'FINAL', finalizedAt: '2022-04-28T01:10:00.000Z', version: 2 });
    expectError(await t.gql(UPDATE_MINUTES, { id: minutes.id, text: 'Sửa', v: 2 }, m.host), 'CONFLICT');
    expectError(await t.gql(FINALIZE_MINUTES, { id: minutes.id }, m.host), 'CONFLICT');

    // Issued as a document: BIÊN BẢN, the text as edited, signed by the secretary and the chair.
    const files = {
      docx: (await download(t, m.meetingId, 'minutes', 'docx', m.host)).body,
      pdf: (await download(t, m.meetingId, 'minutes', 'pdf', m.host)).body,
    };
    saveSample('minutes-quang-ngai-2022-04-28', 'docx', files.docx);
    saveSample('minutes-quang-ngai-2022-04-28', 'pdf', files.pdf);
    const docx = flat(docxText(files.docx));
    const pdf = flat(pdfText(files.pdf));
    for (const text of [docx, pdf]) {
      for (const element of [
        // The host's unit keeps them (the meeting names no organizer), under its parent agency.
        'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
        'VIỆN KIỂM SÁT NHÂN DÂN TỈNH',
        'ngày 28 tháng 4 năm 2022',
        'BIÊN BẢN',
        'Hội nghị chuyên đề về thực hiện dân chủ',
        'Thời gian: từ 07 giờ 30 đến 08 giờ 10, ngày 28/4/2022.',
        'Biên bản kết thúc lúc 08 giờ 15.',
        'THƯ KÝ',
        'CHỦ TRÌ',
        'Nguyễn Hàn My',
        'Phạm Thị Kim Liên',
      ]) {
        expect(text).toContain(element);
      }
      expect(text).not.toContain('DỰ THẢO');
    }
  });

  it('is drafted by the hosts of a meeting that has started, and read by who sees it', async () => {
    const m = await conference(t, { sites: 1, live: false });
    expectError(await t.gql(DRAFT_MINUTES, { id: m.meetingId }, m.host), 'CONFLICT');
    await lifecycle(t, m.host, m.meetingId, 'start');
    expectError(await t.gql(DRAFT_MINUTES, { id: m.meetingId }, m.sites[0].token), 'FORBIDDEN');
    const { draftMinutes } = await t.ok(DRAFT_MINUTES, { id: m.meetingId }, m.host);
    // While the meeting goes on, the draft cannot be finalized.
    expectError(await t.gql(FINALIZE_MINUTES, { id: draftMinutes.id }, m.host), 'CONFLICT');
    const seen = await t.ok(READ_MINUTES, { id: m.meetingId }, m.sites[0].token);
    expect(seen.meeting.minutes).toMatchObject({ id: draftMinutes.id, status: 'DRAFT' });
    const md = (await download(t, m.meetingId, 'minutes', 'md', m.host)).body.toString('utf8');
    expect(md).toMatch(/^\*DỰ THẢO\*\n/);
    expect(md).toContain('# BIÊN BẢN');
  });
});
