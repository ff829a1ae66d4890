import { join } from 'node:path';
import { build } from 'esbuild';
import { Kind } from 'graphql';
import { bundle, operationsIn, PAGES } from '../../client-sdk/scripts/bundle-sizes';
import { sdkDefinitions } from '../support/sdk';

/** The client's own operations (joinSite, where meetingEvents starts), in every page that creates one. */
const CLIENT_OWN = ['JoinSiteSession', 'MeetingLastEventSeq'];

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

  it('ships the text of the operations a page imports, and of no other', async () => {
    const [alone, one, everything] = await Promise.all(Object.values(PAGES).map((page) => bundle(page)));
    expect(operationsIn(alone.text)).toEqual(CLIENT_OWN);
    expect(operationsIn(one.text)).toEqual([...CLIENT_OWN, 'Meeting'].sort());
    const every = sdkDefinitions().flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION ? [d.name!.value] : [],
    );
    expect(operationsIn(everything.text)).toEqual([...every].sort());
    expect(one.bytes).toBeLessThan(everything.bytes / 2);
  });
});
