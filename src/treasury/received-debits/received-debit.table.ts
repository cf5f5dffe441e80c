import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { money, ownedColumns, ts } from '../../db/columns.js';

export const RECEIVED_DEBIT_STATUSES = ['succeeded', 'failed'] as const;
export type ReceivedDebitStatus = (typeof RECEIVED_DEBIT_STATUSES)[number];
export const RECEIVED_DEBIT_FAILURE_CODES = ['account_closed', 'account_frozen', 'insufficient_funds', 'international_transaction', 'other'] as const;
export type ReceivedDebitFailureCode = (typeof RECEIVED_DEBIT_FAILURE_CODES)[number];
export const RECEIVED_DEBIT_NETWORKS = ['ach', 'card', 'stripe'] as const;
export type ReceivedDebitNetwork = (typeof RECEIVED_DEBIT_NETWORKS)[number];

export const treasuryReceivedDebits = pgTable(
  'treasury_received_debits',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: RECEIVED_DEBIT_STATUSES }).notNull(),
    failureCode: text('failure_code', { enum: RECEIVED_DEBIT_FAILURE_CODES }),
    network: text('network', { enum: RECEIVED_DEBIT_NETWORKS }).notNull(),
    initiatingDetails: jsonb('initiating_details').$type<Record<string, unknown>>().notNull(),
    reversalDeadline: ts('reversal_deadline'),
    // linked_flows
    debitReversalId: text('debit_reversal_id'),
    inboundTransferId: text('inbound_transfer_id'),
    issuingAuthorization: text('issuing_authorization'),
    issuingTransaction: text('issuing_transaction'),
    payout: text('payout'),
    topup: text('topup'),
    // Null when the debit failed.
    transactionId: text('transaction_id'),
  },
  (t) => [
    index('treasury_received_debits_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    index('treasury_received_debits_status_idx').on(t.financialAccountId, t.status, t.created.desc()),
  ],
);
