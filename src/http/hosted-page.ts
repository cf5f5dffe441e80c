import type http from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/**
 * Helpers of the hosted test-mode pages (a verification page, a bank-linking page): reached without an
 * API key, authorized by the client secret in their URL, answering GET (the page) and POST (a form).
 */
export const escapeHtml = (v: unknown) => String(v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Constant-time comparison of a presented secret with the stored one. */
export function secretsMatch(given: string, stored: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

const MAX_FORM_BYTES = 4096;

/** A small urlencoded form body (null when too large or not a form). */
export async function readForm(req: http.IncomingMessage): Promise<URLSearchParams | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
};

export function sendPage(res: http.ServerResponse, status: number, title: string, body: string) {
  res.writeHead(status, HEADERS).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1f36}button{margin:.25rem;padding:.5rem 1rem}
.test{background:#fff3cd;padding:.5rem;border-radius:4px}code{background:#f6f8fa;padding:0 .25rem}</style></head><body>${body}</body></html>`);
}

/** After a POST: back to the page (or the caller's return URL), so a reload does not resubmit. */
export function redirect(res: http.ServerResponse, location: string) {
  res.writeHead(303, { location, 'cache-control': 'no-store' }).end();
}

export const notFound = (res: http.ServerResponse) => void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No such page.');
