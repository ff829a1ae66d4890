/** @diemcau/client/node: what only Node can do. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SessionStore } from './sessions';

/**
 * A session store in one JSON file (mode 0600: it holds bearer tokens), kept across restarts of
 * the process.
 */
export function fileSessionStore(path: string): SessionStore {
  const read = async (): Promise<Record<string, string>> => {
    try {
      return JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw e;
    }
  };
  const write = async (values: Record<string, string>) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(values), { mode: 0o600 });
  };
  return {
    get: async (key) => (await read())[key] ?? null,
    set: async (key, value) => write({ ...(await read()), [key]: value }),
    delete: async (key) => {
      const rest = await read();
      delete rest[key];
      if (Object.keys(rest).length === 0) await rm(path, { force: true });
      else await write(rest);
    },
  };
}
