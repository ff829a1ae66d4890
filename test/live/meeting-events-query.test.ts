import { TestServer, expectError, startTestServer } from '../support/server';
import { addDelegate, seqs } from '../support/live';
import { lastEventSeq, meetingWithSite } from '../support/factories';

const EVENTS_PAGE = `query($id: ID!, $afterSeq: Int, $first: Int) {
  meeting(id: $id) { lastEventSeq events(afterSeq: $afterSeq, first: $first) { seq type subject { __typename } } } }`;

describe('Meeting.events: the event log read back', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const { meetingId } = await meetingWithSite(t);
    expectError(await t.gql(EVENTS_PAGE, { id: meetingId }), 'UNAUTHENTICATED');
  });

  it('pages through the log in seq order', async () => {
    const { host, meetingId, siteId } = await meetingWithSite(t);
    for (let i = 0; i < 5; i++) await addDelegate(t, host, meetingId, siteId, i);
    const n = await lastEventSeq(t, host, meetingId);
    const all = (await t.ok(EVENTS_PAGE, { id: meetingId }, host)).meeting;
    expect(all.events.map((e: any) => e.seq)).toEqual(seqs(1, n));
    expect(all.events[0]).toEqual({
      seq: 1,
      type: 'MEETING_CREATED',
      subject: { __typename: 'MeetingSnapshot' },
    });
    expect(all.events.at(-1)).toMatchObject({
      type: 'PARTICIPANT_ADDED',
      subject: { __typename: 'ParticipantSnapshot' },
    });
    const page = (await t.ok(EVENTS_PAGE, { id: meetingId, afterSeq: 2, first: 3 }, host)).meeting.events;
    expect(page.map((e: any) => e.seq)).toEqual([3, 4, 5]);
    expect((await t.ok(EVENTS_PAGE, { id: meetingId, afterSeq: n }, host)).meeting.events).toEqual([]);
  });

  it('refuses a page size outside 1..500 and a negative afterSeq', async () => {
    const { host, meetingId } = await meetingWithSite(t);
    expectError(await t.gql(EVENTS_PAGE, { id: meetingId, first: 0 }, host), 'BAD_USER_INPUT', 'first');
    expectError(await t.gql(EVENTS_PAGE, { id: meetingId, first: 501 }, host), 'BAD_USER_INPUT', 'first');
    expectError(
      await t.gql(EVENTS_PAGE, { id: meetingId, afterSeq: -1 }, host),
      'BAD_USER_INPUT',
      'afterSeq',
    );
  });
});
