import { boolean, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { money, ownedColumns, ts } from '../../db/columns.js';

export const INBOUND_TRANSFER_STATUSES = ['processing', 'succeeded', 'failed', 'canceled'] as const;
export type InboundTransferStatus = (typeof INBOUND_TRANSFER_STATUSES)[number];

export const treasuryInboundTransfers = pgTable(
  'treasury_inbound_transfers',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    description: text('description'),
    originPaymentMethodId: text('origin_payment_method_id'),
    // Snapshot of Stripe's origin_payment_method_details at creation (the PM may change later).
    originDetails: jsonb('origin_details').$type<Record<string, unknown>>(),
    statementDescriptor: text('statement_descriptor').notNull(),
    status: text('status', { enum: INBOUND_TRANSFER_STATUSES }).notNull(),
    succeededAt: ts('succeeded_at'),
    failedAt: ts('failed_at'),
    canceledAt: ts('canceled_at'),
    failureCode: text('failure_code'),
    returned: boolean('returned').notNull().default(false),
    // linked_flows.received_debit: the ReceivedDebit that returned the funds (reserved id until ReceivedDebits exist).
    receivedDebitId: text('received_debit_id'),
    // The posted Transaction of the return (cash −amount); not a Stripe field, kept to re-point it at the ReceivedDebit.
    returnTransactionId: text('return_transaction_id'),
    // Null while processing, failed or canceled: the Transaction exists only once the funds succeed.
    transactionId: text('transaction_id'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
  },
  (t) => [
    index('treasury_inbound_transfers_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    index('treasury_inbound_transfers_status_idx').on(t.financialAccountId, t.status, t.created.desc()),
  ],
);
