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
  { name: 'landing page', path: '/graphql', init: { headers: { accept: 'text/html' } }, status: 200 },
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

  it('keeps a strict policy outside /graphql: no inline or remote scripts', async () => {
    const csp = (await fetch(`${base()}/healthz`)).headers.get('content-security-policy');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
  });

  it('lets the development landing page load Apollo Sandbox', async () => {
    const res = await fetch(`${base()}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).toMatch(/apollographql\.com/);
    const csp = res.headers.get('content-security-policy');
    expect(csp).toMatch(/frame-src 'self' sandbox\.embed\.apollographql\.com/);
    expect(csp).toMatch(/script-src 'self' https: 'unsafe-inline'/);
  });
});
