import { join } from 'node:path';
import { build } from 'esbuild';

describe("the SDK's browser bundle", () => {
  it('builds for the browser without any Node built-in or Node-only package', async () => {
    const result = await build({
      entryPoints: [join(__dirname, '..', '..', 'client-sdk', 'src', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /^node:|node_modules\/(ws|undici)\//.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes('graphql-ws'))).toBe(true);
    expect(result.outputFiles[0].text).toContain('meetingEvents');
  });
});
