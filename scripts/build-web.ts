/**
 * Builds the web app (web/ → web/dist) with Vite when its sources, or the SDK it bundles, changed
 * since the last build; otherwise does nothing. `npm run build:web`; the browser tests call it too.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { promisify } from 'node:util';

// The repository, seen from scripts/ (ts-node, jest) or dist/scripts/ (npm run build).
const root = [path.resolve(__dirname, '..'), path.resolve(__dirname, '../..')].find((dir) =>
  existsSync(path.join(dir, 'web', 'package.json')),
)!;
const webDir = path.join(root, 'web');
const builtIndex = path.join(webDir, 'dist', 'index.html');
const sources = [
  path.join(webDir, 'src'),
  path.join(webDir, 'index.html'),
  path.join(webDir, 'vite.config.ts'),
  path.join(webDir, 'package.json'),
  path.join(root, 'client-sdk', 'src'),
];

function newestChange(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestChange(path.join(file, name))));
}

export function webBuildIsCurrent(): boolean {
  return existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= Math.max(...sources.map(newestChange));
}

/** Builds web/dist unless it is current; true when it built. */
export async function buildWeb(options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force && webBuildIsCurrent()) return false;
  // Test files run in parallel: one builds, the others wait for it.
  const lock = path.join(webDir, '.build-lock');
  try {
    mkdirSync(lock);
  } catch {
    const age = () => Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    while (age() < 120_000) await sleep(200);
    rmSync(lock, { recursive: true, force: true }); // left by a build that died
    return buildWeb(options);
  }
  try {
    await viteBuild();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return true;
}

async function viteBuild(): Promise<void> {
  // Vite is an ES module only, which jest's CommonJS runtime cannot load: its JS API runs in a child.
  const script = `const { build } = await import('vite'); await build(${JSON.stringify({
    configFile: path.join(webDir, 'vite.config.ts'),
    logLevel: 'warn',
  })});`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
}

if (require.main === module) {
  buildWeb({ force: process.argv.includes('--force') }).then(
    (built) => console.log(built ? 'web/dist built' : 'web/dist is current'),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
