import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import type { Scope } from './command.js';
import { testClocks } from './test-clock.table.js';

/** The one source of real "now" for writes. */
export const clock = {
  now: (): Date => new Date(),
};

/**
 * "Now" for a command of `scope`: real time, except in test mode while the account has a test clock,
 * when it is the clock's frozen time (Stripe's test clocks; src/treasury/test-mode). Costs one indexed
 * read per test-mode command.
 */
export async function commandNow(tx: Executor, scope: Scope): Promise<Date> {
  if (scope.livemode) return clock.now();
  const [row] = await tx
    .select({ frozenTime: testClocks.frozenTime })
    .from(testClocks)
    .where(and(eq(testClocks.accountId, scope.accountId), eq(testClocks.livemode, false), isNull(testClocks.deletedAt)))
    .limit(1);
  return row ? row.frozenTime : clock.now();
}

/** Stripe's timestamps are Unix seconds. */
export const unix = (d: Date): number => Math.floor(d.getTime() / 1000);
export const unixOrNull = (d: Date | null | undefined): number | null => (d ? unix(d) : null);
