import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `financial_connections.account_owner`. */
export const financialConnectionsAccountOwners = resourceTable('financial_connections.account_owner', {
  table: 'financial_connections_account_owners',
  indexes: (t) => [index('financial_connections_account_owners_ownership_idx').on(t.ownership!, t.created!.desc(), t.id!.desc())],
});
