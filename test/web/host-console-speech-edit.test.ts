import { ConsoleUser, useServerAndBrowser } from '../support/console';
import { agendaItem, conference, queuedSpeech } from '../support/factories';

jest.setTimeout(120_000);

const QUEUE = `query($id: ID!) { liveMeeting(meetingId: $id) {
  speakerQueue { id kind participantId speakerName displayName topic } } }`;

/**
 * A speech in the queue put right from the console: its speaker named (a delegate of its site, or a
 * name as announced), its topic and kind changed.
 */
describe("a speech's speaker and topic put right from the host console", () => {
  const world = useServerAndBrowser();

  it('names the speaker, then a name as announced, with topic and kind', async () => {
    const { t } = world;
    const m = await conference(t, { sites: 2 });
    const item = await agendaItem(t, m);
    await t.ok('mutation($id: ID!) { startAgendaItem(id: $id) { id } }', { id: item.id }, m.host);
    const speech = await queuedSpeech(t, m, m.sites[0], item.id);
    const queued = async () =>
      (await t.ok(QUEUE, { id: m.meetingId }, m.host)).liveMeeting.speakerQueue.find(
        (s: any) => s.id === speech.id,
      );

    const host = await ConsoleUser.onLiveScreen(world.browser, world.origin, m.meetingId);
    const row = host.page.locator(`[data-testid=host-queue] li[data-speech="${speech.id}"]`);
    await host.button('Sửa', row);
    const form = row.locator(`[data-edit-speech="${speech.id}"]`);
    await host.select(form.getByLabel(/^Người phát biểu/), {
      label: 'Nguyễn Thị Bích Thủy 1',
    });
    await host.fill(form.getByLabel('Nội dung phát biểu'), 'Kết quả giải quyết án hình sự');
    await host.select(form.getByLabel('Hình thức'), { label: 'Báo cáo' });
    await host.button('Lưu', form);
    // The form closes once the change is saved; before, its own options name the speaker and kind.
    await form.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Nguyễn Thị Bích Thủy 1' }).filter({ hasText: 'Báo cáo' }).waitFor();
    expect(await queued()).toMatchObject({
      kind: 'REPORT',
      participantId: m.sites[0].delegateId,
      topic: 'Kết quả giải quyết án hình sự',
    });

    await host.button('Sửa', row);
    await host.select(form.getByLabel(/^Người phát biểu/), {
      label: '— Người khác (nhập tên) —',
    });
    await host.fill(form.getByLabel('Họ tên người phát biểu'), 'Lê Văn Hùng');
    await host.button('Lưu', form);
    await form.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Lê Văn Hùng' }).waitFor();
    expect(await queued()).toMatchObject({ participantId: null, speakerName: 'Lê Văn Hùng', kind: 'REPORT' });
    await host.close();
  });
});
