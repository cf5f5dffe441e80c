import type Stripe from 'stripe';
import { sql } from 'drizzle-orm';
import { query } from '../../db/sql.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Resource } from '../../layer/resource.js';
import type { PaymentIntentRecord } from '../payment-intents/payment-intent.resource.js';
import { refunds, refundServe } from './refund.table.js';

/**
 * A minimal Refund: part or all of a succeeded PaymentIntent given back (through the API or a Terminal
 * reader's refund_payment). Refunds of cards succeed at once in test mode; the refunded total never
 * exceeds the amount received. Charges and balance transactions are not modelled (docs/decisions/terminal.md).
 */
export type RefundRecord = Pick<Stripe.Refund, 'id' | 'object' | 'amount' | 'charge' | 'created' | 'currency' | 'metadata' | 'reason' | 'status'> & {
  payment_intent: string;
  livemode: boolean;
};

export const refundsResource: Resource<RefundRecord> = defineResource<RefundRecord>({
  object: 'refund',
  table: refunds,
  serve: refundServe,
  refs: { payment_intent: 'payment_intent' },
  create: {
    validate(input) {
      if (!input.payment_intent) throw parameterMissing(['payment_intent']);
      if (!hasPrefix(input.payment_intent, 'pi')) throw resourceMissing('payment_intent', input.payment_intent, ['payment_intent']);
      if (input.amount != null && (!Number.isInteger(input.amount) || input.amount < 1))
        throw parameterInvalid(['amount'], 'Invalid amount: a positive integer in minor units.', 'parameter_invalid_integer');
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input, lock }) {
      // The PaymentIntent is locked: two refunds of it cannot both pass the remaining-amount check.
      const pi = (await lock('payment_intent', input.payment_intent, ['payment_intent'])) as unknown as PaymentIntentRecord;
      if (pi.status !== 'succeeded')
        throw invalidState(`This PaymentIntent has status ${pi.status}: only a succeeded PaymentIntent can be refunded.`, ['payment_intent']);
      const [row] = await query(cmd.tx, sql`select coalesce(sum(amount), 0)::bigint as refunded from refunds where payment_intent = ${pi.id}`);
      const remaining = pi.amount_received - Number(row!.refunded);
      const amount = input.amount ?? remaining;
      if (remaining <= 0) throw new StripeError('charge_already_refunded', `PaymentIntent ${pi.id} has already been refunded.`, ['payment_intent']);
      if (amount > remaining)
        throw parameterInvalid(
          ['amount'],
          `Refund amount (${amount}) is greater than the unrefunded amount on the payment (${remaining}).`,
          'amount_too_large',
        );
      return {
        amount,
        charge: null,
        currency: pi.currency,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        payment_intent: pi.id,
        reason: input.reason ?? null,
        status: 'succeeded',
      };
    },
    event: 'refund.created',
  },
  list: {},
  unsupported: {
    update: 'Refunds are not changed after creation here.',
    cancel: 'Card refunds succeed at once here: none is ever pending to cancel.',
    expire: 'Refunds never wait for customer action here (no refund needs instructions).',
  },
  examples: {
    create: async (fx) => ({
      payment_intent: (await fx.create('payment_intent', { confirm: true, payment_method: 'pm_card_visa', capture_method: 'automatic' })).id,
      amount: 500,
      reason: 'requested_by_customer',
      metadata: { ticket: '88' },
    }),
  },
});
