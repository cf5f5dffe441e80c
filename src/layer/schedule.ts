import { and, eq, isNull, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { TEST_MODE_DEFAULTS, type TestModeConfig } from '../config.js';
import type { Executor } from '../db/client.js';
import { query } from '../db/sql.js';
import { notifyAtCommit } from '../db/tx.js';
import { executorDb } from '../events/webhooks/webhook.queue.js';
import { clock } from '../kernel/clock.js';
import type { CommandContext, Scope } from '../kernel/command.js';
import { newId } from '../kernel/ids.js';
import type { ScheduledStep } from './resource.js';
import { scheduledTransitions } from './scheduled-transition.table.js';

/**
 * Follow-ups that actions schedule (test-mode automation), recorded in the action's own transaction:
 * a `scheduled_transitions` row per step and, without a test clock, a pg-boss job that runs it in real
 * time (src/layer/schedule-run.ts). With a test clock, advancing the clock runs the steps due, in
 * clock time.
 */
export type ScheduledTransitionRow = typeof scheduledTransitions.$inferSelect;

/** pg-boss queue of scheduled transitions (real time; clock-bound ones wait for the clock). */
export const TRANSITION_QUEUE = 'fingraph-test-mode-transitions';
/** NOTIFY channel carrying a newly scheduled transition's due time (ms), so workers wake on time. */
export const TRANSITIONS_CHANNEL = 'fingraph_test_mode';
export interface TransitionJob {
  transition: string;
}

let settings: TestModeConfig = { ...TEST_MODE_DEFAULTS };
/** Set by createApp from the configuration (tests may shorten the delays). */
export function configureTestMode(config: Partial<TestModeConfig>) {
  settings = { ...settings, ...config };
}
export const testModeSettings = () => settings;

/** Sends jobs over a caller's transaction only (never connects by itself), like the webhook producer. */
const producer = new PgBoss({
  db: { executeSql: () => Promise.reject(new Error('transition jobs are sent on a transaction (pass db)')) },
  schedule: false,
  supervise: false,
  migrate: false,
});

export async function sendTransitionJob(tx: Executor, transition: string, startAfter: Date) {
  const id = await producer.send(TRANSITION_QUEUE, { transition } satisfies TransitionJob, { db: executorDb(tx), startAfter });
  if (!id) throw new Error('The test-mode transition queue is not installed: start the server once on this database.');
  await notifyAtCommit(tx, TRANSITIONS_CHANNEL, String(startAfter.getTime()));
}

/** The account's test clock (test mode; at most one at a time, src/test-helpers/test-clocks), or null. */
export async function activeClock(tx: Executor, scope: Scope): Promise<{ id: string } | null> {
  const [row] = await query(tx, sql`select id from test_clocks where account_id = ${scope.accountId} and livemode = false and deleted_at is null limit 1`);
  return row ? { id: String(row.id) } : null;
}

/**
 * Records an object's follow-up steps (in the order given) in the current transaction, so they exist
 * if and only if the action that planned them commits.
 */
export async function scheduleSteps(cmd: CommandContext, object: string, id: string, steps: readonly ScheduledStep[]) {
  if (steps.length === 0) return;
  const testClock = cmd.scope.livemode ? null : await activeClock(cmd.tx, cmd.scope);
  const realNow = clock.now();
  const [{ n: already } = { n: 0 }] = await cmd.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(scheduledTransitions)
    .where(eq(scheduledTransitions.flowId, id));
  for (const [i, step] of steps.entries()) {
    const delay = step.delayMs ?? (step.phase === 'first' ? settings.delayMs : settings.delayMs + settings.returnDelayMs);
    const row: ScheduledTransitionRow = {
      id: newId('sctr'),
      accountId: cmd.scope.accountId,
      livemode: cmd.scope.livemode,
      created: realNow,
      flowType: object,
      flowId: id,
      action: step.action,
      params: step.params ?? {},
      step: Number(already) + i + 1,
      // biome-ignore lint/complexity/useMathMinMax: Dates, not numbers
      runAt: testClock ? (step.at < cmd.now ? cmd.now : step.at) : new Date(realNow.getTime() + delay),
      testClockId: testClock?.id ?? null,
      doneAt: null,
      outcome: null,
      leasedUntil: null,
    };
    await cmd.tx.insert(scheduledTransitions).values(row);
    if (!testClock) await sendTransitionJob(cmd.tx, row.id, row.runAt);
  }
}

/** A new clock takes over the account's pending real-time transitions: each keeps its remaining delay, in clock time. */
export async function attachPendingToClock(tx: Executor, scope: Scope, clockId: string, frozenTime: Date) {
  const realNow = clock.now().getTime();
  await tx
    .update(scheduledTransitions)
    .set({
      testClockId: clockId,
      runAt: sql`${frozenTime.toISOString()}::timestamptz + greatest(${scheduledTransitions.runAt} - ${new Date(realNow).toISOString()}::timestamptz, interval '0')`,
    })
    .where(
      and(
        eq(scheduledTransitions.accountId, scope.accountId),
        eq(scheduledTransitions.livemode, false),
        isNull(scheduledTransitions.doneAt),
        isNull(scheduledTransitions.testClockId),
      ),
    );
}

/**
 * A deleted clock hands its pending transitions back to real time, on the configured delays (a
 * remaining clock delay may be days of simulated time).
 */
export async function detachPendingFromClock(tx: Executor, clockId: string) {
  const pending = await tx
    .select()
    .from(scheduledTransitions)
    .where(and(eq(scheduledTransitions.testClockId, clockId), isNull(scheduledTransitions.doneAt)));
  const realNow = clock.now().getTime();
  for (const row of pending) {
    const runAt = new Date(realNow + settings.delayMs + (row.step > 1 ? settings.returnDelayMs : 0));
    await tx.update(scheduledTransitions).set({ testClockId: null, runAt }).where(eq(scheduledTransitions.id, row.id));
    await sendTransitionJob(tx, row.id, runAt);
  }
}
