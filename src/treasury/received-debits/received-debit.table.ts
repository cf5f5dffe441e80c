import { index, jsonb, text } from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns.js';
import { resourceTable } from '../../layer/storage.js';
import { accountTimeOf } from '../received-credits/received-credit.table.js';

/** Storage of `treasury.received_debit` (columns from the spec; names kept from the first release). */
export const treasuryReceivedDebits = resourceTable('treasury.received_debit', {
  table: 'treasury_received_debits',
  columns: {
    financial_account: 'financial_account_id',
    initiating_payment_method_details: 'initiating_details',
    transaction: 'transaction_id',
    'linked_flows.debit_reversal': 'debit_reversal_id',
    'linked_flows.inbound_transfer': 'inbound_transfer_id',
    'linked_flows.issuing_authorization': 'issuing_authorization',
    'linked_flows.issuing_transaction': 'issuing_transaction',
    'linked_flows.payout': 'payout',
    'linked_flows.topup': 'topup',
  },
  flatten: ['linked_flows'],
  // Derived when read (reversal_details from the rules and the deadline).
  omit: ['hosted_regulatory_receipt_url', 'reversal_details'],
  types: {
    financial_account: text('financial_account_id').notNull(),
    // Always known here: the network reports who pulled the money.
    initiating_payment_method_details: jsonb('initiating_details').notNull(),
  },
  internal: {
    /** reversal_details.deadline (ACH debits only). */
    reversal_deadline: ts('reversal_deadline'),
  },
  extras: { account_time: accountTimeOf('treasury_received_debits') },
  indexes: (t) => [
    index('treasury_received_debits_list_idx').on(t.financial_account_id!, t.created!.desc(), t.id!.desc()),
    index('treasury_received_debits_status_idx').on(t.financial_account_id!, t.status!, t.created!.desc()),
  ],
});
