import { RunningServer } from '../../server/http/server';
import { SOCKET_CLOSES } from '../../client-sdk/src/close-codes';
import { conference, connectionPoint, ISSUE_CODE, meetingWithSite, siteToken } from '../support/factories';
import { StatementCounter } from '../support/instruments';
import type { Client } from 'graphql-ws';
import { closingClient, livePoint, until } from '../support/live';
import { describeScaleOut } from '../support/processes';
import { anotherInstance, expectError, startTestServer, TestServer } from '../support/server';

const ME = '{ me { kind } }';
const pointReads = (counter: StatementCounter) =>
  counter.statements.filter((q) => /FROM [`"]connection_point[`"]/.test(q));
/** The reads a site token is checked against (its columns only, not a whole connection point). */
const siteChecks = (counter: StatementCounter) => pointReads(counter).filter((q) => !/operatorName/.test(q));

type Close = { code: number; reason: string };
const closeOf = (client: Client) =>
  new Promise<Close>((resolve) =>
    client.on('closed', (e) => resolve({ code: (e as Close).code, reason: (e as Close).reason })),
  );

/** An open socket of `token`, which the server may close (no error to print). */
async function openSocket(t: TestServer, token: string): Promise<Client> {
  const client = closingClient(t, token);
  await new Promise<void>((resolve) => client.on('connected', () => resolve()));
  return client;
}

/** A socket of `token`: accepted, or closed (how). */
async function connects(t: TestServer, token: string): Promise<true | Close> {
  const client = closingClient(t, token);
  const outcome = await Promise.race([
    new Promise<true>((resolve) => client.on('connected', () => resolve(true))),
    closeOf(client),
  ]);
  await client.dispose();
  return outcome;
}

/**
 * When a network cut ends, every screen of a meeting connects again at once: a site token's point
 * is read once and then checked from memory, and anything that ends the site's access still ends
 * it at once — the point is read again after the change.
 */
describe("a site's sockets: its point from memory, its revocation at once", () => {
  const counter = new StatementCounter();
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ queryLogger: counter });
  });
  afterAll(() => t.close());

  it('reads the point for the first socket only, and again after a new code ends the old token', async () => {
    const { host, meetingId, siteId } = await meetingWithSite(t);
    const token = await siteToken(t, host, siteId);
    // The first screen: its point is read, and once the site is CONNECTED the others write nothing.
    const first = await openSocket(t, token);
    await until(
      async () => (await livePoint(t, host, meetingId, siteId)).connectionState === 'CONNECTED',
      'connected',
    );
    counter.reset();
    counter.counting = true;
    for (let i = 0; i < 3; i++) expect(await connects(t, token)).toBe(true);
    counter.counting = false;
    expect(pointReads(counter)).toEqual([]);

    await t.ok(ISSUE_CODE, { id: siteId }, host);
    // In the next turn the event is out: the old token's sockets are refused, and so are its requests.
    expect(await connects(t, token)).toEqual(SOCKET_CLOSES.forbidden);
    expectError(await t.gql(ME, {}, token), 'UNAUTHENTICATED');
    await first.dispose();
  });

  it("reads a meeting's points once for the sites that connect at once, and again after a new code", async () => {
    const { host, meetingId, sites } = await conference(t, { sites: 6 });
    counter.reset();
    counter.counting = true;
    expect(await Promise.all(sites.map((site) => connects(t, site.token)))).toEqual(sites.map(() => true));
    counter.counting = false;
    const [whole, ...more] = siteChecks(counter);
    expect(more).toEqual([]);
    expect(whole).toMatch(/[`"]meetingId[`"] = \?/);

    // A site added since: its code changes the meeting's access, which is read whole again.
    const added = await connectionPoint(t, host, meetingId, { name: 'VKSND huyện Trà Bồng' });
    const token = await siteToken(t, host, added.id);
    counter.reset();
    counter.counting = true;
    expect(await connects(t, token)).toBe(true);
    expect(await connects(t, sites[0].token)).toBe(true);
    counter.counting = false;
    expect(siteChecks(counter)).toHaveLength(1);
  });

  it('closes an open socket and refuses the next when the code is revoked', async () => {
    const { host, siteId } = await meetingWithSite(t);
    const token = await siteToken(t, host, siteId);
    const open = await openSocket(t, token);
    const closed = closeOf(open);
    await t.ok(
      'mutation($id: ID!) { revokeSiteAccessCode(connectionPointId: $id) { id } }',
      { id: siteId },
      host,
    );
    expect(await closed).toEqual(SOCKET_CLOSES.siteAccessEnded);
    expect(await connects(t, token)).toEqual(SOCKET_CLOSES.forbidden);
  });
});

/** Through another instance: the change travels on the bus, and the point kept in memory goes with it. */
describeScaleOut("a site's point kept on one instance, its code revoked through another", () => {
  let t: TestServer;
  let other: RunningServer;
  beforeAll(async () => {
    const env = { REDIS_URL: process.env.TEST_REDIS_URL! };
    t = await startTestServer({ env });
    other = await anotherInstance(t, env);
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('closes the socket here and refuses the token here once the other instance revoked it', async () => {
    const { host, siteId } = await meetingWithSite(t);
    const token = await siteToken(t, host, siteId);
    expect(await connects(t, token)).toBe(true);
    const open = await openSocket(t, token);
    const closed = closeOf(open);
    const revoke = 'mutation($id: ID!) { revokeSiteAccessCode(connectionPointId: $id) { id } }';
    const response = await fetch(`http://127.0.0.1:${other.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host}` },
      body: JSON.stringify({ query: revoke, variables: { id: siteId } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await closed).toEqual(SOCKET_CLOSES.siteAccessEnded);
    expect(await connects(t, token)).toEqual(SOCKET_CLOSES.forbidden);
  });
});
