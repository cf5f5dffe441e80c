import { isIP } from 'node:net';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { isEnabledEventType } from './webhook-event-types.js';
import { checkTarget, isAllowedAddress, TargetRefused, webhookTargetPolicy } from './webhook-target.js';

/** The rules of WebhookEndpoint params that its resource and the delivery machinery share. */

/** Stripe allows 16 webhook endpoints per account (per mode here, as test and live are separate). */
export const MAX_WEBHOOK_ENDPOINTS = 16;
const MAX_URL_LENGTH = 2048;
const MAX_DESCRIPTION_LENGTH = 5000;

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', '[::1]']);

/** 127.0.0.0/8, ::1 and localhost: where a receiver on this machine listens. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host) || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return false;
}

/**
 * Live mode: https only. Test mode: https, or http to a loopback host (so local receivers work).
 * Credentials in the URL are allowed (Stripe sends them as HTTP Basic auth).
 */
export function checkUrl(url: string, livemode: boolean, param = ['url']): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw parameterInvalid(param, `Invalid URL: '${url.slice(0, 100)}' is not an absolute URL.`, 'url_invalid');
  }
  if (url.length > MAX_URL_LENGTH) throw parameterInvalid(param, `Invalid URL: must be at most ${MAX_URL_LENGTH} characters.`, 'url_invalid');
  // Credentials are sent decoded (HTTP Basic auth): a bad percent-escape there would fail every delivery.
  try {
    decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
  } catch {
    throw parameterInvalid(param, 'Invalid URL: the user name or password has a malformed percent-encoding.', 'url_invalid');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw parameterInvalid(param, `Invalid URL: must use https (got ${parsed.protocol.replace(':', '')}).`, 'url_invalid');
  // An address given literally (127.0.0.1, 2130706433, [::1], 10.0.0.1, 169.254.169.254) is checked here; names when resolved.
  const literal = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !isAllowedAddress(literal, livemode)) throw refusedTarget(param, livemode);
  if (isLoopbackHost(parsed.hostname) && (livemode || !webhookTargetPolicy().allowLoopback)) throw refusedTarget(param, livemode);
  if (parsed.protocol === 'https:') return url;
  if (livemode) throw parameterInvalid(param, 'Invalid URL: live mode webhook endpoints must use https.', 'url_invalid');
  if (!isLoopbackHost(parsed.hostname))
    throw parameterInvalid(param, 'Invalid URL: test mode allows http only for loopback hosts (localhost, 127.0.0.1, [::1]); use https.', 'url_invalid');
  return url;
}

const refusedTarget = (param: string[], livemode: boolean) =>
  parameterInvalid(
    param,
    livemode || !webhookTargetPolicy().allowLoopback
      ? 'Invalid URL: webhook endpoints must be publicly reachable (no private, loopback, link-local or unspecified addresses).'
      : 'Invalid URL: webhook endpoints must be publicly reachable (test mode also allows loopback addresses).',
    'url_invalid',
  );

/** checkUrl, then where the host resolves (DNS): refused when any of its addresses may not be reached (webhook-target.ts). */
export async function checkUrlTarget(url: string, livemode: boolean, param = ['url']): Promise<string> {
  checkUrl(url, livemode, param);
  try {
    await checkTarget(url, livemode);
  } catch (err) {
    if (err instanceof TargetRefused) throw refusedTarget(param, livemode);
    throw err;
  }
  return url;
}

/** Known event types or `*`, at least one, duplicates dropped (order kept). */
export function checkEnabledEvents(types: readonly string[] | null | undefined, param = ['enabledEvents']): string[] {
  if (!types || types.length === 0) throw parameterMissing(param);
  types.forEach((type, i) => {
    if (!isEnabledEventType(type))
      throw parameterInvalid([...param, String(i)], `Invalid enabled_events[${i}]: '${type.slice(0, 100)}' is not a known event type (or '*').`);
  });
  return [...new Set(types)];
}

export function checkDescription(description: string | null | undefined) {
  if (description != null && description.length > MAX_DESCRIPTION_LENGTH)
    throw parameterInvalid(['description'], `Invalid description: must be at most ${MAX_DESCRIPTION_LENGTH} characters.`);
}

export function checkWebhookEndpointId(id: string, param = ['id']) {
  if (!hasPrefix(id, 'we')) throw resourceMissing('webhook endpoint', id, param);
}
