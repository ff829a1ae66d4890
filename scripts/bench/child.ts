/** The bench's child processes: servers and clients, compiled, talking over IPC. */
import { ChildProcess, execFileSync, fork } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const HERE = __dirname;
let compiled: string | null = null;

/**
 * The bench compiled once per bench process, its children run from it as `npm start` runs the
 * server: under ts-node every process would also carry ts-node's loader, and the `node:repl` it
 * loads turns on domains, a cost on every EventEmitter (every request, stream and socket) that
 * production never pays.
 */
function compiledBench(): string {
  if (compiled) return compiled;
  const root = join(HERE, '..', '..', 'dist', 'bench');
  // Left by runs that could not clean up (a test worker ended by jest): their process is gone.
  for (const pid of existsSync(root) ? readdirSync(root) : [])
    if (!alive(Number(pid))) rmSync(join(root, pid), { recursive: true, force: true });
  const out = join(root, String(process.pid));
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(HERE, 'tsconfig.json'), '--outDir', out], {
    stdio: 'inherit',
  });
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  return (compiled = out);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
/** BENCH_PROFILE=<dir>: the servers write a CPU profile there (open it in Chrome's DevTools). */
export const PROFILE = process.env.BENCH_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
  : [];

/** A child process and the messages it sends; a message nobody waits for yet is kept for `next`. */
export class Child<M extends { type: string }> {
  private readonly proc: ChildProcess;
  private readonly waits = new Set<(m: M | null) => boolean>();
  private backlog: M[] = [];
  private exited: string | null = null;

  /** `consume`: takes the messages it returns true for (the stream of published events) itself. */
  constructor(
    file: string,
    args: string[],
    consume: (m: M) => boolean = () => false,
    profile = false,
    env: Record<string, string> = {},
  ) {
    const execArgv = profile ? ['--expose-gc', ...PROFILE] : ['--expose-gc'];
    const script = join(compiledBench(), 'scripts', 'bench', file.replace(/\.ts$/, '.js'));
    this.proc = fork(script, args, {
      execArgv,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.proc.on('message', (m: M) => {
      if (consume(m)) return;
      if (m.type === 'failed') return this.fail(`${file}: ${(m as { error?: string }).error}`);
      for (const wait of this.waits) if (wait(m)) return void this.waits.delete(wait);
      this.backlog.push(m);
    });
    this.proc.on('exit', (code, signal) => this.fail(`${file} exited (${code ?? signal})`));
  }

  /** Fails every wait, now and later, with `reason`. */
  private fail(reason: string): void {
    this.exited ??= reason;
    for (const wait of this.waits) wait(null);
    this.waits.clear();
  }

  send(m: unknown): void {
    this.proc.send(m as object);
  }

  /** The next message of `type` (that `match` accepts), within `timeoutMs`. */
  next<T extends M['type']>(
    type: T,
    timeoutMs: number,
    match: (m: M) => boolean = () => true,
  ): Promise<Extract<M, { type: T }>> {
    const accepts = (m: M) => m.type === type && match(m);
    const kept = this.backlog.find(accepts);
    if (kept) {
      this.backlog = this.backlog.filter((m) => m !== kept);
      return Promise.resolve(kept as Extract<M, { type: T }>);
    }
    if (this.exited) return Promise.reject(new Error(this.exited));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waits.delete(wait);
        reject(new Error(this.exited ?? `no ${type} within ${timeoutMs} ms`));
      }, timeoutMs);
      const wait = (m: M | null) => {
        if (m === null) {
          clearTimeout(timer);
          reject(new Error(this.exited!));
          return true;
        }
        if (!accepts(m)) return false;
        clearTimeout(timer);
        resolve(m as Extract<M, { type: T }>);
        return true;
      };
      this.waits.add(wait);
    });
  }

  /** SIGTERM lets a profiled server write its profile; the others need not wait. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    this.proc.kill(signal);
  }
}
