import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/http/server';
import { createTestDatabase } from '../support/database';
import { capturedLogger } from '../support/logs';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

describe('the admin password generated on the first start', () => {
  it('is written to a file only its owner can read, never to the log or stdout', async () => {
    const database = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'diemcau-admin-'));
    const file = join(dir, 'secrets', 'admin-password.txt');
    const log = capturedLogger('trace');
    const stdout: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => stdout.push(String(chunk)) > 0) as typeof write;
    const server = await startServer(
      loadConfig({
        DATABASE_URL: database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        GENERATED_ADMIN_PASSWORD_FILE: file,
      }),
      { logger: log.logger },
    ).finally(() => (process.stdout.write = write));
    try {
      const password = readFileSync(file, 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(log.raw.join('')).not.toContain(password);
      expect(stdout.join('')).not.toContain(password);
      expect(log.lines).toContainEqual(expect.objectContaining({ passwordFile: file, username: 'admin' }));

      const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { u: 'admin', p: password } }),
      });
      expect(((await res.json()) as any).data.login.token).toEqual(expect.any(String));
    } finally {
      await server.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
