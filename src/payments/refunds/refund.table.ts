import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** What fingraph serves of Stripe's Refund: a PaymentIntent's refund (Charges are not modelled; docs/decisions/terminal.md). */
export const refundServe = {
  fields: ['amount', 'charge', 'created', 'currency', 'metadata', 'payment_intent', 'reason', 'status'],
  params: { create: ['amount', 'metadata', 'payment_intent', 'reason'], list: ['created', 'payment_intent'] },
  values: { reason: ['duplicate', 'fraudulent', 'requested_by_customer'] },
};

export const refunds = resourceTable('refund', {
  table: 'refunds',
  serve: refundServe,
  indexes: (t) => [
    index('refunds_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('refunds_payment_intent_idx').on(t.payment_intent!),
  ],
});
