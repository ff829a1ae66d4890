import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../common/logger';

/**
 * Errors raised before GraphQL runs (a body over the size limit, malformed JSON …) and any other
 * error of a route: answered as a GraphQL error with no internals, never express's default page
 * (which shows the stack trace outside production). Only the unexpected ones are logged.
 */
export function requestErrors(logger: Logger): ErrorRequestHandler {
  return (err: { status?: unknown; type?: unknown }, _req, res, _next) => {
    const status =
      typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) {
      const requestId = randomUUID();
      logger.error({ err, requestId }, 'unexpected error');
      res.status(500).json({
        errors: [
          { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } },
        ],
      });
      return;
    }
    const message = status === 413 ? 'Request body too large' : 'Malformed request';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}

/** A path no route serves: 404 in the same shape, and with the security headers express's own page drops. */
export const unknownRoute: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
};
