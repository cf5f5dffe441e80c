import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `issuing.cardholder` (columns from the spec). */
export const issuingCardholders = resourceTable('issuing.cardholder', {
  table: 'issuing_cardholders',
  indexes: (t) => [index('issuing_cardholders_list_idx').on(t.account_id!, t.created!.desc(), t.id!.desc())],
});
