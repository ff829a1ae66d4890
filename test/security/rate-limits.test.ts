import Redis from 'ioredis';
import { ADMIN, TestServer } from '../support/server';
import { agendaItem, conference, user } from '../support/factories';
import { OPS } from '../support/agenda';
import { securityServer } from '../support/security';
import { describeBackends } from '../support/redis';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const codeOf = (r: { errors?: { extensions?: Record<string, any> }[] }) =>
  r.errors?.[0]?.extensions?.code ?? 'OK';

/** The rules, whether the counters are in memory or in Redis (shared by the instances). */
function rateLimits(env: Record<string, string>) {
  let t: TestServer;
  // A server per test: its counters (in Redis: under its own database's name) start at zero.
  beforeEach(async () => {
    t = await securityServer({ RATE_LIMIT_USER: '20', RATE_LIMIT_SITE: '5', RATE_LIMIT_PUBLIC: '8', ...env });
  });
  afterEach(() => t.close());

  it('lets a site spamming requestToSpeak through 5 times a window, even all at once, then RATE_LIMITED with retry-after', async () => {
    const m = await conference(t, { sites: 2 });
    const [spammer, other] = m.sites;
    const item = await agendaItem(t, m);
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    const ask = { input: { agendaItemId: item.id, connectionPointId: spammer.id, kind: 'CONTRIBUTION' } };

    const codes = (
      await Promise.all(Array.from({ length: 12 }, () => t.gql(OPS.request, ask, spammer.token)))
    ).map(codeOf);
    expect(codes.filter((c) => c !== 'RATE_LIMITED')).toHaveLength(5);

    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${spammer.token}` },
      body: JSON.stringify({ query: OPS.request, variables: ask }),
    });
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const retryAfter = body.errors[0].extensions.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.headers.get('retry-after')).toBe(String(retryAfter));

    // The same budget over WebSocket: it is the site's, not the path's or the socket's.
    const client = t.ws(spammer.token);
    const viaWs = await new Promise<any>((resolve) =>
      client.subscribe(
        { query: OPS.request, variables: ask },
        { next: resolve, error: resolve, complete: () => 0 },
      ),
    );
    expect(viaWs.errors[0].extensions.code).toBe('RATE_LIMITED');

    // Another site and the host are not held back.
    const otherAsk = { input: { ...ask.input, connectionPointId: other.id } };
    expect(codeOf(await t.gql(OPS.request, otherAsk, other.token))).toBe('OK');
    expect(
      codeOf(await t.gql(OPS.addItem, { input: { ...ask.input, meetingId: m.meetingId } }, m.host)),
    ).not.toBe('RATE_LIMITED');
  });

  it('counts each aliased mutation of one request', async () => {
    const host = (await user(t, 'HOST')).token;
    const creates = Array.from(
      { length: 21 },
      (_, i) =>
        `m${i}: createMeeting(input: { title: "Giao ban ${i}", kind: WEEKLY_BRIEFING, format: ONLINE }) { id }`,
    );
    const result = await t.gql(`mutation { ${creates.join(' ')} }`, {}, host);
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['m20'], 'RATE_LIMITED']]);
  });

  it('does not count ADMIN, who sets up national meetings in bulk', async () => {
    const admin = await t.adminToken();
    const units = Array.from({ length: 12 }, (_, i) =>
      t.gql(
        'mutation($n: String!) { createUnit(input: { name: $n, level: DISTRICT }) { id } }',
        { n: `Huyện ${i}` },
        admin,
      ),
    );
    expect((await Promise.all(units)).map(codeOf)).toEqual(Array(12).fill('OK'));
  });

  it('limits login and joinSite per IP, whether the password is right or not', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 10 && !codes.includes('RATE_LIMITED'); i++) {
      // A name each time: one name's own budget is test/security/sign-in-budgets.test.ts.
      codes.push(codeOf(await t.gql(LOGIN, { u: `khach-${i}`, p: 'sai-mật-khẩu' })));
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(codes.slice(0, -1).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codeOf(await t.gql(LOGIN, { u: ADMIN.username, p: ADMIN.password }))).toBe('RATE_LIMITED');
    expect(codeOf(await t.gql('mutation { joinSite(code: "ABCDE-FGHJK") { token } }'))).toBe('RATE_LIMITED');
    if (env.REDIS_URL) {
      const redis = new Redis(env.REDIS_URL);
      expect((await redis.keys('diemcau:*:signin:address*')).length).toBeGreaterThan(0);
      await redis.quit();
    }
  });
}

describeBackends('rate limits on mutations', (backend) => rateLimits(backend.env));
