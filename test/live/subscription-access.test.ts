import { TestServer, expectError, startTestServer } from '../support/server';
import { conference, lastEventSeq, user } from '../support/factories';
import { UNKNOWN_ID } from '../support/instruments';
import { EVENTS, LIVE, LIVE_QUERY, record } from '../support/live';

describe('who may subscribe to a meeting', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  /** The error a subscription ends with. */
  const refusal = async (token: string, query: string, variables: Record<string, unknown>) => {
    const sub = record(t.ws(token), query, variables);
    await sub.ended();
    expect(sub.values).toEqual([]);
    return sub.errors[0];
  };

  it("refuses a site token another meeting's events and live view (NOT_FOUND)", async () => {
    const [mine, other] = await Promise.all([conference(t, { sites: 1 }), conference(t, { sites: 1 })]);
    const token = mine.sites[0].token;
    const meetingId = other.meetingId;
    expect((await refusal(token, EVENTS, { meetingId, afterSeq: 0 })).extensions.code).toBe('NOT_FOUND');
    expect((await refusal(token, LIVE, { meetingId })).extensions.code).toBe('NOT_FOUND');
    expectError(await t.gql(LIVE_QUERY, { meetingId }, token), 'NOT_FOUND');
    const own = record(t.ws(token), EVENTS, { meetingId: mine.meetingId, afterSeq: 0 });
    await own.count(await lastEventSeq(t, mine.host, mine.meetingId));
  });

  it('answers NOT_FOUND for an unknown meeting and BAD_USER_INPUT for bad arguments', async () => {
    const m = await conference(t, { sites: 1, live: false });
    const viewer = await user(t, 'VIEWER');
    const n = await lastEventSeq(t, m.host, m.meetingId);
    expect((await refusal(viewer.token, EVENTS, { meetingId: UNKNOWN_ID })).extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await refusal(viewer.token, LIVE, { meetingId: UNKNOWN_ID })).extensions.code).toBe('NOT_FOUND');
    expect((await refusal(viewer.token, EVENTS, { meetingId: 'nope' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'meetingId',
    });
    for (const afterSeq of [-1, n + 1]) {
      expect(
        (await refusal(viewer.token, EVENTS, { meetingId: m.meetingId, afterSeq })).extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'afterSeq',
      });
    }
    expectError(await t.gql(LIVE_QUERY, { meetingId: 'nope' }, viewer.token), 'BAD_USER_INPUT', 'meetingId');
    expectError(await t.gql(LIVE_QUERY, { meetingId: UNKNOWN_ID }, viewer.token), 'NOT_FOUND');
    // A viewer reads every meeting.
    const events = record(t.ws(viewer.token), EVENTS, { meetingId: m.meetingId, afterSeq: 0 });
    await events.count(n);
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(n);
  });
});
