import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Database } from '../db/database';
import { FileChunk } from './stored-file.entity';

/**
 * Where uploaded files' bytes are kept, by the file's id (a UUID the server made). `write` takes
 * the bytes as a stream, as they arrive; when it fails, nothing of them is kept.
 */
export interface FileStorage {
  write(id: string, source: Readable): Promise<void>;
  read(id: string): Readable;
  remove(id: string): Promise<void>;
}

/** A BLOB holds 65,535 bytes on MySQL. */
const CHUNK_BYTES = 64_000;

/** In the database (the default): every instance sharing it shares the files, with nothing more to run. */
export class DatabaseFileStorage implements FileStorage {
  constructor(private readonly db: Database) {}

  async write(id: string, source: Readable): Promise<void> {
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      const data = Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      await this.db.transaction((m) => m.insert(FileChunk, { fileId: id, seq: seq++, data }));
    };
    try {
      for await (const chunk of source) {
        const buffer = chunk as Buffer;
        for (let at = 0; at < buffer.length;) {
          const piece = buffer.subarray(at, at + CHUNK_BYTES - pendingBytes);
          pending.push(piece);
          pendingBytes += piece.length;
          at += piece.length;
          if (pendingBytes === CHUNK_BYTES) await flush();
        }
      }
      if (pendingBytes > 0 || seq === 0) await flush();
    } catch (e) {
      await this.remove(id);
      throw e;
    }
  }

  read(id: string): Readable {
    const db = this.db;
    // One piece at a time: a large file never sits whole in memory.
    return Readable.from(
      (async function* () {
        for (let seq = 0; ; seq++) {
          const chunk = await db.read((m) => m.findOne(FileChunk, { where: { fileId: id, seq } }));
          if (!chunk) return;
          yield Buffer.from(chunk.data);
        }
      })(),
    );
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction((m) => m.delete(FileChunk, { fileId: id }));
  }
}

/** In a directory (`STORAGE_DIR`): one file per upload, written under a temporary name until whole. */
export class DirectoryFileStorage implements FileStorage {
  private ready: Promise<unknown> | null = null;

  constructor(private readonly dir: string) {}

  async write(id: string, source: Readable): Promise<void> {
    await (this.ready ??= mkdir(this.dir, { recursive: true }));
    const partial = this.partialPath(id);
    try {
      await pipeline(source, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, this.path(id));
    } catch (e) {
      await rm(partial, { force: true });
      throw e;
    }
  }

  read(id: string): Readable {
    return createReadStream(this.path(id));
  }

  async remove(id: string): Promise<void> {
    await rm(this.path(id), { force: true });
  }

  // Ids are UUIDs made by the server: no path of a client's choosing reaches the file system.
  private path(id: string): string {
    return join(this.dir, id);
  }

  private partialPath(id: string): string {
    return join(this.dir, `${id}.part`);
  }
}

/** The storage the settings choose: a directory if `STORAGE_DIR` is set, else the database. */
export function fileStorage(db: Database, storageDir: string | undefined): FileStorage {
  return storageDir ? new DirectoryFileStorage(storageDir) : new DatabaseFileStorage(db);
}
