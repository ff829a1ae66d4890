import type { Request, RequestHandler, Response } from 'express';
import { bearerToken } from '../auth/tokens';
import type { AuthService } from '../auth/auth.service';
import type { Actor } from '../auth/actor';
import { DomainError, ErrorCode, ErrorReason, unauthenticated } from '../common/errors';
import { languageOf } from '../i18n/messages';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
};

/** Bad input that HTTP names more precisely than 400. */
const REASON_STATUS: Partial<Record<ErrorReason, number>> = {
  [ErrorReason.FILE_TOO_LARGE]: 413,
  [ErrorReason.FILE_TYPE_REFUSED]: 415,
};

/**
 * A route outside GraphQL, authorised like it: a Bearer token gives the actor that `handle` acts
 * for; domain errors are answered `{ error: { code, reason, message, field… } }` in the caller's language,
 * with the status that fits (a meeting the caller may not see is 404).
 */
export function domainRoute(
  auth: AuthService,
  handle: (actor: Actor, req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    try {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw unauthenticated();
      await handle(await auth.actorOf(token), req, res);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const message = e.messageIn(languageOf(req.headers['accept-language']));
      const status = (e.reason && REASON_STATUS[e.reason]) ?? STATUS[e.code] ?? 500;
      // As GraphQL's extensions carry them: the bad field, the current state of a conflict.
      res.status(status).json({ error: { code: e.code, reason: e.reason, message, ...e.details } });
    }
  };
}
