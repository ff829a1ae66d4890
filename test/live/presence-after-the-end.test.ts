import { TestServer, startTestServer } from '../support/server';
import { conference, lastEventSeq, lifecycle } from '../support/factories';
import { EVENTS, LIVE, connectedClient, livePoint, record, until } from '../support/live';
import { describeBackends } from '../support/redis';

/** After a meeting ends, its screens closing leave no site CONNECTED; nothing new connects to the record. */
describeBackends('presence once the meeting has ended', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: backend.env });
  });
  afterAll(() => t.close());

  it('writes the sites LOST as their screens close, and a screen opened on the record connects nothing', async () => {
    const m = await conference(t, { sites: 2 });
    const [open, late] = m.sites;
    const state = async (id: string) => (await livePoint(t, m.host, m.meetingId, id)).connectionState;
    const siteClient = await connectedClient(t, open.token);
    const screen = record(siteClient, LIVE, { meetingId: m.meetingId });
    const hostScreen = t.ws(m.host);
    record(hostScreen, LIVE, { meetingId: m.meetingId });
    await until(async () => (await state(open.id)) === 'CONNECTED', 'the site CONNECTED');
    await until(async () => (await state(m.hostPointId)) === 'CONNECTED', 'the host point CONNECTED');

    await lifecycle(t, m.host, m.meetingId, 'end');
    const ended = await lastEventSeq(t, m.host, m.meetingId);
    await screen.find((live) => live.status === 'ENDED');
    const watcher = record(t.ws(await t.adminToken()), EVENTS, { meetingId: m.meetingId, afterSeq: ended });

    // Every screen closes: the site's and the host's.
    const lateClient = await connectedClient(t, late.token);
    await record(lateClient, LIVE, { meetingId: m.meetingId }).count(1);
    for (const c of [siteClient, hostScreen, lateClient]) await c.dispose();
    await until(async () => (await state(open.id)) === 'LOST', 'the site LOST');
    await until(async () => (await state(m.hostPointId)) === 'LOST', 'the host point LOST');
    await t.server.services.presence.settled();
    expect(await state(late.id)).toBe('NEVER_JOINED');
    expect((await watcher.count(2)).map((e) => e.type)).toEqual(['SITE_LOST', 'SITE_LOST']);
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(ended + 2);
  });
});
