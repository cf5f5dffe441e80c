import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `tax.calculation`: its line items are kept with it (Stripe's list object, `line_items`). */
export const taxCalculations = resourceTable('tax.calculation', {
  table: 'tax_calculations',
  indexes: (t) => [index('tax_calculations_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
