import { RunningServer } from '../../server/http/server';
import { TestServer, restartServer, startTestServer } from '../support/server';
import { conference, lastEventSeq, lifecycle } from '../support/factories';
import { closingClient, livePoint, until } from '../support/live';

/** The grace period of the restarted server: the time its sites have to reconnect before it reconciles. */
const GRACE_MS = '5000';

/**
 * A lone instance restarted: shutting down leaves its sites CONNECTED (they reconnect at once, and
 * must not flap), so the new run reconciles: what no socket holds once the grace period is over is LOST.
 */
describe('presence after a restart of a single instance', () => {
  let t: TestServer;
  let restarted: RunningServer | null = null;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await restarted?.close();
    await t.close();
  });

  /** A site's socket, open; closed by the server's shutdown, which is no error to print. */
  const quietClient = async (token: string) => {
    const client = closingClient(t, token);
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    return client;
  };

  it('writes LOST what did not come back, keeps what did, and clears an ended meeting’s', async () => {
    const live = await conference(t, { sites: 2 });
    const ended = await conference(t, { sites: 1 });
    const [gone, back] = live.sites;
    const before = new Map<string, number>();
    const clients = await Promise.all([gone, back, ended.sites[0]].map((site) => quietClient(site.token)));
    const state = (m: typeof live, id: string) =>
      livePoint(t, m.host, m.meetingId, id).then((cp) => cp.connectionState);
    await until(async () => (await state(live, gone.id)) === 'CONNECTED', 'the sites CONNECTED');
    await until(async () => (await state(live, back.id)) === 'CONNECTED', 'the sites CONNECTED');
    await until(async () => (await state(ended, ended.sites[0].id)) === 'CONNECTED', 'the sites CONNECTED');
    await lifecycle(t, ended.host, ended.meetingId, 'end');
    for (const m of [live, ended]) before.set(m.meetingId, await lastEventSeq(t, m.host, m.meetingId));

    // Alone (no Redis), with time for the sites to come back.
    restarted = await restartServer(t, t.server, {
      PRESENCE_GRACE_MS: GRACE_MS,
      RATE_LIMIT_USER: '0',
      RATE_LIMIT_SITE: '0',
      RATE_LIMIT_PUBLIC: '0',
    });
    await Promise.all(clients.map((c) => c.dispose()));
    // What the database shows right after the restart is what the last run left.
    expect(await state(live, gone.id)).toBe('CONNECTED');
    await quietClient(back.token);

    await until(async () => (await state(live, gone.id)) === 'LOST', 'the site that did not come back LOST');
    await until(
      async () => (await state(ended, ended.sites[0].id)) === 'LOST',
      'the ended meeting’s site LOST',
    );
    await restarted.services.presence.settled();
    expect(await state(live, back.id)).toBe('CONNECTED');
    const types = async (m: typeof live) =>
      (
        await t.ok(
          'query($id: ID!, $a: Int!) { meeting(id: $id) { events(afterSeq: $a) { type subject { ... on ConnectionPointSnapshot { connectionPointId } } } } }',
          { id: m.meetingId, a: before.get(m.meetingId) },
          m.host,
        )
      ).meeting.events.map((e: any) => [e.type, e.subject.connectionPointId]);
    // The site that came back within the grace period did not flap.
    expect(await types(live)).toEqual([['SITE_LOST', gone.id]]);
    expect(await types(ended)).toEqual([['SITE_LOST', ended.sites[0].id]]);
  });
});
