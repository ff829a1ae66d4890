import WebSocket from 'ws';
import { TestServer } from '../support/server';
import { securityServer } from '../support/security';

const ALLOWED = 'https://diemcau.vks.gov.vn';

/** How a WebSocket upgrade ends: 'open', or the HTTP status it was refused with. */
function upgrade(t: TestServer, origin?: string): Promise<{ outcome: string | number; socket: WebSocket }> {
  const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws', origin ? { origin } : {});
  return new Promise((resolve) => {
    socket.once('open', () => resolve({ outcome: 'open', socket }));
    socket.once('unexpected-response', (_req, res) => resolve({ outcome: res.statusCode ?? 0, socket }));
  });
}

describe('limits of HTTP requests and WebSocket upgrades', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await securityServer({
      NODE_ENV: 'development',
      MAX_REQUEST_BYTES: '4096',
      CORS_ORIGINS: ALLOWED,
      WS_ALLOWED_ORIGINS: ALLOWED,
      WS_MAX_CONNECTIONS_PER_IP: '4',
    });
  });
  afterAll(() => t.close());

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(t.url, { method: 'POST', headers, body });

  it('answers a body over MAX_REQUEST_BYTES with 413, as a GraphQL error without internals', async () => {
    const res = await post(JSON.stringify({ query: `{ serverTime } # ${'x'.repeat(5000)}` }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers malformed JSON with 400, without a stack trace even in development', async () => {
    const res = await post('{"query": "{ serverTime }"');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Malformed request', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(text).not.toMatch(/at |node_modules|SyntaxError/);
  });

  it('keeps CSRF prevention on: a simple request (no preflight) is refused', async () => {
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ serverTime }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await post('query={serverTime}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    const preflighted = await fetch(`${t.url}?query=${encodeURIComponent('{ serverTime }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('allows cross-origin calls from CORS_ORIGINS only', async () => {
    const preflight = (origin: string) =>
      fetch(t.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect((await preflight(ALLOWED)).headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a WebSocket upgrade from a browser origin outside WS_ALLOWED_ORIGINS (403)', async () => {
    const refused = await upgrade(t, 'https://evil.example');
    expect(refused.outcome).toBe(403);
    for (const origin of [ALLOWED, undefined]) {
      const { outcome, socket } = await upgrade(t, origin);
      expect(outcome).toBe('open');
      socket.close();
    }
  });

  it('refuses a WebSocket upgrade past WS_MAX_CONNECTIONS_PER_IP (429), and accepts again once one closed', async () => {
    const open = await Promise.all(Array.from({ length: 4 }, () => upgrade(t)));
    expect(open.map((o) => o.outcome)).toEqual(['open', 'open', 'open', 'open']);
    expect((await upgrade(t)).outcome).toBe(429);
    const closed = new Promise((resolve) => open[0].socket.once('close', resolve));
    open[0].socket.close();
    await closed;
    // The server counts the socket out when its own side has closed.
    let again = await upgrade(t);
    for (let i = 0; i < 50 && again.outcome !== 'open'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      again = await upgrade(t);
    }
    expect(again.outcome).toBe('open');
    for (const o of [...open, again]) o.socket.close();
  });
});
