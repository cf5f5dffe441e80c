import { index, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `treasury.credit_reversal` (columns from the spec; names kept from the first release). */
export const treasuryCreditReversals = resourceTable('treasury.credit_reversal', {
  table: 'treasury_credit_reversals',
  columns: {
    financial_account: 'financial_account_id',
    received_credit: 'received_credit_id',
    transaction: 'transaction_id',
    'status_transitions.posted_at': 'posted_at',
  },
  flatten: ['status_transitions'],
  omit: ['hosted_regulatory_receipt_url'],
  // The funds are held by a Transaction from the start.
  types: { transaction: text('transaction_id').notNull() },
  indexes: (t) => [
    index('treasury_credit_reversals_list_idx').on(t.financial_account_id!, t.created!.desc(), t.id!.desc()),
    // A ReceivedCredit is reversed at most once (the rules check first; this is the last line).
    uniqueIndex('treasury_credit_reversals_received_credit_idx').on(t.received_credit_id!),
  ],
});
