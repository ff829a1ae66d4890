import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { schemaText } from '../../server/graphql/schema';
import { generateOperations, out, schemaFile } from '../../client-sdk/scripts/generate-operations';

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(file, 'utf8');

describe('the generated SDK', () => {
  it('is current: the emitted schema, the operations and the generated code match the code (npm run sdk:generate)', async () => {
    expect(read(schemaFile)).toBe(await schemaText());
    const { operations, documents } = generateOperations(read(schemaFile));
    expect(read(join(out, 'operations.graphql'))).toBe(operations);
    expect(read(join(out, 'documents.ts'))).toBe(documents);
    const dir = mkdtempSync(join(tmpdir(), 'sdk-codegen-'));
    try {
      const output = join(dir, 'graphql.ts');
      execFileSync(
        join(root, 'node_modules', '.bin', 'graphql-codegen'),
        ['--config', 'client-sdk/codegen.ts'],
        {
          cwd: root,
          env: { ...process.env, SDK_CODEGEN_OUTPUT: output },
          stdio: 'pipe',
        },
      );
      expect(read(join(out, 'graphql.ts'))).toBe(read(output));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('types client code: it compiles, and misuse of operations does not', () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const program = ts.createProgram([join(__dirname, 'types', 'typed-usage.ts')], {
      ...parsed.options,
      noEmit: true,
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(errors).toEqual([]);
  });
});
