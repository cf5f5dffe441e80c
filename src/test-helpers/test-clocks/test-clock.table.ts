import { sql } from 'drizzle-orm';
import { index, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Storage of `test_helpers.test_clock`, here a simulated "now" for one account's test mode: while a
 * clock exists (deleted_at null; at most one per account), every test-mode command of the account
 * runs at `frozen_time` (src/kernel/clock.ts reads it by name) and scheduled transitions wait for the
 * clock to advance. Column names kept from the first release.
 */
export const testHelpersTestClocks = resourceTable('test_helpers.test_clock', {
  table: 'test_clocks',
  // Derived when read, from the target below.
  omit: ['status_details'],
  internal: {
    /** While advancing: the frozen_time it is advancing to. */
    target_frozen_time: ts('target_frozen_time'),
    /** Real time the current advance started (a crashed advance is resumable after a while). */
    advance_started_at: ts('advance_started_at'),
    deleted_at: ts('deleted_at'),
  },
  softDelete: 'deleted_at',
  indexes: (t) => [
    uniqueIndex('test_clocks_one_per_account_idx').on(t.account_id!, t.livemode!).where(sql`${t.deleted_at!} is null`),
    index('test_clocks_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
  ],
});
