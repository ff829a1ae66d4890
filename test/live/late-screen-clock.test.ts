import { TestServer, startTestServer } from '../support/server';
import { agendaItem, conference, lastEventSeq, queuedSpeech } from '../support/factories';
import { OPS } from '../support/agenda';
import { record } from '../support/live';

const LIVE_CLOCK = `subscription($meetingId: ID!) {
  meetingLive(meetingId: $meetingId) { seq serverTime currentSpeech { id remainingSeconds } } }`;

/** Longer than a snapshot is given as it is to joining screens (1 s): the later screen gets a push of its own. */
const QUIET_MS = 2_500;

describe('a screen that joins a quiet meeting', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('gets the speech clock as of its joining, not as of the last change', async () => {
    const m = await conference(t, { sites: 1 });
    const item = await agendaItem(t, m);
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    const speech = await queuedSpeech(t, m, m.sites[0], item.id);
    await t.ok(OPS.startSpeech, { id: speech.id }, m.host);

    // Two screens of the same site, same document: the same group of the shared push.
    const first = record(t.ws(m.sites[0].token), LIVE_CLOCK, { meetingId: m.meetingId });
    // Its site's connection is an event of its own: the quiet spell starts once the screen has it.
    await first.count(1);
    await t.server.services.presence.settled();
    const seq = await lastEventSeq(t, m.host, m.meetingId);
    const early = await first.find((v) => v.seq === seq);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const joinedAt = Date.now();
    const later = record(t.ws(m.sites[0].token), LIVE_CLOCK, { meetingId: m.meetingId });
    const [late] = await later.count(1);

    expect(late.seq).toBe(early.seq);
    expect(Date.parse(late.serverTime)).toBeGreaterThanOrEqual(joinedAt - 1_000);
    expect(Date.parse(late.serverTime) - Date.parse(early.serverTime)).toBeGreaterThanOrEqual(QUIET_MS);
    // Whatever the two pushes' ages, each clock read as of its own serverTime tells the same limit.
    const limitAt = (v: typeof early) => Date.parse(v.serverTime) / 1000 + v.currentSpeech.remainingSeconds;
    expect(Math.abs(limitAt(late) - limitAt(early))).toBeLessThanOrEqual(1);
    expect(late.currentSpeech.remainingSeconds).toBeLessThan(early.currentSpeech.remainingSeconds);
    first.stop();
    later.stop();
  });
});
