import { ConsoleUser, useStartedMeetingAndBrowser } from '../support/console';
import { meetingDetail } from '../support/sdk';

jest.setTimeout(300_000);

/** The live screen's keys act only outside the fields, and a refused action is told in words. */
describe('the live console: keys while typing, and a refusal', () => {
  const world = useStartedMeetingAndBrowser('quang-ngai-2022-04-28');

  it('ignores a shortcut typed into a field, and says what to do when a call is refused', async () => {
    const { run, browser, origin } = world;
    const meeting = await meetingDetail(run);
    const hostPoint = meeting.connectionPoints.find((cp) => cp.role === 'HOST')!;
    const item = meeting.agenda[0];
    await run.host.mutate.startAgendaItem({ id: item.id });
    const speeches = [];
    for (const speakerName of ['Phùng Thanh Liễu', 'Nguyễn Trình']) {
      const { id } = await run.host.mutate.requestToSpeak({
        input: { agendaItemId: item.id, connectionPointId: hostPoint.id, speakerName, kind: 'COMMENT' },
      });
      await run.host.mutate.approveSpeech({ id });
      speeches.push(id);
    }
    await run.host.mutate.startSpeech({ id: speeches[0] });

    const host = await ConsoleUser.onLiveScreen(browser, origin, run.meetingId);
    const { page } = host;
    await page.getByTestId('speaker-name').filter({ hasText: 'Phùng Thanh Liễu' }).waitFor();

    // "n" and "e" typed into the question are letters of the question, not the keys.
    const question = page.getByTestId('ask').getByLabel('Nội dung truy vấn');
    await question.pressSequentially('ne');
    expect(await question.inputValue()).toBe('ne');

    // Calling the second speaker while the first speaks: refused, with what to do.
    const queue = page.getByTestId('host-queue');
    await host.button('Mời phát biểu', queue.locator('li', { hasText: 'Nguyễn Trình' }));
    const alert = page.getByRole('alert').filter({ hasText: 'Đang có người phát biểu' });
    expect(await alert.innerText()).toBe(
      'Đang có người phát biểu: kết thúc phát biểu đó trước (phím E), rồi mời người tiếp theo.',
    );
    expect((await run.host.query.liveMeeting({ meetingId: run.meetingId })).currentSpeech?.id).toBe(
      speeches[0],
    );

    // The key the message names, with the focus out of the field: the speech ends.
    await page.getByTestId('live-agenda').getByRole('heading').click();
    await host.press('e');
    await page.getByTestId('current-speech').filter({ hasText: 'Chưa có người phát biểu' }).waitFor();
    // Only E acted: the item typed "n" into the question is still on, the first speech ended once.
    const live = await run.host.query.liveMeeting({ meetingId: run.meetingId });
    expect(live.currentAgendaItem?.id).toBe(item.id);
    expect(live.speakerQueue.map((s) => s.id)).toEqual([speeches[1]]);
    await host.close();
  });
});
