import { Router } from 'express';
import { bearerToken } from '../auth/tokens';
import type { AuthService } from '../auth/auth.service';
import type { Actor } from '../auth/actor';
import { badInput, DomainError, ErrorCode, ErrorReason, unauthenticated } from '../common/errors';
import { languageOf } from '../i18n/messages';
import { DOCUMENT_FORMATS, fileNameOf, isDocumentFormat } from '../documents/formats';
import type { OfficialDocument } from '../documents/official-document';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
};

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
    router.get(`/meetings/:id/${document.kind}`, async (req, res) => {
      const format = String(req.query.format ?? document.formats[0]);
      try {
        const token = bearerToken(req.headers.authorization);
        if (!token) throw unauthenticated();
        const actor = await auth.actorOf(token);
        if (!document.formats.includes(format)) throw badInput('format', ErrorReason.INVALID_VALUE);
        const { name, contentType, body } = await document.render(actor, req.params.id, format);
        res.set('cache-control', 'no-store').type(contentType);
        if (Buffer.isBuffer(body)) res.attachment(fileNameOf(name, format));
        res.send(body);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        const message = e.messageIn(languageOf(req.headers['accept-language']));
        res.status(STATUS[e.code] ?? 500).json({ error: { code: e.code, reason: e.reason, message } });
      }
    });
  }
  return router;
}
