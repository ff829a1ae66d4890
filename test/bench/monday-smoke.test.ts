import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mondayBench } from '../../scripts/bench/monday';

/**
 * Keeps the Monday-morning bench (scripts/bench/monday.ts, docs/benchmarks.md) alive: a national
 * meeting of 10 sites and three provincial ones of 4, at once, screens joining as the SDK's do while
 * the hosts and sites send commands. No timing is asserted: every event of every measured command
 * reached every screen of its meeting, once and in order, and every figure was measured.
 */
describe('Monday-morning bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diemcau-monday-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs four meetings at once and misses no delivery', async () => {
    const row = await mondayBench({
      dir,
      commands: 24,
      clients: 2,
      paceMs: [100, 300],
      shape: {
        provincial: 3,
        province: { provinces: 1, districts: 3, participants: 12, agendaItems: 2 },
        national: { provinces: 2, districts: 8, participants: 40, agendaItems: 2 },
      },
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
