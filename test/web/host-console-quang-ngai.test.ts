import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { Client, MeetingDetailDocument } from '../../client-sdk/src';
import quangNgai from '../../server/seed/scenarios/quang-ngai-2022-04-28.json';
import { sdkClient } from '../../scripts/demo/live-meeting';
import { startTestServer, TestServer } from '../support/server';
import { Credentials, unit, user } from '../support/factories';
import { launchBrowser, roomPage, SCREENSHOTS } from '../support/browser';
import { ConsoleUser } from '../support/console';

jest.setTimeout(600_000);

/** The whole run's counts (clicks, key presses, fields): the secretary's effort, quoted in the README. */
const EFFORT_FILE = path.resolve(__dirname, '../../test-results/host-console-effort.json');

/**
 * The Quảng Ngãi 2022 thematic conference (server/seed/scenarios) prepared from scratch in the host
 * console by the province's secretary (points, delegates, agenda, codes), then run live from it with
 * its keyboard shortcuts while two sites follow on their screens; at the end the meeting read over
 * the API is what the run did.
 */
describe('the Quảng Ngãi meeting, prepared and run from the host console', () => {
  let t: TestServer;
  let browser: Browser;
  let secretary: Credentials;
  let api: Client;
  const PROVINCE = quangNgai.organizer;
  const BOARD = 'Ban chỉ đạo thực hiện Quy chế dân chủ VKSND tỉnh';
  const SUPREME = 'Viện kiểm sát nhân dân tối cao';

  beforeAll(async () => {
    [browser, t] = await Promise.all([launchBrowser(), startTestServer()]);
    // The unit tree as the administrator keeps it: the province, its districts, its steering board.
    const province = await unit(t, PROVINCE, { level: 'PROVINCIAL', exact: true });
    for (const site of quangNgai.sites) await unit(t, site.unit, { parentId: province, exact: true });
    await unit(t, BOARD, { level: 'OTHER', parentId: province, exact: true });
    secretary = await user(t, 'HOST', { name: 'Nguyễn Hàn My', unitId: province });
    api = sdkClient({ url: t.url }, secretary.token);
  });

  afterAll(async () => {
    await api?.close();
    await browser?.close();
    await t?.close();
  });

  it('prepares the meeting, issues the codes, and runs it live by keyboard while two sites follow', async () => {
    const origin = `http://127.0.0.1:${t.server.port}`;
    const host = await ConsoleUser.open(browser, origin);
    const { page } = host;
    await host.signIn(secretary.username, secretary.password);

    // The meeting.
    await host.button('Tạo hội nghị mới');
    await host.fill(page.getByLabel('Tên hội nghị'), quangNgai.title);
    await host.select(page.getByLabel('Loại hội nghị'), 'THEMATIC');
    await host.fill(page.getByLabel('Căn cứ (kế hoạch, công văn)'), quangNgai.plan);
    await host.pickUnit('organizer', [SUPREME, PROVINCE]);
    await host.pickUnit('host-unit', [SUPREME, PROVINCE]);
    await host.fill(page.getByLabel('Bắt đầu (giờ Việt Nam)'), '2022-04-28T07:30');
    await host.fill(page.getByLabel('Kết thúc (giờ Việt Nam)'), '2022-04-28T11:30');
    await host.button('Tạo hội nghị');
    await page.getByTestId('points').waitFor();
    const meetingId = page.url().split('/').at(-1)!;

    // The host point, then the province's 13 districts in one go.
    await host.pickUnit('point-unit', [SUPREME, PROVINCE]);
    await host.button('Thêm điểm cầu');
    await page.locator('[data-testid=points] li').first().waitFor();
    await host.button('Thêm tất cả VKSND cấp huyện trực thuộc');
    await page.locator('[data-testid=points] li').nth(quangNgai.sites.length).waitFor();

    // The delegates, each at the point of their unit.
    const participants = page.getByTestId('participants');
    for (const p of quangNgai.participants) {
      await host.select(participants.getByLabel('Điểm cầu'), { label: `Điểm cầu ${p.unit}` });
      await host.fill(participants.getByLabel('Họ và tên'), p.name);
      await host.fill(participants.getByLabel('Chức vụ'), p.position);
      await host.select(participants.getByLabel('Vai trò'), p.role.toUpperCase());
      await host.button('Thêm đại biểu');
      await participants.locator('li', { hasText: p.name }).waitFor();
    }

    // The agenda: the directive item is typed in before the contributions by mistake, then moved
    // down with the keyboard.
    const agenda = page.getByTestId('agenda');
    const [opening, report, contributions, directive, conclusion] = quangNgai.agenda;
    for (const item of [opening, report, directive, contributions, conclusion]) {
      await host.fill(agenda.getByLabel('Nội dung'), item.title);
      await host.select(agenda.getByLabel('Hình thức'), item.kind.toUpperCase());
      await host.fill(agenda.getByLabel('Số phút dự kiến'), String(item.plannedMinutes));
      if (item.presenter) await host.select(agenda.getByLabel('Người trình bày'), { label: item.presenter });
      await host.button('Thêm nội dung');
      await agenda.locator('li', { hasText: item.title }).waitFor();
    }
    await host.click(agenda.locator('li', { hasText: directive.title }).locator('.item-title'));
    await host.press('Alt+ArrowDown');
    await page.waitForFunction(
      (title) => document.querySelectorAll('[data-testid=agenda] li')[3]?.textContent?.includes(title),
      directive.title,
    );
    await host.button('Lên lịch (chốt chuẩn bị)');
    await page.getByTestId('meeting-status').filter({ hasText: 'Sắp diễn ra' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'host-prepare.png'), fullPage: true });

    // The codes, downloaded as the list sent to the sites.
    await host.button('Cấp mã cho tất cả điểm cầu');
    await page.locator('[data-testid=codes] td.link').filter({ hasText: '/site?code=' }).nth(12).waitFor();
    const download = page.waitForEvent('download');
    await host.button('Tải danh sách (CSV)');
    const csv = readFileSync(await (await download).path(), 'utf8');
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(quangNgai.sites.length);
    const linkOf = new Map(
      rows.map((r) => r.split(',')).map(([point, code, link]) => [point, { code, link }]),
    );
    const [city, ducPho] = quangNgai.sites.map((s) => linkOf.get(s.name)!);
    expect(city.link).toBe(`${origin}/site?code=${city.code}`);

    // Two sites open their links (the city's delegate is there; Đức Phổ has no named delegate).
    const [citySite, ducPhoSite] = await Promise.all([
      roomPage(browser, origin, city.code),
      roomPage(browser, origin, ducPho.code),
    ]);
    const sites = [citySite, ducPhoSite];
    const allBoards = async (testId: string, text: string) => {
      for (const site of sites) await site.getByTestId(testId).filter({ hasText: text }).waitFor();
    };
    // The host's keys act on what the console shows: the next key waits until it shows the change too
    // (its own subscription may come after the sites'), as the chair's eyes would.
    const everywhere = async (testId: string, text: string) => {
      await allBoards(testId, text);
      await page.getByTestId(testId).filter({ hasText: text }).waitFor();
    };
    const activeItem = (title: string) =>
      page.locator('[data-testid=live-agenda] li[data-status=ACTIVE]').filter({ hasText: title }).waitFor();

    // Live, from here on by keyboard where there is a key.
    const prepared = {
      clicks: host.clicks,
      keys: host.keys,
      fields: host.fields,
      characters: host.characters,
    };
    await host.button('Mở bàn điều hành trực tiếp');
    await page.getByTestId('live-console').waitFor();
    await page.getByTestId('shortcuts').filter({ hasText: 'Mời người tiếp theo' }).waitFor();
    await host.button('Bắt đầu hội nghị');
    await allBoards('meeting-status', 'Đang diễn ra');
    await page.getByTestId('meeting-status').filter({ hasText: 'Đang diễn ra' }).waitFor();
    for (const item of [opening, report, contributions]) {
      await host.press('n');
      await allBoards('agenda-item', item.title);
      await activeItem(item.title);
    }

    // Hands raised from the sites' own screens.
    const raise = async (site: Page, kind: string, topic: string, speaker?: string) => {
      await site.getByRole('button', { name: 'Điều hành' }).click();
      await site.getByTestId('operator-item').filter({ hasText: contributions.title }).waitFor();
      await site.getByLabel('Hình thức').selectOption(kind);
      if (speaker) await site.getByLabel('Người phát biểu').selectOption({ label: speaker });
      await site.getByLabel('Nội dung phát biểu').fill(topic);
      await site.getByRole('button', { name: 'Gửi đăng ký' }).click();
      await site.getByTestId('operator-message').filter({ hasText: 'Đã gửi' }).waitFor();
      await site.getByRole('button', { name: 'Bảng tin' }).click();
    };
    const [thuySpeech] = contributions.speeches!;
    await raise(citySite, 'CONTRIBUTION', thuySpeech.topic!, thuySpeech.speaker);
    await raise(ducPhoSite, 'COMMENT', 'Kiến nghị về dân chủ trong công tác cán bộ');
    const requests = page.getByTestId('requests');
    const queue = page.getByTestId('host-queue');
    const ducPhoName = quangNgai.sites[1].name;
    await requests.locator('li', { hasText: thuySpeech.speaker }).waitFor();
    await requests.locator('li', { hasText: ducPhoName }).waitFor();

    // Đức Phổ approved, then the city at position 1, then Đức Phổ moved back up.
    await host.button('Duyệt', requests.locator('li', { hasText: ducPhoName }));
    await queue.locator('li', { hasText: ducPhoName }).waitFor();
    await host.fill(requests.getByLabel('Vị trí'), '1');
    await host.button('Duyệt', requests.locator('li', { hasText: thuySpeech.speaker }));
    await queue.locator('li').nth(1).filter({ hasText: ducPhoName }).waitFor();
    await host.button('Lên', queue.locator('li', { hasText: ducPhoName }));
    await queue.locator('li').first().filter({ hasText: ducPhoName }).waitFor();
    await allBoards('queue', ducPhoName);

    // Đức Phổ speaks, is given a minute more, the chair pauses and resumes; then it ends.
    await host.press('s');
    await everywhere('speaker-name', ducPhoName);
    const countdown = page.getByTestId('countdown');
    expect(await countdown.getAttribute('data-limit')).toBe('300');
    await host.press('1');
    await page.locator('[data-testid=countdown][data-limit="360"]').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'host-live.png') });
    const hostRemaining = Number(await countdown.getAttribute('data-remaining'));
    const siteRemaining = Number(await citySite.getByTestId('countdown').getAttribute('data-remaining'));
    expect(Math.abs(hostRemaining - siteRemaining)).toBeLessThanOrEqual(2);
    await host.press('p');
    await everywhere('meeting-status', 'Tạm dừng');
    await host.press('p');
    await everywhere('meeting-status', 'Đang diễn ra');
    await host.press('e');
    await page.getByTestId('current-speech').filter({ hasText: 'Chưa có người phát biểu' }).waitFor();

    // The chair questions Đức Phổ: its explanation goes first, before the city's contribution.
    const ask = page.getByTestId('ask');
    await host.select(ask.getByLabel('Đơn vị giải trình'), { label: ducPhoName });
    await host.select(ask.getByLabel('Người truy vấn'), { label: 'Trần Quang Minh' });
    await host.fill(ask.getByLabel('Nội dung truy vấn'), 'Làm rõ việc công khai tài chính tại đơn vị');
    await host.button('Gửi truy vấn');
    await queue.locator('li').first().filter({ hasText: 'Giải trình' }).waitFor();
    await host.press('s');
    await everywhere('speaker-name', ducPhoName);
    // S again: the explanation ends and the city's delegate is called.
    await host.press('s');
    await everywhere('speaker-name', thuySpeech.speaker);
    await host.press('e');
    await page.getByTestId('current-speech').filter({ hasText: 'Chưa có người phát biểu' }).waitFor();

    for (const item of [directive, conclusion]) {
      await host.press('n');
      await allBoards('agenda-item', item.title);
      await activeItem(item.title);
    }

    // The conclusion, its directives, announced to the sites.
    const editor = page.getByTestId('conclusion-editor');
    const text =
      'Hội nghị đánh giá cao kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2021 của VKSND hai cấp tỉnh Quảng Ngãi.';
    await host.fill(editor.getByLabel('Kết luận hội nghị'), text);
    await host.select(editor.getByLabel('Người kết luận'), { label: quangNgai.conclusion.by });
    await host.button('Lưu dự thảo');
    await page.locator('[data-testid=conclusion-editor][data-version="1"]').waitFor();
    const directives = page.getByTestId('directives');
    // A deadline a month from now: the server refuses one in the past.
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    for (const d of quangNgai.conclusion.directives) {
      // "Các đơn vị VKSND hai cấp": the province's units, given to the province.
      await host.pickUnit(
        'assignee',
        d.assignee === BOARD ? [SUPREME, PROVINCE, BOARD] : [SUPREME, PROVINCE],
      );
      await host.fill(directives.getByLabel('Nhiệm vụ'), d.task);
      await host.fill(directives.getByLabel('Hạn hoàn thành'), deadline);
      await host.button('Giao nhiệm vụ', directives);
      await directives.locator('li', { hasText: d.task }).waitFor();
    }
    await host.button('Công bố kết luận');
    await allBoards('conclusion', text);

    // The last item done, the meeting ended (a confirmed click), the notice published.
    await host.press('n');
    await page.locator('[data-testid=live-agenda] li[data-status=ACTIVE]').waitFor({ state: 'detached' });
    await host.button('Kết thúc hội nghị');
    await host.button('Xác nhận kết thúc (không thể tiếp tục sau đó)');
    await allBoards('meeting-status', 'Đã kết thúc');
    await host.fill(editor.getByLabel('Số thông báo'), '15/TB-VKS');
    await host.fill(editor.getByLabel('Thẩm quyền ký (KT., TL., TM., Q.)'), 'KT. VIỆN TRƯỞNG');
    await host.fill(editor.getByLabel('Chức vụ người ký'), 'Phó Viện trưởng');
    await host.fill(editor.getByLabel('Họ tên người ký'), 'Trần Quang Minh');
    await host.button('Ban hành thông báo');
    await editor.getByRole('button', { name: 'Mở thông báo 15/TB-VKS' }).waitFor();

    // What the API reads is what the run did.
    const meeting = (await api.request(MeetingDetailDocument, { id: meetingId })).meeting!;
    expect(meeting).toMatchObject({
      title: quangNgai.title,
      kind: 'THEMATIC',
      planReference: quangNgai.plan,
      status: 'ENDED',
      scheduledStart: '2022-04-28T00:30:00.000Z',
      organizer: { name: PROVINCE },
      hostUnit: { name: PROVINCE },
    });
    expect(meeting.connectionPoints.map((cp) => cp.name).sort()).toEqual(
      [quangNgai.hostPoint, ...quangNgai.sites].map((s) => s.name).sort(),
    );
    expect(meeting.participants.map((p) => [p.name, p.role])).toEqual(
      quangNgai.participants.map((p) => [p.name, p.role.toUpperCase()]),
    );
    expect(meeting.agenda.map((i) => [i.title, i.kind, i.plannedMinutes, i.status])).toEqual(
      quangNgai.agenda.map((i) => [i.title, i.kind.toUpperCase(), i.plannedMinutes, 'DONE']),
    );
    const presenter = (name?: string) => meeting.participants.find((p) => p.name === name)?.id ?? null;
    expect(meeting.agenda.map((i) => i.presenterId)).toEqual(
      quangNgai.agenda.map((i) => presenter(i.presenter)),
    );
    expect(meeting.conclusion).toMatchObject({
      text,
      status: 'PUBLISHED',
      noticeNumber: '15/TB-VKS',
      concludedById: presenter(quangNgai.conclusion.by),
    });
    expect(meeting.conclusion!.directives.map((d) => d.task)).toEqual(
      quangNgai.conclusion.directives.map((d) => d.task),
    );
    const { meeting: read } = await t.ok(
      'query($id: ID!) { meeting(id: $id) { agenda { kind speeches { kind displayName status timeLimitSeconds } } } }',
      { id: meetingId },
      secretary.token,
    );
    const item = read.agenda.find((i: { kind: string }) => i.kind === 'CONTRIBUTIONS');
    expect(
      item.speeches.map((s: Record<string, unknown>) => [
        s.kind,
        s.displayName,
        s.status,
        s.timeLimitSeconds,
      ]),
    ).toEqual([
      ['CONTRIBUTION', thuySpeech.speaker, 'DONE', 600],
      ['COMMENT', ducPhoName, 'DONE', 360],
      ['QUESTION', 'Trần Quang Minh', 'DONE', 120],
      ['EXPLANATION', ducPhoName, 'DONE', 300],
    ]);

    // The secretary's effort, preparing and running: a budget that a clumsier console would exceed.
    const live = {
      clicks: host.clicks - prepared.clicks,
      keys: host.keys - prepared.keys,
      fields: host.fields - prepared.fields,
      characters: host.characters - prepared.characters,
    };
    mkdirSync(path.dirname(EFFORT_FILE), { recursive: true });
    writeFileSync(EFFORT_FILE, JSON.stringify({ prepared, live }, null, 2) + '\n');
    expect(live.clicks + live.keys).toBeLessThanOrEqual(40);
    expect(prepared.clicks + prepared.keys).toBeLessThanOrEqual(150);
    await Promise.all(sites.map((s) => s.context().close()));
    await host.close();
  });
});
