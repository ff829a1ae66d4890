import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { ErrorReason } from '../../server/common/error-reason';
import { en } from '../../server/i18n/errors.en';
import { vi } from '../../server/i18n/errors.vi';

const root = join(__dirname, '..', '..');
const reasons = Object.values(ErrorReason);
const placeholders = (message: string) => new Set([...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts')
      ? [{ file: relative(root, path), text: readFileSync(path, 'utf8') }]
      : [];
  });
}
const server = sources(join(root, 'server')).filter(
  (s) => !/server\/(i18n|common\/error-reason)/.test(s.file),
);

describe('the ErrorReason catalogue', () => {
  it('is the schema enum ErrorReason, value for value', () => {
    const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));
    const type = schema.getType('ErrorReason') as GraphQLEnumType;
    expect(
      type
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual([...reasons].sort());
  });

  it.each(reasons)(
    '%s has a Vietnamese and an English message, the Vietnamese one asking nothing more',
    (reason) => {
      expect(vi[reason]).toMatch(/\S/);
      expect(en[reason]).toMatch(/\S/);
      expect(vi[reason]).not.toBe(en[reason]);
      // `field` is given to every BAD_USER_INPUT's message.
      const asked = placeholders(`{{field}} ${en[reason]}`);
      for (const name of placeholders(vi[reason])) expect([name, asked.has(name)]).toEqual([name, true]);
    },
  );

  it.each(reasons)('%s is raised somewhere in the server', (reason) => {
    const raisers = server.filter((s) => s.text.includes(`ErrorReason.${reason}`)).map((s) => s.file);
    expect(raisers).not.toEqual([]);
  });

  // conflict() and badInput() require a reason (typed); the DomainError constructor refuses these codes without one.
  it('no CONFLICT or BAD_USER_INPUT is built by hand (they go through conflict and badInput)', () => {
    const byHand = server.filter((s) =>
      /new DomainError\(\s*ErrorCode\.(Conflict|BadUserInput)/.test(s.text),
    );
    expect(byHand.map((s) => s.file)).toEqual([]);
  });
});
