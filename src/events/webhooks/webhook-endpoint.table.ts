import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ownedColumns, ts } from '../../db/columns.js';
import { resourceTable } from '../../layer/storage.js';

/**
 * Storage of `webhook_endpoint` (columns from the spec; names kept from the first release). Deleted
 * endpoints stay as rows so their delivery history keeps its references; the layer hides them.
 */
export const webhookEndpoints = resourceTable('webhook_endpoint', {
  table: 'webhook_endpoints',
  // `application`: fingraph has no Connect applications (always null). `secret`: only create's answer shows it.
  omit: ['application', 'secret'],
  internal: {
    /** The whsec_… signing secret (needed in clear to sign; the API shows it only in create's answer). */
    signing_secret: text('secret').notNull(),
    /** A Connect endpoint hears connected accounts' events only; fingraph has none (webhook-delivery.service.ts). */
    connect: boolean('connect').notNull(),
    updated: ts('updated').notNull(),
    deleted_at: ts('deleted_at'),
  },
  softDelete: 'deleted_at',
  indexes: (t) => [index('webhook_endpoints_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});

/**
 * pending: an attempt is queued or scheduled; succeeded: a 2xx was received; failed: every automatic
 * attempt failed; canceled: the endpoint was deleted or disabled before success.
 */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'canceled'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** One event to one endpoint: created in the event's own transaction, with its first delivery job. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    eventId: text('event_id').notNull(),
    webhookEndpointId: text('webhook_endpoint_id').notNull(),
    accountId: text('account_id').notNull(),
    livemode: boolean('livemode').notNull(),
    created: ts('created').notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull(),
    // Every attempt (automatic and resend) numbers 1, 2, 3…; automatic ones drive the retry schedule.
    attempts: integer('attempts').notNull().default(0),
    automaticAttempts: integer('automatic_attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    succeededAt: ts('succeeded_at'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.webhookEndpointId] }), index('webhook_deliveries_endpoint_idx').on(t.webhookEndpointId, t.status)],
);

export const WEBHOOK_ATTEMPT_TRIGGERS = ['automatic', 'resend'] as const;
export type WebhookAttemptTrigger = (typeof WEBHOOK_ATTEMPT_TRIGGERS)[number];

/**
 * sending: claimed before its POST, outcome not recorded yet (not listed by the API); recorded: its
 * outcome is known; interrupted: the worker stopped (or died) during the POST, so whether the endpoint
 * got it is unknown, and the job that made it runs again as a new attempt.
 */
export const WEBHOOK_ATTEMPT_STATES = ['sending', 'recorded', 'interrupted'] as const;
export type WebhookAttemptState = (typeof WEBHOOK_ATTEMPT_STATES)[number];

/**
 * One POST to an endpoint. `created` is when the request started. The row is written (state sending)
 * before the POST, so every POST that leaves the process has its own attempt, whatever happens after.
 */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    ...ownedColumns(),
    eventId: text('event_id').notNull(),
    webhookEndpointId: text('webhook_endpoint_id').notNull(),
    // The pg-boss job that made the attempt. A job that runs again (crash, expiry) finds its earlier
    // attempts by it: one recorded means done; one still sending means another run may be POSTing now.
    jobId: text('job_id').notNull(),
    state: text('state', { enum: WEBHOOK_ATTEMPT_STATES }).notNull().default('recorded'),
    attemptNumber: integer('attempt_number').notNull(),
    trigger: text('trigger', { enum: WEBHOOK_ATTEMPT_TRIGGERS }).notNull(),
    succeeded: boolean('succeeded').notNull(),
    responseStatus: integer('response_status'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    nextRetryAt: ts('next_retry_at'),
  },
  (t) => [
    index('webhook_delivery_attempts_job_idx').on(t.jobId),
    uniqueIndex('webhook_delivery_attempts_number_idx').on(t.eventId, t.webhookEndpointId, t.attemptNumber),
    index('webhook_delivery_attempts_list_idx').on(t.webhookEndpointId, t.created.desc(), t.id.desc()),
  ],
);
