import { bigint, boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from '../db/columns.js';

export const accounts = pgTable('accounts', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  // Per-account event sequence: bumped (and its row locked) by the event writer, so event order
  // within an account equals commit order; subscriptions resume from it without gaps.
  eventSeq: bigint('event_seq', { mode: 'number' }).notNull().default(0),
  created: ts('created').notNull(),
});

export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    livemode: boolean('livemode').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    last4: text('last4').notNull(),
    created: ts('created').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('api_keys_account_idx').on(t.accountId)],
);
