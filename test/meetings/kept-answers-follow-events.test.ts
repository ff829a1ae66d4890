import { fetch } from 'undici';
import { RunningServer } from '../../server/http/server';
// The national snapshot of the query-side benchmark, asked here of a small meeting.
import { MEETING_SNAPSHOT } from '../../scripts/bench/common';
import { CHECK_IN } from '../support/connection-points';
import { OPS } from '../support/agenda';
import { agendaItem, conference, Conference, participant, queuedSpeech } from '../support/factories';
import { StatementCounter, TestClock } from '../support/instruments';
import { connectedClient, until } from '../support/live';
import { anotherInstance, httpClient, startTestServer, TestServer } from '../support/server';

/**
 * The `meeting` query's kept answers (graphql/answer-cache.ts) on an instance that hears none of the
 * meeting's events: every change is made through another instance (no Redis between them), whose
 * own answers are executed anew each time. After each kind of change the kept instance answers
 * exactly what a fresh execution does, and in between it answers from what it kept.
 */
describe('kept answers of the meeting query', () => {
  const counter = new StatementCounter();
  const clock = new TestClock();
  let t: TestServer;
  let kept: RunningServer;
  beforeAll(async () => {
    t = await startTestServer({ clock, env: { ANSWER_CACHE_BYTES: '0' } });
    kept = await anotherInstance(t, {}, { clock, queryLogger: counter });
  });
  afterAll(async () => {
    await kept?.close();
    await t?.close();
  });

  /** The answer of the kept instance, and the SQL statements it took. */
  async function keptAnswer(query: string, variables: object, token: string) {
    const { value, statements } = await counter.measure(async () => {
      const res = await fetch(`http://127.0.0.1:${kept.port}/graphql`, {
        dispatcher: httpClient,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as Record<string, unknown>;
    });
    return { answer: value, statements };
  }

  /** The meeting's first agenda item, started. */
  async function startedItem(c: Conference): Promise<string> {
    const item = await agendaItem(t, c);
    await t.ok(OPS.startItem, { id: item.id }, c.host);
    return item.id;
  }

  /** Each kind of change, after what it needs is set up (then the kept answer is read, then it is made). */
  const changes: Record<string, (c: Conference) => Promise<() => Promise<unknown>>> = {
    'a delegate checks in': async (c) => () =>
      t.ok(CHECK_IN, { id: c.sites[0].delegateId }, c.sites[0].token),
    "a site's screen connects": async (c) => async () => {
      const [site] = c.sites;
      await connectedClient(t, site.token);
      await until(
        async () =>
          (await t.ok(MEETING_SNAPSHOT, { id: c.meetingId }, c.host)).meeting.connectionPoints.some(
            (cp: { id: string; connectionState: string }) =>
              cp.id === site.id && cp.connectionState === 'CONNECTED',
          ),
        'the site shown connected',
      );
    },
    'a participant is added': async (c) => () =>
      participant(t, c.host, c.meetingId, c.sites[0].id, { name: 'Lê Thị Hoa' }),
    'an agenda item starts': async (c) => {
      const item = await agendaItem(t, c);
      return () => t.ok(OPS.startItem, { id: item.id }, c.host);
    },
    'a speech starts': async (c) => {
      const speech = await queuedSpeech(t, c, c.sites[0], await startedItem(c));
      return () => t.ok(OPS.startSpeech, { id: speech.id }, c.host);
    },
  };

  it.each(Object.keys(changes))(
    'answers as a fresh execution after %s, and from what it kept before',
    async (what) => {
      const c = await conference(t, { sites: 2 });
      const change = await changes[what](c);
      const snapshot = { id: c.meetingId };
      const before = await keptAnswer(MEETING_SNAPSHOT, snapshot, c.host);
      const again = await keptAnswer(MEETING_SNAPSHOT, snapshot, c.host);
      expect(again.answer).toEqual(before.answer);
      // Kept: the token's account and the meeting's row read, nothing executed.
      expect(again.statements).toBeLessThanOrEqual(3);
      expect(before.statements).toBeGreaterThan(again.statements);
      await change();
      const after = (await keptAnswer(MEETING_SNAPSHOT, snapshot, c.host)).answer;
      expect(after).toEqual(await t.gql(MEETING_SNAPSHOT, snapshot, c.host));
      expect(after).not.toEqual(before.answer);
    },
  );

  it('executes anew every time an operation selects a field that follows the clock', async () => {
    const c = await conference(t, { sites: 1 });
    const [site] = c.sites;
    const speech = await queuedSpeech(t, c, site, await startedItem(c));
    await t.ok(OPS.startSpeech, { id: speech.id }, c.host);
    const query = 'query($id: ID!) { meeting(id: $id) { id currentSpeech { id remainingSeconds } } }';
    const remaining = async () =>
      ((await keptAnswer(query, { id: c.meetingId }, site.token)).answer as any).data.meeting.currentSpeech
        .remainingSeconds as number;
    const first = await remaining();
    clock.advance(30);
    expect(await remaining()).toBe(first - 30);
  });
});
