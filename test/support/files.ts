import { TestServer } from './server';

const base = (t: TestServer) => `http://127.0.0.1:${t.server.port}`;

/** POST /files: one file part named `file`, as a browser's form sends it. */
export async function upload(
  t: TestServer,
  token: string,
  name: string,
  bytes: Buffer,
  type = 'application/octet-stream',
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${base(t)}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** GET /files/:id: its status, headers and bytes. */
export async function downloadFile(t: TestServer, token: string, id: string) {
  const res = await fetch(`${base(t)}/files/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** How many files and pieces of files the database holds. */
export async function storedCounts(t: TestServer): Promise<{ files: number; chunks: number }> {
  const m = t.server.services.db.dataSource.manager;
  const count = async (table: string) => Number((await m.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  return { files: await count('stored_file'), chunks: await count('file_chunk') };
}
