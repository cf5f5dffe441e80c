import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { anyOf, insertRow, updateRow } from '../../db/sql.js';
import { withTx } from '../../db/tx.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { clock, unix } from '../../kernel/clock.js';
import { runCommand, type CommandContext, type Scope } from '../../kernel/command.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { keysetPage, type PageArgs } from '../../kernel/pagination.js';
import { testClocks, type TestClockStatus } from '../../kernel/test-clock.table.js';
import type { Caller } from '../shared/flow-command.js';
import { attachPendingToClock, detachPendingFromClock } from '../../layer/schedule.js';
import { nextClockTransition, runLocked as runClockTransition } from '../../layer/schedule-run.js';

export const TEST_CLOCK = 'TestHelpersTestClock';
export type TestClockRow = typeof testClocks.$inferSelect;

/** Stripe deletes a test clock 30 days after its creation. */
const LIFETIME_MS = 30 * 86_400_000;
/** One advance moves at most a year (bounds the work of one request). */
export const MAX_ADVANCE_MS = 366 * 86_400_000;
/** An advance that has not finished after this long is taken as crashed: another may resume it. */
const STALE_ADVANCE_MS = 60_000;
/** Frozen times fingraph accepts: the banking calendar is defined from 2000 to 2099. */
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);

/** Test clocks exist only in test mode (Stripe has no live-mode test clocks). */
const liveModeClock = () => new StripeError('livemode_mismatch', 'Test clocks exist only in test mode: use a test key (sk_test_…).', null);

export interface StripeTestClock {
  id: string;
  object: 'test_helpers.test_clock';
  created: number;
  deletes_after: number;
  frozen_time: number;
  livemode: boolean;
  name: string | null;
  status: TestClockStatus;
  status_details: { advancing?: { target_frozen_time: number } };
}

export interface DeletedTestClock {
  id: string;
  object: 'test_helpers.test_clock';
  deleted: true;
}

export function testClockToStripe(r: TestClockRow): StripeTestClock {
  return {
    id: r.id,
    object: 'test_helpers.test_clock',
    created: unix(r.created),
    deletes_after: unix(r.deletesAfter),
    frozen_time: unix(r.frozenTime),
    livemode: r.livemode,
    name: r.name,
    status: r.status,
    status_details: r.status === 'advancing' && r.targetFrozenTime ? { advancing: { target_frozen_time: unix(r.targetFrozenTime) } } : {},
  };
}

const visible = (scope: Scope) => [eq(testClocks.accountId, scope.accountId), eq(testClocks.livemode, scope.livemode), isNull(testClocks.deletedAt)];

export async function findTestClocks(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await db.select().from(testClocks).where(and(...visible(scope), anyOf(testClocks.id, ids)));
  return new Map(rows.map((r) => [r.id, testClockToStripe(r)]));
}

export function listTestClocks(db: Executor, scope: Scope, args: PageArgs) {
  return keysetPage<TestClockRow, StripeTestClock>({ db, table: testClocks, where: visible(scope), args, map: testClockToStripe });
}

async function lockTestClock(tx: Executor, scope: Scope, id: string): Promise<TestClockRow | null> {
  const [row] = await tx.select().from(testClocks).where(and(...visible(scope), eq(testClocks.id, id))).for('update');
  return row ?? null;
}

function checkFrozenTime(value: Date | null | undefined, param: string[]): Date {
  if (value == null) throw parameterMissing(param);
  const t = value.getTime();
  if (Number.isNaN(t) || t < MIN_TIME || t >= MAX_TIME) throw parameterInvalid(param, 'frozenTime must be between 2000-01-01 and 2099-12-31.');
  // Stripe's frozen_time is whole seconds.
  return new Date(Math.floor(t / 1000) * 1000);
}

async function save(cmd: CommandContext, row: TestClockRow, changes: Partial<TestClockRow>, eventType: string | null) {
  const after = await updateRow(cmd.tx, testClocks, row.id, changes);
  const object = testClockToStripe(after);
  if (eventType) await emitEvent(cmd, eventType, object);
  await publishObject(cmd, TEST_CLOCK, object);
  return object;
}

export interface CreateTestClockInput {
  frozenTime: Date;
  name?: string | null;
  idempotencyKey?: string | null;
}

/**
 * Creates the account's test clock (test mode only; at most one at a time). From then on every
 * test-mode command of the account runs at the clock's frozen time, and pending automatic
 * transitions wait for the clock (each keeping its remaining delay).
 */
export function createTestClock(caller: Caller, input: CreateTestClockInput) {
  const { idempotencyKey, ...params } = input;
  if (caller.scope.livemode) throw liveModeClock();
  const frozenTime = checkFrozenTime(input.frozenTime, ['frozenTime']);
  if (input.name != null && input.name.length > 300) throw parameterInvalid(['name'], 'Invalid name: must be at most 300 characters.');
  return runCommand(caller.db, caller.scope, { operation: 'createTestHelpersTestClock', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const [existing] = await cmd.tx.select({ id: testClocks.id }).from(testClocks).where(and(...visible(cmd.scope))).limit(1);
    if (existing)
      throw new StripeError('resource_already_exists', `This account already has a test clock (${existing.id}); delete it before creating another.`, null);
    const created = clock.now();
    const row: TestClockRow = {
      id: newId('clock'),
      accountId: cmd.scope.accountId,
      livemode: false,
      created,
      name: input.name ?? null,
      frozenTime,
      status: 'ready',
      targetFrozenTime: null,
      advanceStartedAt: null,
      deletesAfter: new Date(created.getTime() + LIFETIME_MS),
      deletedAt: null,
    };
    await insertRow(cmd.tx, testClocks, row);
    await attachPendingToClock(cmd.tx, cmd.scope, row.id, frozenTime);
    const object = testClockToStripe(row);
    await emitEvent({ ...cmd, now: frozenTime }, 'test_helpers.test_clock.created', object);
    await publishObject(cmd, TEST_CLOCK, object);
    return object;
  });
}

/**
 * Advances the clock to `frozenTime`. Every scheduled transition due by then runs in time order,
 * each in its own transaction at its own due time (so balances and events are as they would have
 * been), then the clock rests at the target. Unlike Stripe, the advance completes within the request:
 * the payload shows the clock `ready`, after `test_helpers.test_clock.advancing` and `…ready` events.
 */
export async function advanceTestClock(caller: Caller, input: { id: string; frozenTime: Date; idempotencyKey?: string | null }) {
  if (caller.scope.livemode) throw liveModeClock();
  if (!hasPrefix(input.id, 'clock')) throw resourceMissing('test clock', input.id);
  const target = checkFrozenTime(input.frozenTime, ['frozenTime']);
  const { idempotencyKey, ...params } = input;
  // 1. Start: validate against the clock and mark it advancing.
  const started = await runCommand(caller.db, caller.scope, { operation: 'advanceTestHelpersTestClock', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const row = await lockTestClock(cmd.tx, cmd.scope, input.id);
    if (!row) throw resourceMissing('test clock', input.id);
    if (row.status === 'advancing' && row.advanceStartedAt && clock.now().getTime() - row.advanceStartedAt.getTime() < STALE_ADVANCE_MS)
      throw invalidState('The test clock is already advancing; wait until it is ready.');
    if (target.getTime() <= row.frozenTime.getTime())
      throw parameterInvalid(['frozenTime'], `frozenTime must be after the clock's current frozen time (${row.frozenTime.toISOString()}); test clocks only move forward.`);
    if (target.getTime() - row.frozenTime.getTime() > MAX_ADVANCE_MS) throw parameterInvalid(['frozenTime'], 'A test clock can advance at most one year at a time.');
    await save(cmd, row, { status: 'advancing', targetFrozenTime: target, advanceStartedAt: clock.now() }, 'test_helpers.test_clock.advancing');
    return { id: row.id, idempotent: false };
  });
  void started;
  // 2. Every due transition, one transaction each, the clock standing at its due time.
  for (;;) {
    const ran = await withTx(caller.db, async (tx) => {
      const row = await lockTestClock(tx, caller.scope, input.id);
      if (!row || row.status !== 'advancing' || !row.targetFrozenTime) return false;
      const next = await nextClockTransition(tx, row.id, row.targetFrozenTime);
      if (!next) return false;
      if (next.runAt > row.frozenTime) await tx.update(testClocks).set({ frozenTime: next.runAt }).where(eq(testClocks.id, row.id));
      await runClockTransition(tx, next);
      return true;
    });
    if (!ran) break;
  }
  // 3. Rest at the target.
  return runCommand(caller.db, caller.scope, { operation: 'finishTestHelpersTestClockAdvance', input: { id: input.id }, requestId: caller.requestId }, async (cmd) => {
    const row = await lockTestClock(cmd.tx, cmd.scope, input.id);
    if (!row) throw resourceMissing('test clock', input.id);
    if (row.status !== 'advancing' || !row.targetFrozenTime) return testClockToStripe(row);
    const frozenTime = row.targetFrozenTime;
    return save({ ...cmd, now: frozenTime }, row, { status: 'ready', frozenTime, targetFrozenTime: null, advanceStartedAt: null }, 'test_helpers.test_clock.ready');
  });
}

/** Deletes the clock: the account is back on real time; pending transitions go to the job queue. */
export function deleteTestClock(caller: Caller, input: { id: string; idempotencyKey?: string | null }): Promise<DeletedTestClock> {
  const { idempotencyKey, ...params } = input;
  if (caller.scope.livemode) throw liveModeClock();
  if (!hasPrefix(input.id, 'clock')) throw resourceMissing('test clock', input.id);
  return runCommand(caller.db, caller.scope, { operation: 'deleteTestHelpersTestClock', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const row = await lockTestClock(cmd.tx, cmd.scope, input.id);
    if (!row) throw resourceMissing('test clock', input.id);
    await detachPendingFromClock(cmd.tx, row.id);
    const [after] = (await cmd.tx.update(testClocks).set({ deletedAt: clock.now() }).where(eq(testClocks.id, row.id)).returning()) as [TestClockRow];
    await emitEvent(cmd, 'test_helpers.test_clock.deleted', testClockToStripe(after));
    return { id: row.id, object: 'test_helpers.test_clock', deleted: true };
  });
}
