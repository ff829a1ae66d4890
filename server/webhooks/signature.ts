import { createHmac, randomBytes } from 'node:crypto';

/** A Standard Webhooks secret: `whsec_` and the base64 of a 24 to 64-byte key. */
const SECRET = /^whsec_([A-Za-z0-9+/]+={0,2})$/;

export function isWebhookSecret(secret: string): boolean {
  const key = SECRET.exec(secret)?.[1];
  if (!key) return false;
  const bytes = Buffer.from(key, 'base64').length;
  return bytes >= 24 && bytes <= 64;
}

/** A new secret, for callers that give none. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * The headers of one signed message (Standard Webhooks): the id, the Unix time in seconds, and
 * `v1,` the base64 HMAC-SHA256 of `id.timestamp.body` under the secret's key. A receiver rejects
 * an old timestamp (replays) and a repeated id (duplicates).
 */
export function signedHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const key = Buffer.from(SECRET.exec(secret)![1], 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}
