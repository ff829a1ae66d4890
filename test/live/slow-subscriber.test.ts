import { TestServer, startTestServer } from '../support/server';
import { eventBurst, rawSubscriber, record, seqs } from '../support/live';
import { lastEventSeq, meetingWithSite } from '../support/factories';

/** Events carrying a 4 kB description, so that 5,000 of them overflow any socket buffer. */
const BIG_EVENTS = `subscription($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) { seq subject { ... on MeetingSnapshot { description } } } }`;

describe('a subscriber that stops reading', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { SUBSCRIBER_BUFFER_BYTES: String(64 * 1024) } });
  });
  afterAll(() => t.close());

  it('is closed with 4008 while the server stays up and a normal subscriber gets all 5,000 events in order', async () => {
    const { host, meetingId } = await meetingWithSite(t);
    await t.ok(
      'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
      { input: { id: meetingId, version: 1, description: 'Nội dung giao ban. '.repeat(215) } },
      host,
    );
    const start = await lastEventSeq(t, host, meetingId);
    const normal = record(t.ws(host), BIG_EVENTS, { meetingId, afterSeq: start });
    const slow = await rawSubscriber(t, host, BIG_EVENTS, { meetingId, afterSeq: start });
    slow.pause();
    await new Promise((r) => setTimeout(r, 200)); // both are live
    const rssBefore = process.memoryUsage().rss;

    // 1,000 events a second: a pace a normal subscriber keeps up with, even in this shared process.
    await eventBurst(t, meetingId, 100, 50, 50);
    await normal.count(5000, 60_000);
    const rssGrowth = process.memoryUsage().rss - rssBefore;

    expect(normal.values.map((e) => e.seq)).toEqual(seqs(start + 1, start + 5000));
    slow.resume();
    expect(await slow.closed).toBe(4008);
    expect(await lastEventSeq(t, host, meetingId)).toBe(start + 5000);
    // Server, test client and 5,000 received events share this process: the slow one adds no queue.
    console.log(`RSS growth while 5,000 events went out: ${Math.round(rssGrowth / 2 ** 20)} MB`);
    expect(rssGrowth).toBeLessThan(300 * 2 ** 20);
  });
});
