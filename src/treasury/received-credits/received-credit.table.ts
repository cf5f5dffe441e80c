import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { money, ownedColumns, ts } from '../../db/columns.js';

export const RECEIVED_CREDIT_STATUSES = ['succeeded', 'failed'] as const;
export type ReceivedCreditStatus = (typeof RECEIVED_CREDIT_STATUSES)[number];
export const RECEIVED_CREDIT_FAILURE_CODES = ['account_closed', 'account_frozen', 'international_transaction', 'other'] as const;
export type ReceivedCreditFailureCode = (typeof RECEIVED_CREDIT_FAILURE_CODES)[number];
export const RECEIVED_CREDIT_NETWORKS = ['ach', 'card', 'rtp', 'stripe', 'us_domestic_wire'] as const;
export type ReceivedCreditNetwork = (typeof RECEIVED_CREDIT_NETWORKS)[number];
/** linked_flows.source_flow_type (and source_flow_details.type). */
export const SOURCE_FLOW_TYPES = ['credit_reversal', 'other', 'outbound_payment', 'outbound_transfer', 'payout'] as const;
export type SourceFlowType = (typeof SOURCE_FLOW_TYPES)[number];

export const treasuryReceivedCredits = pgTable(
  'treasury_received_credits',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: RECEIVED_CREDIT_STATUSES }).notNull(),
    failureCode: text('failure_code', { enum: RECEIVED_CREDIT_FAILURE_CODES }),
    network: text('network', { enum: RECEIVED_CREDIT_NETWORKS }).notNull(),
    // Stripe's initiating_payment_method_details, as sent by the network.
    initiatingDetails: jsonb('initiating_details').$type<Record<string, unknown>>().notNull(),
    // reversal_details.deadline (ACH credits only); the restricted reason is derived when read.
    reversalDeadline: ts('reversal_deadline'),
    // linked_flows
    creditReversalId: text('credit_reversal_id'),
    issuingAuthorization: text('issuing_authorization'),
    issuingTransaction: text('issuing_transaction'),
    sourceFlow: text('source_flow'),
    sourceFlowType: text('source_flow_type', { enum: SOURCE_FLOW_TYPES }),
    // Null when the credit failed: "no Transaction was created".
    transactionId: text('transaction_id'),
  },
  (t) => [
    index('treasury_received_credits_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    index('treasury_received_credits_status_idx').on(t.financialAccountId, t.status, t.created.desc()),
    index('treasury_received_credits_source_flow_idx').on(t.sourceFlow),
  ],
);
