import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's PaymentIntent: the amounts, capture, status and payment method a
 * card or Terminal reader payment needs (docs/decisions/terminal.md). Charges are not modelled.
 */
export const paymentIntentServe = {
  fields: [
    'allowed_payment_method_types',
    'amount',
    'amount_capturable',
    'amount_received',
    'canceled_at',
    'cancellation_reason',
    'capture_method',
    'created',
    'currency',
    'customer',
    'description',
    'last_payment_error',
    'latest_charge',
    'livemode',
    'metadata',
    'payment_method',
    'payment_method_types',
    'status',
  ],
  params: {
    create: ['amount', 'capture_method', 'confirm', 'currency', 'customer', 'description', 'metadata', 'payment_method', 'allowed_payment_method_types'],
    list: ['created', 'customer'],
    cancel: ['cancellation_reason'],
    capture: ['amount_to_capture', 'metadata'],
  },
  values: { capture_method: ['automatic', 'manual'], allowed_payment_method_types: ['card', 'card_present'] },
};

export const paymentIntents = resourceTable('payment_intent', {
  table: 'payment_intents',
  serve: paymentIntentServe,
  indexes: (t) => [index('payment_intents_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
