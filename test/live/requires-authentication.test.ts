import { TokenService } from '../../server/auth/tokens';
import { TestServer, expectError, startTestServer } from '../support/server';
import { EVENTS, LIVE_QUERY, closeCode, closingClient, record } from '../support/live';
import { hostedMeeting } from '../support/factories';

const SECRET = 'a-test-signing-secret-of-at-least-32-characters';

describe('live delivery requires authentication', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { JWT_SECRET: SECRET } });
  });
  afterAll(() => t.close());

  it('closes a socket without a token with 4403', async () => {
    const client = closingClient(t, null);
    const code = closeCode(client);
    record(client, EVENTS, { meetingId: '00000000-0000-4000-8000-000000000000' });
    expect(await code).toBe(4403);
  });

  it('closes a socket with a bad token with 4403', async () => {
    const client = closingClient(t, 'not-a-jwt');
    const code = closeCode(client);
    record(client, EVENTS, { meetingId: '00000000-0000-4000-8000-000000000000' });
    expect(await code).toBe(4403);
  });

  it('closes a socket with 4403 when its token expires', async () => {
    const { meetingId } = await hostedMeeting(t);
    const admin = await t.server.services.auth.actorOf(await t.adminToken());
    // A token that lives 2 seconds, signed like the server's own (the configured minimum is 60 s).
    const { token } = await new TokenService(SECRET, 2).sign({
      kind: 'user',
      sub: admin.kind === 'user' ? admin.userId : '',
    });
    const client = closingClient(t, token);
    const code = closeCode(client);
    const events = record(client, EVENTS, { meetingId });
    const started = Date.now();
    expect(await code).toBe(4403);
    expect(Date.now() - started).toBeGreaterThan(500);
    expect(events.values).toEqual([]);
    // Verified once and remembered, it is still refused once expired.
    expectError(await t.gql('{ me { kind } }', {}, token), 'UNAUTHENTICATED');
  });

  it('refuses liveMeeting over HTTP without a token', async () => {
    const { meetingId } = await hostedMeeting(t);
    expectError(await t.gql(LIVE_QUERY, { meetingId }), 'UNAUTHENTICATED');
  });
});
