import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Db, Tx } from '../../db/client.js';
import { query, timestamptz } from '../../db/sql.js';
import { withTx } from '../../db/tx.js';
import { emitEvent } from '../../events/event.writer.js';
import { clock } from '../../kernel/clock.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { runAction } from '../../layer/actions.js';
import { perform } from '../../layer/perform.js';
import { defineResource, resourceOf, type ActionContext, type Caller } from '../../layer/resource.js';
import { nextClockTransition, runLocked } from '../../layer/schedule-run.js';
import { activeClock, attachPendingToClock, detachPendingFromClock } from '../../layer/schedule.js';
import { lockRecord } from '../../layer/store.js';
import { testHelpersTestClocks } from './test-clock.table.js';

/**
 * Test clocks (Stripe's `test_helpers.test_clock`): a simulated "now" for the account's test mode.
 * While a clock exists (at most one per account), every test-mode command of the account runs at its
 * frozen time (src/kernel/clock.ts) and the transitions that actions schedule (src/layer/schedule.ts)
 * wait for the clock: advancing it runs each one that comes due, in time order, each in its own
 * transaction at its own due time, so balances and events are as they would have been.
 */
export type TestClockRecord = Stripe.TestHelpers.TestClock & {
  target_frozen_time: Date | null;
  advance_started_at: Date | null;
  deleted_at: Date | null;
};
type Ctx = ActionContext<TestClockRecord>;

/** Stripe deletes a test clock 30 days after its creation (`deletes_after`; expireTestClocks below). */
const LIFETIME_SECONDS = 30 * 86_400;
/** One advance moves at most a year (bounds the work of one request). */
export const MAX_ADVANCE_MS = 366 * 86_400_000;
/** An advance that has not finished after this long is taken as crashed: another may resume it. */
const STALE_ADVANCE_MS = 60_000;
/** Frozen times fingraph accepts: the banking calendar is defined from 2000 to 2099. */
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);

/** A frozen_time param (Unix seconds) in the range the banking calendar covers, as a Date. */
function frozenTimeOf(value: unknown, param: string[]): Date {
  if (value == null) throw parameterMissing(param);
  const t = Number(value) * 1000;
  if (!Number.isFinite(t) || t < MIN_TIME || t >= MAX_TIME) throw parameterInvalid(param, 'frozenTime must be between 2000-01-01 and 2099-12-31.');
  return new Date(t);
}

const unix = (d: Date) => Math.floor(d.getTime() / 1000);

/** The clock's time moves (while advancing, to each transition's due time): commands of the account then run at it. */
async function moveClock(tx: Tx, id: string, to: Date) {
  await query(tx, sql`update test_clocks set frozen_time = ${timestamptz(to)}::timestamptz where id = ${id}`);
}

/**
 * After the advance has started (committed): every transition due by the target, one transaction
 * each, the clock standing at its due time; then the clock rests at the target and turns `ready`, in
 * one transaction (so `ready` happens at the target time). Unlike Stripe, the advance completes within
 * the request: the mutation answers the clock `ready`.
 */
async function runDueTransitions(caller: Caller, answer: Record<string, unknown>): Promise<Record<string, unknown>> {
  const id = String(answer.id);
  const lock = async (tx: Tx) => (await lockRecord(tx, testClocks.storage, caller.scope, id)) as TestClockRecord | null;
  for (;;) {
    const ran = await withTx(caller.db, async (tx) => {
      const row = await lock(tx);
      if (row?.status !== 'advancing' || !row.target_frozen_time) return false;
      const next = await nextClockTransition(tx, row.id, row.target_frozen_time);
      if (!next) return false;
      if (next.runAt.getTime() > row.frozen_time * 1000) await moveClock(tx, row.id, next.runAt);
      await runLocked(tx, next);
      return true;
    });
    if (!ran) break;
  }
  return withTx(caller.db, async (tx) => {
    const row = await lock(tx);
    if (!row) throw resourceMissing('test clock', id);
    if (row.status !== 'advancing' || !row.target_frozen_time) return testClocks.toStripe(row);
    await moveClock(tx, row.id, row.target_frozen_time);
    const inTx: Caller = { db: tx as unknown as Db, scope: caller.scope, requestId: caller.requestId };
    return runAction(testClocks, 'ready', inTx, { operation: 'finishTestHelpersTestClockAdvance', hashInput: { id }, idempotencyKey: null, params: { id } });
  });
}

export const testClocks = defineResource<TestClockRecord>({
  object: 'test_helpers.test_clock',
  table: testHelpersTestClocks,
  initial: 'ready',
  computed: {
    status_details: (r) => (r.status === 'advancing' && r.target_frozen_time ? { advancing: { target_frozen_time: unix(r.target_frozen_time) } } : {}),
  },

  /**
   * The account's test clock (test mode; one at a time). From then on every test-mode command of the
   * account runs at the clock's frozen time, and pending automatic transitions wait for the clock
   * (each keeping its remaining delay).
   */
  create: {
    testHelper: true,
    validate(input) {
      frozenTimeOf(input.frozen_time, ['frozen_time']);
      if (input.name != null && input.name.length > 300) throw parameterInvalid(['name'], 'Invalid name: must be at most 300 characters.');
    },
    async build({ cmd, input }) {
      // Stripe attaches Billing customers to a clock; fingraph's clocks are the account's own. Another
      // account's (or an unknown) customer is answered as missing, as every foreign id is.
      if (input.customer != null) {
        if (!(await resourceOf('customer').records(cmd.tx, cmd.scope, [input.customer])).has(input.customer))
          throw resourceMissing('customer', input.customer, ['customer']);
        throw parameterInvalid(['customer'], 'Test clocks here apply to the whole account: customers cannot be attached to one.');
      }
      const existing = await activeClock(cmd.tx, cmd.scope);
      if (existing)
        throw new StripeError('resource_already_exists', `This account already has a test clock (${existing.id}); delete it before creating another.`, null);
      return {
        name: input.name ?? null,
        frozen_time: unix(frozenTimeOf(input.frozen_time, ['frozen_time'])),
        // No clock runs yet: the command's time is real time.
        deletes_after: unix(cmd.now) + LIFETIME_SECONDS,
        target_frozen_time: null,
        advance_started_at: null,
        deleted_at: null,
      };
    },
    // Announced at the clock's own time, once it exists (below).
    event: null,
    async after({ cmd, resource }, saved) {
      const frozen = new Date(saved.frozen_time * 1000);
      await attachPendingToClock(cmd.tx, cmd.scope, saved.id, frozen);
      await emitEvent({ ...cmd, now: frozen }, 'test_helpers.test_clock.created', resource.toStripe(saved));
    },
  },

  actions: {
    /** Advances the clock, running every scheduled transition due by then in time order (runDueTransitions). */
    advance: {
      endpoint: 'advance',
      testHelper: true,
      to: 'advancing',
      guard({ record, input }: Ctx) {
        if (record.status === 'advancing' && record.advance_started_at && clock.now().getTime() - record.advance_started_at.getTime() < STALE_ADVANCE_MS)
          throw invalidState('The test clock is already advancing; wait until it is ready.');
        const target = frozenTimeOf(input.frozen_time, ['frozen_time']).getTime();
        const frozen = record.frozen_time * 1000;
        if (target <= frozen)
          throw parameterInvalid(
            ['frozen_time'],
            `frozenTime must be after the clock's current frozen time (${new Date(frozen).toISOString()}); test clocks only move forward.`,
          );
        if (target - frozen > MAX_ADVANCE_MS) throw parameterInvalid(['frozen_time'], 'A test clock can advance at most one year at a time.');
      },
      apply: ({ input }: Ctx) => ({ target_frozen_time: frozenTimeOf(input.frozen_time, ['frozen_time']), advance_started_at: clock.now() }),
      event: 'test_helpers.test_clock.advancing',
      afterCommit: runDueTransitions,
    },
    /** The advance is done: the clock rests at its target (internal: the end of runDueTransitions). */
    ready: {
      from: ['advancing'],
      to: 'ready',
      apply: () => ({ target_frozen_time: null, advance_started_at: null }),
      event: 'test_helpers.test_clock.ready',
    },
  },

  /** The account is back on real time; pending transitions go to the job queue, on the configured delays. */
  delete: {
    endpoint: 'del',
    testHelper: true,
    event: 'test_helpers.test_clock.deleted',
    after: ({ cmd }, saved) => detachPendingFromClock(cmd.tx, saved.id),
  },

  examples: {
    create: () => ({ frozen_time: Date.UTC(2026, 0, 5, 12) / 1000 }),
    params: { advance: (clock) => ({ frozen_time: clock.frozen_time + 86_400 }) },
    perAccount: 1,
    settles: { advance: 'ready' },
    unreachable: {
      advancing: 'Transient: the advance runs the due transitions after its commit and answers the clock ready (a crashed advance stays advancing).',
      internal_failure: 'fingraph has no failure mode for an advance: each transition runs in its own transaction.',
    },
  },
});

/**
 * Stripe deletes a test clock once its `deletes_after` has passed. The clocks due, of every account,
 * are deleted through the delete action, as a user's delete would (the `…deleted` event, with no
 * request; pending transitions back to real time). A clock deleted meanwhile is skipped. Run by the
 * test-mode worker (src/treasury/test-mode/transition.worker.ts). Returns the ids deleted.
 */
export async function expireTestClocks(db: Db, now: Date = clock.now()): Promise<string[]> {
  const due = await query(
    db,
    sql`select id, account_id from test_clocks where deleted_at is null and livemode = false and deletes_after <= ${timestamptz(now)}::timestamptz order by deletes_after limit 100`,
  );
  const deleted: string[] = [];
  for (const row of due) {
    const caller: Caller = { db, scope: { accountId: String(row.account_id), livemode: false }, requestId: null };
    try {
      await perform(testClocks.spec.object, 'delete', caller, { id: String(row.id) });
      deleted.push(String(row.id));
    } catch (err) {
      if (!(err instanceof StripeError)) throw err;
    }
  }
  return deleted;
}
