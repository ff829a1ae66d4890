import { Browser, Page } from 'playwright-core';
import { TestServer } from '../support/server';
import { meetingDetail, seededRun } from '../support/sdk';
import { LiveMeetingRun } from '../../scripts/demo/live-meeting';
import { launchBrowser, SCREEN } from '../support/browser';

jest.setTimeout(120_000);

/** A site joins with its code as read over the phone, comes back after a reload, and is told when revoked. */
describe('joining the site screen', () => {
  let t: TestServer;
  let run: LiveMeetingRun;
  let browser: Browser;
  let page: Page;
  let site: { id: string; name: string };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  // Each test its own server, meeting and browser context (nothing stored), so that any order holds.
  beforeEach(async () => {
    ({ t, run } = await seededRun('phu-yen-monthly-briefing'));
    const meeting = await meetingDetail(run);
    site = meeting.connectionPoints.find((cp) => cp.role === 'SITE')!;
    page = await (await browser.newContext({ viewport: SCREEN })).newPage();
  });
  afterEach(async () => {
    await page?.context().close();
    await run?.close();
    await t?.close();
  });

  const origin = () => `http://127.0.0.1:${t.server.port}`;
  const joinWith = async (typed: string) => {
    await page.getByLabel('Mã truy cập của điểm cầu').fill(typed);
    await page.getByRole('button', { name: 'Tham gia' }).click();
  };
  /** The page joined with a new code, showing the board. */
  const joined = async () => {
    const { code } = await run.host.mutate.issueSiteAccessCode({ connectionPointId: site.id });
    await page.goto(`${origin()}/site?code=${encodeURIComponent(code)}`);
    await page.getByTestId('board').waitFor();
  };

  it('refuses a wrong code in Vietnamese words', async () => {
    await page.goto(`${origin()}/site`);
    await joinWith('ZZZZ-ZZZZ');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'Mã truy cập không đúng hoặc đã bị thu hồi. Vui lòng kiểm tra lại mã với điểm cầu chủ trì.',
    );
  });

  it('takes the code as read over the phone: lower case, spaces, no dash', async () => {
    const { code } = await run.host.mutate.issueSiteAccessCode({ connectionPointId: site.id });
    await page.goto(`${origin()}/site`);
    await joinWith(` ${code.toLowerCase().replace('-', ' ').split('').join(' ')} `);
    await page.getByTestId('board').waitFor();
    expect(await page.locator('.tabs .site-name').innerText()).toBe(site.name);
  });

  it('comes back after a reload without asking for the code', async () => {
    await joined();
    await page.reload();
    await page.getByTestId('board').waitFor();
    expect(await page.getByLabel('Mã truy cập của điểm cầu').count()).toBe(0);
    expect(await page.getByTestId('meeting-title').innerText()).toBe(
      'Hội nghị giao ban trực tuyến VKSND hai cấp tỉnh Phú Yên tháng 6/2021',
    );
  });

  it('shows why and asks for a new code when the host revokes it', async () => {
    await joined();
    await run.host.mutate.revokeSiteAccessCode({ connectionPointId: site.id });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'Mã truy cập của điểm cầu đã bị thu hồi hoặc hết hạn. Vui lòng nhập mã mới.',
    );
    await page.reload();
    await page.getByLabel('Mã truy cập của điểm cầu').waitFor();
  });

  it('joins from a link carrying the code, which then leaves the address bar', async () => {
    const { code } = await run.host.mutate.issueSiteAccessCode({ connectionPointId: site.id });
    await page.goto(`${origin()}/site?code=${encodeURIComponent(code)}`);
    await page.getByTestId('board').waitFor();
    expect(new URL(page.url()).search).toBe('');
  });
});
