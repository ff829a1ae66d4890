import { openDataSource } from '../../server/db/data-source';
import { createTestDatabase } from '../support/database';

it('the migrations build exactly the schema of the entities (run `npm run migration:generate`)', async () => {
  const database = await createTestDatabase();
  const ds = await openDataSource(database.url);
  try {
    await ds.runMigrations();
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  } finally {
    await ds.destroy();
    await database.drop();
  }
});
