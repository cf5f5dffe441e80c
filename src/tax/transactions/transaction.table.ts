import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of `tax.transaction`: everything (a partial reversal names its line items' and
 * shipping's amounts, or a `flat_amount` spread over them).
 */
export const taxTransactionServe = {
  fields: [
    'created',
    'currency',
    'customer',
    'customer_details',
    'line_items',
    'livemode',
    'metadata',
    'posted_at',
    'reference',
    'reversal',
    'ship_from_details',
    'shipping_cost',
    'tax_date',
    'type',
  ],
  params: { createReversal: ['flat_amount', 'line_items', 'metadata', 'mode', 'original_transaction', 'reference', 'shipping_cost'] },
};

/** Storage of `tax.transaction`: line items kept with it; the reversed transaction in a column (reversals sum against it). */
export const taxTransactions = resourceTable('tax.transaction', {
  table: 'tax_transactions',
  serve: taxTransactionServe,
  flatten: ['reversal'],
  indexes: (t) => [
    index('tax_transactions_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('tax_transactions_reference_idx').on(t.account_id!, t.livemode!, t.reference!),
    index('tax_transactions_reversal_idx').on(t.reversal_original_transaction!),
  ],
});
