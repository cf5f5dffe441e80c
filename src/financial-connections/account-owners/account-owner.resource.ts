import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { defineResource } from '../../layer/resource.js';
import { columnSql } from '../../layer/store.js';
import { financialConnectionsAccountOwners } from './account-owner.table.js';

/**
 * AccountOwner: one owner in an ownership snapshot; listed on the AccountOwnership (`owners`) and by
 * Stripe's `listOwners` (GET /v1/financial_connections/accounts/{id}/owners?ownership=), the root
 * list `financialConnectionsAccountOwners(account, ownership)`.
 */
export type AccountOwnerRecord = Stripe.FinancialConnections.AccountOwner & { livemode: boolean; created: number };

export const accountOwners = defineResource<AccountOwnerRecord>({
  object: 'financial_connections.account_owner',
  table: financialConnectionsAccountOwners,
  // `account` is listOwners' path parameter (not a field): the list checks it names the caller's Account.
  refs: { ownership: 'financial_connections.account_ownership', account: 'financial_connections.account' },
  connections: [{ on: 'financial_connections.account_ownership', by: 'ownership', field: 'owners', description: 'The owners in this snapshot.' }],
  list: {
    related: { endpoint: 'listOwners', pathParams: { id: 'account' } },
    filters: {
      // The owners of snapshots the account's ownership refreshes found: another account's ownership lists none.
      account: (value: string, s) => sql`${columnSql(s, 'ownership')} in (select id from financial_connections_account_ownerships where account = ${value})`,
    },
  },
});
