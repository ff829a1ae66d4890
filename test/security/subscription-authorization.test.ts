import { TestServer } from '../support/server';
import { conference } from '../support/factories';
import { EVENTS, LIVE, closeCode, closingClient, record } from '../support/live';
import {
  AuthorizationWorld,
  Outsider,
  authorizationWorld,
  rootFields,
  securityServer,
} from '../support/security';

const SUBSCRIPTIONS: Record<
  string,
  { query: string; variables: (meetingId: string) => Record<string, unknown> }
> = {
  meetingEvents: { query: EVENTS, variables: (meetingId) => ({ meetingId, afterSeq: 0 }) },
  meetingLive: { query: LIVE, variables: (meetingId) => ({ meetingId }) },
};

/** At subscribe time: a socket without a valid token is closed; reading is open to every user and to the meeting's own sites. */
const AT_SUBSCRIBE: Record<Outsider, string> = {
  none: 'closed 4403',
  expired: 'closed 4403',
  viewer: 'receives',
  otherHost: 'receives',
  otherMeetingSite: 'NOT_FOUND',
  otherSite: 'receives',
};

describe('every subscription: who may open it, and revocation ends it', () => {
  let t: TestServer;
  let w: AuthorizationWorld;
  beforeAll(async () => {
    t = await securityServer();
    w = await authorizationWorld(t);
  });
  afterAll(() => t.close());

  it('covers every subscription of the schema', async () => {
    expect((await rootFields(t, 'Subscription')).sort()).toEqual(Object.keys(SUBSCRIPTIONS).sort());
  });

  it.each(Object.keys(SUBSCRIPTIONS))('%s at subscribe time', async (name) => {
    const { query, variables } = SUBSCRIPTIONS[name];
    const outcomes = await Promise.all(
      (Object.entries(w.outsiders) as [Outsider, string | null][]).map(async ([who, token]) => {
        const client = closingClient(t, token);
        const closed = closeCode(client);
        const sub = record(client, query, variables(w.m.meetingId));
        const outcome = await Promise.race([
          closed.then((code) => `closed ${code}`),
          sub.count(1).then(
            () => 'receives',
            () => sub.errors[0]?.extensions?.code ?? JSON.stringify(sub.errors[0]),
          ),
        ]);
        await client.dispose();
        return [who, outcome];
      }),
    );
    expect(Object.fromEntries(outcomes)).toEqual(AT_SUBSCRIBE);
  });

  const revocations = [
    [
      'revoking its access code',
      'mutation($id: ID!) { revokeSiteAccessCode(connectionPointId: $id) { id } }',
    ],
    ['issuing it a new code', 'mutation($id: ID!) { issueSiteAccessCode(connectionPointId: $id) { code } }'],
    ['removing its connection point', 'mutation($id: ID!) { removeConnectionPoint(id: $id) { id } }'],
  ];
  it.each(revocations)(
    "%s ends the site's open subscriptions (4403), not the others'",
    async (_, mutation) => {
      // Not yet underway: a connection point can be removed only before the meeting starts.
      const m = await conference(t, { sites: 2, live: false });
      const [cut, kept] = m.sites.map((site) => {
        const client = closingClient(t, site.token);
        const closed = closeCode(client);
        const subs = Object.values(SUBSCRIPTIONS).map((s) =>
          record(client, s.query, s.variables(m.meetingId)),
        );
        return { site, closed, subs };
      });
      await Promise.all([...cut.subs, ...kept.subs].map((s) => s.count(1)));

      await t.ok(mutation, { id: cut.site.id }, m.host);
      expect(await cut.closed).toBe(4403);
      for (const sub of cut.subs) {
        await sub.ended();
        expect(sub.errors).toEqual([{ closeCode: 4403 }]);
      }
      // The other site goes on receiving: the next change reaches its event stream.
      const before = kept.subs[0].values.length;
      await t.ok('mutation($id: ID!) { scheduleMeeting(id: $id) { id } }', { id: m.meetingId }, m.host);
      await kept.subs[0].count(before + 1);
      expect(kept.subs.every((s) => s.errors.length === 0)).toBe(true);
      // And the cut site's token no longer opens a socket.
      const again = closingClient(t, cut.site.token);
      const code = closeCode(again);
      record(again, EVENTS, { meetingId: m.meetingId });
      expect(await code).toBe(4403);
    },
  );
});
