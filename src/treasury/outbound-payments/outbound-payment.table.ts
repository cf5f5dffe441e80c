import { index, jsonb, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';
import { accountTimeOf } from '../received-credits/received-credit.table.js';

/** Storage of `treasury.outbound_payment` (columns from the spec; names kept from the first release). */
export const treasuryOutboundPayments = resourceTable('treasury.outbound_payment', {
  table: 'treasury_outbound_payments',
  columns: {
    financial_account: 'financial_account_id',
    customer: 'customer_id',
    destination_payment_method: 'destination_payment_method_id',
    destination_payment_method_details: 'destination_details',
    transaction: 'transaction_id',
    'status_transitions.posted_at': 'posted_at',
    'status_transitions.failed_at': 'failed_at',
    'status_transitions.canceled_at': 'canceled_at',
    'status_transitions.returned_at': 'returned_at',
    'returned_details.code': 'returned_code',
    'returned_details.transaction': 'return_transaction_id',
  },
  flatten: ['status_transitions', 'returned_details'],
  omit: ['cancelable', 'hosted_regulatory_receipt_url'],
  // Always written at create (the spec allows null; the first release's columns are NOT NULL).
  types: {
    destination_payment_method_details: jsonb('destination_details').notNull(),
    end_user_details: jsonb('end_user_details').notNull(),
  },
  internal: {
    /** The rails the payment uses (ach, us_domestic_wire, stripe): arrival dates, descriptors, tracking. */
    network: text('network').notNull(),
    /** Set when the payment goes to another FinancialAccount of the same account (network stripe). */
    destination_financial_account: text('destination_financial_account_id'),
  },
  // The account's time, read with the row: `cancelable` turns false at the submission cutoff of the clock's time.
  extras: { account_time: accountTimeOf('treasury_outbound_payments') },
  indexes: (t) => [
    index('treasury_outbound_payments_list_idx').on(t.financial_account_id!, t.created!.desc(), t.id!.desc()),
    index('treasury_outbound_payments_status_idx').on(t.financial_account_id!, t.status!, t.created!.desc()),
    index('treasury_outbound_payments_customer_idx').on(t.financial_account_id!, t.customer_id!, t.created!.desc()),
  ],
});
