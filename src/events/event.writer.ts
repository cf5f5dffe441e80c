import { sql } from 'drizzle-orm';
import { query, timestamptz } from '../db/sql.js';
import { notifyAtCommit } from '../db/tx.js';
import type { CommandContext } from '../kernel/command.js';
import { newId } from '../kernel/ids.js';
import { API_VERSION, EVENTS_CHANNEL, eventRowToStripe, type StripeEvent } from './event.stripe.js';
import { insertDeliveriesSql, sendFirstDeliveryJobs } from './webhooks/webhook-delivery.service.js';

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
  const data: Record<string, unknown> = { object };
  if (previousAttributes) data.previous_attributes = previousAttributes;
  const row = {
    id: newId('evt'),
    accountId: scope.accountId,
    livemode: scope.livemode,
    created: cmd.now,
    seq: 0,
    type,
    apiVersion: API_VERSION,
    data,
    objectId,
    requestId: cmd.requestId,
    requestIdempotencyKey: cmd.idempotencyKey,
    pendingWebhooks: 0,
  };
  // One statement (was three): the sequence number, the webhook deliveries (one per matching endpoint,
  // so an event is delivered if and only if it commits; their number is its initial pending_webhooks)
  // and the event row. A hot-path template (src/db/sql.ts): its columns are those of events.
  const [out] = await query(
    tx,
    sql`with s as (update accounts set event_seq = event_seq + 1 where id = ${scope.accountId} returning event_seq),
      w as (${insertDeliveriesSql(cmd, row)}),
      e as (
        insert into events (id, account_id, livemode, created, seq, type, api_version, data, object_id, request_id, request_idempotency_key, pending_webhooks)
        select ${row.id}::text, ${row.accountId}::text, ${row.livemode}::boolean, ${timestamptz(row.created)}::timestamptz, s.event_seq, ${type}::text,
          ${API_VERSION}::text, ${JSON.stringify(data)}::jsonb, ${objectId}::text, ${row.requestId}::text, ${row.requestIdempotencyKey}::text,
          (select count(*) from w)::int
        from s returning seq)
      select (select seq from e) as seq, array(select webhook_endpoint_id from w) as endpoints`,
  );
  if (out?.seq == null) throw new Error(`emitEvent: no account ${scope.accountId}`);
  const endpoints = (out.endpoints as string[] | null) ?? [];
  row.seq = Number(out.seq);
  row.pendingWebhooks = endpoints.length;
  await sendFirstDeliveryJobs(cmd, row.id, endpoints);
  const event = eventRowToStripe(row);
  await notifyAtCommit(tx, EVENTS_CHANNEL, notificationPayload(row.accountId, row.seq, event));
  return event;
}

/** NOTIFY payloads are capped at 8000 bytes: carry the event when it fits, else only its id. */
function notificationPayload(accountId: string, seq: number, event: StripeEvent): string {
  const full = JSON.stringify({ accountId, seq, event });
  return Buffer.byteLength(full) < 7900 ? full : JSON.stringify({ accountId, seq, id: event.id });
}
