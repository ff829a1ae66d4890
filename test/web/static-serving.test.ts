import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestServer, TestServer } from '../support/server';
import { buildWeb } from '../../scripts/build-web';
import { webDistDir } from '../../server/http/web-app';

jest.setTimeout(120_000);

describe('the server serves the web app beside /graphql', () => {
  let t: TestServer;
  let origin: string;

  beforeAll(async () => {
    await buildWeb();
    // As in production: without the explorer (which takes / in development).
    t = await startTestServer({ env: { EXPLORER: 'false' } });
    origin = `http://127.0.0.1:${t.server.port}`;
  });
  afterAll(() => t?.close());

  it.each(['/site', '/site?code=ABCD-1234', '/site/board', '/host', '/host/meetings/1'])(
    '%s answers the app page, never cached, under a strict Content-Security-Policy',
    async (url) => {
      const res = await fetch(origin + url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self' ws: wss:");
      expect(csp).not.toContain('unsafe');
      expect(await res.text()).toBe(readFileSync(path.join(webDistDir(), 'index.html'), 'utf8'));
    },
  );

  it('serves the hashed assets the page names for a year, immutable, and no inline script', async () => {
    const html = await (await fetch(`${origin}/site`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    for (const asset of assets) {
      const res = await fetch(origin + asset);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${origin}/assets/missing-0000.js`)).status).toBe(404);
  });

  it('leaves /graphql and the rest as they were; / leads to the site screen (no explorer)', async () => {
    expect((await t.gql('{ serverTime }')).data?.serverTime).toEqual(expect.any(String));
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/site');
    expect((await fetch(`${origin}/other`)).status).toBe(404);
  });
});
