import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { money, ownedColumns, ts } from '../../db/columns.js';

export const OUTBOUND_PAYMENT_STATUSES = ['processing', 'posted', 'canceled', 'failed', 'returned'] as const;
export type OutboundPaymentStatus = (typeof OUTBOUND_PAYMENT_STATUSES)[number];

export const treasuryOutboundPayments = pgTable(
  'treasury_outbound_payments',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    customerId: text('customer_id'),
    description: text('description'),
    destinationPaymentMethodId: text('destination_payment_method_id'),
    // Set when the payment goes to another FinancialAccount of the same account (network stripe).
    destinationFinancialAccountId: text('destination_financial_account_id'),
    // Snapshot of Stripe's destination_payment_method_details at creation (the PM may change later).
    destinationDetails: jsonb('destination_details').$type<Record<string, unknown>>().notNull(),
    endUserDetails: jsonb('end_user_details').$type<{ ip_address: string | null; present: boolean }>().notNull(),
    network: text('network', { enum: ['ach', 'us_domestic_wire', 'stripe'] }).notNull(),
    statementDescriptor: text('statement_descriptor').notNull(),
    status: text('status', { enum: OUTBOUND_PAYMENT_STATUSES }).notNull(),
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
    index('treasury_outbound_payments_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    index('treasury_outbound_payments_status_idx').on(t.financialAccountId, t.status, t.created.desc()),
    index('treasury_outbound_payments_customer_idx').on(t.financialAccountId, t.customerId, t.created.desc()),
  ],
);
