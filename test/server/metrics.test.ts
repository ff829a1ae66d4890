import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS, closeCode, closingClient, connectedClient, record } from '../support/live';
import { lastEventSeq, lifecycle, meetingWithSite, participant } from '../support/factories';
import { METRICS_TOKEN, sample, scrape } from '../support/metrics';
import { TestServer, expectError, startTestServer } from '../support/server';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

describe('GET /metrics', () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { METRICS_TOKEN, RATE_LIMIT_PUBLIC: '5' } });
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.close());

  it('answers 401 without the METRICS_TOKEN bearer token', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${base}/metrics`, {
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(wrong.status).toBe(401);
  });

  it('is not served at all without METRICS_TOKEN', async () => {
    const other = await startTestServer();
    try {
      const res = await fetch(other.url.replace(/\/graphql$/, '/metrics'), {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(res.status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('counts sockets, subscriptions, commits, deliveries and their latency, mutations and closes', async () => {
    const { host, meetingId, siteId } = await meetingWithSite(t);
    await lifecycle(t, host, meetingId, 'schedule', 'start');
    const screen = await connectedClient(t, host);
    const events = record(screen, EVENTS, { meetingId });
    // Subscribed once the server has attached it to the meeting's topic.
    await waitForSample(t, 'diemcau_subscriptions', { kind: 'meetingEvents' }, 1);
    await participant(t, host, meetingId, siteId, { name: 'Đại biểu Trần Thị Lan' });
    await events.count(1);

    const refused = closingClient(t, 'not-a-token');
    expect(await closeCode(refused)).toBe(4403);
    // The public budget (per IP, without a token) runs out; then two refusals.
    for (let i = 0; i < 5; i++) {
      const attempt = await t.gql(LOGIN, { u: 'admin', p: 'wrong-password' });
      if (attempt.errors?.[0]?.extensions?.code === 'RATE_LIMITED') break;
    }
    expectError(await t.gql(LOGIN, { u: 'admin', p: 'wrong-password' }), 'RATE_LIMITED');

    const text = await scrape(t);
    expect(sample(text, 'diemcau_websocket_connections')).toBe(1);
    expect(sample(text, 'diemcau_meetings_watched')).toBe(1);
    expect(sample(text, 'diemcau_events_committed_total')).toBe(await lastEventSeq(t, host, meetingId));
    expect(sample(text, 'diemcau_deliveries_total', { kind: 'meetingEvents' })).toBe(1);
    expect(sample(text, 'diemcau_delivery_latency_seconds_count')).toBe(1);
    expect(sample(text, 'diemcau_delivery_latency_seconds_bucket', { le: '+Inf' })).toBe(1);
    expect(
      sample(text, 'diemcau_mutation_duration_seconds_count', { mutation: 'addParticipant', outcome: 'ok' }),
    ).toBe(2);
    expect(
      sample(text, 'diemcau_mutation_duration_seconds_count', { mutation: 'login', outcome: 'RATE_LIMITED' }),
    ).toBe(2);
    expect(sample(text, 'diemcau_rate_limit_refusals_total', { budget: 'public' })).toBe(2);
    expect(sample(text, 'diemcau_websocket_closes_total', { code: '4403' })).toBe(1);
    expect(sample(text, 'diemcau_sites', { state: 'NEVER_JOINED' })).toBe(1);
    expect(sample(text, 'diemcau_up', { part: 'database' })).toBe(1);
    expect(sample(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);

    events.stop();
    await waitForSample(t, 'diemcau_subscriptions', { kind: 'meetingEvents' }, 0);
    expect(sample(await scrape(t), 'diemcau_meetings_watched')).toBe(0);
  });

  it('has every metric that docs/grafana-dashboard.json queries', async () => {
    // Labelled series appear once counted: on a server of its own, one of each thing the dashboard shows.
    const own = await startTestServer({ env: { METRICS_TOKEN } });
    try {
      const { host, meetingId, siteId } = await meetingWithSite(own);
      const events = record(await connectedClient(own, host), EVENTS, { meetingId });
      await waitForSample(own, 'diemcau_subscriptions', { kind: 'meetingEvents' }, 1);
      await participant(own, host, meetingId, siteId);
      await events.count(1);
      expect(await closeCode(closingClient(own, 'not-a-token'))).toBe(4403);
      const dashboard = readFileSync(join(__dirname, '..', '..', 'docs', 'grafana-dashboard.json'), 'utf8');
      const queried = new Set(dashboard.match(/\b(?:diemcau|process|nodejs)_\w+/g));
      const exposed = new Set([...(await scrape(own)).matchAll(/^([a-z_:][\w:]*)[{ ]/gm)].map((m) => m[1]));
      expect([...queried].filter((name) => !exposed.has(name))).toEqual([]);
      events.stop();
    } finally {
      await own.close();
    }
  });
});

async function waitForSample(t: TestServer, name: string, labels: Record<string, string>, value: number) {
  for (;;) {
    if (sample(await scrape(t), name, labels) === value) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
