/** npm run migrate: applies the pending migrations to the database of DATABASE_URL, then exits. */
import 'reflect-metadata';
import { loadConfig } from '../server/config';
import { openDataSource } from '../server/db/data-source';

async function main(): Promise<void> {
  const ds = await openDataSource(loadConfig().databaseUrl);
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    console.log(
      applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'The schema is up to date.',
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
