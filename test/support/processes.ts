import { ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { fetch } from 'undici';
import { httpClient } from './server';

/** A free TCP port on loopback (asked of the OS, then released for the caller to bind). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether something accepts TCP connections on loopback `port`. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A child process that the test owns: it can kill it (any signal) and is killed at the end. */
export type Owned = { process: ChildProcess; output: string[]; exited: Promise<number | null> };

export function own(child: ChildProcess): Owned {
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output, exited };
}

/** How a server process is started: server/main.ts through ts-node, or `npm start` as an operator would. */
export type Launch = 'ts-node' | 'npm start';

/**
 * A server process on `port`, ready when /readyz answers; started in `cwd` (where it looks for
 * .env), the repository by default.
 */
export async function startServerProcess(
  port: number,
  env: Record<string, string>,
  { launch = 'ts-node', cwd }: { launch?: Launch; cwd?: string } = {},
): Promise<Owned> {
  const root = join(__dirname, '..', '..');
  const [command, args] =
    launch === 'npm start'
      ? ['npm', ['start', '--silent']]
      : [process.execPath, ['-r', require.resolve('ts-node/register'), join(root, 'server', 'main.ts')]];
  const child = spawn(command, args, {
    cwd: cwd ?? root,
    env: {
      ...process.env,
      TS_NODE_PROJECT: join(root, 'tsconfig.json'),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const owned = own(child);
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok,
    `the server on port ${port}`,
    120_000,
  );
  return owned;
}

/** A Redis server of the test's own (so that the test can kill and restart it), on `port`. */
export async function startRedis(port: number): Promise<Owned> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const owned = own(child);
  await waitFor(() => listening(port), `redis-server on port ${port}`);
  return owned;
}

export async function kill(owned: Owned, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (owned.process.exitCode !== null || owned.process.signalCode !== null) return;
  owned.process.kill(signal);
  await owned.exited;
}

export const PROCESS_ADMIN = { ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'admin-password-for-tests' };

/** Scale-out tests need MySQL (TEST_DATABASE_URL) and may use Redis (TEST_REDIS_URL); else they skip. */
export const describeScaleOut =
  process.env.TEST_REDIS_URL && process.env.TEST_DATABASE_URL ? describe : describe.skip;

/** The environment of server processes sharing one database and the test's own Redis. */
export function clusterEnv(databaseUrl: string, redisPort: number, presenceTtlSeconds: number) {
  return {
    ...PROCESS_ADMIN,
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    PRESENCE_TTL_SECONDS: String(presenceTtlSeconds),
  };
}

/** GraphQL over HTTP to a server process; `asAdmin` signs in as the admin of PROCESS_ADMIN. */
export function remote(port: number) {
  const url = `http://127.0.0.1:${port}/graphql`;
  const call = async (
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<any> => {
    const res = await fetch(url, {
      dispatcher: httpClient,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const asAdmin = async () => {
    const { login } = await call(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      {
        u: PROCESS_ADMIN.ADMIN_USERNAME,
        p: PROCESS_ADMIN.ADMIN_PASSWORD,
      },
    );
    return (query: string, variables?: Record<string, unknown>) => call(query, variables, login.token);
  };
  return { url, wsUrl: `ws://127.0.0.1:${port}/graphql`, call, asAdmin };
}
