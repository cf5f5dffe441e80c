import { boolean, index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `treasury.inbound_transfer` (columns from the spec; names kept from the first release). */
export const treasuryInboundTransfers = resourceTable('treasury.inbound_transfer', {
  table: 'treasury_inbound_transfers',
  columns: {
    financial_account: 'financial_account_id',
    origin_payment_method: 'origin_payment_method_id',
    // A snapshot of the PaymentMethod at creation (it may change later).
    origin_payment_method_details: 'origin_details',
    transaction: 'transaction_id',
    'failure_details.code': 'failure_code',
    'linked_flows.received_debit': 'received_debit_id',
    'status_transitions.canceled_at': 'canceled_at',
    'status_transitions.failed_at': 'failed_at',
    'status_transitions.succeeded_at': 'succeeded_at',
  },
  flatten: ['failure_details', 'linked_flows', 'status_transitions'],
  omit: ['cancelable', 'hosted_regulatory_receipt_url'],
  types: {
    returned: boolean('returned').notNull().default(false),
  },
  internal: {
    /** The posted Transaction of a return (its ReceivedDebit's, cash −amount): not a Stripe field, kept to check the link. */
    return_transaction_id: text('return_transaction_id'),
  },
  indexes: (t) => [
    index('treasury_inbound_transfers_list_idx').on(t.financial_account_id!, t.created!.desc(), t.id!.desc()),
    index('treasury_inbound_transfers_status_idx').on(t.financial_account_id!, t.status!, t.created!.desc()),
  ],
});
