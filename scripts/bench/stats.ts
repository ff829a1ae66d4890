import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Logger as QueryLogger } from 'typeorm';
import { ServerRequest, tell } from './common';

/**
 * Answers the orchestrator's `stats` requests: CPU time so far, RSS (after a GC when asked), the
 * event loop's delay since the previous request (perf_hooks.monitorEventLoopDelay, 10 ms
 * resolution), and with BENCH_PEAK_RSS the peak RSS since the previous request.
 */
export function serveStats(statements: () => number = () => 0): void {
  process.once('SIGTERM', () => process.exit(0));
  const peak = process.env.BENCH_PEAK_RSS ? peakRssSampler() : () => 0;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  process.on('message', (m: ServerRequest) => {
    if (m.type !== 'stats') return;
    if (m.gc) global.gc?.();
    const cpu = process.cpuUsage();
    const ms = (ns: number) => (loop.count > 0 ? ns / 1e6 : NaN);
    tell({
      type: 'stats',
      cpuMicros: cpu.user + cpu.system,
      rss: process.memoryUsage().rss,
      peakRss: peak(),
      statements: statements(),
      loopDelay: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
    });
    loop.reset();
  });
}

/**
 * Samples the process's RSS every 2 ms from a worker thread, which goes on while the main thread is
 * busy (a long execution is when the peak happens). Returns the peak since the last call, and resets it.
 */
function peakRssSampler(): () => number {
  const shared = new BigInt64Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     setInterval(() => {
       const rss = BigInt(process.memoryUsage.rss());
       if (rss > Atomics.load(workerData, 0)) Atomics.store(workerData, 0, rss);
     }, 2);`,
    { eval: true, workerData: shared },
  );
  worker.unref();
  return () => Number(Atomics.exchange(shared, 0, BigInt(process.memoryUsage.rss())));
}

/** A TypeORM logger that counts the SQL statements sent (reported by `serveStats`). */
export function statementCounter(): { logger: QueryLogger; count: () => number } {
  let statements = 0;
  return {
    logger: {
      logQuery: () => void statements++,
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    },
    count: () => statements,
  };
}
