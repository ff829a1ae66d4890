import { TestServer, startTestServer } from '../support/server';
import { conference, lastEventSeq } from '../support/factories';
import { connectedClient, livePoint, until } from '../support/live';

/** The PRESENCE_GRACE_MS of this file's server. */
const GRACE_MS = 600;
const PRESENCE_EVENTS = `query($id: ID!, $after: Int) {
  meeting(id: $id) { events(afterSeq: $after, first: 500) { type at subject { ... on ConnectionPointSnapshot { connectionPointId } } } } }`;

describe('site presence: the grace period', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { PRESENCE_GRACE_MS: String(GRACE_MS) } });
  });
  afterAll(() => t.close());

  const presenceEvents = async (token: string, meetingId: string, after: number) =>
    (await t.ok(PRESENCE_EVENTS, { id: meetingId, after }, token)).meeting.events.filter((e: any) =>
      /^SITE_(CONNECTED|LOST)$/.test(e.type),
    );
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('writes nothing when every site drops and comes back within the grace period', async () => {
    const m = await conference(t, { sites: 10 });
    const first = await Promise.all(m.sites.map((s) => connectedClient(t, s.token)));
    await until(
      async () => (await presenceEvents(m.host, m.meetingId, 0)).length === m.sites.length,
      'every site CONNECTED',
    );
    const seq = await lastEventSeq(t, m.host, m.meetingId);

    // All at once, as after a server restart or a network blip at the host.
    await Promise.all(first.map((c) => c.dispose()));
    const again = await Promise.all(m.sites.map((s) => connectedClient(t, s.token)));
    await pause(GRACE_MS * 2);
    await t.server.services.presence.settled();

    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(seq);
    for (const s of m.sites)
      expect((await livePoint(t, m.host, m.meetingId, s.id)).connectionState).toBe('CONNECTED');
    await Promise.all(again.map((c) => c.dispose()));
  });

  it('writes LOST once the grace period has passed, with lastSeenAt when the last socket closed', async () => {
    const m = await conference(t, { sites: 1 });
    const [site] = m.sites;
    const client = await connectedClient(t, site.token);
    await until(
      async () => (await livePoint(t, m.host, m.meetingId, site.id)).connectionState === 'CONNECTED',
      'CONNECTED',
    );
    const seq = await lastEventSeq(t, m.host, m.meetingId);

    const closedAt = Date.now();
    await client.dispose();
    await pause(GRACE_MS / 2);
    expect((await livePoint(t, m.host, m.meetingId, site.id)).connectionState).toBe('CONNECTED');
    await until(
      async () => (await livePoint(t, m.host, m.meetingId, site.id)).connectionState === 'LOST',
      'LOST',
    );

    const [lost] = await presenceEvents(m.host, m.meetingId, seq);
    expect(lost).toMatchObject({ type: 'SITE_LOST', subject: { connectionPointId: site.id } });
    const lastSeenAt = Date.parse((await livePoint(t, m.host, m.meetingId, site.id)).lastSeenAt);
    expect(Math.abs(lastSeenAt - closedAt)).toBeLessThan(GRACE_MS / 2);
    expect(Date.parse(lost.at) - lastSeenAt).toBeGreaterThanOrEqual(GRACE_MS - 5);
  });

  it('writes one SITE_CONNECTED for a site coming back after it was shown LOST', async () => {
    const m = await conference(t, { sites: 1 });
    const [site] = m.sites;
    await (await connectedClient(t, site.token)).dispose();
    await until(
      async () => (await livePoint(t, m.host, m.meetingId, site.id)).connectionState === 'LOST',
      'LOST',
    );
    const back = await connectedClient(t, site.token);
    await until(
      async () => (await livePoint(t, m.host, m.meetingId, site.id)).connectionState === 'CONNECTED',
      'CONNECTED again',
    );
    expect((await presenceEvents(m.host, m.meetingId, 0)).map((e: any) => e.type)).toEqual([
      'SITE_CONNECTED',
      'SITE_LOST',
      'SITE_CONNECTED',
    ]);
    await back.dispose();
  });
});
