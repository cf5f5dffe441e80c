import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from '../db/columns.js';

/**
 * A transition an action scheduled (test-mode automation: magic payment methods, account numbers,
 * feature activation…), run later
 * by the job queue (real time) or by advancing the account's test clock (`test_clock_id`, `run_at` in
 * clock time). `done_at` is set in the same transaction as the transition: checked under this row's
 * lock, it makes every transition run exactly once, whatever restarts or duplicate jobs happen.
 */
export const scheduledTransitions = pgTable(
  'scheduled_transitions',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    livemode: boolean('livemode').notNull(),
    created: ts('created').notNull(),
    /** The Stripe object (`treasury.outbound_transfer`): its resource runs the action. */
    flowType: text('flow_type').notNull(),
    flowId: text('flow_id').notNull(),
    /** One of the resource's declared actions (post, fail, cancel, return, succeed, …). */
    action: text('action').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /** Order of the flow's own steps (a return after its post). */
    step: integer('step').notNull(),
    runAt: ts('run_at').notNull(),
    testClockId: text('test_clock_id'),
    doneAt: ts('done_at'),
    /** What happened: `ok`, or the error code that skipped it (e.g. invalid_state after a manual cancel). */
    outcome: text('outcome'),
    /**
     * Detached work (a Sigma run) only: until when the run that claimed the step owns it. A job run
     * finding the lease held waits; a lease past (its process died) is taken over (schedule-run.ts).
     */
    leasedUntil: ts('leased_until'),
  },
  (t) => [
    index('scheduled_transitions_clock_due_idx').on(t.testClockId, t.runAt).where(sql`${t.doneAt} is null`),
    index('scheduled_transitions_flow_idx').on(t.flowId),
    index('scheduled_transitions_account_pending_idx').on(t.accountId, t.livemode).where(sql`${t.doneAt} is null`),
  ],
);
