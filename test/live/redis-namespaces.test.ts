import { createClient, Client } from 'graphql-ws';
import Redis from 'ioredis';
import WebSocket from 'ws';
import { loadConfig } from '../../server/config';
import { RunningServer, startServer } from '../../server/http/server';
import { redisNamespace } from '../../server/redis';
import { conference, lastEventSeq } from '../support/factories';
import { EVENTS, record, until } from '../support/live';
import { TestServer, startTestServer } from '../support/server';

/**
 * Two deployments (each with its own database) on one Redis, as staging next to production or two
 * provinces sharing a Redis: neither sees nor sweeps the other's presence, events or counters.
 * Needs TEST_REDIS_URL; skipped without it.
 */
const REDIS_URL = process.env.TEST_REDIS_URL;
const describeWithRedis = REDIS_URL ? describe : describe.skip;
/** This deployment renews and sweeps every 3 s … */
const CLUSTER = { REDIS_URL: REDIS_URL ?? '', PRESENCE_TTL_SECONDS: '9' };
/** … the others every 0.67 s: were the entries shared, one of them would nearly always sweep first. */
const OTHERS = { REDIS_URL: REDIS_URL ?? '', PRESENCE_TTL_SECONDS: '2' };
const OTHER_DEPLOYMENTS = 3;

describeWithRedis('two deployments on one Redis', () => {
  let a1: TestServer;
  let a2: RunningServer;
  const others: TestServer[] = [];
  const clients: Client[] = [];
  let redis: Redis;

  beforeAll(async () => {
    a1 = await startTestServer({ env: CLUSTER });
    // A second instance of the same deployment: the same database, hence the same token secret.
    a2 = await startServer(
      loadConfig({
        ...CLUSTER,
        DATABASE_URL: a1.database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        PRESENCE_GRACE_MS: '0',
      }),
    );
    for (let i = 0; i < OTHER_DEPLOYMENTS; i++) others.push(await startTestServer({ env: OTHERS }));
    redis = new Redis(REDIS_URL!);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await a2.close();
    await Promise.all([a1, ...others].map((t) => t.close()));
    redis.disconnect();
  });

  const siteClient = (port: number, token: string) => {
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    return client;
  };
  const stateOf = async (host: string, meetingId: string) =>
    (
      await a1.ok(
        'query($id: ID!) { meeting(id: $id) { connectionPoints { role connectionState } } }',
        { id: meetingId },
        host,
      )
    ).meeting.connectionPoints.find((p: { role: string }) => p.role === 'SITE').connectionState as string;

  it('writes LOST for the sites of an instance that died, though other deployments sweep the same Redis', async () => {
    const m = await conference(a1, { sites: 1 });
    siteClient(a2.port, m.sites[0].token);
    await until(async () => (await stateOf(m.host, m.meetingId)) === 'CONNECTED', 'the site CONNECTED');

    // The instance stops without removing its entry, as one that died: only its expiry tells.
    await a2.close();
    await until(async () => (await stateOf(m.host, m.meetingId)) === 'LOST', 'the site LOST', 30_000);
  }, 60_000);

  it('keeps every presence key and event channel of a deployment under its namespace', async () => {
    const m = await conference(a1, { sites: 1 });
    const events = record(a1.ws(m.host), EVENTS, {
      meetingId: m.meetingId,
      afterSeq: await lastEventSeq(a1, m.host, m.meetingId),
    });
    siteClient(a1.server.port, m.sites[0].token);
    await events.find((e) => e.type === 'SITE_CONNECTED');
    const namespace = `${redisNamespace(a1.database.url)}:`;

    const keys = await redis.keys(`*${m.sites[0].id}*`);
    expect(keys.length).toBeGreaterThan(0);
    const dueSets: string[] = [];
    for (const key of await redis.keys('*presence:due')) {
      if ((await redis.zscore(key, `${m.meetingId}/${m.sites[0].id}`)) !== null) dueSets.push(key);
    }
    const channels = (await redis.pubsub('CHANNELS', `*${m.meetingId}*`)) as string[];
    expect(channels.length).toBeGreaterThan(0);
    for (const name of [...keys, ...dueSets, ...channels]) expect(name.startsWith(namespace)).toBe(true);
    expect(dueSets).toEqual([`${namespace}presence:due`]);
  });
});
