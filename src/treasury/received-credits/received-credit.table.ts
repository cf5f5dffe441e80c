import { sql } from 'drizzle-orm';
import { index, text } from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns.js';
import { resourceTable } from '../../layer/storage.js';

/**
 * The account's time when a row of `table` is read: its test clock's frozen time (Unix seconds), or
 * null (live mode, no clock: real time applies). Read with the row, so a read sees a reversal deadline
 * pass exactly when a command does (commands run at the clock's time: kernel/clock.ts).
 */
export const accountTimeOf = (table: string) =>
  sql.raw(
    `(select extract(epoch from c.frozen_time)::float8 from test_clocks c where c.account_id = ${table}.account_id and c.livemode = false and not ${table}.livemode and c.deleted_at is null)`,
  );

/** Storage of `treasury.received_credit` (columns from the spec; names kept from the first release). */
export const treasuryReceivedCredits = resourceTable('treasury.received_credit', {
  table: 'treasury_received_credits',
  columns: {
    financial_account: 'financial_account_id',
    initiating_payment_method_details: 'initiating_details',
    transaction: 'transaction_id',
    'linked_flows.credit_reversal': 'credit_reversal_id',
    'linked_flows.issuing_authorization': 'issuing_authorization',
    'linked_flows.issuing_transaction': 'issuing_transaction',
    'linked_flows.source_flow': 'source_flow',
    'linked_flows.source_flow_type': 'source_flow_type',
  },
  flatten: ['linked_flows'],
  // Derived when read: the source flow's details from source_flow, reversal_details from the rules and the deadline.
  omit: ['hosted_regulatory_receipt_url', 'reversal_details', 'linked_flows.source_flow_details'],
  types: { financial_account: text('financial_account_id').notNull() },
  internal: {
    /** reversal_details.deadline (ACH credits only); the restricted reason is derived when read. */
    reversal_deadline: ts('reversal_deadline'),
  },
  extras: { account_time: accountTimeOf('treasury_received_credits') },
  indexes: (t) => [
    index('treasury_received_credits_list_idx').on(t.financial_account_id!, t.created!.desc(), t.id!.desc()),
    index('treasury_received_credits_status_idx').on(t.financial_account_id!, t.status!, t.created!.desc()),
    index('treasury_received_credits_source_flow_idx').on(t.source_flow!),
  ],
});
