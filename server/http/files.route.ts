import type { Request } from 'express';
import { Router } from 'express';
import busboy from 'busboy';
import type { Readable } from 'node:stream';
import type { AuthService } from '../auth/auth.service';
import { badInput, ErrorReason } from '../common/errors';
import type { FileService } from '../files/file.service';
import type { StoredFile } from '../files/stored-file.entity';
import { domainRoute } from './domain-route';

/**
 * `POST /files` (multipart/form-data, one file, a Bearer token) → `{ id, name, size, contentType }`,
 * streamed to the storage as it arrives; `GET /files/:id` sends it back to who may read it.
 */
export function filesRouter(auth: AuthService, files: FileService): Router {
  const router = Router();
  router.post(
    '/files',
    domainRoute(auth, async (actor, req, res) => {
      const file = await oneFile(req, files.maxBytes, (name, stream) => files.upload(actor, name, stream));
      const { id, name, size, contentType } = file;
      res.status(201).json({ id, name, size, contentType });
    }),
  );
  router.get(
    '/files/:id',
    domainRoute(auth, async (actor, req, res) => {
      const { file, content } = await files.download(actor, String(req.params.id));
      res
        .set('cache-control', 'no-store')
        .set('content-length', String(file.size))
        .type(file.contentType)
        .attachment(file.name);
      content.pipe(res);
      content.once('error', () => res.destroy());
    }),
  );
  return router;
}

type Outcome = { file: StoredFile } | { error: unknown };

/**
 * The first file part of a multipart request, given to `keep`; any other part is skipped. The
 * request is read to its end before answering, so a refused file leaves the connection usable.
 */
function oneFile(
  req: Request,
  maxBytes: number,
  keep: (name: string, stream: Readable) => Promise<StoredFile>,
): Promise<StoredFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Past the limit by one byte, the service knows the file is too large; the rest is dropped.
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 1024 },
      });
    } catch {
      reject(badInput('file', ErrorReason.REQUIRED));
      return;
    }
    let outcome: Promise<Outcome> | null = null;
    parser.on('file', (_field, stream, info) => {
      outcome = keep(info.filename ?? '', stream).then(
        (file) => ({ file }),
        (error: unknown) => {
          stream.resume();
          return { error };
        },
      );
    });
    parser.on('close', () => {
      if (!outcome) return reject(badInput('file', ErrorReason.REQUIRED));
      void outcome.then((o) => ('file' in o ? resolve(o.file) : reject(o.error)));
    });
    parser.on('error', reject);
    req.pipe(parser);
  });
}
