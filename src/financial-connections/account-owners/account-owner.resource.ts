import type Stripe from 'stripe';
import { defineResource } from '../../layer/resource.js';
import { financialConnectionsAccountOwners } from './account-owner.table.js';

/** AccountOwner: one owner in an ownership snapshot; listed on the AccountOwnership (`owners`). */
export type AccountOwnerRecord = Stripe.FinancialConnections.AccountOwner & { livemode: boolean; created: number };

export const accountOwners = defineResource<AccountOwnerRecord>({
  object: 'financial_connections.account_owner',
  table: financialConnectionsAccountOwners,
  refs: { ownership: 'financial_connections.account_ownership' },
  connections: [{ on: 'financial_connections.account_ownership', by: 'ownership', field: 'owners', description: 'The owners in this snapshot.' }],
});
