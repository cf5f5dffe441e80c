import type Stripe from 'stripe';
import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { treasuryFinancialAccounts } from '../treasury/financial-accounts/financial-account.table.js';
import { money } from '../db/columns.js';
import { resourceTable } from '../layer/storage.js';

/** Stripe's flow and entry types (the SDK's types, from the same spec as the tables below). */
export type FlowType = Stripe.Treasury.Transaction.FlowType;
export type EntryType = Stripe.Treasury.TransactionEntry.Type;

/** A Treasury Transaction: one balance change of one FinancialAccount, made of entries. */
export const treasuryTransactions = resourceTable('treasury.transaction', {
  table: 'treasury_transactions',
  columns: {
    financial_account: 'financial_account_id',
    'status_transitions.posted_at': 'posted_at',
    'status_transitions.void_at': 'void_at',
    // balance_impact: kept equal to the sum of the entries by the ledger (and checked by tests).
    'balance_impact.cash': 'cash',
    'balance_impact.inbound_pending': 'inbound_pending',
    'balance_impact.outbound_pending': 'outbound_pending',
  },
  flatten: ['status_transitions', 'balance_impact'],
  omit: ['entries', 'flow_details'],
  types: {
    'balance_impact.cash': money('cash').notNull().default(0),
    'balance_impact.inbound_pending': money('inbound_pending').notNull().default(0),
    'balance_impact.outbound_pending': money('outbound_pending').notNull().default(0),
  },
  indexes: (t) => [
    index('treasury_transactions_list_idx').on(t.financial_account_id!, t.created!.desc(), t.id!.desc()),
    index('treasury_transactions_posted_idx').on(t.financial_account_id!, t.posted_at!.desc(), t.id!.desc()),
    index('treasury_transactions_flow_idx').on(t.flow!),
  ],
});

export const treasuryTransactionEntries = resourceTable('treasury.transaction_entry', {
  table: 'treasury_transaction_entries',
  columns: {
    financial_account: 'financial_account_id',
    transaction: 'transaction_id',
    'balance_impact.cash': 'cash',
    'balance_impact.inbound_pending': 'inbound_pending',
    'balance_impact.outbound_pending': 'outbound_pending',
  },
  flatten: ['balance_impact'],
  omit: ['flow_details'],
  types: {
    transaction: text('transaction_id')
      .notNull()
      .references(() => (treasuryTransactions as unknown as { id: never }).id),
  },
  indexes: (t) => [
    index('treasury_entries_list_idx').on(t.financial_account_id!, t.created!.desc(), t.id!.desc()),
    index('treasury_entries_effective_idx').on(t.financial_account_id!, t.effective_at!.desc(), t.id!.desc()),
    index('treasury_entries_transaction_idx').on(t.transaction_id!, t.created!.desc(), t.id!.desc()),
  ],
});

/**
 * Current sub-balances per FinancialAccount and currency. Written only by the ledger, in the same
 * database transaction as the entries whose sum it is.
 */
export const treasuryBalances = pgTable(
  'treasury_balances',
  {
    financialAccountId: text('financial_account_id')
      .notNull()
      .references(() => (treasuryFinancialAccounts as unknown as { id: never }).id),
    currency: text('currency').notNull(),
    cash: money('cash').notNull().default(0),
    inboundPending: money('inbound_pending').notNull().default(0),
    outboundPending: money('outbound_pending').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.financialAccountId, t.currency] })],
);
