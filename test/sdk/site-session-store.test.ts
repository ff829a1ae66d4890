import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createClient,
  localStorageSessionStore,
  MeDocument,
  SessionStore,
  WebStorage,
} from '../../client-sdk/src';
import { fileSessionStore } from '../../client-sdk/src/node';
import { ISSUE_CODE, meetingWithSite } from '../support/factories';
import { rejection } from '../support/sdk';
import { startTestServer, TestServer } from '../support/server';

/** A site joins once; its session outlives the client (a reload, a restart) through the store. */
describe('SDK site sessions kept in a store', () => {
  let t: TestServer;
  let dir: string;
  beforeAll(async () => {
    t = await startTestServer();
    dir = mkdtempSync(join(tmpdir(), 'diemcau-sessions-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  async function issuedCode() {
    const m = await meetingWithSite(t);
    const issued = await t.ok(ISSUE_CODE, { id: m.siteId }, m.host);
    return { ...m, code: issued.issueSiteAccessCode.code as string };
  }

  it('keeps the session in a file across a restart, until the host revokes it', async () => {
    const { code, meetingId, siteId, host } = await issuedCode();
    const path = join(dir, 'site.json');
    const before = createClient({ url: t.url, sessionStore: fileSessionStore(path) });
    const joined = await before.joinSite(code);
    expect(joined).toMatchObject({ meetingId, connectionPointId: siteId, siteName: 'VKSND huyện Ba Vì' });
    await before.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);

    // A new process: same file, no code typed again.
    const after = createClient({ url: t.url, sessionStore: fileSessionStore(path) });
    expect(await after.siteSession()).toEqual(joined);
    expect((await after.request(MeDocument)).me).toMatchObject({
      kind: 'site',
      connectionPointId: siteId,
      meetingId,
    });

    await t.ok(
      'mutation($id: ID!) { revokeSiteAccessCode(connectionPointId: $id) { id } }',
      { id: siteId },
      host,
    );
    expect(await rejection(after.request(MeDocument))).toMatchObject({ code: 'UNAUTHENTICATED' });
    // A refused session leaves the store: the screen asks for a code again.
    expect(await after.siteSession()).toBeNull();
    expect(() => readFileSync(path)).toThrow(/ENOENT/);
    await after.close();
  });

  it('keeps it in Web Storage under its key, and forgets it on leaveSite', async () => {
    const { code, siteId } = await issuedCode();
    const values = new Map<string, string>();
    const storage: WebStorage = {
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => void values.set(key, value),
      removeItem: (key) => void values.delete(key),
    };
    const page = createClient({ url: t.url, sessionStore: localStorageSessionStore(storage) });
    const joined = await page.joinSite(code);
    expect(JSON.parse(values.get('diemcau.site.session')!)).toEqual(joined);

    const reloaded = createClient({ url: t.url, sessionStore: localStorageSessionStore(storage) });
    expect((await reloaded.request(MeDocument)).me).toMatchObject({ connectionPointId: siteId });
    await reloaded.leaveSite();
    expect(values.size).toBe(0);
    expect(await rejection(reloaded.request(MeDocument))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('keeps it in memory by default: another client starts without one', async () => {
    const { code } = await issuedCode();
    const client = createClient({ url: t.url });
    await client.joinSite(code);
    expect((await client.request(MeDocument)).me).toMatchObject({ kind: 'site' });
    expect(await createClient({ url: t.url }).siteSession()).toBeNull();
  });

  it('drops an expired session without sending it', async () => {
    const store: SessionStore = localStorageSessionStore({
      getItem: () => JSON.stringify({ token: 'expired', expiresAt: '2020-01-01T00:00:00.000Z' }),
      setItem: () => undefined,
      removeItem: () => undefined,
    });
    const client = createClient({ url: t.url, sessionStore: store });
    expect(await client.siteSession()).toBeNull();
    expect(await rejection(client.request(MeDocument))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
