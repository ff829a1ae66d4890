import { Request, Router, Response } from 'express';
import { bearerToken } from '../auth/tokens';
import { badInput, DomainError, ErrorCode, ErrorReason, unauthenticated } from '../common/errors';
import { languageOf } from '../i18n/messages';
import type { AuthService } from '../auth/auth.service';
import { noticeHtml, noticeMarkdown } from './notice-render';
import type { NoticeService } from './notice';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
};

const FORMATS = {
  markdown: { type: 'text/markdown; charset=utf-8', render: noticeMarkdown },
  html: { type: 'text/html; charset=utf-8', render: noticeHtml },
};

function sendError(req: Request, res: Response, e: DomainError): void {
  const message = e.messageIn(languageOf(req.headers['accept-language']));
  res.status(STATUS[e.code] ?? 500).json({ error: { code: e.code, reason: e.reason, message } });
}

/**
 * `GET /meetings/:id/notice[?format=html]`: the notice of conclusions as a document, Markdown by
 * default. Authorised like GraphQL (Bearer token); a meeting the caller may not see is 404.
 */
export function noticeRouter(auth: AuthService, notices: NoticeService): Router {
  const router = Router();
  router.get('/meetings/:id/notice', async (req, res) => {
    const name = String(req.query.format ?? 'markdown');
    const format = Object.hasOwn(FORMATS, name) ? FORMATS[name as keyof typeof FORMATS] : null;
    try {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw unauthenticated();
      const actor = await auth.actorOf(token);
      if (!format) throw badInput('format', ErrorReason.INVALID_VALUE);
      const notice = await notices.ofMeeting(actor, req.params.id);
      res.set('cache-control', 'no-store').type(format.type).send(format.render(notice));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      sendError(req, res, e);
    }
  });
  return router;
}
