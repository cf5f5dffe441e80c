import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { WebhookConfig } from '../../config.js';
import type { Db, Executor } from '../../db/client.js';
import { timestamptz } from '../../db/sql.js';
import { withTx } from '../../db/tx.js';
import { runCommand, type CommandContext, type Scope } from '../../kernel/command.js';
import { invalidState, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { eventRowToStripe, type StripeEvent } from '../event.stripe.js';
import { events } from '../event.table.js';
import { lockRecord } from '../../layer/store.js';
import { storageOf } from '../../layer/storage.js';
import { checkWebhookEndpointId } from './webhook-endpoint.rules.js';
import {
  webhookDeliveries as deliveries,
  webhookDeliveryAttempts as attempts,
  webhookEndpoints as endpoints,
  type WebhookDeliveryStatus,
} from './webhook-endpoint.table.js';
import { sendDeliveryJob, wakeWorkers, type DeliveryJob } from './webhook.queue.js';

/**
 * Run by emitEvent inside the command's transaction, as part of its one statement: one delivery per
 * enabled endpoint of the event's account and mode whose enabled_events list the type or `*`,
 * returning the endpoints' ids (their number is the event's initial `pending_webhooks`). A hot-path
 * template (src/db/sql.ts). Connect endpoints hear connected accounts only; fingraph has none.
 */
export function insertDeliveriesSql(cmd: CommandContext, event: { id: string; type: string }): SQL {
  return sql`insert into webhook_deliveries (event_id, webhook_endpoint_id, account_id, livemode, created, status)
      select ${event.id}::text, id, account_id, livemode, ${timestamptz(cmd.now)}::timestamptz, 'pending'
      from webhook_endpoints
      where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and status = 'enabled'
        and deleted_at is null and connect = false and enabled_events && array[${'*'}, ${event.type}]::text[]
      returning webhook_endpoint_id`;
}

/** Each delivery's first job, after insertDeliveriesSql: nothing is enqueued unless the transaction commits. */
export async function sendFirstDeliveryJobs(cmd: CommandContext, eventId: string, endpointIds: readonly string[]): Promise<void> {
  for (const endpoint of endpointIds) await sendDeliveryJob(cmd.tx, { event: eventId, endpoint, trigger: 'automatic' });
  if (endpointIds.length) await wakeWorkers(cmd.tx);
}

interface Caller {
  db: Db;
  scope: Scope;
  requestId: string;
}

/**
 * Sends an event to an endpoint again now (Stripe's Dashboard "Resend", `stripe events resend
 * --webhook-endpoint`): one attempt, not retried automatically. An event the endpoint never had counts
 * in its `pending_webhooks` until that attempt succeeds.
 */
export function resendEvent(caller: Caller, input: { id: string; webhookEndpoint: string; idempotencyKey?: string | null }): Promise<StripeEvent> {
  const { idempotencyKey, ...params } = input;
  if (!hasPrefix(input.id, 'evt')) throw resourceMissing('event', input.id, ['id']);
  checkWebhookEndpointId(input.webhookEndpoint, ['webhookEndpoint']);
  return runCommand(caller.db, caller.scope, { operation: 'resendEvent', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const [event] = await cmd.tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.accountId, cmd.scope.accountId), eq(events.livemode, cmd.scope.livemode), eq(events.id, input.id)));
    if (!event) throw resourceMissing('event', input.id, ['id']);
    const endpoint = (await lockRecord(cmd.tx, storageOf('webhook_endpoint'), cmd.scope, input.webhookEndpoint)) as { id: string; status: string } | null;
    if (!endpoint) throw resourceMissing('webhook endpoint', input.webhookEndpoint, ['webhookEndpoint']);
    if (endpoint.status === 'disabled') throw invalidState('This webhook endpoint is disabled: enable it before resending events to it.', ['webhookEndpoint']);
    const created = await cmd.tx
      .insert(deliveries)
      .values({
        eventId: event.id,
        webhookEndpointId: endpoint.id,
        accountId: cmd.scope.accountId,
        livemode: cmd.scope.livemode,
        created: cmd.now,
        status: 'pending',
      })
      .onConflictDoNothing()
      .returning({ eventId: deliveries.eventId });
    const [row] = await cmd.tx
      .update(events)
      .set({ pendingWebhooks: sql`${events.pendingWebhooks} + ${created.length}` })
      .where(eq(events.id, event.id))
      .returning();
    await sendDeliveryJob(cmd.tx, { event: event.id, endpoint: endpoint.id, trigger: 'resend' });
    await wakeWorkers(cmd.tx);
    return eventRowToStripe(row!);
  });
}

export type DeliveryContext = NonNullable<Awaited<ReturnType<typeof loadDelivery>>>;

/** What one job needs to make its attempt: the delivery, its endpoint and the event. */
export async function loadDelivery(db: Executor, job: DeliveryJob) {
  // The endpoints' table is the WebhookEndpoint resource's (columns by Stripe name): what an attempt needs of it.
  const endpoint = {
    url: sql<string>`webhook_endpoints.url`,
    secret: sql<string>`webhook_endpoints.secret`,
    status: sql<string>`webhook_endpoints.status`,
    deletedAt: sql<string | null>`webhook_endpoints.deleted_at`,
  };
  const [row] = await db
    .select({ delivery: deliveries, endpoint, event: events })
    .from(deliveries)
    .innerJoin(endpoints, sql`webhook_endpoints.id = ${deliveries.webhookEndpointId}`)
    .innerJoin(events, eq(events.id, deliveries.eventId))
    .where(and(eq(deliveries.eventId, job.event), eq(deliveries.webhookEndpointId, job.endpoint)));
  return row ?? null;
}

/** The error of an attempt whose POST was sent but whose worker stopped or died before the answer was recorded. */
export const INTERRUPTED = 'The delivery worker stopped during this attempt; whether the endpoint received it is unknown. The event is sent again.';

/** Why a job run makes no POST, or the attempt it claimed. */
export type Claim =
  | { kind: 'attempt'; id: string; attemptNumber: number }
  /** Nothing to send: gone, already recorded by an earlier run, no longer pending, or canceled. */
  | { kind: 'skip' }
  /** An earlier run of this job is POSTing in this process right now: it records and schedules; this run does nothing. */
  | { kind: 'running' }
  /** An earlier run of this job (maybe in another process) claimed an attempt less than a lease ago: try again later. */
  | { kind: 'busy'; until: Date };

/**
 * Claims the next attempt of a delivery for one run of a job, before its POST, in one transaction on
 * the delivery's row (so claims of one delivery are taken one at a time). A job runs again when its
 * run outlived pg-boss's expiry, threw, or its process died; by this job's latest attempt, the run:
 * - finds it recorded: the job's work is done (skip);
 * - finds it sending and `inFlight` (this process's POSTs in flight) has it: the first run is alive and
 *   will record it (running: no second POST);
 * - finds it sending less than `leaseMs` ago, from another process: that process may still be POSTing
 *   or recording (busy: the job runs again later);
 * - finds it sending for longer (its process died) or interrupted: closes it as interrupted and claims
 *   a new attempt: the event is sent again, and both POSTs are on record.
 */
export function claimAttempt(db: Db, jobId: string, job: DeliveryJob, opts: { inFlight: ReadonlySet<string>; leaseMs: number; endpointOpen: boolean }) {
  return withTx(db, async (tx): Promise<Claim> => {
    const [d] = await tx
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.eventId, job.event), eq(deliveries.webhookEndpointId, job.endpoint)))
      .for('update');
    if (!d) return { kind: 'skip' };
    const [latest] = await tx
      .select({ id: attempts.id, state: attempts.state, created: attempts.created })
      .from(attempts)
      .where(eq(attempts.jobId, jobId))
      .orderBy(desc(attempts.attemptNumber))
      .limit(1);
    if (latest?.state === 'recorded') return { kind: 'skip' };
    if (latest?.state === 'sending') {
      if (opts.inFlight.has(latest.id)) return { kind: 'running' };
      const until = new Date(latest.created.getTime() + opts.leaseMs);
      if (until.getTime() > Date.now()) return { kind: 'busy', until };
      await tx
        .update(attempts)
        // Its duration: from the claim until now, an upper bound (the POST itself ended by its timeout).
        .set({ state: 'interrupted', error: INTERRUPTED, durationMs: Math.min(Date.now() - latest.created.getTime(), 2_147_483_647) })
        .where(and(eq(attempts.id, latest.id), eq(attempts.state, 'sending')));
    }
    if (job.trigger === 'automatic' && d.status !== 'pending') return { kind: 'skip' }; // succeeded by a resend, or canceled
    if (!opts.endpointOpen) {
      if (job.trigger === 'automatic')
        await tx
          .update(deliveries)
          .set({ status: 'canceled', nextAttemptAt: null })
          .where(and(eq(deliveries.eventId, job.event), eq(deliveries.webhookEndpointId, job.endpoint), eq(deliveries.status, 'pending')));
      return { kind: 'skip' };
    }
    const attemptNumber = d.attempts + 1;
    const id = newId('whatt');
    await tx.insert(attempts).values({
      id,
      accountId: d.accountId,
      livemode: d.livemode,
      created: new Date(),
      eventId: job.event,
      webhookEndpointId: job.endpoint,
      jobId,
      state: 'sending',
      attemptNumber,
      trigger: job.trigger,
      succeeded: false,
      responseStatus: null,
      error: null,
      durationMs: 0,
      nextRetryAt: null,
    });
    await tx
      .update(deliveries)
      .set({ attempts: attemptNumber })
      .where(and(eq(deliveries.eventId, job.event), eq(deliveries.webhookEndpointId, job.endpoint)));
    return { kind: 'attempt', id, attemptNumber };
  });
}

/** A POST abandoned because the worker is stopping: on record as interrupted (the job runs it again elsewhere). */
export async function interruptAttempt(db: Db, attemptId: string, durationMs: number) {
  await db
    .update(attempts)
    .set({ state: 'interrupted', error: INTERRUPTED, durationMs })
    .where(and(eq(attempts.id, attemptId), eq(attempts.state, 'sending')));
}

export interface AttemptOutcome {
  started: Date;
  durationMs: number;
  responseStatus: number | null;
  error: string | null;
}

/** The delay before automatic retry `n` (1-based): `retryDelayMs * 2^(n-1)`. */
export const retryDelayMs = (config: Pick<WebhookConfig, 'retryDelayMs'>, n: number) => config.retryDelayMs * 2 ** (n - 1);

/**
 * Records the outcome of one claimed attempt and decides what follows, in one transaction: the
 * attempt, the delivery's new state, `pending_webhooks` on success, and the next automatic attempt's
 * job. Returns when that next attempt is due (or null). An attempt another run closed as interrupted
 * meanwhile (this run was slower than its lease) gets its real outcome, but that other run owns the
 * schedule now: only a success still counts.
 */
export function recordAttempt(
  db: Db,
  config: Pick<WebhookConfig, 'retryLimit' | 'retryDelayMs'>,
  attemptId: string,
  job: DeliveryJob,
  outcome: AttemptOutcome,
) {
  return withTx(db, async (tx): Promise<Date | null> => {
    const [d] = await tx
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.eventId, job.event), eq(deliveries.webhookEndpointId, job.endpoint)))
      .for('update');
    const [attempt] = await tx.select({ state: attempts.state }).from(attempts).where(eq(attempts.id, attemptId));
    if (!d || !attempt || attempt.state === 'recorded') return null;
    const ok = outcome.responseStatus != null && outcome.responseStatus >= 200 && outcome.responseStatus < 300;
    const owned = attempt.state === 'sending';
    const automatic = job.trigger === 'automatic' && owned;
    const automaticAttempts = d.automaticAttempts + (automatic ? 1 : 0);
    let status: WebhookDeliveryStatus = d.status;
    let nextAttemptAt = d.nextAttemptAt;
    let nextRetryAt: Date | null = null;
    if (ok) {
      status = 'succeeded';
      nextAttemptAt = null;
    } else if (!owned) {
      // taken over: the run that closed it scheduled what follows
    } else if (automatic && d.status === 'pending') {
      if (automaticAttempts <= config.retryLimit) nextRetryAt = nextAttemptAt = new Date(Date.now() + retryDelayMs(config, automaticAttempts));
      else [status, nextAttemptAt] = ['failed', null];
    } else if (!automatic && !(d.status === 'pending' && d.nextAttemptAt) && d.status !== 'succeeded') {
      status = 'failed'; // a failed resend with no automatic retry still scheduled
    }
    await tx
      .update(attempts)
      .set({
        state: 'recorded',
        created: outcome.started,
        succeeded: ok,
        responseStatus: outcome.responseStatus,
        error: outcome.error,
        durationMs: outcome.durationMs,
        nextRetryAt,
      })
      .where(eq(attempts.id, attemptId));
    await tx
      .update(deliveries)
      .set({ status, automaticAttempts, nextAttemptAt, succeededAt: status === 'succeeded' ? (d.succeededAt ?? new Date()) : null })
      .where(and(eq(deliveries.eventId, job.event), eq(deliveries.webhookEndpointId, job.endpoint)));
    if (status === 'succeeded' && d.status !== 'succeeded')
      await tx
        .update(events)
        .set({ pendingWebhooks: sql`greatest(${events.pendingWebhooks} - 1, 0)` })
        .where(eq(events.id, job.event));
    if (nextRetryAt) await sendDeliveryJob(tx, { ...job, trigger: 'automatic' }, nextRetryAt);
    return nextRetryAt;
  });
}
