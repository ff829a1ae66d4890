import { startTestServer, TestServer } from '../support/server';
import { OPS } from '../support/agenda';
import { agendaItem, conference, requestedSpeech } from '../support/factories';

const SPEECHES = `query($id: ID!) { meeting(id: $id) { agenda { id speeches { id kind questionId displayName } } } }`;

/** What a screen shows of a speaker, and in which order an item's speeches are listed. */
describe('Speech.displayName and the order of questions and explanations', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const speeches = async (token: string, meetingId: string, itemId: string) =>
    (await t.ok(SPEECHES, { id: meetingId }, token)).meeting.agenda.find((a: any) => a.id === itemId)
      .speeches;

  it("names the participant, else the name announced, else the connection point's unit", async () => {
    const m = await conference(t, { sites: 1 });
    const site = m.sites[0];
    const item = await agendaItem(t, m);
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    const byDelegate = await requestedSpeech(t, site, item.id, { participantId: site.delegateId });
    const byName = await requestedSpeech(t, site, item.id, { speakerName: 'Đồng chí Trần Văn Hùng' });
    const bySite = await requestedSpeech(t, site, item.id);
    expect(byDelegate.speakerName).toBeNull(); // the field that left screens blank
    const shown = new Map(
      (await speeches(site.token, m.meetingId, item.id)).map((s: any) => [s.id, s.displayName]),
    );
    expect(shown.get(byDelegate.id)).toBe('Nguyễn Thị Bích Thủy 1');
    expect(shown.get(byName.id)).toBe('Đồng chí Trần Văn Hùng');
    expect(shown.get(bySite.id)).toBe(site.name);
  });

  it('lists each EXPLANATION right after its QUESTION', async () => {
    const m = await conference(t, { sites: 1 });
    const item = await agendaItem(t, m, { title: 'Truy vấn, giải trình', kind: 'QUESTIONING' });
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    // Question and explanation are recorded at the same instant: a tie only an explicit rule breaks.
    for (let i = 1; i <= 8; i++) {
      const { askQuestion } = await t.ok(
        OPS.ask,
        {
          input: {
            agendaItemId: item.id,
            connectionPointId: m.sites[0].id,
            question: `Câu hỏi số ${i}`,
            askedById: m.chairId,
          },
        },
        m.host,
      );
      await t.ok(OPS.endSpeech, { id: askQuestion.questionId }, m.host);
    }
    const listed = await speeches(m.host, m.meetingId, item.id);
    expect(listed.map((s: any) => s.kind)).toEqual(Array(8).fill(['QUESTION', 'EXPLANATION']).flat());
    for (let i = 0; i < listed.length; i += 2) expect(listed[i + 1].questionId).toBe(listed[i].id);
    expect(listed[0].displayName).toBe('Phạm Thị Kim Liên');
  });
});
