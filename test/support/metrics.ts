import { TestServer } from './server';

export const METRICS_TOKEN = 'metrics-token-for-the-tests';

/** The server's /metrics text, fetched as Prometheus does (bearer token). */
export async function scrape(t: TestServer, token = METRICS_TOKEN): Promise<string> {
  const res = await fetch(t.url.replace(/\/graphql$/, '/metrics'), {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  return res.text();
}

/** The value of one sample of the exposition text (`name` with exactly these labels), or undefined. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',');
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = (m[2] ?? '')
      .split(/,(?=\w+=")/)
      .filter(Boolean)
      .sort()
      .join(',');
    if (got === want) return Number(m[3]);
  }
  return undefined;
}
