import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { bundle, operationsIn, PAGES } from '../../client-sdk/scripts/bundle-sizes';
import { ADMIN } from '../support/server';
import { useSeededRun } from '../support/sdk';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const sdk = join(root, 'client-sdk');
const consumer = join(__dirname, 'consumer');
/** What the consumer needs besides the SDK: its dependencies and the types of Node. */
const LINKED = [
  'graphql-ws',
  '@0no-co/graphql.web',
  '@graphql-typed-document-node/core',
  'graphql',
  '@types/node',
];
/**
 * The consumer is compiled by the repository's TypeScript and by its own (7, the native compiler:
 * test/sdk/consumer/package.json, an npm workspace so that its `tsc` stays out of the repository's).
 */
const COMPILERS: Record<string, string> = {
  '5': join(root, 'node_modules', 'typescript'),
  '7': dirname(require.resolve('typescript/package.json', { paths: [consumer] })),
};

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

  it.each([
    ['module', '5'],
    ['commonjs', '5'],
    ['module', '7'],
    ['commonjs', '7'],
  ])('compiles strict and runs as %s, with TypeScript %s', async (type, major) => {
    const compiler = COMPILERS[major];
    expect(JSON.parse(readFileSync(join(compiler, 'package.json'), 'utf8')).version).toMatch(`${major}.`);
    const project = join(dir, `${type}-ts${major}`);
    mkdirSync(join(project, 'src'), { recursive: true });
    cpSync(join(consumer, 'tsconfig.json'), join(project, 'tsconfig.json'));
    for (const file of readdirSync(consumer).filter((f) => f.endsWith('.ts')))
      cpSync(join(consumer, file), join(project, 'src', file));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: `consumer-${type}`, private: true, type }),
    );

    await run(process.execPath, [join(compiler, 'bin', 'tsc'), '-p', project]).catch(
      (e: { stdout: string }) => Promise.reject(new Error(`tsc ${major} failed:\n${e.stdout}`)),
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
