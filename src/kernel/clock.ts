import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { query } from '../db/sql.js';
import type { Scope } from './scope.js';

/** The one source of real "now" for writes. */
export const clock = {
  now: (): Date => new Date(),
};

/**
 * "Now" for a command of `scope`: real time, except in test mode while the account has a test clock,
 * when it is the clock's frozen time (Stripe's test clocks; src/test-helpers/test-clocks). Costs one
 * indexed read per test-mode command (a hot-path template: src/db/sql.ts). Drivers answer timestamptz
 * as text (src/db/sql.ts), which is what Drizzle's own decoding hands to `new Date`.
 */
export async function commandNow(tx: Executor, scope: Scope): Promise<Date> {
  if (scope.livemode) return clock.now();
  const read = scope.clockRead;
  if (read && !read.taken) {
    read.taken = true;
    if (performance.now() - read.readAt < 1000) return read.frozen ?? clock.now();
  }
  const [row] = await query(
    tx,
    sql`select frozen_time from test_clocks where account_id = ${scope.accountId} and livemode = false and deleted_at is null limit 1`,
  );
  return row ? new Date(row.frozen_time as string) : clock.now();
}

/** Stripe's timestamps are Unix seconds. */
export const unix = (d: Date): number => Math.floor(d.getTime() / 1000);
export const unixOrNull = (d: Date | null | undefined): number | null => (d ? unix(d) : null);
