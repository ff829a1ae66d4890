/**
 * Writes a migration for each dialect from the difference between the entities and the schema that
 * the existing migrations build, then lists the migrations in server/db/migrations/index.ts.
 *
 *   npm run migration:generate -- <Name>
 *
 * Needs MySQL/MariaDB for the MySQL side (MIGRATION_MYSQL_URL, default the local test server); it
 * works in a scratch database that it drops afterwards.
 */
import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { openDataSource } from '../server/db/data-source';

const dir = join(__dirname, '..', 'server', 'db', 'migrations');

async function diff(url: string): Promise<{ up: string[]; down: string[] }> {
  const ds = await openDataSource(url);
  try {
    await ds.runMigrations();
    const log = await ds.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await ds.destroy();
  }
}

function write(dialect: string, name: string, stamp: number, sql: { up: string[]; down: string[] }): void {
  mkdirSync(join(dir, dialect), { recursive: true });
  const cls = `${name}${stamp}`;
  const lines = (qs: string[]) => qs.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
  writeFileSync(
    join(dir, dialect, `${stamp}-${name}.ts`),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  async up(q: QueryRunner): Promise<void> {
${lines(sql.up)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines(sql.down)}
  }
}
`,
  );
}

function writeIndex(): void {
  const list = (dialect: string) =>
    readdirSync(join(dir, dialect))
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => ({ file: f.replace(/\.ts$/, ''), cls: f.replace(/^(\d+)-(.*)\.ts$/, '$2$1') }));
  const sqlite = list('sqlite');
  const mysql = list('mysql');
  const imports = [
    ...sqlite.map((m) => `import { ${m.cls} as Sqlite${m.cls} } from './sqlite/${m.file}';`),
    ...mysql.map((m) => `import { ${m.cls} as Mysql${m.cls} } from './mysql/${m.file}';`),
  ];
  writeFileSync(
    join(dir, 'index.ts'),
    `${imports.join('\n')}

/** Migrations per dialect, listed explicitly so that they load the same from TypeScript and from dist/. */
export const sqliteMigrations: (new () => unknown)[] = [${sqlite.map((m) => `Sqlite${m.cls}`).join(', ')}];
export const mysqlMigrations: (new () => unknown)[] = [${mysql.map((m) => `Mysql${m.cls}`).join(', ')}];
`,
  );
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name))
    throw new Error('usage: generate-migration <PascalCaseName>');
  const stamp = Date.now();

  const tmp = mkdtempSync(join(tmpdir(), 'diemcau-migration-'));
  const sqlite = await diff(`sqlite:${join(tmp, 'gen.sqlite')}`);
  rmSync(tmp, { recursive: true, force: true });

  const adminUrl = process.env.MIGRATION_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const scratch = `diemcau_migration_${process.pid}`;
  const admin = await createConnection(adminUrl);
  await admin.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${scratch}`;
    const mysql = await diff(url.toString());
    if (sqlite.up.length === 0 && mysql.up.length === 0) {
      console.log('No schema changes.');
      return;
    }
    write('sqlite', name, stamp, sqlite);
    write('mysql', name, stamp, mysql);
    writeIndex();
    console.log(`Wrote ${name} (${sqlite.up.length} SQLite and ${mysql.up.length} MySQL statements).`);
  } finally {
    await admin.query(`DROP DATABASE \`${scratch}\``);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
