import { lookup, LookupAddress } from 'node:dns';
import { promises as dns } from 'node:dns';
import { isIP, LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { badInput, ErrorReason } from '../common/errors';

/** What a webhook may point at; both off in production (see the README's configuration). */
export type TargetPolicy = { allowHttp: boolean; allowPrivate: boolean };

/** Public unicast only: no loopback, private, link-local, CGNAT, multicast or reserved address. */
function isPublic(address: string): boolean {
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast';
}

/** The URL as delivered to: https (http only when allowed), no credentials, no literal private address. */
export function checkTargetUrl(url: string, policy: TargetPolicy): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badInput('input.url', ErrorReason.INVALID_FORMAT, { example: 'https://…' });
  }
  if (parsed.protocol !== 'https:' && !(policy.allowHttp && parsed.protocol === 'http:'))
    throw badInput('input.url', ErrorReason.INVALID_FORMAT, { example: 'https://…' });
  if (parsed.username || parsed.password) throw badInput('input.url', ErrorReason.INVALID_VALUE);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!policy.allowPrivate && isIP(host) !== 0 && !isPublic(host)) throw privateTarget();
  return parsed.href;
}

/**
 * The URL as registered: checkTargetUrl, and a name that resolves to a private address now is
 * refused too (one that does not resolve yet is taken: the delivery's lookup is checked again).
 */
export async function checkRegisteredUrl(url: string, policy: TargetPolicy): Promise<string> {
  const href = checkTargetUrl(url, policy);
  const host = new URL(href).hostname;
  if (policy.allowPrivate || isIP(host.replace(/^\[|\]$/g, '')) !== 0) return href;
  const addresses = await lookupAll(host).catch(() => []);
  if (addresses.some((a) => !isPublic(a.address))) throw privateTarget();
  return href;
}

const privateTarget = () => badInput('input.url', ErrorReason.PRIVATE_ADDRESS);

/**
 * A DNS lookup for the delivery's socket that refuses private addresses: checked on the address the
 * socket connects to, so a name that resolves elsewhere later (DNS rebinding) is refused too.
 */
export function guardedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) =>
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((a) => !policy.allowPrivate && !isPublic(a.address));
      if (refused)
        return callback(new Error(`${hostname} resolves to a private address (${refused.address})`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
}

const lookupAll = (host: string): Promise<LookupAddress[]> => dns.lookup(host, { all: true });
