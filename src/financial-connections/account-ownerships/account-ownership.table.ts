import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `financial_connections.account_ownership`: one snapshot of an account's owners per ownership refresh. */
export const financialConnectionsAccountOwnerships = resourceTable('financial_connections.account_ownership', {
  table: 'financial_connections_account_ownerships',
  // The owners are the AccountOwner rows of the snapshot (a connection).
  omit: ['owners'],
  internal: {
    /** The Account whose ownership refresh found this snapshot (Stripe's listOwners names the account and the ownership). */
    account: text('account'),
  },
  indexes: (t) => [index('financial_connections_account_ownerships_account_idx').on(t.account!)],
});
