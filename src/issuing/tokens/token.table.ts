import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `issuing.token` (columns from the spec; the card as its id). */
export const issuingTokens = resourceTable('issuing.token', {
  table: 'issuing_tokens',
  columns: { card: 'card_id' },
  types: { card: text('card_id').notNull() },
  indexes: (t) => [index('issuing_tokens_card_idx').on(t.card_id!, t.created!.desc(), t.id!.desc())],
});
