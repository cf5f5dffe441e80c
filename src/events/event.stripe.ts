import type Stripe from 'stripe';
import { unix } from '../kernel/clock.js';
import type { events } from './event.table.js';

/** The Stripe API version whose shapes fingraph reproduces (stripe npm 23.1.0). */
export const API_VERSION = '2026-10-28.endive';
export const EVENTS_CHANNEL = 'fingraph_events';

export type StripeEvent = Omit<Stripe.Event, 'type' | 'data'> & {
  type: string;
  data: { object: Record<string, unknown> & { id: string }; previous_attributes?: Record<string, unknown> };
};

type EventRow = typeof events.$inferSelect;

export function eventRowToStripe(row: Omit<EventRow, 'objectId'> & { objectId?: string }): StripeEvent {
  return {
    id: row.id,
    object: 'event',
    api_version: row.apiVersion,
    created: unix(row.created),
    data: row.data as StripeEvent['data'],
    livemode: row.livemode,
    pending_webhooks: row.pendingWebhooks,
    request: { id: row.requestId, idempotency_key: row.requestIdempotencyKey },
    type: row.type,
  } as StripeEvent;
}
