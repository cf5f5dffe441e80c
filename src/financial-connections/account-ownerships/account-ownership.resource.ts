import type Stripe from 'stripe';
import { defineResource } from '../../layer/resource.js';
import { financialConnectionsAccountOwnerships } from './account-ownership.table.js';

/** AccountOwnership: the owners of a linked account as one ownership refresh found them (Account `ownership`). */
export type AccountOwnershipRecord = Omit<Stripe.FinancialConnections.AccountOwnership, 'owners'> & { livemode: boolean };

export const accountOwnerships = defineResource<AccountOwnershipRecord>({
  object: 'financial_connections.account_ownership',
  table: financialConnectionsAccountOwnerships,
});
