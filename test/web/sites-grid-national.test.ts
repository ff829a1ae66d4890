import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { Client, MeetingDetailDocument, MeetingLiveDocument } from '../../client-sdk/src';
import { OperationsClient } from '../../client-sdk/src/operations';
import { startTestServer, TestServer } from '../support/server';
import { adminToken } from '../support/sdk';
import { seedNational } from '../../server/seed/seed';
import { sdkClient } from '../../scripts/demo/live-meeting';
import { launchBrowser, roomPage, SCREENSHOTS } from '../support/browser';

// Seeding 764 points through the API takes a minute alone, several when the suite loads the machine.
jest.setTimeout(600_000);

/** The sites view of the national meeting: 764 connection points, some connected, some lost. */
describe('the sites grid at national scale', () => {
  let t: TestServer;
  let browser: Browser;
  let host: OperationsClient;
  let page: Page;
  const sites: Client[] = [];

  /** A site joins and follows until its client is closed (then it is LOST). */
  async function follow(connectionPointId: string): Promise<Client> {
    const { code } = await host.mutate.issueSiteAccessCode({ connectionPointId });
    const { token, connectionPoint } = await host.mutate.joinSite({ code });
    const client = sdkClient({ url: t.url }, token);
    const live = client.meetingLive(MeetingLiveDocument, { meetingId: connectionPoint.meetingId });
    await live[Symbol.asyncIterator]().next();
    return client;
  }

  beforeAll(async () => {
    [browser, t] = await Promise.all([launchBrowser(), startTestServer()]);
    const token = await adminToken(t.url);
    // Every point of the national shape; fewer delegates than its 3,000 (the grid shows the points).
    const { meetingId } = await seedNational((q, v) => t.ok(q, v, token), { participants: 1000 });
    host = sdkClient({ url: t.url }, token);
    const meeting = (await host.request(MeetingDetailDocument, { id: meetingId })).meeting!;
    const points = meeting.connectionPoints.filter((cp) => cp.role === 'SITE');
    // 40 sites follow, and 5 of them drop; the rest never joined.
    sites.push(
      ...(await Promise.all(
        points
          .filter((_, i) => i % 19 === 0)
          .slice(0, 40)
          .map((cp) => follow(cp.id)),
      )),
    );
    await Promise.all(sites.slice(0, 5).map((s) => s.close()));
    const { code } = await host.mutate.issueSiteAccessCode({ connectionPointId: points[1].id });
    page = await roomPage(browser, `http://127.0.0.1:${t.server.port}`, code);
    await page.getByRole('button', { name: 'Các điểm cầu' }).click();
    await page.getByTestId('sites').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(sites.map((s) => s.close()));
    await host?.close();
    await t?.close();
  });

  it('counts every state on top: 36 connected (35 sites and this screen), 5 lost, the rest never joined', async () => {
    const summary = page.getByTestId('sites-summary');
    await summary.filter({ hasText: '5 mất kết nối' }).waitFor();
    expect(await summary.innerText()).toContain(
      '36 đã kết nối · 5 mất kết nối · 723 chưa tham gia · 764 điểm cầu',
    );
    expect(await page.locator('.site').count()).toBe(764);
  });

  it('groups the sites by province, the provinces with lost sites first, lost sites first within them', async () => {
    const provinces = await page.locator('.province').evaluateAll((sections) =>
      sections.map((s) => ({
        lost: s.classList.contains('has-lost'),
        states: Array.from(s.querySelectorAll('.site'), (li) => li.getAttribute('data-state') ?? ''),
      })),
    );
    expect(provinces.length).toBeGreaterThan(60);
    const withLost = provinces.slice(1).filter((p) => p.lost).length; // after the host's own group
    expect(withLost).toBeGreaterThan(0);
    expect(provinces.slice(1, 1 + withLost).every((p) => p.lost)).toBe(true);
    for (const p of provinces) {
      const rank: Record<string, number> = { LOST: 0, NEVER_JOINED: 1, CONNECTED: 2 };
      const order = p.states.map((s) => rank[s]);
      expect(order).toEqual([...order].sort());
    }
    const lost = page.locator('.site-LOST .site-state').first();
    expect(await lost.innerText()).toMatch(/^Mất kết nối từ \d{2}:\d{2}$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sites.png') });
  });
});
