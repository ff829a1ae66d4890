import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Runs dependency-cruiser's `cruise` with the rules of .dependency-cruiser.cjs over the code and
 * returns its violations, one line each. dependency-cruiser is ESM only and jest runs CommonJS, so
 * the API is called from a Node child process.
 */
function violations(): string[] {
  const program = `
    import { cruise } from 'dependency-cruiser';
    import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
    import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
    const config = await extractDepcruiseConfig('./.dependency-cruiser.cjs');
    const result = await cruise(
      ['server', 'scripts', 'client-sdk/src'],
      { ...config.options, validate: true, ruleSet: config },
      undefined,
      { tsConfig: extractTSConfig('./tsconfig.json') },
    );
    const lines = result.output.summary.violations.map((v) =>
      [v.rule.name + ':', v.from, '→', ...(v.cycle ?? []).map((c) => c.name ?? c), v.cycle ? '' : v.to].join(' ').trim(),
    );
    process.stdout.write(JSON.stringify({ modules: result.output.summary.totalCruised, lines }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', program], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const { modules, lines } = JSON.parse(out) as { modules: number; lines: string[] };
  // A mistaken path would find nothing and pass: the code has well over 150 modules.
  expect(modules).toBeGreaterThan(150);
  return lines;
}

it('has no import cycles and no GraphQL in the domain (.dependency-cruiser.cjs)', () => {
  expect(violations()).toEqual([]);
});
