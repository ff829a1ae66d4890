import path from 'node:path';
import { SCREENSHOTS } from '../support/browser';
import { ConsoleUser, useStartedMeetingAndBrowser } from '../support/console';
import { meetingDetail } from '../support/sdk';

jest.setTimeout(300_000);

/**
 * Two hosts edit the conclusion of the Quảng Ngãi meeting at once, each in their own browser: the
 * one who saves second is refused (CONFLICT), sees the other's text beside their own, and saves the
 * merge against the newer version; the first host's screen then shows the merge.
 */
describe('the conclusion edited from two host consoles at once', () => {
  const world = useStartedMeetingAndBrowser('quang-ngai-2022-04-28');

  it('shows the second editor a merge view on CONFLICT and saves the merge', async () => {
    const { run } = world;
    const [first, second] = await Promise.all(
      [0, 1].map(() => ConsoleUser.onLiveScreen(world.browser, world.origin, run.meetingId)),
    );
    for (const host of [first, second]) await host.page.getByTestId('conclusion-editor').waitFor();
    const editor = (host: ConsoleUser) => host.page.getByTestId('conclusion-editor');
    const version = (host: ConsoleUser, v: number) =>
      host.page.locator(`[data-testid=conclusion-editor][data-version="${v}"]`).waitFor();

    const draft = 'Hội nghị đánh giá cao kết quả thực hiện Quy chế dân chủ năm 2021.';
    await first.fill(editor(first).getByLabel('Kết luận hội nghị'), draft);
    await first.button('Lưu dự thảo');
    await version(second, 1);
    expect(await editor(second).getByLabel('Kết luận hội nghị').inputValue()).toBe(draft);

    // Both edit the first version; the first saves, then the second.
    const firstText = `${draft}\nYêu cầu các đơn vị tăng cường kiểm tra.`;
    const secondText = `${draft}\nNhân rộng các đơn vị làm tốt.`;
    await first.fill(editor(first).getByLabel('Kết luận hội nghị'), firstText);
    await second.fill(editor(second).getByLabel('Kết luận hội nghị'), secondText);
    await first.button('Cập nhật (phiên bản 1)');
    await version(first, 2);
    await version(second, 2);
    await second.button('Cập nhật (phiên bản 1)');

    const merge = second.page.getByTestId('merge-view');
    await merge.waitFor();
    await second.outcome('Người khác vừa sửa kết luận (phiên bản 2)');
    expect(await merge.getByTestId('theirs').innerText()).toBe(firstText);
    expect(await merge.getByLabel('Bản của bạn (sửa để hợp nhất)').inputValue()).toBe(secondText);
    await second.page.screenshot({ path: path.join(SCREENSHOTS, 'host-conflict.png') });

    const merged = `${firstText}\nNhân rộng các đơn vị làm tốt.`;
    await second.fill(merge.getByLabel('Bản của bạn (sửa để hợp nhất)'), merged);
    await second.button('Lưu bản đã hợp nhất');
    await merge.waitFor({ state: 'detached' });
    await version(first, 3);
    expect(await editor(first).getByLabel('Kết luận hội nghị').inputValue()).toBe(merged);

    const meeting = await meetingDetail(run);
    expect(meeting.conclusion).toMatchObject({ text: merged, version: 3, status: 'DRAFT' });
    await Promise.all([first.close(), second.close()]);
  });
});
