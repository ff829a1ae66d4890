import type { RequestHandler } from 'express';
import { API_VERSION, API_VERSION_HEADER } from '../../client-sdk/src/api-version';

/** Every HTTP answer says which API version it speaks, errors included. */
export const apiVersionHeader: RequestHandler = (_req, res, next) => {
  res.setHeader(API_VERSION_HEADER, API_VERSION);
  next();
};

/** The headers a browser page of another origin may read (CORS hides any other). */
export const EXPOSED_HEADERS = [API_VERSION_HEADER, 'Retry-After'];
