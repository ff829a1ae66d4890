import { request as httpRequest } from 'node:http';
import { ADMIN, GqlResult, TestServer } from '../support/server';
import { unique, user } from '../support/factories';
import { securityServer } from '../support/security';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code ?? 'OK';
const PASSWORD = 'mật-khẩu-thử-nghiệm';
/** RATE_LIMIT_PUBLIC: attempts per address, failures per username, per window. */
const BUDGET = 40;

/** A login sent from the loopback address `from` (127.0.0.x: each is another client to the server). */
function loginFrom(t: TestServer, from: string, username: string, password: string, token?: string) {
  return sendFrom(t, from, LOGIN, { u: username, p: password }, token);
}

function sendFrom(t: TestServer, from: string, query: string, variables: object, token?: string) {
  const body = JSON.stringify({ query, variables });
  return new Promise<GqlResult>((resolve, reject) => {
    const req = httpRequest(
      t.url,
      {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text) as GqlResult));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each([
  ['in memory', {}],
  ['in Redis (REDIS_URL)', { REDIS_URL: 'redis://127.0.0.1:6379' }],
])('login and joinSite budgets, counted %s', (_, env: Record<string, string>) => {
  let t: TestServer;
  let viewer: { token: string };
  beforeAll(async () => {
    t = await securityServer({ RATE_LIMIT_USER: '600', RATE_LIMIT_PUBLIC: String(BUDGET), ...env });
    viewer = await user(t, 'VIEWER');
  });
  afterAll(() => t.close());

  /** A HOST whose password the test's attempts guess: its own per test, so that no test spends another's budget. */
  async function victim(): Promise<string> {
    const created = await t.ok(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { username } }',
      {
        input: {
          username: unique('nan-nhan').replace(/\W/g, '-'),
          password: PASSWORD,
          role: 'HOST',
          displayName: 'Nạn nhân',
          unitId: await t.rootUnit(),
        },
      },
      await t.adminToken(),
    );
    return created.createUser.username;
  }
  /** Five wrong passwords for `username` from `from`: the pair now waits a second. */
  async function fiveWrong(from: string, username: string) {
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await loginFrom(t, from, username, 'sai'))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await loginFrom(t, from, username, 'sai'))).toBe('RATE_LIMITED');
  }

  it('makes wrong passwords for one username from one address wait, growing, whatever token is attached', async () => {
    const username = await victim();
    const failures: GqlResult[] = [];
    for (let i = 0; i < 5; i++) failures.push(await loginFrom(t, '127.0.0.2', username, 'sai', viewer.token));
    expect(failures.map(codeOf)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    // The fifth failure says how long the next attempt waits; attempts within the wait are refused.
    expect(failures.map((r) => r.errors![0].extensions!.retryAfterSeconds)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      1,
    ]);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      // Once the wait is over, one more wrong password makes the next wait twice as long.
      await sleep(1000 * (waits.at(-1) ?? 1) + 50);
      const failed = await loginFrom(t, '127.0.0.2', username, 'sai');
      expect(codeOf(failed)).toBe('UNAUTHENTICATED');
      waits.push(failed.errors![0].extensions!.retryAfterSeconds as number);
    }
    expect(waits).toEqual([2, 4, 8]);
    // Within the 8 s wait (long enough for a loaded machine), a flood of attempts is refused whole.
    const flood = await Promise.all(
      Array.from({ length: 15 }, () => loginFrom(t, '127.0.0.2', username, 'sai', viewer.token)),
    );
    expect(flood.map(codeOf)).toEqual(Array(15).fill('RATE_LIMITED'));
    // The right password is refused too while the pair waits: the wait tells nothing of it.
    expect(codeOf(await loginFrom(t, '127.0.0.2', username, PASSWORD))).toBe('RATE_LIMITED');
  });

  it('leaves the same username usable from another address, and everyone else behind the flooded one', async () => {
    const username = await victim();
    await fiveWrong('127.0.0.4', username);
    expect(codeOf(await loginFrom(t, '127.0.0.3', username, PASSWORD))).toBe('OK');
    const other = await user(t, 'VIEWER');
    expect(other.token).toBeTruthy();
    expect(codeOf(await loginFrom(t, '127.0.0.4', ADMIN.username, ADMIN.password))).toBe('OK');
  });

  it('clears a pair once it signs in: its next wrong passwords start afresh', async () => {
    const username = await victim();
    await fiveWrong('127.0.0.6', username);
    await sleep(1_050); // the pair's wait
    expect(codeOf(await loginFrom(t, '127.0.0.6', username, PASSWORD))).toBe('OK');
    // Not cleared, the first wrong password would start a two-second wait.
    await fiveWrong('127.0.0.6', username);
  });

  it('bounds the wrong passwords of one username from every address together, for one window', async () => {
    // Ten addresses, each within its own free failures.
    const spread = Array.from({ length: BUDGET / 4 }, (_, i) => `127.0.1.${i + 1}`);
    const target = unique('khong-ton-tai').replace(/\W/g, '-');
    for (const from of spread) {
      for (let i = 0; i < 4; i++) {
        expect(codeOf(await loginFrom(t, from, target, 'sai'))).toBe('UNAUTHENTICATED');
      }
    }
    const refused = await loginFrom(t, '127.0.1.100', target, 'sai');
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts every attempt from one address, with or without a token, and joinSite with login', async () => {
    const from = '127.0.0.20';
    const codes: string[] = [];
    for (let i = 0; i < BUDGET + 2; i++) {
      codes.push(codeOf(await loginFrom(t, from, `ai-do-${i}`, 'sai', i % 2 ? viewer.token : undefined)));
    }
    expect(codes.slice(0, BUDGET)).toEqual(Array(BUDGET).fill('UNAUTHENTICATED'));
    expect(codes.slice(BUDGET)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(codeOf(await loginFrom(t, from, ADMIN.username, ADMIN.password))).toBe('RATE_LIMITED');
    const join = 'mutation($c: String!) { joinSite(code: $c) { token } }';
    expect(codeOf(await sendFrom(t, from, join, { c: 'ABCDE-FGHJK' }))).toBe('RATE_LIMITED');
    expect(codeOf(await sendFrom(t, '127.0.0.21', join, { c: 'ABCDE-FGHJK' }))).toBe('UNAUTHENTICATED');
  });
});
