import { Browser, Page } from 'playwright-core';
import { TestServer } from '../support/server';
import { meetingDetail, seededRun } from '../support/sdk';
import { LiveMeetingRun } from '../../scripts/demo/live-meeting';
import { launchBrowser, roomPage } from '../support/browser';

jest.setTimeout(120_000);

/** A site's operator works from the page with the site token; the host reads the result over the API. */
describe("the site operator's actions", () => {
  let t: TestServer;
  let run: LiveMeetingRun;
  let browser: Browser;
  let page: Page;
  let site: { id: string; unitId: string };
  let delegates: { id: string; name: string }[];

  const participant = async (id: string) => (await meetingDetail(run)).participants.find((p) => p.id === id)!;
  const message = async (text: string) => {
    const alert = page.getByTestId('operator-message').filter({ hasText: text });
    await alert.waitFor();
    return alert.innerText();
  };
  const row = (name: string) => page.locator('tr', { hasText: name });

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  // Each test its own server, LIVE meeting and site page, so that any order holds.
  beforeEach(async () => {
    ({ t, run } = await seededRun('phu-yen-monthly-briefing'));
    const meeting = await meetingDetail(run);
    site = meeting.connectionPoints.find((cp) => cp.role === 'SITE')!;
    delegates = [];
    for (const name of ['Nguyễn Văn Hùng', 'Trần Thị Hương', 'Lê Minh Tuấn'])
      delegates.push(
        await run.host.mutate.addParticipant({
          input: { meetingId: run.meetingId, connectionPointId: site.id, unitId: site.unitId, name },
        }),
      );
    await run.host.mutate.startMeeting({ id: run.meetingId });
    const { code } = await run.host.mutate.issueSiteAccessCode({ connectionPointId: site.id });
    page = await roomPage(browser, `http://127.0.0.1:${t.server.port}`, code);
    await page.getByRole('button', { name: 'Điều hành' }).click();
    await row('Lê Minh Tuấn').waitFor();
  });
  afterEach(async () => {
    await page?.context().close();
    await run?.close();
    await t?.close();
  });
  /** The meeting's first agenda item started, as the page shows it. */
  const firstItemOn = async () => {
    const meeting = await meetingDetail(run);
    await run.host.mutate.startAgendaItem({ id: meeting.agenda[0].id });
    await page.getByTestId('operator-item').filter({ hasText: meeting.agenda[0].title }).waitFor();
  };

  it('checks a delegate in', async () => {
    await row('Nguyễn Văn Hùng').getByRole('button', { name: 'Điểm danh' }).click();
    await row('Nguyễn Văn Hùng').locator('.attendance-state', { hasText: 'Có mặt' }).waitFor();
    expect(await participant(delegates[0].id)).toMatchObject({ attendance: 'PRESENT' });
  });

  it('marks delegates absent, and excused with the reason given', async () => {
    await row('Trần Thị Hương').getByLabel('Lý do').fill('Đi công tác tại Hà Nội');
    await row('Trần Thị Hương').getByRole('button', { name: 'Vắng có lý do' }).click();
    await row('Trần Thị Hương').locator('.attendance-state', { hasText: 'Vắng có lý do' }).waitFor();
    expect(await participant(delegates[1].id)).toMatchObject({
      attendance: 'EXCUSED',
      absenceReason: 'Đi công tác tại Hà Nội',
    });
    await row('Lê Minh Tuấn').getByRole('button', { name: 'Vắng', exact: true }).click();
    await row('Lê Minh Tuấn').locator('.attendance-state', { hasText: 'Vắng' }).waitFor();
    expect(await participant(delegates[2].id)).toMatchObject({ attendance: 'ABSENT' });
  });

  it('says a hand cannot be raised before an agenda item is on', async () => {
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    expect(await message('Chưa có nội dung')).toBe(
      'Chưa có nội dung nào đang diễn ra: chưa thể đăng ký phát biểu.',
    );
  });

  it("shows the server's refusal in Vietnamese words, never as a code", async () => {
    await firstItemOn();
    await page.getByLabel('Nội dung phát biểu').fill('Ý kiến '.repeat(100)); // over 500 characters
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    expect(await message('không được quá')).toBe('«Nội dung phát biểu» không được quá 500 ký tự');
    expect((await run.host.query.liveMeeting({ meetingId: run.meetingId })).speechRequests).toEqual([]);
  });

  it('raises a hand with its kind, speaker and topic, then withdraws it', async () => {
    await firstItemOn();
    await page.getByLabel('Hình thức').selectOption('CONTRIBUTION');
    await page.getByLabel('Người phát biểu').selectOption({ label: 'Nguyễn Văn Hùng' });
    await page.getByLabel('Nội dung phát biểu').fill('Tham luận về công tác kiểm sát');
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page.locator('.own-hands li', { hasText: 'Tham luận về công tác kiểm sát' }).waitFor();
    const [request] = (await run.host.query.liveMeeting({ meetingId: run.meetingId })).speechRequests;
    expect(request).toMatchObject({
      kind: 'CONTRIBUTION',
      participantId: delegates[0].id,
      topic: 'Tham luận về công tác kiểm sát',
      connectionPointId: site.id,
    });

    await page.getByRole('button', { name: 'Rút đăng ký' }).click();
    await page.locator('.own-hands li').waitFor({ state: 'detached' });
    expect((await run.host.query.liveMeeting({ meetingId: run.meetingId })).speechRequests).toEqual([]);
  });
});
