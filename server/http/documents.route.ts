import { Router } from 'express';
import type { AuthService } from '../auth/auth.service';
import type { Actor } from '../auth/actor';
import { badInput, ErrorReason } from '../common/errors';
import { DOCUMENT_FORMATS, fileNameOf, isDocumentFormat } from '../documents/formats';
import type { OfficialDocument } from '../documents/official-document';
import { domainRoute } from './domain-route';

/** A document served under `/meetings/:id/<kind>`; `load` checks access (access/access.ts) first. */
export type MeetingDocument = {
  kind: string;
  load(actor: Actor, meetingId: string): Promise<OfficialDocument>;
};

/**
 * `GET /meetings/:id/<kind>?format=docx|pdf|html|md` (Markdown without a format): the meeting's
 * documents, authorised like GraphQL (a Bearer token; a meeting the caller may not see is 404).
 * .docx and PDF come as attachments named after the document.
 */
export function documentsRouter(auth: AuthService, documents: readonly MeetingDocument[]): Router {
  const router = Router();
  for (const document of documents) {
    router.get(
      `/meetings/:id/${document.kind}`,
      domainRoute(auth, async (actor, req, res) => {
        const name = String(req.query.format ?? 'md');
        if (!isDocumentFormat(name)) throw badInput('format', ErrorReason.INVALID_VALUE);
        const format = DOCUMENT_FORMATS[name];
        const doc = await document.load(actor, String(req.params.id));
        const body = await format.render(doc);
        res.set('cache-control', 'no-store').type(format.contentType);
        if (Buffer.isBuffer(body)) res.attachment(fileNameOf(doc.name, name));
        res.send(body);
      }),
    );
  }
  return router;
}
