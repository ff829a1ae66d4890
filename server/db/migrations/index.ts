import { Initial1795497869789 as SqliteInitial1795497869789 } from './sqlite/1795497869789-Initial';
import { Initial1795497869789 as MysqlInitial1795497869789 } from './mysql/1795497869789-Initial';

/** Migrations per dialect, listed explicitly so that they load the same from TypeScript and from dist/. */
export const sqliteMigrations: (new () => unknown)[] = [SqliteInitial1795497869789];
export const mysqlMigrations: (new () => unknown)[] = [MysqlInitial1795497869789];
