import { Router } from 'express';
import type { AuthService } from '../auth/auth.service';
import type { Actor } from '../auth/actor';
import { badInput, ErrorReason } from '../common/errors';
import { DOCUMENT_FORMATS, fileNameOf, isDocumentFormat } from '../documents/formats';
import type { OfficialDocument } from '../documents/official-document';
import { domainRoute } from './domain-route';

/** A document as served: its name (the file name's stem), content type and body. */
export type RenderedDocument = { name: string; contentType: string; body: string | Buffer };

/**
 * A document served under `/meetings/:id/<kind>` in its formats (the first without `?format`);
 * `render` checks access (access/access.ts) first.
 */
export type MeetingDocument = {
  kind: string;
  formats: readonly string[];
  render(actor: Actor, meetingId: string, format: string): Promise<RenderedDocument>;
};

/** An administrative document (the notice, the minutes) in its four formats, Markdown by default. */
export function officialDocument(
  kind: string,
  load: (actor: Actor, meetingId: string) => Promise<OfficialDocument>,
): MeetingDocument {
  return {
    kind,
    formats: ['md', ...Object.keys(DOCUMENT_FORMATS).filter((f) => f !== 'md')],
    async render(actor, meetingId, name) {
      const format = isDocumentFormat(name) ? DOCUMENT_FORMATS[name] : DOCUMENT_FORMATS.md;
      const doc = await load(actor, meetingId);
      return { name: doc.name, contentType: format.contentType, body: await format.render(doc) };
    },
  };
}

/**
 * `GET /meetings/:id/<kind>?format=…`: the meeting's documents, authorised like GraphQL (a Bearer
 * token; a meeting the caller may not see is 404). Binary ones (.docx, PDF) come as attachments
 * named after the document.
 */
export function documentsRouter(auth: AuthService, documents: readonly MeetingDocument[]): Router {
  const router = Router();
  for (const document of documents) {
    router.get(
      `/meetings/:id/${document.kind}`,
      domainRoute(auth, async (actor, req, res) => {
        const format = String(req.query.format ?? document.formats[0]);
        if (!document.formats.includes(format)) throw badInput('format', ErrorReason.INVALID_VALUE);
        const { name, contentType, body } = await document.render(actor, String(req.params.id), format);
        res.set('cache-control', 'no-store').type(contentType);
        if (Buffer.isBuffer(body)) res.attachment(fileNameOf(name, format));
        res.send(body);
      }),
    );
  }
  return router;
}
