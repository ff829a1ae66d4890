import path from 'node:path';
import { roomPage, SCREENSHOTS } from '../support/browser';
import { ConsoleUser, useStartedMeetingAndBrowser } from '../support/console';
import { meetingDetail } from '../support/sdk';

jest.setTimeout(300_000);

/** The live console raises an alert when a site's screen goes away (LOST), and says when it is back. */
describe('a site lost and back, on the host console', () => {
  const world = useStartedMeetingAndBrowser('quang-ngai-2022-04-28');

  it('alerts while the site is LOST and lists its loss and its return', async () => {
    const { run, browser, origin } = world;
    const meeting = await meetingDetail(run);
    const site = meeting.connectionPoints.find((cp) => cp.role === 'SITE')!;
    const host = await ConsoleUser.onLiveScreen(browser, origin, run.meetingId);
    const row = (state: string) =>
      host.page.locator(`[data-testid=live-sites] li[data-point="${site.id}"][data-state=${state}]`);
    const alert = host.page.getByTestId('lost-alert');
    const events = host.page.getByTestId('site-events');
    await row('NEVER_JOINED').waitFor();
    expect(await alert.count()).toBe(0);

    const join = async () => {
      const { code } = await run.host.mutate.issueSiteAccessCode({ connectionPointId: site.id });
      return roomPage(browser, origin, code);
    };
    const screen = await join();
    await row('CONNECTED').waitFor();

    // The room's PC goes away: its socket closes, the site is LOST at once (no grace in tests).
    await screen.context().close();
    await row('LOST').waitFor();
    expect(await alert.innerText()).toBe(`Mất kết nối: ${site.name}`);
    await events.locator('li.bad', { hasText: `${site.name} mất kết nối lúc` }).waitFor();
    await host.page.screenshot({ path: path.join(SCREENSHOTS, 'host-site-lost.png') });

    const back = await join();
    await row('CONNECTED').waitFor();
    await alert.waitFor({ state: 'detached' });
    await events.locator('li.ok', { hasText: `${site.name} đã kết nối lại lúc` }).waitFor();
    expect(await events.locator('li').allInnerTexts()).toEqual([
      expect.stringContaining('đã kết nối lại'),
      expect.stringContaining('mất kết nối'),
    ]);
    await back.context().close();
    await host.close();
  });
});
