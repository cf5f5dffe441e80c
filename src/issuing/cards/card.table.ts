import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * Storage of `issuing.card`. The cardholder (an embedded object in Stripe's JSON) is stored as its id
 * and loaded when read; the full number and CVC are never stored (Stripe shows them only on expand).
 */
export const issuingCards = resourceTable('issuing.card', {
  table: 'issuing_cards',
  columns: { cardholder: 'cardholder_id', financial_account: 'financial_account_id' },
  omit: ['number', 'cvc'],
  types: { cardholder: text('cardholder_id').notNull() },
  indexes: (t) => [
    index('issuing_cards_list_idx').on(t.account_id!, t.created!.desc(), t.id!.desc()),
    index('issuing_cards_cardholder_idx').on(t.cardholder_id!, t.created!.desc()),
  ],
});
