import { MeetingEventsDocument } from '../../client-sdk/src/generated/graphql';
import { TestServer, startTestServer } from '../support/server';
import { Recording, addDelegate, connectedClient, record, until } from '../support/live';
import { lastEventSeq, meetingWithSite } from '../support/factories';
import { METRICS_TOKEN, sample, scrape } from '../support/metrics';

/** The SDK's own meetingEvents document: what every screen built on it subscribes with. */
const SDK_EVENTS = MeetingEventsDocument.toString();

/**
 * Screens join one after another, as they do, each resuming from the seq it had when it joined
 * (`afterSeq`, as the SDK subscribes). Their pushes are the same bytes, so a live event is executed
 * once for all of them, whatever seq each started from; a replay is each subscriber's own.
 */
describe('meetingEvents: the live part is shared whatever afterSeq a screen started from', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { METRICS_TOKEN } });
  });
  afterAll(() => t.close());

  const executions = async () =>
    sample(await scrape(t), 'diemcau_push_executions_total', { kind: 'meetingEvents' }) ?? 0;

  it('executes each live event once for screens that joined at different seqs, and gives them the same bytes', async () => {
    const { host, meetingId, siteId } = await meetingWithSite(t);
    const screens: Recording[] = [];
    for (let i = 0; i < 4; i++) {
      const afterSeq = await lastEventSeq(t, host, meetingId);
      screens.push(record(await connectedClient(t, host), SDK_EVENTS, { meetingId, afterSeq }));
      // Each joins after the event that followed the last one's join: every afterSeq differs.
      await addDelegate(t, host, meetingId, siteId, i);
      await screens[i].find((e) => e.seq === afterSeq + 1);
    }
    // One more screen comes back from further behind: three events replayed, then live.
    const behind = (await lastEventSeq(t, host, meetingId)) - 3;
    const resumed = record(await connectedClient(t, host), SDK_EVENTS, { meetingId, afterSeq: behind });
    await resumed.count(3);
    const all = [...screens, resumed];

    const before = await executions();
    await addDelegate(t, host, meetingId, siteId, 10);
    const seq = await lastEventSeq(t, host, meetingId);
    const pushed = await Promise.all(all.map((s) => s.find((e) => e.seq === seq)));
    await until(async () => (await executions()) > before, 'the execution counted');

    expect((await executions()) - before).toBe(1);
    expect(new Set(pushed.map((e) => JSON.stringify(e))).size).toBe(1);
    expect(pushed[0]).toMatchObject({ seq, type: 'PARTICIPANT_ADDED' });
    // Each screen has every event from its own afterSeq on, once and in order.
    for (const s of all) {
      const seqs = s.values.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs.at(-1)).toBe(seq);
    }
    expect(resumed.values.map((e) => e.seq)).toEqual([behind + 1, behind + 2, behind + 3, seq]);
    for (const s of all) s.stop();
  });
});
