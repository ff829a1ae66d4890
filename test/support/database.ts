import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

export type TestDatabase = { url: string; dialect: 'sqlite' | 'mysql'; drop(): Promise<void> };

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or — when TEST_DATABASE_URL
 * names a MySQL/MariaDB server — a new database on it (so that test files can run in parallel).
 * With TEST_DATABASE_URL set and the server unreachable, this fails: the MariaDB run never skips.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'diemcau-test-'));
    return {
      url: `sqlite:${join(dir, 'test.sqlite')}`,
      dialect: 'sqlite',
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `diemcau_t${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await createConnection(serverUrl);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dialect: 'mysql',
    drop: async () => {
      const c = await createConnection(serverUrl);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
