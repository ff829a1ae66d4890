import { SignJWT } from 'jose';
import { startTestServer, TestServer, expectError } from '../support/server';

const SECRET = 'a-test-signing-secret-of-at-least-32-characters';
const key = new TextEncoder().encode(SECRET);

/** A token signed with the server's own secret, with exactly the claims given. */
function signed(claims: { sub: string; exp?: number; iss?: string }): Promise<string> {
  const jwt = new SignJWT({ kind: 'user' }).setProtectedHeader({ alg: 'HS256' }).setSubject(claims.sub);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  if (claims.iss !== undefined) jwt.setIssuer(claims.iss);
  return jwt.sign(key);
}

describe('a correctly signed token needs an expiry and the issuer', () => {
  let t: TestServer;
  let adminId: string;
  const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

  beforeAll(async () => {
    t = await startTestServer({ env: { JWT_SECRET: SECRET } });
    adminId = (await t.ok('{ me { userId } }', {}, await t.adminToken())).me.userId;
  });
  afterAll(() => t.close());

  it('accepts a token with exp and iss (the shape the server signs)', async () => {
    const token = await signed({ sub: adminId, exp: inAnHour(), iss: 'diemcau' });
    expect((await t.ok('{ me { userId } }', {}, token)).me.userId).toBe(adminId);
  });

  it('refuses one without exp, over HTTP and at connection_init', async () => {
    const token = await signed({ sub: adminId, iss: 'diemcau' });
    expectError(await t.gql('{ me { userId } }', {}, token), 'UNAUTHENTICATED');
    const closed = await new Promise<number>((resolve) => {
      t.ws(token, { on: { closed: (e) => resolve((e as { code: number }).code) } });
    });
    expect(closed).toBe(4403);
  });

  it('refuses one without iss, or with another issuer', async () => {
    expectError(
      await t.gql('{ me { userId } }', {}, await signed({ sub: adminId, exp: inAnHour() })),
      'UNAUTHENTICATED',
    );
    expectError(
      await t.gql('{ me { userId } }', {}, await signed({ sub: adminId, exp: inAnHour(), iss: 'other' })),
      'UNAUTHENTICATED',
    );
  });
});
