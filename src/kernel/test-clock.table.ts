import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ownedColumns, ts } from '../db/columns.js';

export const TEST_CLOCK_STATUSES = ['advancing', 'internal_failure', 'ready'] as const;
export type TestClockStatus = (typeof TEST_CLOCK_STATUSES)[number];

/**
 * Stripe's `test_helpers.test_clock`, here a simulated "now" for one account's test mode: while a
 * clock exists (deleted_at null; at most one per account), every test-mode command of the account
 * runs at `frozen_time` (kernel/clock.ts) and scheduled transitions wait for the clock to advance.
 */
export const testClocks = pgTable(
  'test_clocks',
  {
    ...ownedColumns(),
    name: text('name'),
    frozenTime: ts('frozen_time').notNull(),
    status: text('status', { enum: TEST_CLOCK_STATUSES }).notNull(),
    /** While advancing: the frozen_time it is advancing to. */
    targetFrozenTime: ts('target_frozen_time'),
    /** Real time the current advance started (a crashed advance is resumable after a while). */
    advanceStartedAt: ts('advance_started_at'),
    deletesAfter: ts('deletes_after').notNull(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    uniqueIndex('test_clocks_one_per_account_idx').on(t.accountId, t.livemode).where(sql`${t.deletedAt} is null`),
    index('test_clocks_list_idx').on(t.accountId, t.livemode, t.created.desc(), t.id.desc()),
  ],
);
