import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../src/db/client.js';
import { events } from '../../src/events/event.table.js';
import { idempotencyKeys } from '../../src/kernel/idempotency.table.js';
import { treasuryFinancialAccounts } from '../../src/treasury/financial-accounts/financial-account.table.js';
import { treasuryBalances } from '../../src/ledger/ledger.table.js';

async function countRows(db: Db, table: PgTable, where?: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return Number(row!.n);
}

/** Row counts of every table a FinancialAccount command writes (all accounts): "nothing was written" checks. */
export async function tableCounts(db: Db) {
  return {
    financialAccounts: await countRows(db, treasuryFinancialAccounts),
    balances: await countRows(db, treasuryBalances),
    events: await countRows(db, events),
    idempotencyKeys: await countRows(db, idempotencyKeys),
  };
}

/** FinancialAccounts and events of one account (both modes unless `livemode` is given). */
export async function accountCounts(db: Db, accountId: string, livemode?: boolean) {
  const fa = treasuryFinancialAccounts;
  return {
    financialAccounts: await countRows(db, fa, and(sql`account_id = ${accountId}`, livemode === undefined ? undefined : sql`livemode = ${livemode}`)),
    events: await countRows(db, events, and(eq(events.accountId, accountId), livemode === undefined ? undefined : eq(events.livemode, livemode))),
  };
}

/** Events about one object, by type. */
export async function eventsOf(db: Db, objectId: string, type?: string) {
  return countRows(db, events, and(eq(events.objectId, objectId), type ? eq(events.type, type) : undefined));
}
