import { IncomingMessage } from 'node:http';
import type { ClientAddress } from '../client-address';

type Verdict = (ok: boolean, status?: number, message?: string) => void;

/**
 * Checks a WebSocket upgrade before it is accepted, so that a refused one costs no socket: a browser
 * Origin outside the allowed list (non-browser clients send none; cross-site WebSocket hijacking
 * needs a browser) is refused with 403, an IP past its number of open connections with 429.
 */
export class UpgradeGuard {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly allowedOrigins: readonly string[],
    private readonly maxPerIp: number,
    private readonly addressOf: ClientAddress,
  ) {}

  /** Upgrades refused, by why: for the metrics. */
  readonly refused = { origin: 0, perIp: 0 };

  /** ws's verifyClient; answers at once, so the socket is counted (see track) before the next upgrade. */
  readonly verify = (info: { origin?: string; req: IncomingMessage }, done: Verdict): void => {
    if (this.allowedOrigins.length > 0 && info.origin && !this.allowedOrigins.includes(info.origin)) {
      this.refused.origin++;
      return done(false, 403, 'Origin not allowed');
    }
    if (this.maxPerIp > 0 && (this.open.get(this.addressOf(info.req)) ?? 0) >= this.maxPerIp) {
      this.refused.perIp++;
      return done(false, 429, 'Too many connections from this address');
    }
    done(true);
  };

  /** Counts an accepted socket against its IP (until `released`); returns the IP. */
  track(req: IncomingMessage): string {
    const ip = this.addressOf(req);
    this.open.set(ip, (this.open.get(ip) ?? 0) + 1);
    return ip;
  }

  /** A socket of `ip` closed. */
  released(ip: string): void {
    const left = (this.open.get(ip) ?? 1) - 1;
    if (left > 0) this.open.set(ip, left);
    else this.open.delete(ip);
  }
}
