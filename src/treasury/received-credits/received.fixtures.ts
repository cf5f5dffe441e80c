import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { events } from '../../events/event.table.js';
import { idempotencyKeys } from '../../kernel/idempotency.table.js';
import { scheduledTransitions } from '../../layer/scheduled-transition.table.js';
import { treasuryTransactionEntries, treasuryTransactions } from '../../ledger/ledger.table.js';
import { treasuryCreditReversals } from '../credit-reversals/credit-reversal.table.js';
import { treasuryDebitReversals } from '../debit-reversals/debit-reversal.table.js';
import { runCommand } from '../../kernel/command.js';
import type { TestApp } from '../../../test/support/harness.js';
import { lockFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { receiveDebit, type ReceiveDebitParams } from '../received-debits/received-debit.resource.js';
import { treasuryReceivedDebits } from '../received-debits/received-debit.table.js';
import { NO_ADDRESS } from './initiating-details.js';
import { receiveCredit, type ReceiveCreditParams } from './received-credit.resource.js';
import { treasuryReceivedCredits } from './received-credit.table.js';

/**
 * Waits until every real-time scheduled step has run (a reversal's post or resolution runs on the job
 * queue shortly after its create), so counts and balances are not read in the middle of one. Steps
 * bound to a test clock wait for their clock and are not waited for.
 */
export async function settleScheduled(db: Db, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  const pending = async () =>
    Number(
      (
        await db
          .select({ n: count() })
          .from(scheduledTransitions)
          .where(and(isNull(scheduledTransitions.doneAt), isNull(scheduledTransitions.testClockId)))
      )[0]!.n,
    );
  while ((await pending()) > 0) {
    if (Date.now() > until) throw new Error('scheduled transitions still pending');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Row counts of every table the received flows and reversals write (once scheduled steps have run): "nothing was written" checks in their tests. */
export async function receivedFlowCounts(db: Db) {
  await settleScheduled(db);
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

const scopeOf = (t: TestApp) => ({ accountId: t.account.accountId, livemode: false });

/** A credit another flow reports (receiveCredit inside a command), e.g. over the `stripe` network, which the test helper does not take. */
export function receiveCreditForTest(t: TestApp, financialAccount: string, p: Partial<ReceiveCreditParams> = {}) {
  const scope = scopeOf(t);
  return runCommand(t.database.db, scope, { operation: 'test.receive', input: {}, requestId: 'req_test' }, async (cmd) =>
    receiveCredit(cmd, (await lockFinancialAccount(cmd.tx, scope, financialAccount))!, {
      amount: 1000,
      currency: 'usd',
      network: 'stripe',
      description: 'Stripe Test',
      initiatingPaymentMethodDetails: STRIPE_BALANCE,
      ...p,
    }),
  );
}

/** A debit another flow reports (receiveDebit inside a command), e.g. over the `stripe` network, which the test helper does not take. */
export function receiveDebitForTest(t: TestApp, financialAccount: string, p: Partial<ReceiveDebitParams> = {}) {
  const scope = scopeOf(t);
  return runCommand(t.database.db, scope, { operation: 'test.pull', input: {}, requestId: 'req_test' }, async (cmd) =>
    receiveDebit(cmd, (await lockFinancialAccount(cmd.tx, scope, financialAccount))!, {
      amount: 1000,
      currency: 'usd',
      network: 'stripe',
      description: 'Stripe Test',
      initiatingPaymentMethodDetails: STRIPE_BALANCE,
      ...p,
    }),
  );
}

/** A `stripe` network sender that is not a FinancialAccount (Stripe's initiating type `stripe`). */
const STRIPE_BALANCE = { type: 'stripe', billing_details: { address: NO_ADDRESS, email: null, name: null } } as const;
