/**
 * A bench database on MySQL/MariaDB made from a template built on SQLite: a scratch database on the
 * server at `serverUrl`, its schema from the migrations, then every row of the template copied over.
 * Building the Monday-morning meetings through the API takes minutes; copying them, seconds.
 */
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import { openDataSource } from '../../server/db/data-source';

/** Rows sent in one INSERT: well within MySQL's packet limit for these tables. */
const ROWS_PER_INSERT = 500;

export async function mysqlCopy(
  templateFile: string,
  serverUrl: string,
): Promise<{ url: string; remove: () => Promise<void> }> {
  const name = `diemcau_bench_${process.pid}`;
  const admin = await createConnection(serverUrl);
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  const schema = await openDataSource(url.toString());
  await schema.runMigrations();
  await schema.destroy();

  const template = new Database(templateFile, { readonly: true });
  const target = await createConnection(url.toString());
  try {
    // Rows go in table by table, whatever the order of their foreign keys.
    await target.query('SET FOREIGN_KEY_CHECKS = 0');
    const tables = template
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'",
      )
      .pluck()
      .all() as string[];
    for (const table of tables) {
      const rows = template.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][];
      if (rows.length === 0) continue;
      const columns = template
        .prepare(`SELECT * FROM "${table}" LIMIT 1`)
        .columns()
        .map((c) => `\`${c.name}\``)
        .join(', ');
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
        await target.query(`INSERT INTO \`${table}\` (${columns}) VALUES ?`, [
          rows.slice(i, i + ROWS_PER_INSERT),
        ]);
    }
  } finally {
    template.close();
    await target.end();
  }
  return {
    url: url.toString(),
    remove: async () => {
      const c = await createConnection(serverUrl);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
