import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { WEBHOOK_DEFAULTS } from '../../config.js';

/**
 * Where webhooks may be sent (SSRF): Stripe sends only to publicly reachable URLs. A host must resolve
 * to public addresses only, checked when an endpoint is created or its URL changes and again on every
 * connection (the delivery's own DNS lookup, so a name that later resolves elsewhere is refused too).
 * Loopback (127.0.0.0/8, ::1) is allowed for test-mode endpoints when `allowLoopback` is on
 * (FINGRAPH_WEBHOOK_ALLOW_LOOPBACK; on by default only on a loopback-bound server, docs/security.md).
 */
export interface WebhookTargetPolicy {
  allowLoopback: boolean;
}

let policy: WebhookTargetPolicy = { allowLoopback: WEBHOOK_DEFAULTS.allowLoopback };

/** Set by createApp and the worker process from their configuration. */
export function configureWebhookTargets(p: WebhookTargetPolicy) {
  policy = { ...p };
}

export const webhookTargetPolicy = (): Readonly<WebhookTargetPolicy> => policy;

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** Never reachable from here: private, link-local (cloud metadata), unspecified, shared, multicast and reserved ranges. */
const internal = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const)
  internal.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  internal.addSubnet(net, bits, 'ipv6');

/** Whether this process may connect to `address` for an endpoint of this mode. */
export function isAllowedAddress(address: string, livemode: boolean): boolean {
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : null;
  if (!family) return false;
  if (loopback.check(ip, family)) return policy.allowLoopback && !livemode;
  return !internal.check(ip, family);
}

export class TargetRefused extends Error {}

const LOOKUP_TIMEOUT_MS = 5_000;

/** The addresses of `hostname` (an IP literal is its own), or null when the name does not resolve (now). */
async function resolve(hostname: string): Promise<string[] | null> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return [host];
  const lookup = dns.promises.lookup(host, { all: true, verbatim: true }).then((r) => r.map((a) => a.address));
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), LOOKUP_TIMEOUT_MS).unref());
  return Promise.race([lookup.catch(() => null), timeout]);
}

/**
 * At create and update: throws TargetRefused when the host resolves to an address this mode may not
 * reach. A name that does not resolve now is accepted (delivery resolves it again and refuses then).
 */
export async function checkTarget(url: string, livemode: boolean): Promise<void> {
  const addresses = await resolve(new URL(url).hostname);
  if (addresses?.some((a) => !isAllowedAddress(a, livemode))) throw new TargetRefused(url);
}

/** A `lookup` for http(s).request that refuses addresses this mode may not reach (checked on the address connected to). */
export function guardedLookup(livemode: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((a) => !isAllowedAddress(a.address, livemode));
      if (refused || list.length === 0) return callback(new TargetRefused(hostname), '', 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
