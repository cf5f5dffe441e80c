import { and, asc, eq, isNull, lt, lte } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { withTx } from '../db/tx.js';
import { clock } from '../kernel/clock.js';
import { StripeError } from '../kernel/errors.js';
import { runAction } from './actions.js';
import { resourceOf, type Caller } from './resource.js';

export type { Caller };
import type { ScheduledTransitionRow } from './schedule.js';
import { scheduledTransitions } from './scheduled-transition.table.js';

/**
 * Runs scheduled transitions through their resource's declared action (the same path as its mutation
 * or test helper): no switch on object types, the registry dispatches.
 */

/**
 * Scheduled work on objects that are not resources (a Sigma scheduled query's runs): the step's
 * `flowType` names the handler. The job claims the step (done, outcome `started`) and commits, then
 * runs the handler outside that transaction, in transactions of its own: long work (a query in a
 * sandbox) never holds a database transaction or the step's lock. At most once: a crash mid-run
 * loses that run.
 */
export type DetachedWork = (db: Db, row: ScheduledTransitionRow) => Promise<void>;
const detached = new Map<string, DetachedWork>();
export function registerScheduledWork(object: string, work: DetachedWork) {
  detached.set(object, work);
}

/**
 * Runs a locked, not yet done transition inside `tx`: the action runs in a savepoint, so a refusal
 * (the user canceled or a test helper already posted the flow: invalid_state) rolls back only the
 * transition, and the row is marked done with that outcome. Automatic transitions have no request
 * (Stripe's events show `request.id` null).
 */
export async function runLocked(tx: Tx, row: ScheduledTransitionRow): Promise<string> {
  const work = detached.get(row.flowType);
  if (work) {
    // Reached through a test clock's advance (it runs clock-bound steps in its transaction): run here.
    await work(tx as unknown as Db, row);
    await tx.update(scheduledTransitions).set({ doneAt: clock.now(), outcome: 'ok' }).where(eq(scheduledTransitions.id, row.id));
    return 'ok';
  }
  const caller: Caller = { db: tx as unknown as Db, scope: { accountId: row.accountId, livemode: row.livemode }, requestId: null };
  let outcome = 'ok';
  try {
    await runAction(resourceOf(row.flowType), row.action, caller, {
      operation: `scheduled:${row.action}`,
      hashInput: null,
      idempotencyKey: null,
      params: { ...row.params, id: row.flowId },
    });
  } catch (err) {
    if (!(err instanceof StripeError)) throw err;
    outcome = err.code;
  }
  await tx.update(scheduledTransitions).set({ doneAt: clock.now(), outcome }).where(eq(scheduledTransitions.id, row.id));
  return outcome;
}

async function lockTransition(tx: Tx, id: string): Promise<ScheduledTransitionRow | null> {
  const [row] = await tx.select().from(scheduledTransitions).where(eq(scheduledTransitions.id, id)).for('update');
  return row ?? null;
}

/**
 * A job's work: once, in one transaction with the transition itself. A row already done (a duplicate
 * job, a retry after a crash after commit) or now bound to a test clock does nothing.
 */
export async function runScheduledTransition(db: Db, id: string): Promise<string | null> {
  const claimed = await withTx(db, async (tx) => {
    const row = await lockTransition(tx, id);
    if (!row || row.doneAt || row.testClockId || !detached.has(row.flowType)) return null;
    await tx.update(scheduledTransitions).set({ doneAt: clock.now(), outcome: 'started' }).where(eq(scheduledTransitions.id, row.id));
    return row;
  });
  if (claimed) {
    await detached.get(claimed.flowType)!(db, claimed);
    return 'started';
  }
  return withTx(db, async (tx) => {
    const row = await lockTransition(tx, id);
    if (!row || row.doneAt || row.testClockId) return null;
    // An object's steps keep their order even if their jobs are fetched out of order: earlier steps
    // (due no later than this one) run first, here; their own jobs then find them done.
    const earlier = await tx
      .select({ id: scheduledTransitions.id })
      .from(scheduledTransitions)
      .where(and(eq(scheduledTransitions.flowId, row.flowId), isNull(scheduledTransitions.doneAt), lt(scheduledTransitions.step, row.step)))
      .orderBy(asc(scheduledTransitions.step));
    for (const { id: earlierId } of earlier) {
      const step = await lockTransition(tx, earlierId);
      if (step && !step.doneAt) await runLocked(tx, step);
    }
    return runLocked(tx, row);
  });
}

/**
 * The next transition due on a clock at or before `until`, locked, in time order (then creation and
 * step order, so an object's steps keep theirs). Runs inside the advance's per-transition transaction.
 */
export async function nextClockTransition(tx: Tx, clockId: string, until: Date): Promise<ScheduledTransitionRow | null> {
  const [row] = await tx
    .select()
    .from(scheduledTransitions)
    .where(and(eq(scheduledTransitions.testClockId, clockId), isNull(scheduledTransitions.doneAt), lte(scheduledTransitions.runAt, until)))
    .orderBy(asc(scheduledTransitions.runAt), asc(scheduledTransitions.created), asc(scheduledTransitions.step), asc(scheduledTransitions.id))
    .limit(1)
    .for('update');
  return row ?? null;
}
