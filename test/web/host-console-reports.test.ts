import path from 'node:path';
import { SCREENSHOTS } from '../support/browser';
import { readFile } from 'node:fs/promises';
import { ConsoleUser, useServerAndBrowser } from '../support/console';
import { upload } from '../support/files';
import { meetingWithUnits } from '../support/reports';

jest.setTimeout(120_000);

const DAY = 24 * 3600_000;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`;

/** An instant as a datetime-local input's value in Vietnam's time (what the host types). */
const vietnamInput = (at: number) => new Date(at + 7 * 3600_000).toISOString().slice(0, 16);

/**
 * The host asks three sites' units for a report from the console and watches it fill in without a
 * reload: one sends on time with a file (downloaded with the host's token), one after the deadline
 * (the server's clock moved past it), one never.
 */
describe('reports asked from the host console', () => {
  // The server's clock, moved on past deadlines by the test.
  const clock = { at: Date.now(), now: () => new Date(clock.at) };
  const world = useServerAndBrowser(clock);

  it('shows who has sent, late or not, and who has not, live', async () => {
    const { t } = world;
    const m = await meetingWithUnits(t);
    const host = await ConsoleUser.onLiveScreen(world.browser, world.origin, m.meetingId);
    const panel = host.page.getByTestId('reports');
    await host.fill(panel.getByLabel('Tên báo cáo'), 'Báo cáo kết quả công tác tháng 6');
    // Refused by the server (a deadline gone by): its reason in Vietnamese, nothing asked.
    await host.fill(panel.getByLabel('Hạn gửi (giờ Việt Nam)'), vietnamInput(clock.at - DAY));
    for (const i of [1, 2, 3]) await host.click(panel.getByLabel(new RegExp(`Sơn Tịnh ${i} `)));
    await host.button('Yêu cầu báo cáo', panel);
    await host.outcome('«Thời hạn» phải là thời điểm trong tương lai');
    expect(await panel.locator('[data-report-request]').count()).toBe(0);

    await host.fill(panel.getByLabel('Hạn gửi (giờ Việt Nam)'), vietnamInput(clock.at + DAY));
    await host.button('Yêu cầu báo cáo', panel);
    await host.outcome('Đã gửi yêu cầu báo cáo đến các đơn vị.');
    const request = panel.locator('[data-report-request]');
    await request.filter({ hasText: 'Đã gửi 0/3' }).waitFor();
    const requestId = (await request.getAttribute('data-report-request'))!;
    const unit = (i: number, state: string) =>
      request.locator(`li[data-unit="${m.unitIds[i]}"][data-state="${state}"]`);

    const { body: file } = await upload(
      t,
      m.sites[0].token,
      'Báo cáo tháng 6.pdf',
      Buffer.from('%PDF-1.4 …'),
    );
    const send = (site: number, fileIds: string[] = []) =>
      t.ok(SUBMIT, { input: { requestId, text: 'Đã thụ lý 12 vụ án', fileIds } }, m.sites[site].token);
    await send(0, [file.id]);
    const onTime = unit(0, 'sent');
    await onTime.getByRole('button', { name: 'Tải tệp Báo cáo tháng 6.pdf' }).waitFor();
    expect(await onTime.innerText()).toContain('Đã gửi lúc');

    clock.at += 2 * DAY;
    await send(1);
    await unit(1, 'late').filter({ hasText: 'Gửi muộn' }).waitFor();
    await request.filter({ hasText: 'Đã gửi 2/3' }).waitFor();
    expect(await unit(2, 'missing').innerText()).toContain('Chưa gửi');
    expect(await unit(0, 'sent').innerText()).not.toContain('Gửi muộn');

    await panel.screenshot({ path: path.join(SCREENSHOTS, 'host-reports.png') });
    // The file comes with the host's token (a plain link would be refused) and is offered as a download.
    const [download] = await Promise.all([
      host.page.waitForEvent('download'),
      host.click(onTime.getByRole('button', { name: 'Tải tệp Báo cáo tháng 6.pdf' })),
    ]);
    expect(download.suggestedFilename()).toBe('Báo cáo tháng 6.pdf');
    expect(await readFile((await download.path())!, 'utf8')).toBe('%PDF-1.4 …');
    await host.close();
  });
});
