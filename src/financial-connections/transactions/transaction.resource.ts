import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { defineResource } from '../../layer/resource.js';
import { columnSql, tableSql } from '../../layer/store.js';
import { financialConnectionsTransactions } from './transaction.table.js';

/**
 * A Financial Connections Transaction: what a transaction refresh found on a linked account. Pending
 * ones settle at a later refresh (posted, or void); refreshes write them (the Account's
 * `finish_transaction_refresh`), nothing else changes them.
 */
export type FcTransactionRecord = Stripe.FinancialConnections.Transaction & { created: number };

export const fcTransactions = defineResource<FcTransactionRecord>({
  object: 'financial_connections.transaction',
  table: financialConnectionsTransactions,
  refs: { account: 'financial_connections.account' },
  connections: [
    { on: 'financial_connections.account', by: 'account', field: 'transactions', description: 'Transactions refreshes found on this account, newest first.' },
  ],
  list: {
    filters: {
      // Stripe: "only return transactions that were updated after this refresh" — those a later refresh wrote or settled.
      transaction_refresh: (value: { after?: string }, s) =>
        value?.after
          ? sql`${columnSql(s, 'updated')} > coalesce((select max(${columnSql(s, 'updated')}) from ${tableSql(s)} where ${columnSql(s, 'transaction_refresh')} = ${value.after}), 'infinity'::timestamptz)`
          : undefined,
    },
  },
});
