import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** What fingraph serves of Stripe's SetupIntent: what saving a card on a Terminal reader needs (docs/decisions/terminal.md). */
export const setupIntentServe = {
  fields: [
    'allowed_payment_method_types',
    'cancellation_reason',
    'created',
    'customer',
    'description',
    'last_setup_error',
    'livemode',
    'metadata',
    'payment_method',
    'payment_method_types',
    'status',
    'usage',
  ],
  params: {
    create: ['customer', 'description', 'metadata', 'allowed_payment_method_types', 'usage'],
    list: ['created', 'customer', 'payment_method'],
    cancel: ['cancellation_reason'],
  },
  values: { allowed_payment_method_types: ['card', 'card_present'] },
};

export const setupIntents = resourceTable('setup_intent', {
  table: 'setup_intents',
  serve: setupIntentServe,
  indexes: (t) => [index('setup_intents_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
