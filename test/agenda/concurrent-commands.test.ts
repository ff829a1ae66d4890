import { GqlResult, TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, queuedSpeech } from '../support/factories';
import { OPS, expectGaplessLog } from '../support/agenda';
import { AgendaItem } from '../../server/agenda/agenda-item.entity';
import { Speech } from '../../server/speeches/speech.entity';

const N = 50;
// Each test builds its own meeting of 50 sites and 50 items: on a loaded machine, tens of seconds.
jest.setTimeout(240_000);

describe('50 truly concurrent conflicting commands on one meeting', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const small = await conference(t, { sites: 0 });
    const few = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => agendaItem(t, small, { title: `Nội dung ${i}` })),
    );
    const results = await Promise.all(few.map((i) => t.gql(OPS.startItem, { id: i.id })));
    results.forEach((r) => expectError(r, 'UNAUTHENTICATED'));
  });

  describe(`with ${N} sites and ${N} items`, () => {
    let m: Conference;
    let items: Record<string, any>[];
    beforeEach(async () => {
      m = await conference(t, { sites: N });
      items = [];
      for (let i = 1; i <= N; i++) items.push(await agendaItem(t, m, { title: `Nội dung ${i}` }));
    });

    /** The first item started, one at a time: the state the barrages below start from. */
    const startFirstItem = () => t.ok(OPS.startItem, { id: items[0].id }, m.host);
    /** Every site's hand raised on the first item and approved (in no particular order). */
    const queueEverySite = async () => {
      await Promise.all(m.sites.map((site) => queuedSpeech(t, m, site, items[0].id)));
    };
    const startFirstSpeech = async () => {
      const queue = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.speakerQueue;
      await t.ok(OPS.startSpeech, { id: queue[0].id }, m.host);
    };

    /** Exactly one success; every other answer a CONFLICT. */
    const oneWinner = (results: GqlResult[]): number => {
      const winners = results.flatMap((r, i) => (r.errors ? [] : [i]));
      expect(winners).toHaveLength(1);
      results.filter((r) => r.errors).forEach((r) => expectError(r, 'CONFLICT'));
      return winners[0];
    };

    it('starts one agenda item when all are started at once', async () => {
      const results = await Promise.all(items.map((i) => t.gql(OPS.startItem, { id: i.id }, m.host)));
      const winner = items[oneWinner(results)];
      const active = await t.server.services.db.dataSource.manager.find(AgendaItem, {
        where: { meetingId: m.meetingId, status: 'ACTIVE' as never },
      });
      expect(active.map((i) => i.id)).toEqual([winner.id]);
      const current = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.currentAgendaItem;
      expect(current.id).toBe(winner.id);
      await expectGaplessLog(t, m);
    });

    it('takes hands raised by every site at once, each once, and queues them densely', async () => {
      await startFirstItem();
      const current = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.currentAgendaItem;
      const requested = await Promise.all(
        m.sites.map((s) =>
          t.ok(OPS.request, { input: { agendaItemId: current.id, connectionPointId: s.id } }, s.token),
        ),
      );
      expect(new Set(requested.map((r) => r.requestToSpeak.connectionPointId))).toEqual(
        new Set(m.sites.map((s) => s.id)),
      );
      // Approving all at once, each asking for the front: every one lands, the queue stays 1..n.
      await Promise.all(
        requested.map((r) => t.ok(OPS.approve, { id: r.requestToSpeak.id, position: 1 }, m.host)),
      );
      const queue = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.speakerQueue;
      expect(queue.map((s: any) => s.queuePosition)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      await expectGaplessLog(t, m);
    });

    it('gives the floor to one speaker when all queued speeches are started at once', async () => {
      await startFirstItem();
      await queueEverySite();
      const queue = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.speakerQueue;
      const results = await Promise.all(queue.map((s: any) => t.gql(OPS.startSpeech, { id: s.id }, m.host)));
      const winner = queue[oneWinner(results)];
      const speaking = await t.server.services.db.dataSource.manager.find(Speech, {
        where: { meetingId: m.meetingId, status: 'SPEAKING' as never },
      });
      expect(speaking.map((s) => s.id)).toEqual([winner.id]);
      const live = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting;
      expect(live.currentSpeech.id).toBe(winner.id);
      expect(live.speakerQueue.map((s: any) => s.queuePosition)).toEqual(
        Array.from({ length: N - 1 }, (_, i) => i + 1),
      );
    });

    it('ends a speech once when ended many times at once, and leaves a gapless log', async () => {
      await startFirstItem();
      await queueEverySite();
      await startFirstSpeech();
      const on = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.currentSpeech;
      const results = await Promise.all(
        Array.from({ length: N }, () => t.gql(OPS.endSpeech, { id: on.id }, m.host)),
      );
      oneWinner(results);
      const events = await expectGaplessLog(t, m);
      expect(events.filter((e) => e.type === 'SPEECH_ENDED')).toHaveLength(1);
      expect(events.filter((e) => e.type === 'SPEECH_STARTED')).toHaveLength(1);
      expect(events.filter((e) => e.type === 'AGENDA_ITEM_STARTED')).toHaveLength(1);
    });

    it('keeps one item active and one speech on, within it, under a mixed barrage', async () => {
      await startFirstItem();
      await queueEverySite();
      await startFirstSpeech();
      const live = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting;
      const active = live.currentAgendaItem;
      const others = items.filter((i) => i.id !== active.id);
      const barrage = [
        t.gql(OPS.completeItem, { id: active.id }, m.host),
        ...live.speakerQueue.slice(0, 20).map((s: any) => t.gql(OPS.startSpeech, { id: s.id }, m.host)),
        ...others.slice(0, 20).map((i) => t.gql(OPS.startItem, { id: i.id }, m.host)),
        ...m.sites
          .slice(0, 10)
          .map((s) =>
            t.gql(OPS.request, { input: { agendaItemId: active.id, connectionPointId: s.id } }, s.token),
          ),
      ];
      for (const result of await Promise.all(barrage)) {
        if (result.errors) expectError(result, 'CONFLICT');
      }
      const db = t.server.services.db.dataSource.manager;
      const activeNow = await db.find(AgendaItem, {
        where: { meetingId: m.meetingId, status: 'ACTIVE' as never },
      });
      const speaking = await db.find(Speech, {
        where: { meetingId: m.meetingId, status: 'SPEAKING' as never },
      });
      expect(activeNow.length).toBeLessThanOrEqual(1);
      expect(speaking.length).toBeLessThanOrEqual(1);
      if (speaking.length) expect(activeNow.map((i) => i.id)).toEqual([speaking[0].agendaItemId]);
      await expectGaplessLog(t, m);
    });
  });
});
