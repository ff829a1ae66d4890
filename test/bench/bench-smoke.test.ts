import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBench } from '../../scripts/bench/run';

/**
 * Keeps the fan-out bench (scripts/bench, docs/benchmarks.md) alive: a tiny run of every server,
 * every kind of subscription (the SDK's screens joining at different seqs among them), the
 * reconnect storm and the query side. No timing is asserted, only that every event reached every
 * subscriber, once and in order, and that both query servers gave the same answer.
 */
describe('fan-out bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diemcau-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs ours, the naive stack and the floor with 50 subscribers and misses no delivery', async () => {
    const { rows, storms, queries } = await runBench({
      dir,
      ns: [50],
      kinds: ['events', 'sdk', 'live'],
      servers: ['ours', 'naive', 'floor'],
      warmup: 2,
      events: 5,
      clients: 1,
      storm: 50,
      queries: 3,
      shape: { provinces: 2, districts: 8, participants: 40 },
      log: () => undefined,
    });
    // The naive stack replays nothing: no `sdk` row of it.
    expect(rows).toHaveLength(8);
    for (const row of rows)
      expect({ ...row, error: row.error ?? null }).toMatchObject({ error: null, doubles: 0, gaps: 0 });
    expect(storms.map((s) => s.server)).toEqual(['ours', 'floor']);
    for (const storm of storms) {
      expect(storm).toMatchObject({ synced: 50, doubles: 0, gaps: 0 });
      expect(storm.error).toBeUndefined();
    }
    const [ours, executed, naive] = queries;
    expect(queries.map((q) => [q.server, q.error])).toEqual([
      ['ours', undefined],
      ['ours-executed', undefined],
      ['naive', undefined],
    ]);
    expect(new Set(queries.map((q) => q.bytes))).toEqual(new Set([naive.bytes]));
    // The per-field resolvers ask once per site and per delegate; ours a fixed few statements, and
    // fewer again from a kept answer.
    expect(naive.statements).toBeGreaterThan(5 * executed.statements);
    expect(executed.statements).toBeGreaterThan(ours.statements);
  }, 600_000);
});
