import WebSocket from 'ws';
import { startTestServer, TestServer } from '../support/server';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/**
 * Behind a proxy at 127.0.0.1, clients are told apart by X-Forwarded-For only when TRUST_PROXY says so.
 * (A WebSocket needs a token at connection_init, so login and joinSite, the per-IP budget, are HTTP's.)
 */
describe.each([
  ['TRUST_PROXY=127.0.0.1', { TRUST_PROXY: '127.0.0.1' }, true],
  ['TRUST_PROXY=1 (one hop)', { TRUST_PROXY: '1' }, true],
  ['no TRUST_PROXY', {}, false],
])('per-IP limits with %s', (_name, env: Record<string, string>, separate: boolean) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { ...env, RATE_LIMIT_PUBLIC: '2', WS_MAX_CONNECTIONS_PER_IP: '1' } });
  });
  afterAll(() => t.close());

  let attempts = 0;
  /**
   * The code of a failed login from the client at `address` (through the proxy), or 'UNAUTHENTICATED'.
   * A username each time: the budget of one username from every address is sign-in-budgets.test.ts's.
   */
  const login = async (address: string) => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: LOGIN, variables: { u: `khach-${++attempts}`, p: 'wrong-password' } }),
    });
    return ((await res.json()) as any).errors[0].extensions.code as string;
  };

  it(`HTTP mutation budgets: ${separate ? 'one per client' : 'one shared by all'}`, async () => {
    expect([await login('203.0.113.1'), await login('203.0.113.1')]).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(await login('203.0.113.1')).toBe('RATE_LIMITED');
    // Another client behind the same proxy; and the first one forging a new address in front of its own.
    expect(await login('203.0.113.2')).toBe(separate ? 'UNAUTHENTICATED' : 'RATE_LIMITED');
    expect(await login('198.51.100.9, 203.0.113.1')).toBe('RATE_LIMITED');
  });

  it(`WebSocket connections per IP: ${separate ? 'counted per client' : 'one count for all'}`, async () => {
    const first = await open(t, '203.0.113.10');
    expect(first.outcome).toBe('open');
    expect((await open(t, '203.0.113.10')).outcome).toBe(429);
    const other = await open(t, '203.0.113.11');
    expect(other.outcome).toBe(separate ? 'open' : 429);
    for (const opened of [first, other]) if (opened.outcome === 'open') opened.socket.close();
  });
});

/** A WebSocket class whose upgrade request says it was forwarded for `address`. */
function forwardedFor(address: string) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { 'x-forwarded-for': address } });
    }
  };
}

/** How an upgrade from the client at `address` ends: 'open', or the HTTP status it was refused with. */
function open(t: TestServer, address: string): Promise<{ outcome: string | number; socket: WebSocket }> {
  const socket = new (forwardedFor(address))(t.wsUrl, 'graphql-transport-ws');
  return new Promise((resolve) => {
    socket.once('open', () => resolve({ outcome: 'open', socket }));
    socket.once('unexpected-response', (_req, res) => resolve({ outcome: res.statusCode ?? 0, socket }));
  });
}
