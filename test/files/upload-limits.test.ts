import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestServer, TestServer } from '../support/server';
import { user } from '../support/factories';
import { storedCounts, upload } from '../support/files';

const MAX = 100_000;

describe.each([
  ['in the database', false],
  ['in a directory', true],
])('upload limits, files kept %s: too large or of a refused type, refused and nothing kept', (_, inDir) => {
  let t: TestServer;
  let dir: string;
  let token: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'diemcau-files-'));
    t = await startTestServer({
      env: { FILE_MAX_BYTES: String(MAX), ...(inDir ? { STORAGE_DIR: dir } : {}) },
    });
    token = (await user(t, 'HOST')).token;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Rows of the database and files of the directory: none after a refusal. */
  const kept = async () => ({ ...(await storedCounts(t)), inDir: readdirSync(dir).length });

  it('takes a file of exactly the limit, and answers 413 with the reason to one byte more', async () => {
    const exact = await upload(t, token, 'bao-cao.docx', Buffer.alloc(MAX, 1));
    expect(exact.status).toBe(201);
    const before = await kept();
    const over = await upload(t, token, 'bao-cao.docx', Buffer.alloc(MAX + 1, 1));
    expect(over.status).toBe(413);
    expect(over.body).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        reason: 'FILE_TOO_LARGE',
        field: 'file',
        message: expect.stringContaining(String(MAX)),
      },
    });
    const far = await upload(t, token, 'bao-cao.pdf', Buffer.alloc(MAX * 5, 1));
    expect(far.status).toBe(413);
    expect(await kept()).toEqual(before);
  });

  it('refuses a type not on the list (415, with the reason and the accepted types)', async () => {
    const before = await kept();
    for (const name of ['cai-dat.exe', 'trang.html', 'khong-duoi']) {
      const refused = await upload(t, token, name, Buffer.from('MZ'));
      expect(refused.status).toBe(415);
      expect(refused.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_REFUSED' });
      expect(refused.body.error.message).toContain('.pdf');
    }
    expect(await kept()).toEqual(before);
  });
});
