import { Worker } from 'node:worker_threads';
import type { Logger as QueryLogger } from 'typeorm';
import { ServerRequest, tell } from './common';

/**
 * Answers the orchestrator's `stats` requests: CPU time so far, RSS (after a GC when asked), and
 * with BENCH_PEAK_RSS the peak RSS since the previous request.
 */
export function serveStats(statements: () => number = () => 0): void {
  process.once('SIGTERM', () => process.exit(0));
  const peak = process.env.BENCH_PEAK_RSS ? peakRssSampler() : () => 0;
  process.on('message', (m: ServerRequest) => {
    if (m.type !== 'stats') return;
    if (m.gc) global.gc?.();
    const cpu = process.cpuUsage();
    tell({
      type: 'stats',
      cpuMicros: cpu.user + cpu.system,
      rss: process.memoryUsage().rss,
      peakRss: peak(),
      statements: statements(),
    });
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
