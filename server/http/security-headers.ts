import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every route (helmet's defaults: nosniff, a strict Content-Security-Policy,
 * frame-ancestors 'self', no referrer, HSTS, …). The API answers JSON; the notice (HTML with an
 * inline style) and the explorer (scripts from /explorer/assets, an inline style) fit helmet's
 * default policy, which admits scripts from this server only. Without `upgrade-insecure-requests`:
 * on an intranet served over plain HTTP, it would send the explorer's own requests to https.
 */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
}
