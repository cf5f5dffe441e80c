import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `issuing.dispute` (columns from the spec; the disputed Transaction as its id). */
export const issuingDisputes = resourceTable('issuing.dispute', {
  table: 'issuing_disputes',
  columns: { transaction: 'transaction_id' },
  indexes: (t) => [
    index('issuing_disputes_list_idx').on(t.account_id!, t.created!.desc(), t.id!.desc()),
    index('issuing_disputes_transaction_idx').on(t.transaction_id!),
  ],
});
