import { TestServer, startTestServer } from '../support/server';
import { eventBurst, rawSubscriber } from '../support/live';
import { meetingWithSite } from '../support/factories';

/** Each event with its meeting's 4 kB description five times: 20 kB a push. */
const HEAVY_REPLAY = `subscription($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {
    seq subject { ... on MeetingSnapshot { a: description b: description c: description d: description e: description } } } }`;
const SOCKETS = 10;
const EVENTS = 2000;

describe('a replay to sockets that never read', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { SUBSCRIBER_BUFFER_BYTES: String(64 * 1024) } });
  });
  afterAll(() => t.close());

  it('is bounded by SUBSCRIBER_BUFFER_BYTES: each socket is closed with 4008, RSS stays bounded', async () => {
    const { host, meetingId } = await meetingWithSite(t);
    await t.ok(
      'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
      { input: { id: meetingId, version: 1, description: 'Nội dung giao ban. '.repeat(215) } },
      host,
    );
    await eventBurst(t, meetingId, EVENTS / 100, 100);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;

    // 10 × 2,000 × 20 kB: 400 MB if the replay were written regardless of the reader.
    const slow = await Promise.all(
      Array.from({ length: SOCKETS }, async () => {
        const s = await rawSubscriber(t, host, HEAVY_REPLAY, { meetingId, afterSeq: 0 });
        s.pause();
        return s;
      }),
    );
    await new Promise((r) => setTimeout(r, 2000));
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    for (const s of slow) s.resume();
    expect(await Promise.all(slow.map((s) => s.closed))).toEqual(Array(SOCKETS).fill(4008));
    console.log(`RSS growth with ${SOCKETS} paused replays: ${Math.round(rssGrowth / 2 ** 20)} MB`);
    expect(rssGrowth).toBeLessThan(150 * 2 ** 20);
  });
});
