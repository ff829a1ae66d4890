import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, listening, Owned, own, waitFor } from './processes';

/** Where the operators' configuration is: the test runs HAProxy with that very file. */
const DEPLOYED_CONFIG = join(__dirname, '..', '..', 'deploy', 'haproxy.cfg');

/**
 * HAProxy (Debian's `haproxy`) on a free loopback port in front of the instances on `ports`, with
 * deploy/haproxy.cfg whose bind address and server addresses (in order) are replaced by these.
 */
export async function startHaproxy(ports: number[]): Promise<Owned & { port: number }> {
  const port = await freePort();
  let next = 0;
  const config = readFileSync(DEPLOYED_CONFIG, 'utf8')
    .replace(/^(\s*bind\s+)\S+/m, `$1127.0.0.1:${port}`)
    .replace(/^(\s*server\s+\S+\s+)\S+/gm, (_, head: string) => `${head}127.0.0.1:${ports[next++]}`);
  if (next !== ports.length) throw new Error(`deploy/haproxy.cfg has ${next} servers, not ${ports.length}`);
  const file = join(tmpdir(), `diemcau-haproxy-${port}.cfg`);
  writeFileSync(file, config);
  // -db: stay in the foreground, so that the test owns the process.
  const owned = own(spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] }));
  owned.exited.then(() => rmSync(file, { force: true }));
  await waitFor(() => listening(port), `haproxy on port ${port}`).catch((e: Error) => {
    throw new Error(`${e.message}: ${owned.output.join('')}`);
  });
  return { ...owned, port };
}
