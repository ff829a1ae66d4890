import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MONDAY_SHAPES, mondayBench } from '../../scripts/bench/monday';

/**
 * Keeps the Monday-morning bench (scripts/bench/monday.ts, docs/benchmarks.md) alive: a national
 * meeting of 10 sites and three provincial ones of 4, at once, screens joining as the SDK's do while
 * the hosts and sites send commands (on two instances when the suite runs on MySQL/MariaDB and Redis). No timing is asserted: every event of every measured command
 * reached every screen of its meeting, once and in order, and every figure was measured.
 */
// With MySQL/MariaDB and Redis (the CI's second run), on two instances sharing them.
const { TEST_DATABASE_URL: mysqlUrl, TEST_REDIS_URL: redisUrl } = process.env;
const instances = mysqlUrl && redisUrl ? { count: 2, mysqlUrl, redisUrl } : undefined;

describe('Monday-morning bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diemcau-monday-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`runs four meetings at once${instances ? ' on two instances' : ''} and misses no delivery`, async () => {
    const row = await mondayBench({
      instances,
      dir,
      commands: 24,
      clients: 2,
      paceMs: [100, 300],
      shape: MONDAY_SHAPES.smoke,
      log: () => undefined,
    });
    expect({ ...row, error: row.error ?? null }).toMatchObject({
      error: null,
      meetings: 4,
      missed: 0,
      doubles: 0,
      gaps: 0,
    });
    expect(row.command.count).toBe(24);
    // Each command gives one event or more, each measured at every screen of its meeting.
    expect(row.delivery.count).toBeGreaterThanOrEqual(24);
    expect(row.sent.count).toBe(24);
    for (const figure of [row.command.p99, row.delivery.p99, row.loopDelay.p99, row.cpuPercent, row.rssMb])
      expect(Number.isFinite(figure)).toBe(true);
  }, 300_000);
});
