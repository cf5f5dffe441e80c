import type Stripe from 'stripe';
import { and, eq, isNull } from 'drizzle-orm';
import { anyOf } from '../../db/sql.js';
import type { Executor } from '../../db/client.js';
import { unix } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, type PageArgs } from '../../kernel/pagination.js';
import { webhookDeliveryAttempts as attempts, webhookEndpoints as we, type WebhookAttemptTrigger } from './webhook-endpoint.table.js';

export type StripeWebhookEndpoint = Stripe.WebhookEndpoint;
export type WebhookEndpointRow = typeof we.$inferSelect;
export type DeliveryAttemptRow = typeof attempts.$inferSelect;

/** Stripe's object. The secret is added only by create (Stripe returns it at creation only). */
export function webhookEndpointToStripe(r: WebhookEndpointRow): StripeWebhookEndpoint {
  return {
    id: r.id,
    object: 'webhook_endpoint',
    api_version: r.apiVersion,
    application: null,
    created: unix(r.created),
    description: r.description,
    enabled_events: r.enabledEvents,
    livemode: r.livemode,
    metadata: r.metadata,
    status: r.status,
    url: r.url,
  };
}

/** A delivery attempt as the API shows it (not a Stripe object: Stripe shows these in its Dashboard only). */
export interface DeliveryAttempt {
  id: string;
  eventId: string;
  webhookEndpointId: string;
  attemptNumber: number;
  trigger: WebhookAttemptTrigger;
  succeeded: boolean;
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
  created: Date;
  nextRetryAt: Date | null;
}

const attemptOf = (r: DeliveryAttemptRow): DeliveryAttempt => ({
  id: r.id,
  eventId: r.eventId,
  webhookEndpointId: r.webhookEndpointId,
  attemptNumber: r.attemptNumber,
  trigger: r.trigger,
  succeeded: r.succeeded,
  responseStatus: r.responseStatus,
  error: r.error,
  durationMs: r.durationMs,
  created: r.created,
  nextRetryAt: r.nextRetryAt,
});

const visible = (scope: Scope) => [eq(we.accountId, scope.accountId), eq(we.livemode, scope.livemode), isNull(we.deletedAt)];

export async function findWebhookEndpoints(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await db.select().from(we).where(and(...visible(scope), anyOf(we.id, ids)));
  return new Map(rows.map((r) => [r.id, webhookEndpointToStripe(r)]));
}

/** The endpoint's row, locked for the rest of the transaction; null when absent, foreign or deleted. */
export async function lockWebhookEndpoint(db: Executor, scope: Scope, id: string): Promise<WebhookEndpointRow | null> {
  const [row] = await db.select().from(we).where(and(...visible(scope), eq(we.id, id))).for('update');
  return row ?? null;
}

export function listWebhookEndpoints(db: Executor, scope: Scope, args: PageArgs) {
  return keysetPage<WebhookEndpointRow, StripeWebhookEndpoint>({ db, table: we, where: visible(scope), args, map: webhookEndpointToStripe });
}

export function listDeliveryAttempts(db: Executor, scope: Scope, f: { webhookEndpoint: string; event?: string | null }, args: PageArgs) {
  return keysetPage<DeliveryAttemptRow, DeliveryAttempt>({
    db,
    table: attempts,
    where: [
      eq(attempts.accountId, scope.accountId),
      eq(attempts.livemode, scope.livemode),
      eq(attempts.webhookEndpointId, f.webhookEndpoint),
      f.event ? eq(attempts.eventId, f.event) : undefined,
    ],
    args,
    map: attemptOf,
  });
}
