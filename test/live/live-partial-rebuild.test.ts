import { InProcessEventBus } from '../../server/events/event-bus';
import { MeetingEventType } from '../../server/events/event-type';
import { MeetingEvent } from '../../server/events/meeting-event';
import { LiveHub } from '../../server/live/live-hub';
import { LiveMeeting } from '../../server/live/live-meeting';
import { LiveBasis } from '../../server/live/live-snapshot';
import { StatementCounter } from '../support/instruments';
import { agendaItem, conference, queuedSpeech, requestedSpeech } from '../support/factories';
import { OPS } from '../support/agenda';
import { ANNOUNCE, DRAFT, UPDATE } from '../support/conclusions';
import { LIVE, LIVE_QUERY, connectedClient, record } from '../support/live';
import { TestServer, startTestServer } from '../support/server';

/**
 * A meetingLive rebuild reads again only what the events since the last one may have changed. What
 * it pushes must still be exactly what a full read gives at the same seq.
 */
describe('meetingLive: partial rebuilds', () => {
  const counter = new StatementCounter();
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ queryLogger: counter, env: { LIVE_COALESCE_MS: '0' } });
  });
  afterAll(() => t.close());

  it('pushes, after every kind of change, the same LiveMeeting as a full read at that seq', async () => {
    const m = await conference(t, { sites: 3 });
    const live = record(t.ws(m.host), LIVE, { meetingId: m.meetingId });
    await live.count(1);
    const item = await agendaItem(t, m, { title: 'Báo cáo kết quả công tác kiểm sát' });
    const next = await agendaItem(t, m, { title: 'Thảo luận' });
    let conclusionId = '';
    const steps: (() => Promise<unknown>)[] = [
      () => t.ok(OPS.startItem, { id: item.id }, m.host),
      () => queuedSpeech(t, m, m.sites[0], item.id),
      () => requestedSpeech(t, m.sites[1], item.id),
      () =>
        t.ok(
          'mutation($id: ID!) { checkInParticipant(id: $id) { id } }',
          { id: m.sites[2].delegateId },
          m.host,
        ),
      () => connectedClient(t, m.sites[2].token),
      () => t.ok(OPS.completeItem, { id: item.id }, m.host),
      () => t.ok(OPS.startItem, { id: next.id }, m.host),
      async () => {
        const data = await t.ok(
          DRAFT,
          { input: { meetingId: m.meetingId, text: 'Dự thảo kết luận' } },
          m.host,
        );
        conclusionId = data.draftConclusion.id;
      },
      () => t.ok(UPDATE, { id: conclusionId, text: 'Đồng chí Phó Viện trưởng kết luận', v: 1 }, m.host),
      () => t.ok(ANNOUNCE, { id: conclusionId }, m.host),
    ];
    for (const step of steps) {
      await step();
      await t.server.services.presence.settled();
      const { liveMeeting: full } = await t.ok(LIVE_QUERY, { meetingId: m.meetingId }, m.host);
      const pushed = await live.find((v) => v.seq === full.seq);
      expect({ ...pushed, serverTime: null }).toEqual({ ...full, serverTime: null });
    }
  });

  it('reads the meeting row and the speeches, not the sites and the attendance, after a speech change', async () => {
    const m = await conference(t, { sites: 3 });
    const item = await agendaItem(t, m, { title: 'Thảo luận' });
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    const speech = await queuedSpeech(t, m, m.sites[0], item.id);
    const live = record(t.ws(m.host), LIVE, { meetingId: m.meetingId });
    // The host following connects the host point: the sites part changes once, before the count.
    const first = await live.find((v) =>
      v.connectionPoints.some((cp: any) => cp.role === 'HOST' && cp.connectionState === 'CONNECTED'),
    );
    await t.server.services.presence.settled();

    counter.reset();
    counter.counting = true;
    await t.ok(OPS.startSpeech, { id: speech.id }, m.host);
    const after = await live.find((v) => v.currentSpeech?.id === speech.id);
    counter.counting = false;
    // The mutation's own access check (access/reach-sql.ts) is not the rebuild's reading.
    const statements = counter.statements.filter((s) => !s.includes('reach_')).join('\n');
    expect(statements).toMatch(/FROM "?`?speech/);
    expect(statements).not.toMatch(/FROM "?`?connection_point/);
    expect(statements).not.toMatch(/COUNT\(\*\)/);
    expect(after.connectionPoints).toEqual(first.connectionPoints);
    expect(after.attendance).toEqual(first.attendance);
  });
});

describe('LiveHub: what a rebuild may reuse', () => {
  const MEETING = 'm1';
  const event = (seq: number, type = MeetingEventType.SPEECH_EXTENDED) =>
    Object.assign(new MeetingEvent(), { meetingId: MEETING, seq, type });
  const snapshot = (seq: number) => Object.assign(new LiveMeeting(), { meetingId: MEETING, seq });
  const link = { fellBehind: () => undefined, congested: () => false };

  it('says which events were seen since the last snapshot, and not past a gap', async () => {
    const bus = new InProcessEventBus();
    const bases: (LiveBasis | undefined)[] = [];
    let seq = 1;
    const hub = new LiveHub(
      bus,
      async (_id, basis) => (bases.push(basis), snapshot(seq)),
      { error: jest.fn() } as never,
      0,
    );
    const sub = hub.subscribe(MEETING, link);
    expect((await sub.next()).value.seq).toBe(1);
    expect(bases[0]).toBeUndefined(); // the first build reads everything

    seq = 2;
    bus.publish([event(2)]);
    expect((await sub.next()).value.seq).toBe(2);
    expect(bases[1]).toMatchObject({ seenSeq: 2, stale: new Set(['speeches']) });

    // Seq 3 is still on its way (another instance): 4 alone does not let the build reuse anything.
    seq = 4;
    bus.publish([event(4, MeetingEventType.SITE_CONNECTED)]);
    expect((await sub.next()).value.seq).toBe(4);
    expect(bases[2]).toMatchObject({ seenSeq: 2, stale: new Set(['sites']) });
    await sub.return?.();
  });
});
