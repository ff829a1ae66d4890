import { statSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { Database } from '../db/database';

/** How long one probe may take before it counts as failed (a load balancer waits for the answer). */
const PROBE_TIMEOUT_MS = 2000;

export type ReadinessReport = {
  ready: boolean;
  /** Per part: 'ok', or why it failed. */
  checks: Record<string, string>;
};

/**
 * What a request needs, probed: the database's tables (not just a connection: `SELECT 1` answers
 * while the schema was dropped, or while the SQLite file was deleted under the open connection),
 * and Redis when it is configured.
 */
export class Readiness {
  private readonly sqliteFile?: { path: string; ino: number; dev: number };

  constructor(
    private readonly db: Database,
    databaseUrl: string,
    private readonly redis?: Redis,
  ) {
    const path = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : '';
    if (path && path !== ':memory:') {
      const { ino, dev } = statSync(path);
      this.sqliteFile = { path, ino, dev };
    }
  }

  async check(): Promise<ReadinessReport> {
    const checks: Record<string, string> = { database: await outcome(this.probeDatabase()) };
    if (this.redis) checks.redis = await outcome(this.probeRedis(this.redis));
    return { ready: Object.values(checks).every((c) => c === 'ok'), checks };
  }

  private async probeDatabase(): Promise<void> {
    if (this.sqliteFile) {
      // The open connection keeps reading and writing a deleted or replaced file: all of it lost.
      const now = statSync(this.sqliteFile.path, { throwIfNoEntry: false });
      if (!now || now.ino !== this.sqliteFile.ino || now.dev !== this.sqliteFile.dev)
        throw new Error('the database file is gone or was replaced');
    }
    await this.db.dataSource.query('SELECT id FROM meeting WHERE 1 = 0');
  }

  private async probeRedis(redis: Redis): Promise<void> {
    await redis.ping();
  }
}

/** 'ok', or the probe's failure in a few words (no stack, no SQL). */
async function outcome(probe: Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe, timeout]);
    return 'ok';
  } catch (e) {
    return `unavailable: ${describe(e)}`;
  } finally {
    clearTimeout(timer);
  }
}

function describe(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return e instanceof Error && !/SELECT|FROM/i.test(e.message) ? e.message : 'query failed';
}
