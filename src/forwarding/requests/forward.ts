import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { StripeError } from '../../kernel/errors.js';
import { guardedLookup, isAllowedAddress } from '../../events/webhooks/webhook-target.js';

/**
 * The outbound half of a Forwarding Request: one POST to the destination with the card data put in,
 * through the webhooks' SSRF policy (src/events/webhooks/webhook-target.ts: public addresses only;
 * loopback in test mode when allowed), the address connected to checked on the connection itself.
 */
export interface Outbound {
  url: string;
  headers: { name: string; value: string }[];
  body: string;
  livemode: boolean;
}

export interface Answer {
  status: number;
  headers: { name: string; value: string }[];
  body: string;
  durationMs: number;
  address: string;
}

/** Stripe's limits are not published; fingraph waits this long for the destination (no transaction is open meanwhile). */
export const FORWARD_TIMEOUT_MS = 30_000;
/** A response body beyond this is not read whole: the request fails as an upstream error. */
const MAX_RESPONSE_BYTES = 1_000_000;

const upstream = (code: string, message: string) => new StripeError(code, message, null, 'api_error');

export function forward(out: Outbound): Promise<Answer> {
  const target = new URL(out.url);
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !isAllowedAddress(literal, out.livemode))
    return Promise.reject(new StripeError('url_invalid', 'Invalid URL: the destination must be publicly reachable.', ['url']));
  const headers: Record<string, string> = {};
  for (const h of out.headers) headers[h.name] = h.value;
  headers['content-length'] = String(Buffer.byteLength(out.body));
  const t0 = performance.now();
  const signal = AbortSignal.timeout(FORWARD_TIMEOUT_MS);
  return new Promise<Answer>((resolve, reject) => {
    const req = (target.protocol === 'https:' ? https : http).request(
      target,
      { method: 'POST', headers, lookup: guardedLookup(out.livemode), signal, agent: false },
      (res) => {
        const address = res.socket?.remoteAddress ?? '';
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_RESPONSE_BYTES) {
            res.destroy();
            reject(upstream('forwarding_api_upstream_error', `The destination's response exceeded ${MAX_RESPONSE_BYTES} bytes.`));
          } else chunks.push(c);
        });
        res.on('error', () => reject(upstream('forwarding_api_upstream_connection_error', 'The connection to the destination failed.')));
        res.on('end', () => {
          const list: { name: string; value: string }[] = [];
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) list.push({ name: res.rawHeaders[i]!, value: res.rawHeaders[i + 1]! });
          resolve({
            status: res.statusCode ?? 0,
            headers: list,
            body: Buffer.concat(chunks).toString('utf8'),
            durationMs: Math.round(performance.now() - t0),
            address,
          });
        });
      },
    );
    req.on('error', () =>
      reject(
        signal.aborted
          ? upstream('forwarding_api_upstream_connection_timeout', `The destination did not answer within ${FORWARD_TIMEOUT_MS / 1000} seconds.`)
          : // One message for every failure to connect (refused target, closed port, TLS): no port scanner.
            upstream('forwarding_api_upstream_connection_error', 'Could not connect to the destination or read an HTTP response from it.'),
      ),
    );
    req.end(out.body);
  });
}
