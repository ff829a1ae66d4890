import { TestServer, startTestServer } from '../support/server';
import { conference, lastEventSeq } from '../support/factories';
import { EVENTS, connectedClient, livePoint, record, until } from '../support/live';
import { describeBackends } from '../support/redis';

/** The same rules whether sockets are counted in this process or, across instances, in Redis. */
describeBackends('site presence', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: backend.env });
  });
  afterAll(() => t.close());

  it('is the implementation this suite is for', () => {
    const expected = backend.name === 'Redis' ? 'RedisPresence' : 'InProcessPresence';
    expect(t.server.services.presence.constructor.name).toBe(expected);
  });

  const pointOf = (token: string, meetingId: string, id: string) => livePoint(t, token, meetingId, id);
  const connect = (token: string) => connectedClient(t, token);

  it('marks a site CONNECTED when its token connects and LOST with lastSeenAt when it closes', async () => {
    const m = await conference(t, { sites: 1 });
    const site = m.sites[0];
    expect((await pointOf(m.host, m.meetingId, site.id)).connectionState).toBe('NEVER_JOINED');
    // Followed by the administrator, who hosts nothing: only the site's own changes are recorded.
    const events = record(t.ws(await t.adminToken()), EVENTS, {
      meetingId: m.meetingId,
      afterSeq: await lastEventSeq(t, m.host, m.meetingId),
    });

    const client = await connect(site.token);
    const connected = await events.find((e) => e.type === 'SITE_CONNECTED');
    expect(connected.actor).toEqual({ kind: 'site', name: site.name });
    expect((await pointOf(m.host, m.meetingId, site.id)).connectionState).toBe('CONNECTED');

    const before = Date.now();
    await client.dispose();
    await events.find((e) => e.type === 'SITE_LOST');
    const lost = await pointOf(m.host, m.meetingId, site.id);
    expect(lost.connectionState).toBe('LOST');
    expect(Date.parse(lost.lastSeenAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(events.values.map((e) => e.type)).toEqual(['SITE_CONNECTED', 'SITE_LOST']);
  });

  it('keeps a site with two sockets CONNECTED until both close', async () => {
    const m = await conference(t, { sites: 1 });
    const site = m.sites[0];
    const [a, b] = await Promise.all([connect(site.token), connect(site.token)]);
    await until(
      async () => (await pointOf(m.host, m.meetingId, site.id)).connectionState === 'CONNECTED',
      'CONNECTED',
    );
    await a.dispose();
    await t.server.services.presence.settled();
    expect((await pointOf(m.host, m.meetingId, site.id)).connectionState).toBe('CONNECTED');
    await b.dispose();
    await until(async () => (await pointOf(m.host, m.meetingId, site.id)).connectionState === 'LOST', 'LOST');
    const types = (
      await t.ok(
        'query($id: ID!) { meeting(id: $id) { events(first: 500) { type } } }',
        { id: m.meetingId },
        m.host,
      )
    ).meeting.events.map((e: any) => e.type);
    expect(types.filter((type: string) => /^SITE_(CONNECTED|LOST)$/.test(type))).toEqual([
      'SITE_CONNECTED',
      'SITE_LOST',
    ]);
  });

  it('ignores user sockets', async () => {
    const m = await conference(t, { sites: 1 });
    const seq = await lastEventSeq(t, m.host, m.meetingId);
    const client = await connect(m.host);
    await client.dispose();
    await t.server.services.presence.settled();
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(seq);
  });
});
