import { startTestServer } from '../support/server';
import { METRICS_TOKEN, sample, scrape } from '../support/metrics';

/** /readyz and the health gauges, for what a request needs: the database's tables, and Redis when set. */
describe('/readyz', () => {
  it('answers 503 naming the database once the database is gone (dropped, or its file deleted)', async () => {
    const t = await startTestServer({ env: { METRICS_TOKEN } });
    const readyz = t.url.replace(/\/graphql$/, '/readyz');
    try {
      const before = await fetch(readyz);
      expect(before.status).toBe(200);
      expect(await before.json()).toEqual({ status: 'ok', checks: { database: 'ok' } });

      await t.database.drop();
      const after = await fetch(readyz);
      expect(after.status).toBe(503);
      const body = (await after.json()) as any;
      expect(body.status).toBe('unavailable');
      expect(body.checks.database).toMatch(/^unavailable: /);
      expect(JSON.stringify(body)).not.toMatch(/SELECT|diemcau-test|\/tmp/);
      expect(sample(await scrape(t), 'diemcau_up', { part: 'database' })).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('answers 503 naming Redis while the configured Redis does not answer', async () => {
    // A port nothing listens on: Redis is configured but away.
    const t = await startTestServer({ env: { REDIS_URL: 'redis://127.0.0.1:9', METRICS_TOKEN } });
    try {
      const res = await fetch(t.url.replace(/\/graphql$/, '/readyz'));
      expect(res.status).toBe(503);
      const body = (await res.json()) as any;
      expect(body.checks).toEqual({ database: 'ok', redis: expect.stringMatching(/^unavailable: /) });
      const text = await scrape(t);
      expect(sample(text, 'diemcau_up', { part: 'redis' })).toBe(0);
      expect(sample(text, 'diemcau_up', { part: 'database' })).toBe(1);
    } finally {
      await t.close();
    }
  });

  const redisUrl = process.env.TEST_REDIS_URL;
  (redisUrl ? it : it.skip)('answers 200 with Redis when Redis answers (TEST_REDIS_URL)', async () => {
    const t = await startTestServer({ env: { REDIS_URL: redisUrl! } });
    try {
      const res = await fetch(t.url.replace(/\/graphql$/, '/readyz'));
      expect(await res.json()).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
      expect(res.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
