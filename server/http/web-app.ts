import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * Only this origin's scripts, styles and images; the API on the same host over HTTP and WebSocket.
 * The built app has no inline script or style (web/vite.config.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The app's build, web/dist, seen from server/http (ts-node, jest) or dist/server/http (npm start). */
export function webDistDir(): string {
  const candidates = [path.resolve(__dirname, '../..'), path.resolve(__dirname, '../../..')];
  const root = candidates.find((dir) => existsSync(path.join(dir, 'web', 'package.json'))) ?? candidates[0];
  return path.join(root, 'web', 'dist');
}

/**
 * The web app (web/): the site screen at /site and the host console at /host, each a single page
 * (any path under them answers index.html, never cached), and its hashed assets under /assets,
 * cached for a year. A missing build answers 503 with how to make it.
 */
export function webApp(distDir = webDistDir()): Router {
  const router = Router();
  const pageHeaders = (res: express.Response) => {
    // Stricter than the server-wide policy (security-headers.ts): no inline style either. The
    // other headers (nosniff, no referrer: a link may carry a site's access code) come from there.
    res.set({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache' });
  };
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
    }),
  );
  // Reached when the explorer (development) has not taken / first.
  router.get('/', (_req, res) => res.redirect(302, '/site'));
  router.get(/^\/(site|host)(\/.*)?$/, (_req, res) => {
    const index = path.join(distDir, 'index.html');
    pageHeaders(res);
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built: run `npm run build:web`.\n');
      return;
    }
    res.sendFile(index, { cacheControl: false, lastModified: true });
  });
  return router;
}
