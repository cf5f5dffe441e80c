import { bigint, boolean, text, timestamp } from 'drizzle-orm/pg-core';

/** Columns every tenant-owned row carries: its Stripe-style id, owner account, mode and creation time. */
export const ownedColumns = () => ({
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull(),
  livemode: boolean('livemode').notNull(),
  // Millisecond precision so keyset cursors (built from JS Dates) compare exactly.
  created: timestamp('created', { withTimezone: true, precision: 3 }).notNull(),
});

export const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
export const money = (name: string) => bigint(name, { mode: 'number' });
