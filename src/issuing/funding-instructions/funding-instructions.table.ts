import { text, uniqueIndex } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `funding_instructions` (Issuing): one row per account, mode and currency (Stripe answers the same instructions each time). */
export const issuingFundingInstructions = resourceTable('funding_instructions', {
  table: 'issuing_funding_instructions',
  internal: {
    /** The bank transfer type, kept apart for the one-per-currency rule. */
    bank_transfer_type: text('bank_transfer_type').notNull(),
  },
  indexes: (t) => [uniqueIndex('issuing_funding_instructions_currency_idx').on(t.account_id!, t.livemode!, t.currency!)],
});
