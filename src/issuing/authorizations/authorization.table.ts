import { bigint, index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * Storage of `issuing.authorization`. The card (embedded in Stripe's JSON) is stored as its id and
 * loaded when read; `transactions` holds the Issuing Transactions' ids.
 */
export const issuingAuthorizations = resourceTable('issuing.authorization', {
  table: 'issuing_authorizations',
  columns: { card: 'card_id', cardholder: 'cardholder_id' },
  types: { card: text('card_id').notNull() },
  internal: {
    /** The FinancialAccount the card spent from (null: the Issuing balance): where holds are placed. */
    financial_account: text('financial_account_id'),
    /** The amount held on the FinancialAccount now (minor units): released by captures, reversals and expiry. */
    held: bigint('held', { mode: 'number' }).notNull().default(0),
  },
  indexes: (t) => [
    index('issuing_authorizations_list_idx').on(t.account_id!, t.created!.desc(), t.id!.desc()),
    index('issuing_authorizations_card_idx').on(t.card_id!, t.created!.desc()),
    index('issuing_authorizations_cardholder_idx').on(t.cardholder_id!, t.created!.desc()),
  ],
});
