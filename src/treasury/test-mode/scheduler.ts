import { and, asc, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { TEST_MODE_DEFAULTS, type TestModeConfig } from '../../config.js';
import type { Db, Executor, Tx } from '../../db/client.js';
import { withTx } from '../../db/tx.js';
import { executorDb } from '../../events/webhooks/webhook.queue.js';
import { clock } from '../../kernel/clock.js';
import type { CommandContext, Scope } from '../../kernel/command.js';
import { StripeError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { testClocks } from '../../kernel/test-clock.table.js';
import type { PaymentMethodRow } from '../../payments/payment-methods/payment-method.service.js';
import { failInboundTransfer, returnInboundTransfer, succeedInboundTransfer, type FailureCode } from '../inbound-transfers/inbound-transfer.service.js';
import {
  cancelOutboundPayment,
  delayOutboundPaymentArrival,
  failOutboundPayment,
  postOutboundPayment,
  returnOutboundPayment,
} from '../outbound-payments/outbound-payment.service.js';
import {
  cancelOutboundTransfer,
  delayOutboundTransferArrival,
  failOutboundTransfer,
  postOutboundTransfer,
  returnOutboundTransfer,
  type ReturnCode,
} from '../outbound-transfers/outbound-transfer.service.js';
import { achReturnTime, expectedArrivalDate, inboundTransferArrival, submissionTime, type Network } from '../shared/arrival.js';
import type { Caller } from '../shared/flow-command.js';
import { inboundOutcome, outboundOutcome } from './magic.js';
import { scheduledTransitions, type ScheduledFlowType } from './scheduled-transition.table.js';

export type ScheduledTransitionRow = typeof scheduledTransitions.$inferSelect;
export type Action = 'post' | 'fail' | 'cancel' | 'return' | 'succeed' | 'delay_arrival';

/** pg-boss queue of scheduled test-mode transitions (real time; clock-bound ones wait for the clock). */
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

async function sendTransitionJob(tx: Executor, transition: string, startAfter: Date) {
  const id = await producer.send(TRANSITION_QUEUE, { transition } satisfies TransitionJob, { db: executorDb(tx), startAfter });
  if (!id) throw new Error('The test-mode transition queue is not installed: start the server once on this database.');
  await tx.execute(sql`select pg_notify(${TRANSITIONS_CHANNEL}, ${String(startAfter.getTime())})`);
}

/**
 * One planned step. `phase` places it in time: `first`/`second` are the real-time delays
 * (configuration); with a test clock, `at` (banking timetable, in clock time) is used instead.
 */
interface Step {
  action: Action;
  params?: Record<string, unknown>;
  at: Date;
  phase: 'first' | 'second';
}

interface OutboundFlow {
  id: string;
  network: Network;
  expectedArrivalDate: Date;
}

/** The steps an outbound flow's magic destination implies, timed by the banking timetable from `now`. */
function outboundPlan(flow: OutboundFlow, pm: PaymentMethodRow, now: Date): Step[] {
  const outcome = outboundOutcome(pm);
  if (!outcome || flow.network === 'stripe') return [];
  const network = flow.network;
  const submitted = submissionTime(network, now);
  const arrival = flow.expectedArrivalDate;
  const afterArrival = (at: Date) => new Date(expectedArrivalDate('ach', at) * 1000);
  switch (outcome.kind) {
    case 'processing':
      return [];
    case 'posted':
      return [{ action: 'post', at: arrival, phase: 'first' }];
    case 'canceled':
      return [{ action: 'cancel', at: submitted, phase: 'first' }];
    case 'failed':
      return [{ action: 'fail', at: submitted, phase: 'first' }];
    case 'expected_arrival_date_updated': {
      const later = new Date(arrival.getTime() + 86_400_000);
      return [
        { action: 'delay_arrival', at: submitted, phase: 'first' },
        { action: 'post', at: later, phase: 'second' },
      ];
    }
    case 'returned':
      return [
        { action: 'post', at: arrival, phase: 'first' },
        { action: 'return', params: { code: outcome.code }, at: afterArrival(arrival), phase: 'second' },
      ];
  }
}

function inboundPlan(pm: PaymentMethodRow, now: Date): Step[] {
  const outcome = inboundOutcome(pm);
  if (!outcome) return [];
  const arrival = inboundTransferArrival(now);
  switch (outcome.kind) {
    case 'processing':
      return [];
    case 'succeeded':
      return [{ action: 'succeed', at: arrival, phase: 'first' }];
    case 'failed':
      return [{ action: 'fail', params: { code: outcome.code }, at: achReturnTime(now, 2), phase: 'first' }];
    case 'dispute':
      return [
        { action: 'succeed', at: arrival, phase: 'first' },
        { action: 'return', at: achReturnTime(arrival, 1), phase: 'second' },
      ];
  }
}

async function activeClock(tx: Executor, scope: Scope) {
  const [row] = await tx
    .select()
    .from(testClocks)
    .where(and(eq(testClocks.accountId, scope.accountId), eq(testClocks.livemode, false), isNull(testClocks.deletedAt)))
    .limit(1);
  return row ?? null;
}

/**
 * Called in a flow's create transaction (test mode): records the transitions its magic payment
 * method or test account number implies and, without a test clock, enqueues their jobs in the same
 * transaction, so they exist if and only if the flow does.
 */
export async function scheduleAutomaticTransitions(
  cmd: CommandContext,
  flowType: ScheduledFlowType,
  flow: { id: string; network?: Network; expectedArrivalDate?: Date },
  pm: PaymentMethodRow | null,
) {
  if (cmd.scope.livemode || !pm) return;
  const steps =
    flowType === 'inbound_transfer'
      ? inboundPlan(pm, cmd.now)
      : outboundPlan({ id: flow.id, network: flow.network!, expectedArrivalDate: flow.expectedArrivalDate! }, pm, cmd.now);
  if (steps.length === 0) return;
  const testClock = await activeClock(cmd.tx, cmd.scope);
  const realNow = clock.now();
  for (const [i, step] of steps.entries()) {
    const delay = step.phase === 'first' ? settings.delayMs : settings.delayMs + settings.returnDelayMs;
    const row: ScheduledTransitionRow = {
      id: newId('sctr'),
      accountId: cmd.scope.accountId,
      livemode: false,
      created: realNow,
      flowType,
      flowId: flow.id,
      action: step.action,
      params: step.params ?? {},
      step: i + 1,
      runAt: testClock ? (step.at < cmd.now ? cmd.now : step.at) : new Date(realNow.getTime() + delay),
      testClockId: testClock?.id ?? null,
      doneAt: null,
      outcome: null,
    };
    await cmd.tx.insert(scheduledTransitions).values(row);
    if (!testClock) await sendTransitionJob(cmd.tx, row.id, row.runAt);
  }
}

/** Runs one transition through the same service function as the matching test helper. */
function execute(caller: Caller, row: ScheduledTransitionRow): Promise<unknown> {
  const input = { id: row.flowId };
  const code = row.params.code as string | undefined;
  switch (`${row.flowType}:${row.action}`) {
    case 'outbound_transfer:post':
      return postOutboundTransfer(caller, input);
    case 'outbound_transfer:fail':
      return failOutboundTransfer(caller, input);
    case 'outbound_transfer:cancel':
      return cancelOutboundTransfer(caller, input);
    case 'outbound_transfer:return':
      return returnOutboundTransfer(caller, { ...input, returnedDetails: { code: code as ReturnCode } });
    case 'outbound_transfer:delay_arrival':
      return delayOutboundTransferArrival(caller, input);
    case 'outbound_payment:post':
      return postOutboundPayment(caller, input);
    case 'outbound_payment:fail':
      return failOutboundPayment(caller, input);
    case 'outbound_payment:cancel':
      return cancelOutboundPayment(caller, input);
    case 'outbound_payment:return':
      return returnOutboundPayment(caller, { ...input, returnedDetails: { code: code as ReturnCode } });
    case 'outbound_payment:delay_arrival':
      return delayOutboundPaymentArrival(caller, input);
    case 'inbound_transfer:succeed':
      return succeedInboundTransfer(caller, input);
    case 'inbound_transfer:fail':
      return failInboundTransfer(caller, { ...input, failureDetails: { code: code as FailureCode } });
    case 'inbound_transfer:return':
      return returnInboundTransfer(caller, input);
    default:
      throw new Error(`unknown scheduled transition ${row.flowType}:${row.action}`);
  }
}

/**
 * Runs a locked, not yet done transition inside `tx`: the flow's command runs in a savepoint, so a
 * refusal (the user canceled or a test helper already posted the flow: invalid_state) rolls back only
 * the transition, and the row is marked done with that outcome. Automatic transitions have no request
 * (Stripe's events show `request.id` null).
 */
async function runLocked(tx: Tx, row: ScheduledTransitionRow): Promise<string> {
  const caller: Caller = { db: tx as unknown as Db, scope: { accountId: row.accountId, livemode: row.livemode }, requestId: null as unknown as string };
  let outcome = 'ok';
  try {
    await execute(caller, row);
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
  return withTx(db, async (tx) => {
    const row = await lockTransition(tx, id);
    if (!row || row.doneAt || row.testClockId) return null;
    // A flow's steps keep their order even if their jobs are fetched out of order: earlier steps
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
 * step order, so a flow's steps keep theirs). Runs inside the advance's per-transition transaction.
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

export { runLocked as runClockTransition };

/** A new clock takes over the account's pending real-time transitions: each keeps its remaining delay, in clock time. */
export async function attachPendingToClock(tx: Executor, scope: Scope, clockId: string, frozenTime: Date) {
  const realNow = clock.now().getTime();
  await tx
    .update(scheduledTransitions)
    .set({
      testClockId: clockId,
      runAt: sql`${frozenTime.toISOString()}::timestamptz + greatest(${scheduledTransitions.runAt} - ${new Date(realNow).toISOString()}::timestamptz, interval '0')`,
    })
    .where(and(eq(scheduledTransitions.accountId, scope.accountId), eq(scheduledTransitions.livemode, false), isNull(scheduledTransitions.doneAt), isNull(scheduledTransitions.testClockId)));
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
