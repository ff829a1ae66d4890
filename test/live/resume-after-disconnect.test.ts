import { TestServer, startTestServer } from '../support/server';
import { EVENTS, addDelegate, record, seqs } from '../support/live';
import { lastEventSeq, meetingWithSite } from '../support/factories';

describe('meetingEvents: resume after a disconnect', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('gets exactly the missed events, then live ones', async () => {
    const { host, meetingId, siteId } = await meetingWithSite(t);
    const start = await lastEventSeq(t, host, meetingId);
    const first = t.ws(host);
    const before = record(first, EVENTS, { meetingId, afterSeq: start });
    for (let i = 0; i < 5; i++) await addDelegate(t, host, meetingId, siteId, i);
    await before.count(5);
    await first.dispose(); // the site drops mid-stream
    const lastSeen = before.values.at(-1).seq;

    await Promise.all(Array.from({ length: 8 }, (_, i) => addDelegate(t, host, meetingId, siteId, 10 + i)));
    const resumed = record(t.ws(host), EVENTS, { meetingId, afterSeq: lastSeen });
    await Promise.all(Array.from({ length: 4 }, (_, i) => addDelegate(t, host, meetingId, siteId, 20 + i)));
    const n = await lastEventSeq(t, host, meetingId);
    await resumed.count(n - lastSeen);
    await new Promise((r) => setTimeout(r, 200));

    expect(before.values.map((e) => e.seq)).toEqual(seqs(start + 1, start + 5));
    expect(resumed.values.map((e) => e.seq)).toEqual(seqs(lastSeen + 1, n));
    expect(n - lastSeen).toBe(12);
  });
});
