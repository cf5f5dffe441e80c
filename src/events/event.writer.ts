import { sql } from 'drizzle-orm';
import { insertRow, query } from '../db/sql.js';
import type { CommandContext } from '../kernel/command.js';
import { newId } from '../kernel/ids.js';
import { API_VERSION, EVENTS_CHANNEL, eventRowToStripe, type StripeEvent } from './event.stripe.js';
import { events } from './event.table.js';
import { enqueueWebhookDeliveries } from './webhooks/webhook-delivery.service.js';

/**
 * The only event writer. Runs inside the command's transaction: bumping the account's event
 * sequence locks the account row until commit, so sequence order is commit order. pg_notify is
 * transactional: subscribers hear of the event only once it has committed, never on rollback.
 */
export async function emitEvent(
  cmd: CommandContext,
  type: string,
  object: { id: string },
  previousAttributes?: Record<string, unknown>,
  /** For an object without an id (an account's `tax.settings`): what the event is indexed under. */
  objectId: string = object.id,
): Promise<StripeEvent> {
  const { tx, scope } = cmd;
  const [bumped] = await query(tx, sql`update accounts set event_seq = event_seq + 1 where id = ${scope.accountId} returning event_seq`);
  const data: Record<string, unknown> = { object };
  if (previousAttributes) data.previous_attributes = previousAttributes;
  const row = {
    id: newId('evt'),
    accountId: scope.accountId,
    livemode: scope.livemode,
    created: cmd.now,
    seq: Number(bumped!.event_seq),
    type,
    apiVersion: API_VERSION,
    data,
    objectId,
    requestId: cmd.requestId,
    requestIdempotencyKey: cmd.idempotencyKey,
    pendingWebhooks: 0,
  };
  // Webhooks: one delivery job per matching endpoint, enqueued in this same transaction (so an event is
  // delivered if and only if it commits); their number is the event's initial pending_webhooks.
  row.pendingWebhooks = await enqueueWebhookDeliveries(cmd, row);
  await insertRow(tx, events, row);
  const event = eventRowToStripe(row);
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${notificationPayload(row.accountId, row.seq, event)})`);
  return event;
}

/** NOTIFY payloads are capped at 8000 bytes: carry the event when it fits, else only its id. */
function notificationPayload(accountId: string, seq: number, event: StripeEvent): string {
  const full = JSON.stringify({ accountId, seq, event });
  return Buffer.byteLength(full) < 7900 ? full : JSON.stringify({ accountId, seq, id: event.id });
}
