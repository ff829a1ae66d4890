import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { bearerToken } from '../auth/tokens';
import type { ServerMetrics } from './metrics';

/**
 * GET /metrics in Prometheus' text format, for whoever sends `Authorization: Bearer <METRICS_TOKEN>`
 * (Prometheus: `authorization: { credentials_file: … }`); 401 to anyone else.
 */
export function metricsRouter(metrics: ServerMetrics, token: string): Router {
  const expected = digest(token);
  const router = Router();
  router.get('/metrics', async (req, res) => {
    const sent = bearerToken(req.headers.authorization);
    if (!sent || !timingSafeEqual(digest(sent), expected)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="metrics"')
        .json({ error: 'METRICS_TOKEN required' });
      return;
    }
    res.type(metrics.contentType).send(await metrics.text());
  });
  return router;
}

/** Equal-length digests, so that the comparison takes the same time whatever was sent. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
