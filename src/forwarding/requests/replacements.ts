import type { CardSecret } from '../../payments/payment-methods/card.js';

/**
 * Where the card data goes in a forwarded request, and what is kept of it. Stripe fills fields of a
 * destination's request format agreed at onboarding; fingraph has no onboarding, so the request names
 * the places with placeholders (docs/decisions/forwarding.md), each replaced only when its kind is in
 * `replacements`:
 *
 * | kind | placeholders |
 * |---|---|
 * | card_number | `{{CARD_NUMBER}}` |
 * | card_expiry | `{{CARD_EXPIRY}}` (MM/YY), `{{CARD_EXPIRY_MONTH}}` (MM), `{{CARD_EXPIRY_YEAR}}` (YYYY) |
 * | card_cvc | `{{CARD_CVC}}` |
 * | cardholder_name | `{{CARDHOLDER_NAME}}` |
 *
 * What is stored has the number masked as Stripe shows it (`424242******4242`), the CVC as `***`
 * and sensitive headers' values as `[REDACTED]`; expiry and name stay, as in Stripe's examples.
 */
export interface CardData {
  secret: CardSecret;
  exp_month: number;
  exp_year: number;
  name: string | null;
}

type Values = Record<string, string>;

function placeholders(kinds: readonly string[], card: CardData, masked: boolean): Values {
  const mm = String(card.exp_month).padStart(2, '0');
  const yyyy = String(card.exp_year);
  const out: Values = {};
  if (kinds.includes('card_number')) out.CARD_NUMBER = masked ? maskNumber(card.secret.number) : card.secret.number;
  if (kinds.includes('card_expiry')) Object.assign(out, { CARD_EXPIRY: `${mm}/${yyyy.slice(-2)}`, CARD_EXPIRY_MONTH: mm, CARD_EXPIRY_YEAR: yyyy });
  if (kinds.includes('card_cvc')) out.CARD_CVC = masked ? '***' : (card.secret.cvc ?? '');
  if (kinds.includes('cardholder_name')) out.CARDHOLDER_NAME = card.name ?? '';
  return out;
}

export const maskNumber = (n: string) => `${n.slice(0, 6)}${'*'.repeat(Math.max(0, n.length - 10))}${n.slice(-4)}`;

/** Replaces `{{NAME}}` for the given names only (a plain split/join per name: no pattern is built from input). */
function fill(text: string, values: Values): string {
  let out = text;
  for (const [name, value] of Object.entries(values)) out = out.split(`{{${name}}}`).join(value);
  return out;
}

/** Header names whose values are credentials: stored as `[REDACTED]`. */
const SENSITIVE = /(authorization|cookie|api[-_]?key|secret|token|password|passwd|signature|credential|session)/i;
export const REDACTED = '[REDACTED]';
export const isSensitiveHeader = (name: string) => SENSITIVE.test(name);

export interface Prepared {
  /** What is sent: the card data in place. */
  sent: { headers: { name: string; value: string }[]; body: string };
  /** What is stored: the card data masked, sensitive header values redacted. */
  stored: { headers: { name: string; value: string }[]; body: string };
}

export function prepare(kinds: readonly string[], card: CardData, headers: { name: string; value: string }[], body: string): Prepared {
  const real = placeholders(kinds, card, false);
  const masked = placeholders(kinds, card, true);
  return {
    sent: { headers: headers.map((h) => ({ name: h.name, value: fill(h.value, real) })), body: fill(body, real) },
    stored: {
      headers: headers.map((h) => ({ name: h.name, value: isSensitiveHeader(h.name) ? REDACTED : fill(h.value, masked) })),
      body: fill(body, masked),
    },
  };
}

/** A destination's answer as stored: the card number and CVC masked wherever the destination echoed them, sensitive headers redacted. */
export function redactResponse(card: CardData, headers: { name: string; value: string }[], body: string) {
  const scrub = (text: string) => {
    let out = text.split(card.secret.number).join(maskNumber(card.secret.number));
    // A CVC is short: masked only where it stands as a JSON string value, not inside other numbers.
    if (card.secret.cvc) out = out.split(`"${card.secret.cvc}"`).join('"***"');
    return out;
  };
  return {
    headers: headers.map((h) => ({ name: h.name, value: isSensitiveHeader(h.name) ? REDACTED : scrub(h.value) })),
    body: scrub(body),
  };
}
