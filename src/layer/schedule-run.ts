import { and, asc, eq, isNull, lt, lte } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../db/client.js';
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
 * `flowType` names the handler. Such work may take seconds (a query in a sandbox), so it never holds a
 * database transaction: a job run claims the step with a lease (`leased_until`, committed), runs the
 * handler outside any transaction, and the handler's final transaction locks the step again, commits
 * its result only if the step is not done yet, and marks it done (finishDetached). At least once, done
 * once: a run that throws releases its lease and the job is retried; a process that dies mid-run leaves
 * its lease to expire, and the job (retried by the queue after its expiry) takes the step over. Two runs
 * may then overlap (the first was only slow): the first to finish commits, the other's result is
 * dropped.
 */
export type DetachedWork = (db: Db, row: ScheduledTransitionRow) => Promise<void>;
export interface DetachedDecl {
  work: DetachedWork;
  /** How long a claim owns the step: longer than a run can take. */
  leaseMs: () => number;
}
const detached = new Map<string, DetachedDecl>();
export function registerScheduledWork(object: string, work: DetachedWork, leaseMs: () => number) {
  detached.set(object, { work, leaseMs });
}

/** An earlier run of the job holds the step's lease (it may still be running): the queue retries the job later. */
export class LeaseHeld extends Error {
  constructor(readonly until: Date) {
    super(`an earlier run of this job holds its step until ${until.toISOString()}`);
  }
}

/**
 * The handler's last word, inside its final transaction: locks the step and answers whether this run
 * commits its result (false: another run already did); when true, the step is marked done in the same
 * transaction as the result.
 */
export async function finishDetached(tx: Executor, stepId: string): Promise<boolean> {
  const [row] = await (tx as Tx).select().from(scheduledTransitions).where(eq(scheduledTransitions.id, stepId)).for('update');
  if (!row || row.doneAt) return false;
  await (tx as Tx).update(scheduledTransitions).set({ doneAt: clock.now(), outcome: 'ok', leasedUntil: null }).where(eq(scheduledTransitions.id, stepId));
  return true;
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
    await work.work(tx as unknown as Db, row);
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
    const decl = row && detached.get(row.flowType);
    if (!row || !decl) return null;
    if (row.doneAt || row.testClockId) return 'skip' as const;
    const now = clock.now();
    if (row.leasedUntil && row.leasedUntil > now) throw new LeaseHeld(row.leasedUntil);
    const leasedUntil = new Date(now.getTime() + decl.leaseMs());
    // A lease past means the run that held it died (or is still running, slower than its lease): take over.
    const outcome = row.leasedUntil ? 'retried' : 'running';
    await tx.update(scheduledTransitions).set({ leasedUntil, outcome }).where(eq(scheduledTransitions.id, row.id));
    return { row: { ...row, leasedUntil, outcome }, decl };
  });
  if (claimed === 'skip') return null;
  if (claimed) {
    try {
      await claimed.decl.work(db, claimed.row);
    } catch (err) {
      // This run failed before its result committed: release the lease so the job's retry runs at once.
      await db
        .update(scheduledTransitions)
        .set({ leasedUntil: null })
        .where(
          and(eq(scheduledTransitions.id, claimed.row.id), isNull(scheduledTransitions.doneAt), eq(scheduledTransitions.leasedUntil, claimed.row.leasedUntil)),
        )
        .catch(() => {});
      throw err;
    }
    return 'ok';
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
