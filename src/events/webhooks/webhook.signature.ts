import { createHmac } from 'node:crypto';
import { randomBase62 } from '../../kernel/ids.js';

/** A new endpoint signing secret, shaped like Stripe's (`whsec_` + 32 characters). */
export const newWebhookSecret = () => `whsec_${randomBase62(32)}`;

/**
 * Stripe's `Stripe-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, keyed
 * with the whole `whsec_…` string (what stripe.webhooks.constructEvent verifies).
 */
export function signatureHeader(body: string, secret: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}
