import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundle, operationsIn, PAGES } from '../../client-sdk/scripts/bundle-sizes';
import { ADMIN } from '../support/server';
import { useSeededRun } from '../support/sdk';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const sdk = join(root, 'client-sdk');
/** What the consumer needs besides the SDK: its dependencies and the consumer's own tools. */
const LINKED = [
  'graphql-ws',
  '@0no-co/graphql.web',
  '@graphql-typed-document-node/core',
  'graphql',
  'typescript',
  '@types/node',
];

/**
 * The SDK as an integrator gets it: `npm pack`ed (which builds it), installed from the tarball in a
 * project of its own (its dependencies linked from this repository's node_modules: no registry),
 * compiled strict as ESM and as CommonJS, and run against a real server.
 */
describe('the packed SDK in a consumer project', () => {
  jest.setTimeout(300_000);
  const seeded = useSeededRun('phu-yen-monthly-briefing');
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diemcau-consumer-'));
    // Built as `prepack` would, then packed without running it again (its output would mix with the JSON).
    await run('npm', ['run', 'build'], { cwd: sdk });
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: sdk,
    });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    files = packed.files.map((f) => f.path);
    const modules = join(dir, 'node_modules');
    mkdirSync(join(modules, '@diemcau', 'client'), { recursive: true });
    await run('tar', [
      '-xzf',
      join(dir, packed.filename),
      '-C',
      join(modules, '@diemcau', 'client'),
      '--strip-components=1',
    ]);
    for (const name of LINKED) {
      mkdirSync(join(modules, name, '..'), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the builds, their types, the schema (SDL and introspection), the changelog and the licence', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'CHANGELOG.md',
        'LICENSE',
        'dist/index.mjs',
        'dist/index.d.mts',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/node.mjs',
        'dist/node.js',
        'dist/operations.mjs',
        'dist/operations.js',
        'dist/schema.graphql',
        'dist/introspection.json',
      ]),
    );
    expect(
      files.filter((f) => !/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/.test(f)),
    ).toEqual([]);
  });

  it("lets an application's bundler keep only the operations it imports (ESM, sideEffects: false)", async () => {
    const { text } = await bundle(PAGES['the client and one operation (meeting)'], dir);
    expect(operationsIn(text)).toEqual(['JoinSiteSession', 'Meeting', 'MeetingLastEventSeq']);
  });

  it.each(['module', 'commonjs'])('compiles strict and runs as %s', async (type) => {
    const project = join(dir, type);
    mkdirSync(join(project, 'src'), { recursive: true });
    for (const file of readdirSync(join(__dirname, 'consumer')))
      cpSync(
        join(__dirname, 'consumer', file),
        join(project, file === 'tsconfig.json' ? file : join('src', file)),
      );
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: `consumer-${type}`, private: true, type }),
    );

    await run(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project]).catch(
      (e: { stdout: string }) => Promise.reject(new Error(`tsc failed:\n${e.stdout}`)),
    );
    const { stdout } = await run(process.execPath, [join(project, 'out', 'main.js')], {
      cwd: project,
      env: {
        ...process.env,
        DIEMCAU_URL: seeded.t.url,
        MEETING_ID: seeded.run.meetingId,
        USERNAME: ADMIN.username,
        PASSWORD: ADMIN.password,
      },
    });
    expect(JSON.parse(stdout)).toEqual({
      format: type === 'module' ? 'esm' : 'cjs',
      apiVersion: '1.0.0',
      clientApiVersion: '1.0.0',
      serverApiVersion: '1.0.0',
      serverTime: true,
      user: ADMIN.username,
      subscribed: [1, 2, 3],
      resumed: [2, 3],
      errorIsTyped: true,
      code: 'UNAUTHENTICATED',
      introspected: 'Query',
      sdlHasServerInfo: true,
    });
  });
});
