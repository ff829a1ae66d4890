import { DataSource } from 'typeorm';
import { dataSourceOptions, openDataSource } from '../../server/db/data-source';
import { mysqlMigrations, sqliteMigrations } from '../../server/db/migrations';
import { createTestDatabase, TestDatabase } from '../support/database';

/** The migration that adds the search keys, and those before it. */
const KEYS_MIGRATION = 'SearchKeys';

function migrationsBefore(dialect: 'sqlite' | 'mysql') {
  const all = dialect === 'sqlite' ? sqliteMigrations : mysqlMigrations;
  return all.slice(
    0,
    all.findIndex((m) => m.name.startsWith(KEYS_MIGRATION)),
  );
}

describe('the search keys migration fills the keys of rows written before it', () => {
  let database: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    const before = new DataSource({
      ...dataSourceOptions(database.url),
      migrations: migrationsBefore(database.dialect),
    });
    await before.initialize();
    try {
      await before.runMigrations();
      const q = (sql: string) => before.query(sql.replace(/"/g, database.dialect === 'mysql' ? '`' : '"'));
      const at = `'2024-01-01 00:00:00.000'`;
      await q(`INSERT INTO "unit" ("id","createdAt","updatedAt","name","level","parentId") VALUES
        ('u-province', ${at}, ${at}, 'VKSND tỉnh Phú Yên', 'PROVINCIAL', NULL),
        ('u-marked', ${at}, ${at}, 'Đồng Xuân', 'DISTRICT', 'u-province'),
        ('u-plain', '2024-01-02 00:00:00.000', ${at}, 'Dong Xuan', 'DISTRICT', 'u-province')`);
      await q(`INSERT INTO "meeting" ("id","createdAt","updatedAt","title","kind","format","status") VALUES
        ('m-1', ${at}, ${at}, 'Hội nghị chuyên đề PHÚ YÊN', 'THEMATIC', 'ONLINE', 'DRAFT')`);
    } finally {
      await before.destroy();
    }
    ds = await openDataSource(database.url);
    await ds.runMigrations();
  });
  afterAll(async () => {
    await ds?.destroy();
    await database.drop();
  });

  const e = (name: string) => ds.driver.escape(name);

  it('gives a meeting the key of its title', async () => {
    const rows = await ds.query(`SELECT ${e('titleKey')} AS k FROM ${e('meeting')}`);
    expect(rows).toEqual([{ k: 'hoi nghi chuyen de phu yen' }]);
  });

  it('keeps both units of a pair that now share a key (đ and d), the later one marked by its id, and then refuses a third', async () => {
    const rows = await ds.query(
      `SELECT ${e('id')} AS id, ${e('nameKey')} AS k FROM ${e('unit')} ORDER BY ${e('id')}`,
    );
    expect(rows).toEqual([
      { id: 'u-marked', k: 'dong xuan' },
      { id: 'u-plain', k: 'dong xuan #u-plain' },
      { id: 'u-province', k: 'vksnd tinh phu yen' },
    ]);
    const insert = (id: string, name: string, key: string) =>
      ds.query(
        `INSERT INTO ${e('unit')} (${['id', 'createdAt', 'updatedAt', 'name', 'level', 'parentId', 'siblingsKey', 'nameKey'].map(e).join(',')})
         VALUES (?, '2024-01-03 00:00:00.000', '2024-01-03 00:00:00.000', ?, 'DISTRICT', 'u-province', 'u-province', ?)`,
        [id, name, key],
      );
    await insert('u-3', 'Sơn Hòa', 'son hoa');
    await expect(insert('u-4', 'ĐỒNG XUÂN', 'dong xuan')).rejects.toThrow(/unique|duplicate/i);
  });
});
