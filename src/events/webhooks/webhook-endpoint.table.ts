import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ownedColumns, ts } from '../../db/columns.js';

export const WEBHOOK_ENDPOINT_STATUSES = ['enabled', 'disabled'] as const;
export type WebhookEndpointStatus = (typeof WEBHOOK_ENDPOINT_STATUSES)[number];

export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    ...ownedColumns(),
    url: text('url').notNull(),
    // Exact Stripe event types, or '*' for every event.
    enabledEvents: text('enabled_events').array().notNull(),
    description: text('description'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
    apiVersion: text('api_version'),
    // A Connect endpoint hears connected accounts' events only; fingraph has none (see the service).
    connect: boolean('connect').notNull(),
    // The whsec_… signing secret (needed in clear to sign; returned by the API only at creation).
    secret: text('secret').notNull(),
    status: text('status', { enum: WEBHOOK_ENDPOINT_STATUSES }).notNull(),
    updated: ts('updated').notNull(),
    // Deleted endpoints stay as rows so their delivery history keeps its references; they are invisible.
    deletedAt: ts('deleted_at'),
  },
  (t) => [index('webhook_endpoints_list_idx').on(t.accountId, t.livemode, t.created.desc(), t.id.desc())],
);

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

/** One POST to an endpoint. `created` is when the request started. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    ...ownedColumns(),
    eventId: text('event_id').notNull(),
    webhookEndpointId: text('webhook_endpoint_id').notNull(),
    // The pg-boss job that made the attempt: a job re-run after a crash records nothing twice.
    jobId: text('job_id').notNull(),
    attemptNumber: integer('attempt_number').notNull(),
    trigger: text('trigger', { enum: WEBHOOK_ATTEMPT_TRIGGERS }).notNull(),
    succeeded: boolean('succeeded').notNull(),
    responseStatus: integer('response_status'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    nextRetryAt: ts('next_retry_at'),
  },
  (t) => [
    uniqueIndex('webhook_delivery_attempts_job_idx').on(t.jobId),
    uniqueIndex('webhook_delivery_attempts_number_idx').on(t.eventId, t.webhookEndpointId, t.attemptNumber),
    index('webhook_delivery_attempts_list_idx').on(t.webhookEndpointId, t.created.desc(), t.id.desc()),
  ],
);
