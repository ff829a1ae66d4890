import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { MeetingLastEventSeqDocument } from '../../client-sdk/src';
import { TestServer } from '../support/server';
import { meetingDetail, seededRun } from '../support/sdk';
import { until } from '../support/live';
import { LiveMeetingRun } from '../../scripts/demo/live-meeting';
import {
  boardText,
  CuttableProxy,
  launchBrowser,
  roomPage,
  SCREENSHOTS,
  waitForSeq,
} from '../support/browser';

jest.setTimeout(180_000);

/**
 * The Phú Yên briefing run by the host through the API while three sites' screens follow it in
 * Chromium, each in its own browser context; the third reaches the server through a proxy the test
 * cuts for 10 s while two speeches pass.
 */
describe('three site screens follow the Phú Yên briefing in a real browser', () => {
  let t: TestServer;
  let run: LiveMeetingRun;
  let browser: Browser;
  let proxy: CuttableProxy;
  let pages: Page[];
  let speeches: string[];
  const SPEAKERS = ['Lê Minh Tuấn', 'Phạm Thị Lan', 'Võ Đức Thắng', 'Đỗ Văn Nam'];
  /** Which of SPEAKERS speaks now: the cut-off test moves on two speeches, in whatever order the tests run. */
  let speaking = 0;
  let agendaItemId: string;
  /** A delegate seated at the third site (the one cut off), and that site. */
  let cutSiteDelegate: string;
  let cutSite: string;

  const lastSeq = async () =>
    (await run.host.request(MeetingLastEventSeqDocument, { id: run.meetingId })).meeting!.lastEventSeq;
  const allCaughtUp = async (ps = pages) => {
    const seq = await lastSeq();
    await Promise.all(ps.map((p) => waitForSeq(p, seq)));
  };

  beforeAll(async () => {
    [browser, { t, run }] = await Promise.all([launchBrowser(), seededRun('phu-yen-monthly-briefing')]);
    proxy = await CuttableProxy.start(t.server.port);
    const meeting = await meetingDetail(run);
    const sites = meeting.connectionPoints.filter((cp) => cp.role === 'SITE').slice(0, 3);
    cutSite = sites[2].id;
    const codes = [];
    for (const site of sites) {
      for (const name of ['Nguyễn Văn Hùng', 'Trần Thị Hương'])
        cutSiteDelegate = (
          await run.host.mutate.addParticipant({
            input: { meetingId: run.meetingId, connectionPointId: site.id, unitId: site.unitId, name },
          })
        ).id;
      codes.push((await run.host.mutate.issueSiteAccessCode({ connectionPointId: site.id })).code);
    }
    const origin = `http://127.0.0.1:${t.server.port}`;
    // Codes as read over the phone: lower case, spaces instead of the dash.
    const spoken = (code: string) => code.toLowerCase().replace('-', ' ');
    pages = await Promise.all([
      roomPage(browser, origin, spoken(codes[0])),
      // This room's PC is seven minutes fast: its countdown still follows the server's clock.
      roomPage(browser, origin, codes[1], 7 * 60_000),
      roomPage(browser, proxy.origin, codes[2]),
    ]);

    // The host opens the meeting and queues four speeches of the first item.
    await run.host.mutate.startMeeting({ id: run.meetingId });
    agendaItemId = meeting.agenda[0].id;
    await run.host.mutate.startAgendaItem({ id: agendaItemId });
    const host = meeting.connectionPoints.find((cp) => cp.role === 'HOST')!;
    speeches = [];
    for (const [i, speakerName] of SPEAKERS.entries()) {
      const speech = await run.host.mutate.requestToSpeak({
        input: {
          agendaItemId,
          connectionPointId: host.id,
          speakerName,
          kind: i === 0 ? 'REPORT' : 'COMMENT',
          topic: `Ý kiến số ${i + 1}`,
        },
      });
      await run.host.mutate.approveSpeech({ id: speech.id });
      speeches.push(speech.id);
    }
    await run.host.mutate.startSpeech({ id: speeches[0] });
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await run?.close();
    await t?.close();
  });

  it('shows the same speaker, queue and countdown (within a second) on every screen', async () => {
    await allCaughtUp();
    const boards = await Promise.all(pages.map(boardText));
    const { remaining, ...first } = boards[0];
    expect((await pages[1].evaluate(() => Date.now())) - Date.now()).toBeGreaterThan(6 * 60_000);
    expect(first.speaker).not.toBe('');
    expect(first.speaker).toBe(SPEAKERS[speaking]);
    expect(first.queue).toContain(SPEAKERS[speaking + 1]);
    for (const board of boards.slice(1)) {
      expect(board).toMatchObject(first);
      expect(Math.abs(board.remaining! - remaining!)).toBeLessThanOrEqual(1);
    }
    await pages[0].screenshot({ path: path.join(SCREENSHOTS, 'board.png') });
  });

  it('a site cut off for 10 s while two speeches pass shows the banner, then exactly what the others show', async () => {
    proxy.cut();
    const cutAt = Date.now();
    await pages[2].getByTestId('connection-banner').waitFor();
    expect(await pages[2].getByTestId('connection-banner').innerText()).toBe(
      'Mất kết nối — đang kết nối lại…',
    );
    await pages[2].screenshot({ path: path.join(SCREENSHOTS, 'offline-banner.png') });
    const frozen = await boardText(pages[2]);

    // Its delegate is checked in meanwhile (meetingEvents resumes too).
    await run.host.mutate.checkInParticipant({ id: cutSiteDelegate });
    for (const id of speeches.slice(0, 2)) {
      await run.host.mutate.endSpeech({ id });
      await run.host.mutate.startSpeech({ id: speeches[speeches.indexOf(id) + 1] });
    }
    speaking = 2;
    await allCaughtUp(pages.slice(0, 2));
    // Still as it was when the connection dropped.
    expect(await boardText(pages[2])).toMatchObject({ seq: frozen.seq, speaker: frozen.speaker });

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10_000 - (Date.now() - cutAt))));
    proxy.restore();
    // Its coming back is itself an event (SITE_CONNECTED), written once the server has its socket.
    await until(async () => {
      const live = await run.host.query.liveMeeting({ meetingId: run.meetingId });
      return live.connectionPoints.find((cp) => cp.id === cutSite)?.connectionState === 'CONNECTED';
    }, 'the cut site connected again');
    await allCaughtUp();
    await pages[2].getByTestId('connection-banner').waitFor({ state: 'detached' });
    const [reference, , restored] = await Promise.all(pages.map(boardText));
    const { remaining, ...shown } = reference;
    expect(restored).toMatchObject(shown);
    expect(restored.speaker).not.toBe(frozen.speaker);
    expect(Math.abs(restored.remaining! - remaining!)).toBeLessThanOrEqual(1);
    await pages[2].getByRole('button', { name: 'Điều hành' }).click();
    // meetingEvents resumes on its own socket attempt: the check-in arrives, once.
    await pages[2]
      .locator(`[data-participant="${cutSiteDelegate}"] .attendance-state`, { hasText: 'Có mặt' })
      .waitFor();
    await pages[2].getByRole('button', { name: 'Bảng tin' }).click();
  });

  it('an operator raises a hand from the page, and the host sees it', async () => {
    const page = pages[0];
    await page.getByRole('button', { name: 'Điều hành' }).click();
    await page.getByLabel('Hình thức').selectOption('CONTRIBUTION');
    await page.getByLabel('Nội dung phát biểu').fill('Kiến nghị về án tồn đọng');
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page.getByTestId('operator-message').filter({ hasText: 'Đã gửi' }).waitFor();

    const live = await run.host.query.liveMeeting({ meetingId: run.meetingId });
    expect(live.speechRequests).toEqual([
      expect.objectContaining({
        kind: 'CONTRIBUTION',
        topic: 'Kiến nghị về án tồn đọng',
        status: 'REQUESTED',
      }),
    ]);
    await allCaughtUp();
    for (const p of pages) {
      await p.getByRole('button', { name: 'Bảng tin' }).click();
      expect(await p.getByTestId('hands').innerText()).toContain('Tham luận');
    }
  });

  it('shows the conclusion once announced, not while a draft', async () => {
    const meeting = await meetingDetail(run);
    const chair = meeting.participants.find((p) => p.role === 'CHAIR') ?? meeting.participants[0];
    const text = 'Hội nghị thống nhất đánh giá kết quả công tác tháng 6/2021 và giao nhiệm vụ tháng 7.';
    const draft = await run.host.mutate.draftConclusion({
      input: { meetingId: run.meetingId, concludedById: chair.id, text },
    });
    await allCaughtUp();
    for (const page of pages) expect(await page.getByTestId('conclusion').count()).toBe(0);
    await run.host.mutate.announceConclusion({ id: draft.id });
    for (const page of pages) await page.getByTestId('conclusion').filter({ hasText: text }).waitFor();
    // A screen opened after it (the room's PC restarted) reads it once it has joined.
    await pages[0].reload();
    await pages[0].getByTestId('board').waitFor();
    await pages[0].getByTestId('conclusion').filter({ hasText: text }).waitFor();
  });
});
