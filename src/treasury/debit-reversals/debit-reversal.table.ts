import { index, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `treasury.debit_reversal` (columns from the spec; names kept from the first release). */
export const treasuryDebitReversals = resourceTable('treasury.debit_reversal', {
  table: 'treasury_debit_reversals',
  columns: {
    financial_account: 'financial_account_id',
    received_debit: 'received_debit_id',
    transaction: 'transaction_id',
    'status_transitions.completed_at': 'completed_at',
    'linked_flows.issuing_dispute': 'issuing_dispute',
  },
  flatten: ['status_transitions', 'linked_flows'],
  omit: ['hosted_regulatory_receipt_url'],
  types: { financial_account: text('financial_account_id').notNull() },
  indexes: (t) => [
    index('treasury_debit_reversals_list_idx').on(t.financial_account_id!, t.created!.desc(), t.id!.desc()),
    uniqueIndex('treasury_debit_reversals_received_debit_idx').on(t.received_debit_id!),
  ],
});
