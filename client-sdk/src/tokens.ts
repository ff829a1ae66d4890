import type { SiteSessions } from './sessions';

/** A bearer token, or where to get one: called before the token in use expires, and after a refusal. */
export type TokenSource = () => string | Promise<string>;

/** When a JWT expires (ms since the epoch): its `exp` claim, read without the key; null when none. */
export function tokenExpiresAt(token: string): number | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { exp } = JSON.parse(atob(payload)) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * The token in use: the fixed one, else got from `getToken` (again once it is within `marginMs` of
 * its expiry, or refused), else the stored site session's.
 */
export class Tokens {
  private current: Promise<string> | null = null;

  constructor(
    private readonly fixed: string | undefined,
    private readonly source: TokenSource | undefined,
    private readonly site: SiteSessions,
    private readonly marginMs: number,
  ) {}

  async get(): Promise<string | null> {
    if (this.source) return this.fromSource();
    return this.fixed ?? (await this.site.current())?.token ?? null;
  }

  private async fromSource(): Promise<string> {
    const pending = this.current;
    if (pending) {
      const token = await pending.catch(() => null);
      if (token !== null && !this.expiring(token)) return token;
      if (this.current === pending) this.current = null;
    }
    const next = (this.current ??= Promise.resolve().then(this.source));
    next.catch(() => {
      if (this.current === next) this.current = null;
    });
    return next;
  }

  private expiring(token: string): boolean {
    const expiresAt = tokenExpiresAt(token);
    return expiresAt !== null && expiresAt - Date.now() <= this.marginMs;
  }

  /**
   * The server refused the token: drops it (a refused site session leaves the store). True when
   * another can be had, i.e. with getToken.
   */
  async refused(): Promise<boolean> {
    this.current = null;
    if (this.source) return true;
    if (this.fixed === undefined) await this.site.clear();
    return false;
  }
}
