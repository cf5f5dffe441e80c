import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `financial_connections.transaction`: what transaction refreshes found on a linked account. */
export const financialConnectionsTransactions = resourceTable('financial_connections.transaction', {
  table: 'financial_connections_transactions',
  flatten: ['status_transitions'],
  indexes: (t) => [
    index('financial_connections_transactions_account_idx').on(t.account!, t.created!.desc(), t.id!.desc()),
    index('financial_connections_transactions_transacted_idx').on(t.account!, t.transacted_at!.desc()),
  ],
});
