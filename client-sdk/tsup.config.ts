import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { defineConfig } from 'tsup';

const dist = join(__dirname, 'dist');

/** The schema the SDK was generated from, shipped as SDL and as introspection JSON (for tools). */
function schemaArtifacts(): void {
  const sdl = readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'schema.graphql'), sdl);
  const introspection = introspectionFromSchema(buildSchema(sdl), { descriptions: true });
  writeFileSync(join(dist, 'introspection.json'), JSON.stringify({ data: introspection }, null, 2) + '\n');
}

/**
 * ESM and CJS with type declarations; graphql-ws stays a dependency, not bundled. `node` holds what
 * needs Node (the file session store), so that the main entry stays browser-safe; `operations` the
 * functions by root field, which hold every operation's text. Each document stays a constant marked
 * `@__PURE__` (codegen.ts) and package.json says `"sideEffects": false`: an application's bundler
 * keeps only the documents it imports (test/sdk/packed-package.test.ts checks it on the package).
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/operations.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['node:fs/promises', 'node:path'],
  onSuccess: async () => schemaArtifacts(),
});
