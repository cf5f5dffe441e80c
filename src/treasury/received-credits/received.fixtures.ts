import { asc, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { events } from '../../events/event.table.js';
import { idempotencyKeys } from '../../kernel/idempotency.table.js';
import { treasuryTransactionEntries, treasuryTransactions } from '../../ledger/ledger.table.js';
import { treasuryCreditReversals } from '../credit-reversals/credit-reversal.table.js';
import { treasuryDebitReversals } from '../debit-reversals/debit-reversal.table.js';
import { treasuryReceivedDebits } from '../received-debits/received-debit.table.js';
import { treasuryReceivedCredits } from './received-credit.table.js';

/** Row counts of every table the received flows and reversals write: "nothing was written" checks in their tests. */
export async function receivedFlowCounts(db: Db) {
  const n = async (table: PgTable) => Number((await db.select({ n: count() }).from(table))[0]!.n);
  return {
    receivedCredits: await n(treasuryReceivedCredits),
    receivedDebits: await n(treasuryReceivedDebits),
    creditReversals: await n(treasuryCreditReversals),
    debitReversals: await n(treasuryDebitReversals),
    transactions: await n(treasuryTransactions),
    entries: await n(treasuryTransactionEntries),
    events: await n(events),
    idempotencyKeys: await n(idempotencyKeys),
  };
}

/** Types of the events about one object, in commit (sequence) order. */
export async function eventTypesOf(db: Db, objectId: string): Promise<string[]> {
  const rows = await db.select({ type: events.type }).from(events).where(eq(events.objectId, objectId)).orderBy(asc(events.seq));
  return rows.map((r) => r.type);
}
