import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../support/database';
import { freePort, kill, PROCESS_ADMIN, startServerProcess } from '../support/processes';

it('the server reads ./.env at start, and a variable set in the environment wins over it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'diemcau-dotenv-'));
  const database = await createTestDatabase();
  const port = await freePort();
  writeFileSync(join(dir, '.env'), 'METRICS_TOKEN=token-from-the-dotenv-file\nEXPLORER=true\n');
  const server = await startServerProcess(
    port,
    { ...PROCESS_ADMIN, DATABASE_URL: database.url, NODE_ENV: 'development', EXPLORER: 'false' },
    { cwd: dir },
  );
  try {
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`, {
      headers: { authorization: 'Bearer token-from-the-dotenv-file' },
    });
    expect(metrics.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/explorer/`)).status).toBe(404);
  } finally {
    await kill(server);
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);
