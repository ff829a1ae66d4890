import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions, Logger as QueryLogger } from 'typeorm';
import { entities } from './entities';
import { mysqlMigrations, sqliteMigrations } from './migrations';
import { widenLongText } from './columns';
import { SearchKeySubscriber } from './search-keys';
import { bindIntegerParameters } from './sqlite-parameters';

export type Dialect = 'sqlite' | 'mysql';

export function dialectOf(url: string): Dialect {
  return url.startsWith('sqlite:') ? 'sqlite' : 'mysql';
}

/** TypeORM options for a `DATABASE_URL` (`sqlite:<path>` or `mysql://…`). Schema changes go by migrations. */
/** `queryLogger` sees every SQL statement (tests count them). */
export type DataSourceExtra = { logging?: boolean; queryLogger?: QueryLogger };

export function dataSourceOptions(url: string, extra: DataSourceExtra = {}): DataSourceOptions {
  if (dialectOf(url) === 'sqlite') {
    const database = url.slice('sqlite:'.length) || ':memory:';
    if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
    return {
      type: 'better-sqlite3',
      database,
      entities,
      subscribers: [SearchKeySubscriber],
      migrations: sqliteMigrations,
      migrationsTransactionMode: 'each',
      logging: extra.logging ?? Boolean(extra.queryLogger),
      logger: extra.queryLogger,
      // Every statement the server runs stays prepared (a few hundred shapes), not just the last 100.
      statementCacheSize: 1000,
      // WAL lets readers go on while a command commits; the busy timeout covers a second process.
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    // TypeORM reads MariaDB's catalogue differently from MySQL's: the type must name the server.
    type: url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
    url: url.replace(/^mariadb:/, 'mysql:'),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: true,
    entities,
    subscribers: [SearchKeySubscriber],
    migrations: mysqlMigrations,
    migrationsTransactionMode: 'each',
    logging: extra.logging ?? Boolean(extra.queryLogger),
    logger: extra.queryLogger,
    extra: { connectionLimit: 20 },
  };
}

export function createDataSource(url: string, extra: DataSourceExtra = {}): DataSource {
  const dataSource = new DataSource(dataSourceOptions(url, extra));
  if (dataSource.options.type === 'better-sqlite3') bindIntegerParameters(dataSource);
  return dataSource;
}

/**
 * An initialized data source. A `mysql://` URL that turns out to reach MariaDB is reopened as
 * MariaDB, so that one URL serves both servers.
 */
export async function openDataSource(url: string, extra: DataSourceExtra = {}): Promise<DataSource> {
  const ds = await createDataSource(url, extra).initialize();
  if (ds.options.type === 'better-sqlite3') return ds;
  const [{ version }] = (await ds.query('SELECT VERSION() AS version')) as { version: string }[];
  if (ds.options.type === 'mariadb' || !/mariadb/i.test(version)) return widened(ds);
  await ds.destroy();
  return widened(await createDataSource(url.replace(/^mysql:/, 'mariadb:'), extra).initialize());
}

function widened(ds: DataSource): DataSource {
  widenLongText(ds);
  return ds;
}
