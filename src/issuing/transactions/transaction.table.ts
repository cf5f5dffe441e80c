import { bigint, index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `issuing.transaction` (columns from the spec; references as ids). */
export const issuingTransactions = resourceTable('issuing.transaction', {
  table: 'issuing_transactions',
  columns: { card: 'card_id', cardholder: 'cardholder_id', authorization: 'authorization_id' },
  types: { card: text('card_id').notNull() },
  internal: {
    /** How much of a capture has been refunded (minor units): the refund helper refunds at most the rest. */
    refunded: bigint('refunded', { mode: 'number' }).notNull().default(0),
  },
  indexes: (t) => [
    index('issuing_transactions_list_idx').on(t.account_id!, t.created!.desc(), t.id!.desc()),
    index('issuing_transactions_card_idx').on(t.card_id!, t.created!.desc()),
    index('issuing_transactions_authorization_idx').on(t.authorization_id!),
  ],
});
