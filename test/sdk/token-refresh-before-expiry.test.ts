import { createClient, MeDocument } from '../../client-sdk/src';
import { TokenService } from '../../server/auth/tokens';
import { startTestServer, TestServer } from '../support/server';

const SECRET = 'a signing secret of the tests, 32+ characters long';

/** getToken is asked again before the token in use expires, not only after the server refused it. */
describe('SDK tokens renewed before their expiry', () => {
  let t: TestServer;
  let userId: string;
  const signed = (ttlSeconds: number) =>
    new TokenService(SECRET, ttlSeconds).sign({ kind: 'user', sub: userId }).then((s) => s.token);

  beforeAll(async () => {
    t = await startTestServer({ env: { JWT_SECRET: SECRET } });
    userId = (await t.ok('{ me { userId } }', {}, await t.adminToken())).me.userId;
  });
  afterAll(() => t?.close());

  /** A client whose getToken hands out tokens living `ttls` seconds, in turn; what it was asked. */
  function clientWith(ttls: number[], tokenRefreshMarginSeconds?: number) {
    const asked: number[] = [];
    const client = createClient({
      url: t.url,
      tokenRefreshMarginSeconds,
      getToken: () => {
        const ttl = ttls[asked.length];
        asked.push(ttl);
        return signed(ttl);
      },
    });
    return { client, asked };
  }

  it('asks for a new token when the one in use is within the margin of its exp, while still valid', async () => {
    const { client, asked } = clientWith([30, 3600]);
    for (let i = 0; i < 3; i++) expect((await client.request(MeDocument)).me).toMatchObject({ userId });
    // The 30 s token was accepted, yet replaced before the second request (default margin 60 s);
    // the one-hour token then served the third.
    expect(asked).toEqual([30, 3600]);
    await client.close();
  });

  it('keeps a token far from its expiry, and follows the margin it is given', async () => {
    const kept = clientWith([3600, 3600]);
    const early = clientWith([3600, 3600, 3600], 3600);
    for (let i = 0; i < 3; i++) {
      await kept.client.request(MeDocument);
      await early.client.request(MeDocument);
    }
    expect(kept.asked).toEqual([3600]);
    expect(early.asked).toEqual([3600, 3600, 3600]);
    await Promise.all([kept.client.close(), early.client.close()]);
  });
});
