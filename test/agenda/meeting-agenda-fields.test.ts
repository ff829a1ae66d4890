import { StatementCounter } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, queuedSpeech, requestedSpeech } from '../support/factories';
import { OPS } from '../support/agenda';

const LIVE = `query($id: ID!) { meeting(id: $id) {
  agenda { id presenter { name } queue { id } speeches { id speaker { name } connectionPoint { name }
    agendaItem { id } question { id } explanation { id } } }
  currentAgendaItem { id presenter { name } }
  currentSpeech { id speaker { name } connectionPoint { name } agendaItem { title } }
  speakerQueue { id queuePosition speaker { name } connectionPoint { name } question { topic } }
} }`;

describe('a meeting’s agenda, current item, current speech and queue cost a bounded number of statements', () => {
  const counter = new StatementCounter();
  let t: TestServer;
  let small: Conference;
  let large: Conference;

  /** An active item with a speech done, a question on, and one hand per site queued. */
  async function runLive(m: Conference, items: number): Promise<void> {
    const ids: string[] = [];
    for (let i = 0; i < items; i++) ids.push((await agendaItem(t, m, { presenterId: m.presenterId })).id);
    await t.ok(OPS.startItem, { id: ids[0] }, m.host);
    for (const site of m.sites) await queuedSpeech(t, m, site, ids[0]);
    for (const id of ids.slice(1)) await requestedSpeech(t, m.sites[0], id);
    const first = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.speakerQueue[0];
    await t.ok(OPS.startSpeech, { id: first.id }, m.host);
    await t.ok(OPS.endSpeech, { id: first.id }, m.host);
    // The question is then the speech on.
    const input = {
      agendaItemId: ids[0],
      connectionPointId: m.sites[0].id,
      question: 'Vì sao?',
      askedById: m.chairId,
    };
    await t.ok(OPS.ask, { input }, m.host);
  }

  beforeAll(async () => {
    // Executions are counted here: no answer is kept (the other tests ask for the same meetings).
    t = await startTestServer({ queryLogger: counter, env: { ANSWER_CACHE_BYTES: '0' } });
    small = await conference(t, { sites: 1 });
    large = await conference(t, { sites: 12 });
    await runLive(small, 1);
    await runLive(large, 8);
  });
  afterAll(() => t.close());

  async function statementsFor(m: Conference): Promise<{ count: number; data: any }> {
    counter.reset();
    counter.counting = true;
    const data = (await t.ok(LIVE, { id: m.meetingId }, m.host)).meeting;
    counter.counting = false;
    return { count: counter.count, data };
  }

  it('requires authentication', async () => {
    expectError(await t.gql(LIVE, { id: small.meetingId }), 'UNAUTHENTICATED');
  });

  it('answers the whole screen of a site', async () => {
    const { data } = await statementsFor(large);
    expect(data.agenda).toHaveLength(8);
    expect(data.currentAgendaItem).toEqual({ id: data.agenda[0].id, presenter: { name: 'Nguyễn Trình' } });
    expect(data.currentSpeech).toMatchObject({ speaker: { name: 'Phạm Thị Kim Liên' } });
    expect(data.speakerQueue).toHaveLength(12);
    expect(data.speakerQueue[0]).toMatchObject({ queuePosition: 1, question: { topic: 'Vì sao?' } });
    expect(data.agenda[0].queue.map((s: any) => s.id)).toEqual(data.speakerQueue.map((s: any) => s.id));
  });

  it('runs about as many statements for 8 items, 12 sites and 21 speeches as for 1 item and 1 site', async () => {
    const few = await statementsFor(small);
    const many = await statementsFor(large);
    // One per loader and depth; how the batches of one loader fall across ticks may differ by one or two.
    expect(Math.abs(many.count - few.count)).toBeLessThanOrEqual(2);
    // 15 for one item and one site (the host's unit tree is read to check it may see the meeting).
    expect(many.count).toBeLessThanOrEqual(17);
  });
});
