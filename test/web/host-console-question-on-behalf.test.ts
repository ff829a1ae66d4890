import { ConsoleUser, useServerAndBrowser } from '../support/console';
import { agendaItem, conference, unit } from '../support/factories';

jest.setTimeout(120_000);

const QUEUE = `query($id: ID!) { liveMeeting(meetingId: $id) {
  currentSpeech { kind participantId } speakerQueue { kind connectionPointId participantId } } }`;

/**
 * The host asks a question on behalf of the meeting: of a department of the host unit (it explains
 * from the host point) and of a site's unit, each time naming who asks and who explains.
 */
describe('a question asked from the host console', () => {
  const world = useServerAndBrowser();

  it('asks a department and a site, with the asker and the explainer chosen', async () => {
    const { t } = world;
    const m = await conference(t, { sites: 2 });
    const { meeting } = await t.ok(
      'query($id: ID!) { meeting(id: $id) { connectionPoints { id unitId role } } }',
      { id: m.meetingId },
      m.host,
    );
    const province = meeting.connectionPoints.find((cp: any) => cp.role === 'HOST').unitId;
    const department = await unit(t, 'Phòng Thực hành quyền công tố', {
      level: 'DEPARTMENT',
      parentId: province,
    });
    const item = await agendaItem(t, m, { kind: 'QUESTIONING', title: 'Truy vấn, giải trình' });
    await t.ok('mutation($id: ID!) { startAgendaItem(id: $id) { id } }', { id: item.id }, m.host);

    const host = await ConsoleUser.onLiveScreen(world.browser, world.origin, m.meetingId);
    const ask = host.page.getByTestId('ask');
    const question = async (questioned: string, explainer: string, text: string) => {
      await ask.locator(`option[value="${questioned}"]`).waitFor({ state: 'attached' });
      await host.select(ask.getByLabel('Đơn vị giải trình'), questioned);
      await host.select(ask.getByLabel('Người giải trình'), { label: explainer });
      await host.select(ask.getByLabel('Người truy vấn'), { label: 'Phạm Thị Kim Liên' });
      await host.fill(ask.getByLabel('Nội dung truy vấn'), text);
      await host.button('Gửi truy vấn');
    };
    await question(`unit:${department}`, 'Nguyễn Trình', 'Vì sao tỷ lệ trả hồ sơ tăng?');
    await host.page.getByTestId('host-queue').filter({ hasText: 'Nguyễn Trình' }).waitFor();
    // The question is put at once; the next one waits for it to end.
    await host.page.getByTestId('speaker-name').filter({ hasText: 'Phạm Thị Kim Liên' }).waitFor();
    await host.button('Kết thúc phát biểu E');
    await host.page.getByTestId('speaker-name').waitFor({ state: 'detached' });
    await question(`point:${m.sites[1].id}`, 'Nguyễn Thị Bích Thủy 2', 'Vì sao án tồn chưa giải quyết?');
    await host.page.getByTestId('host-queue').filter({ hasText: 'Nguyễn Thị Bích Thủy 2' }).waitFor();

    const live = (await t.ok(QUEUE, { id: m.meetingId }, m.host)).liveMeeting;
    expect(live.currentSpeech).toEqual({ kind: 'QUESTION', participantId: m.chairId });
    expect(live.speakerQueue).toEqual(
      expect.arrayContaining([
        { kind: 'EXPLANATION', connectionPointId: m.hostPointId, participantId: m.presenterId },
        { kind: 'EXPLANATION', connectionPointId: m.sites[1].id, participantId: m.sites[1].delegateId },
      ]),
    );
    await host.close();
  });
});
