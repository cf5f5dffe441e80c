import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { treasuryFinancialAccounts } from '../treasury/financial-accounts/financial-account.table.js';
import { money, ownedColumns, ts } from '../db/columns.js';

export const FLOW_TYPES = [
  'credit_reversal', 'debit_reversal', 'inbound_transfer', 'issuing_authorization', 'other',
  'outbound_payment', 'outbound_transfer', 'received_credit', 'received_debit',
] as const;
export type FlowType = (typeof FLOW_TYPES)[number];

export const ENTRY_TYPES = [
  'credit_reversal', 'credit_reversal_posting', 'debit_reversal', 'inbound_transfer', 'inbound_transfer_return',
  'issuing_authorization_hold', 'issuing_authorization_release', 'other',
  'outbound_payment', 'outbound_payment_cancellation', 'outbound_payment_failure', 'outbound_payment_posting', 'outbound_payment_return',
  'outbound_transfer', 'outbound_transfer_cancellation', 'outbound_transfer_failure', 'outbound_transfer_posting', 'outbound_transfer_return',
  'received_credit', 'received_debit',
] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** A Treasury Transaction: one balance change of one FinancialAccount, made of entries. */
export const treasuryTransactions = pgTable(
  'treasury_transactions',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    flow: text('flow'),
    flowType: text('flow_type', { enum: FLOW_TYPES }).notNull(),
    status: text('status', { enum: ['open', 'posted', 'void'] }).notNull(),
    postedAt: ts('posted_at'),
    voidAt: ts('void_at'),
    // balance_impact: kept equal to the sum of the entries by the ledger (and checked by tests).
    cash: money('cash').notNull().default(0),
    inboundPending: money('inbound_pending').notNull().default(0),
    outboundPending: money('outbound_pending').notNull().default(0),
  },
  (t) => [
    index('treasury_transactions_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    index('treasury_transactions_posted_idx').on(t.financialAccountId, t.postedAt.desc(), t.id.desc()),
    index('treasury_transactions_flow_idx').on(t.flow),
  ],
);

export const treasuryTransactionEntries = pgTable(
  'treasury_transaction_entries',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    transactionId: text('transaction_id')
      .notNull()
      .references(() => treasuryTransactions.id),
    currency: text('currency').notNull(),
    type: text('type', { enum: ENTRY_TYPES }).notNull(),
    effectiveAt: ts('effective_at').notNull(),
    flow: text('flow'),
    flowType: text('flow_type', { enum: FLOW_TYPES }).notNull(),
    cash: money('cash').notNull(),
    inboundPending: money('inbound_pending').notNull(),
    outboundPending: money('outbound_pending').notNull(),
  },
  (t) => [
    index('treasury_entries_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    index('treasury_entries_effective_idx').on(t.financialAccountId, t.effectiveAt.desc(), t.id.desc()),
    index('treasury_entries_transaction_idx').on(t.transactionId, t.created.desc(), t.id.desc()),
  ],
);

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
