import type { Logger as QueryLogger } from 'typeorm';
import { ServerRequest, tell } from './common';

/** Answers the orchestrator's `stats` requests: CPU time so far, RSS (after a GC when asked). */
export function serveStats(statements: () => number = () => 0): void {
  process.once('SIGTERM', () => process.exit(0));
  process.on('message', (m: ServerRequest) => {
    if (m.type !== 'stats') return;
    if (m.gc) global.gc?.();
    const cpu = process.cpuUsage();
    tell({
      type: 'stats',
      cpuMicros: cpu.user + cpu.system,
      rss: process.memoryUsage().rss,
      statements: statements(),
    });
  });
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
