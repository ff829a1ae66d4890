import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, SETTINGS } from '../../server/config';

const root = join(__dirname, '..', '..');
const example = readFileSync(join(root, '.env.example'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The `KEY=value` lines of .env.example, commented out or not. */
const entries = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]] as const);

describe('every setting is documented', () => {
  it('in .env.example, which lists nothing else', () => {
    expect(entries.map(([key]) => key).sort()).toEqual([...SETTINGS].sort());
  });

  it('in .env.example with its true default', () => {
    const defaults = loadConfig({});
    for (const [key, value] of entries.filter(([, v]) => v !== '')) {
      expect({ key, config: loadConfig({ [key]: value }) }).toEqual({ key, config: defaults });
    }
  });

  it("in the README's configuration table", () => {
    const table = readme.slice(readme.indexOf('## Configuration'));
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const missing = SETTINGS.filter((key) => !rows.some((row) => row.split('|')[1].includes(`\`${key}\``)));
    expect(missing).toEqual([]);
  });
});
