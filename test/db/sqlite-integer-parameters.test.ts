import { DataSource, Logger as QueryLogger } from 'typeorm';
import { openDataSource } from '../../server/db/data-source';
import { Unit, UnitLevel } from '../../server/units/unit.entity';
import { createTestDatabase, TestDatabase } from '../support/database';

/**
 * SQLite (the embedded default): integers reach the database as bound parameters, so a statement
 * is the same text whatever the numbers (it stays prepared), and an integer is still an INTEGER —
 * also in a text column, where a number bound as REAL would read back as '7.0'.
 */
const sqlite = process.env.TEST_DATABASE_URL ? describe.skip : describe;

sqlite('integers in SQLite statements', () => {
  let database: TestDatabase;
  let ds: DataSource;
  const statements: string[] = [];
  const logger: QueryLogger = {
    logQuery: (query) => void statements.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };

  let unitId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    ds = await openDataSource(database.url, { queryLogger: logger });
    await ds.runMigrations();
    const units = ds.getRepository(Unit);
    unitId = (await units.save(units.create({ name: 'Đồng Xuân', level: UnitLevel.DISTRICT }))).id;
  });

  /** `:n` and its SQLite type, through TypeORM's query builder as the services build theirs. */
  const select = (n: number) =>
    ds
      .getRepository(Unit)
      .createQueryBuilder('u')
      .select(':n', 'v')
      .addSelect('typeof(:n)', 't')
      .where('u.id = :id', { id: unitId })
      .setParameters({ n })
      .getRawOne();

  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('gives the same statement text for different numbers', async () => {
    statements.length = 0;
    const [seven, eight] = [await select(7), await select(8)];
    expect(seven).toEqual({ v: 7, t: 'integer' });
    expect(eight).toEqual({ v: 8, t: 'integer' });
    expect(statements).toHaveLength(2);
    expect(statements[0]).toBe(statements[1]);
    expect(statements[0]).not.toMatch(/[78]/);
  });

  it('keeps an integer an integer in a text column', async () => {
    await ds
      .createQueryBuilder()
      .update(Unit)
      .set({ name: 7 as unknown as string })
      .where('id = :id', { id: unitId })
      .execute();
    const [row] = await ds.query(`SELECT "name", typeof("name") AS t FROM "unit" WHERE "id" = ?`, [unitId]);
    expect(row).toEqual({ name: '7', t: 'text' });
  });

  it('leaves other numbers to the driver', async () => {
    expect(await select(2.5)).toEqual({ v: 2.5, t: 'real' });
  });
});
