/**
 * What the SDK weighs in a browser page, bundled by esbuild (minified, ESM) from the SDK's sources,
 * for three pages: the client alone, the client and one operation, and everything the package
 * exports. `npm run sdk:sizes` prints the table of client-sdk/README.md; test/sdk/browser-bundle.test.ts
 * bundles the same pages to check which operations each one ships.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const sources = join(__dirname, '..', 'src');

/** The pages measured, as an integrator's code imports the package. */
export const PAGES = {
  'the client alone': `
    import { createClient } from '@diemcau/client';
    export const client = createClient({ url: '/graphql' });`,
  'the client and one operation (meeting)': `
    import { createClient, MeetingDocument } from '@diemcau/client';
    const client = createClient({ url: '/graphql' });
    export const meeting = (id: string) => client.request(MeetingDocument, { id });`,
  'everything (every document, @diemcau/client/operations)': `
    export * from '@diemcau/client';
    export * from '@diemcau/client/operations';`,
};

export type Bundle = { text: string; bytes: number; gzipBytes: number };

/**
 * `source` bundled for a browser, minified. `@diemcau/client` is resolved from `resolveDir`'s
 * node_modules when given (an installed package), else from the SDK's sources.
 */
export async function bundle(source: string, resolveDir?: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, loader: 'ts', resolveDir: resolveDir ?? sources },
    alias: resolveDir ? {} : { '@diemcau/client': sources },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles![0].text;
  return { text, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
}

/** The names of the operations whose text a bundle holds. */
export const operationsIn = (text: string): string[] =>
  [...new Set([...text.matchAll(/\b(?:query|mutation|subscription) (\w+)/g)].map(([, name]) => name))].sort();

async function main(): Promise<void> {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('| Page | Minified | Gzipped |\n| --- | --: | --: |');
  for (const [page, source] of Object.entries(PAGES)) {
    const { bytes, gzipBytes } = await bundle(source);
    console.log(`| ${page} | ${bytes} B (${kb(bytes)}) | ${gzipBytes} B (${kb(gzipBytes)}) |`);
  }
}

if (require.main === module) void main();
