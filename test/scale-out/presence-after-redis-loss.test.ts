import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase, TestDatabase } from '../support/database';
import {
  freePort,
  kill,
  Owned,
  clusterEnv,
  describeScaleOut,
  remote,
  startRedis,
  startServerProcess,
  waitFor,
} from '../support/processes';

/**
 * An instance dies holding a site, and Redis restarts empty meanwhile: no entry is left to expire.
 * The instance that comes back checks the database against Redis and writes the site LOST.
 * Needs TEST_DATABASE_URL (MySQL) and TEST_REDIS_URL, like the other scale-out tests.
 */
const TTL_SECONDS = 2;

describeScaleOut('presence after an instance and Redis both restart', () => {
  let database: TestDatabase;
  const owned: Owned[] = [];
  afterAll(async () => {
    for (const p of owned) await kill(p);
    await database?.drop();
  });

  it('writes LOST for a site that no instance holds any more', async () => {
    database = await createTestDatabase();
    const redisPort = await freePort();
    const port = await freePort();
    const env = clusterEnv(database.url, redisPort, TTL_SECONDS);
    owned.push(await startRedis(redisPort));
    owned.push(await startServerProcess(port, env));
    const server = remote(port);
    const gql = await server.asAdmin();

    const { createUnit } = await gql(
      'mutation { createUnit(input: { name: "VKSND huyện Sơn Tây", level: DISTRICT }) { id } }',
    );
    const { createMeeting } = await gql(
      'mutation { createMeeting(input: { title: "Giao ban tháng", kind: MONTHLY_BRIEFING, format: ONLINE }) { id } }',
    );
    const meetingId = createMeeting.id;
    const { addConnectionPoint } = await gql(
      'mutation($input: AddConnectionPointInput!) { addConnectionPoint(input: $input) { id } }',
      { input: { meetingId, unitId: createUnit.id, role: 'SITE', name: 'Điểm cầu VKSND huyện Sơn Tây' } },
    );
    const siteId = addConnectionPoint.id;
    await gql('mutation($id: ID!) { startMeeting(id: $id) { id } }', { id: meetingId });
    const { issueSiteAccessCode } = await gql(
      'mutation($id: ID!) { issueSiteAccessCode(connectionPointId: $id) { code } }',
      { id: siteId },
    );
    const { joinSite } = await server.call('mutation($c: String!) { joinSite(code: $c) { token } }', {
      c: issueSiteAccessCode.code,
    });
    const state = async () =>
      (
        await gql('query($id: ID!) { meeting(id: $id) { connectionPoints { id connectionState } } }', {
          id: meetingId,
        })
      ).meeting.connectionPoints[0].connectionState as string;

    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${joinSite.token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    await waitFor(async () => (await state()) === 'CONNECTED', 'the site connected');

    // The instance dies with the site on it, and Redis comes back empty.
    await kill(owned[1]);
    await client.dispose();
    await kill(owned[0]);
    owned.push(await startRedis(redisPort));
    owned.push(await startServerProcess(port, env));
    expect(await state()).toBe('CONNECTED');
    await waitFor(async () => (await state()) === 'LOST', 'the site LOST', 4 * TTL_SECONDS * 1000);
  }, 120_000);
});
