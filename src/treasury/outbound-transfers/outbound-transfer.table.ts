import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { money, ownedColumns, ts } from '../../db/columns.js';

export const OUTBOUND_TRANSFER_STATUSES = ['processing', 'posted', 'canceled', 'failed', 'returned'] as const;
export type OutboundTransferStatus = (typeof OUTBOUND_TRANSFER_STATUSES)[number];

export const treasuryOutboundTransfers = pgTable(
  'treasury_outbound_transfers',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    description: text('description'),
    destinationPaymentMethodId: text('destination_payment_method_id'),
    // Snapshot of Stripe's destination_payment_method_details at creation (the PM may change later).
    destinationDetails: jsonb('destination_details').$type<Record<string, unknown>>().notNull(),
    network: text('network', { enum: ['ach', 'us_domestic_wire', 'stripe'] }).notNull(),
    statementDescriptor: text('statement_descriptor').notNull(),
    status: text('status', { enum: OUTBOUND_TRANSFER_STATUSES }).notNull(),
    expectedArrivalDate: ts('expected_arrival_date').notNull(),
    postedAt: ts('posted_at'),
    failedAt: ts('failed_at'),
    canceledAt: ts('canceled_at'),
    returnedAt: ts('returned_at'),
    returnedCode: text('returned_code'),
    returnTransactionId: text('return_transaction_id'),
    trackingDetails: jsonb('tracking_details').$type<Record<string, unknown>>(),
    transactionId: text('transaction_id').notNull(),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
  },
  (t) => [
    index('treasury_outbound_transfers_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    index('treasury_outbound_transfers_status_idx').on(t.financialAccountId, t.status, t.created.desc()),
  ],
);
