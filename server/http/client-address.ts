import { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** Which proxies to believe: none or all, a number of hops, or addresses/CIDRs (TRUST_PROXY). */
export type TrustProxy = boolean | number | string[];

/** The client's address as every per-IP limit counts it: HTTP rate limits and WebSocket upgrades. */
export type ClientAddress = (req: IncomingMessage) => string;

/**
 * TRUST_PROXY with express's `trust proxy` semantics (proxy-addr): X-Forwarded-For is read from the
 * right, past the addresses trusted, so a client cannot choose its address by sending the header
 * itself. Trusting nobody (the default) takes the socket's address and ignores the header.
 */
export function clientAddress(trust: TrustProxy): ClientAddress {
  const trusted = compileTrust(trust);
  return (req) => proxyaddr(req, trusted) ?? 'unknown';
}

/** Whether TRUST_PROXY's list of addresses, CIDRs or names (loopback, uniquelocal …) is valid. */
export function validTrustList(value: string): boolean {
  try {
    proxyaddr.compile(value.split(',').map((s) => s.trim()));
    return true;
  } catch {
    return false;
  }
}

function compileTrust(trust: TrustProxy): (address: string, hop: number) => boolean {
  if (typeof trust === 'boolean') return () => trust;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyaddr.compile(trust);
}
