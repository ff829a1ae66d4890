import { securityServer } from '../support/security';
import { TestServer } from '../support/server';

/** Every kind of route the server has: API, health, the notice document, errors, the landing page. */
const ROUTES: { name: string; path: string; init?: RequestInit; status: number }[] = [
  {
    name: 'GraphQL POST',
    path: '/graphql',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverTime }' }),
    },
    status: 200,
  },
  { name: 'GraphQL malformed body', path: '/graphql', init: bad('{"query"'), status: 400 },
  {
    name: 'explorer in a browser',
    path: '/graphql',
    init: { headers: { accept: 'text/html' } },
    status: 200,
  },
  { name: 'explorer script', path: '/explorer/assets/start.js', status: 200 },
  { name: 'liveness', path: '/healthz', status: 200 },
  { name: 'readiness', path: '/readyz', status: 200 },
  { name: 'notice without a token', path: '/meetings/x/notice', status: 401 },
  { name: 'unknown route', path: '/nothing-here', status: 404 },
];

function bad(body: string): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body };
}

describe('security headers on every route', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await securityServer({ NODE_ENV: 'development' });
  });
  afterAll(() => t.close());

  const base = () => `http://127.0.0.1:${t.server.port}`;

  it.each(ROUTES)('$name: nosniff, a content security policy, no framing by others', async (route) => {
    const res = await fetch(base() + route.path, route.init);
    expect(res.status).toBe(route.status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('keeps a strict policy: no inline or remote scripts', async () => {
    const csp = (await fetch(`${base()}/healthz`)).headers.get('content-security-policy');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
  });

  it('lets the explorer run: its page loads scripts from this server only, none inline', async () => {
    const res = await fetch(`${base()}/explorer/`, { headers: { accept: 'text/html' } });
    const page = await res.text();
    expect(page).not.toMatch(/<script>|<script [^>]*>[^<]/);
    for (const [, src] of page.matchAll(/<script src="([^"]+)"/g)) expect(src).toMatch(/^\/explorer\//);
    const csp = res.headers.get('content-security-policy');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    // Served over plain HTTP on an intranet, the page's own requests must not be sent to https.
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
  });
});
