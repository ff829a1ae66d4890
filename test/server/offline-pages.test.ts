import { startTestServer, TestServer } from '../support/server';

/**
 * Absolute URLs that appear in the explorer's scripts as text, not as something a page loads: XML
 * namespaces (compared, never fetched) and links in library comments and error messages.
 */
const TEXT_ONLY = [
  /^http:\/\/www\.w3\.org\//,
  /^https:\/\/reactjs\.org\/docs\/error-decoder\.html/,
  /^https:\/\/github\.com\//,
  /^https:\/\/en\.wikipedia\.org\//,
  /^https:\/\/commonmark\.org\//,
  /^https:\/\/codemirror\.net\//,
];

const URL_IN_TEXT = /https?:\/\/[^\s"'`)<>\\]+/g;

/** The same-origin resources a page or stylesheet refers to (src, href, url()). */
function references(text: string): string[] {
  const found = [...text.matchAll(/(?:src|href)\s*=\s*"([^"]+)"|url\(\s*['"]?([^'")]+)['"]?\s*\)/g)];
  return found.map((m) => m[1] ?? m[2]).filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

describe('every page the server serves works offline (no outside host)', () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { NODE_ENV: 'development' } });
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.close());

  it('/, /graphql in a browser, the explorer and all it loads reference no other host', async () => {
    const pages = ['/graphql', '/', '/explorer/'];
    const seen = new Map<string, string>();
    const queue = [...pages];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      const text = await res.text();
      seen.set(path, res.headers.get('content-type') ?? '');
      const type = res.headers.get('content-type') ?? '';
      if (type.startsWith('text/html') || type.startsWith('text/css')) {
        // Pages and stylesheets: no absolute URL at all; everything they load comes from here.
        expect({ path, outside: text.match(URL_IN_TEXT) ?? [] }).toEqual({ path, outside: [] });
        for (const ref of references(text)) queue.push(new URL(ref, `${base}${path}`).pathname);
      } else {
        const outside = (text.match(URL_IN_TEXT) ?? []).filter((u) => !TEXT_ONLY.some((ok) => ok.test(u)));
        expect({ path, outside }).toEqual({ path, outside: [] });
      }
    }
    // The page, its stylesheet and its four scripts were all fetched (and / and /graphql led there).
    expect([...seen.keys()].filter((p) => p.startsWith('/explorer/assets/')).sort()).toEqual([
      '/explorer/assets/graphiql.css',
      '/explorer/assets/graphiql.js',
      '/explorer/assets/react-dom.js',
      '/explorer/assets/react.js',
      '/explorer/assets/start.js',
    ]);
  });

  it('answers GraphQL at /graphql as before (the explorer only takes a browser visit)', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ serverTime }')}`, {
      headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(((await res.json()) as any).data.serverTime).toEqual(expect.any(String));
  });

  it('serves no explorer in production unless EXPLORER=true', async () => {
    const production = await startTestServer({ env: { NODE_ENV: 'production' } });
    const enabled = await startTestServer({ env: { NODE_ENV: 'production', EXPLORER: 'true' } });
    try {
      const at = (s: TestServer, path: string) =>
        fetch(s.url.replace(/\/graphql$/, path), { headers: { accept: 'text/html' } });
      expect((await at(production, '/explorer/')).status).toBe(404);
      expect((await at(production, '/graphql')).headers.get('content-type')).not.toMatch(/html/);
      expect((await at(enabled, '/explorer/')).status).toBe(200);
    } finally {
      await production.close();
      await enabled.close();
    }
  });
});
