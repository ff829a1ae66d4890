import { createSecretKey, KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { LRUCache } from 'lru-cache';
import { unauthenticated } from '../common/errors';

export type UserClaims = { kind: 'user'; sub: string };
/**
 * `gen` is the connection point's access generation when the code was used: revoking bumps it.
 * `usr`: the SITE_OPERATOR user whose standing account joined (no code); disabling it cuts the token.
 */
export type SiteClaims = { kind: 'site'; sub: string; mtg: string; gen: number; usr?: string };
export type TokenClaims = (UserClaims | SiteClaims) & { exp: number; iat?: number };

const ISSUER = 'diemcau';

/** Verified tokens kept (the least recently used go first, costing one verification each). */
const KEPT_TOKENS = 10_000;

/** Signs and verifies the bearer tokens (HS256 JWT). */
export class TokenService {
  /** A KeyObject made once: from raw bytes, jose would make one on every request. */
  private readonly key: KeyObject;
  /**
   * Tokens whose signature and claims were checked, by their exact text: a host's token comes with
   * every command, a site's with each of its screens' reconnects, and a signature stays valid. Its
   * expiry is checked on each use; whether the account or the site's access still holds is the
   * caller's (AuthService), from the database or SitePoints, every time.
   */
  private readonly verified = new LRUCache<string, TokenClaims>({ max: KEPT_TOKENS });

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  async sign(claims: UserClaims | SiteClaims): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Date.now();
    const expiresAt = new Date((Math.floor(issuedAt / 1000) + this.ttlSeconds) * 1000);
    const { sub, ...rest } = claims;
    const token = await new SignJWT(rest)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      // To the millisecond (a NumericDate may have a fraction): a token issued in the second of a
      // password reset but before it must not outlive it.
      .setIssuedAt(issuedAt / 1000)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setIssuer(ISSUER)
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<TokenClaims> {
    const kept = this.verified.get(token);
    if (kept) {
      // As jose checks it: expired once `exp` (seconds) is not after now.
      if (kept.exp <= Math.floor(Date.now() / 1000)) throw unauthenticated('Token expired');
      return kept;
    }
    const claims = await this.verifyNow(token);
    this.verified.set(token, claims);
    return claims;
  }

  private async verifyNow(token: string): Promise<TokenClaims> {
    try {
      // A token without an expiry would be valid for ever: every claim the server signs is required.
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iss', 'sub'],
      });
      if ((payload.kind !== 'user' && payload.kind !== 'site') || typeof payload.sub !== 'string') {
        throw unauthenticated('Invalid token');
      }
      return payload as unknown as TokenClaims;
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw unauthenticated('Token expired');
      if (e instanceof joseErrors.JOSEError) throw unauthenticated('Invalid token');
      throw e;
    }
  }
}

/** The token of an `Authorization: Bearer <token>` header value, or null. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}
