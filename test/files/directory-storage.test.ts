import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestServer, TestServer } from '../support/server';
import { user } from '../support/factories';
import { downloadFile, storedCounts, upload } from '../support/files';

describe('files kept in a directory (STORAGE_DIR)', () => {
  let t: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'diemcau-files-'));
    t = await startTestServer({ env: { STORAGE_DIR: path.join(dir, 'files') } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps each file whole under its id and gives back exactly its bytes', async () => {
    const { token } = await user(t, 'HOST');
    // Empty, one database piece long, and larger than the stream buffers.
    const files = [Buffer.alloc(0), randomBytes(64_000), randomBytes(1_000_003)];
    const ids: string[] = [];
    for (const [i, bytes] of files.entries()) {
      const sent = await upload(t, token, `phu-luc-${i}.png`, bytes, 'image/png');
      expect(sent.body).toMatchObject({ size: bytes.length, contentType: 'image/png' });
      ids.push(sent.body.id);
      const back = await downloadFile(t, token, sent.body.id);
      expect(back.status).toBe(200);
      expect(back.body.equals(bytes)).toBe(true);
      expect(readFileSync(path.join(dir, 'files', sent.body.id)).equals(bytes)).toBe(true);
    }
    expect(readdirSync(path.join(dir, 'files')).sort()).toEqual([...ids].sort());
    // Nothing of them in the database but their descriptions.
    expect(await storedCounts(t)).toEqual({ files: 3, chunks: 0 });
  });
});
