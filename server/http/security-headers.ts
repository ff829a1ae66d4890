import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every route (helmet's defaults: nosniff, a strict Content-Security-Policy,
 * frame-ancestors 'self', no referrer, HSTS, …). The API answers JSON and the notice answers HTML
 * with an inline style, which helmet's default policy allows.
 */
export function securityHeaders(): RequestHandler {
  return helmet();
}

/**
 * Apollo's landing page on GET /graphql (off in production) is a page that loads Apollo's Sandbox
 * from its CDN with inline scripts; its policy is the one Apollo documents for it. Mounted on
 * /graphql after securityHeaders, it replaces the policy there only.
 */
export function landingPagePolicy(): RequestHandler {
  return helmet.contentSecurityPolicy({
    directives: {
      imgSrc: [`'self'`, 'data:', 'apollo-server-landing-page.cdn.apollographql.com'],
      scriptSrc: [`'self'`, 'https:', `'unsafe-inline'`],
      manifestSrc: [`'self'`, 'apollo-server-landing-page.cdn.apollographql.com'],
      frameSrc: [`'self'`, 'sandbox.embed.apollographql.com'],
    },
  });
}
