import { sql } from 'drizzle-orm';
import { query } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import type { CommandContext } from '../../kernel/command.js';
import { newId } from '../../kernel/ids.js';
import { resourceOf } from '../../layer/resource.js';
import { deleteRecord, insertRecord } from '../../layer/store.js';
import { rowToRecord } from '../../layer/storage.js';

/**
 * Active entitlements are derived: a customer is entitled to every active Feature attached to a
 * Product of one of its completed Orders. Each change that can move that set (an order completes, a
 * feature is attached, detached, archived or restored) recomputes the customers concerned, in the same
 * transaction, and announces each changed set as `entitlements.active_entitlement_summary.updated`.
 */
export async function refreshEntitlements(cmd: CommandContext, customer: string): Promise<void> {
  const { accountId, livemode } = cmd.scope;
  const wanted = await query(
    cmd.tx,
    sql`select distinct f.id, f.lookup_key from orders o
        cross join lateral jsonb_array_elements(o.line_items->'data') li
        join product_features pf on pf.account_id = o.account_id and pf.livemode = o.livemode and pf.product = li->>'product'
        join entitlements_features f on f.account_id = o.account_id and f.livemode = o.livemode and f.id = pf.entitlement_feature and f.active
        where o.account_id = ${accountId} and o.livemode = ${livemode} and o.customer = ${customer} and o.status = 'complete'
        order by f.id`,
  );
  const resource = resourceOf('entitlements.active_entitlement');
  const storage = resource.storage;
  const existing = (
    await query(
      cmd.tx,
      sql`select * from entitlements_active_entitlements where account_id = ${accountId} and livemode = ${livemode} and customer = ${customer} for update`,
    )
  ).map((raw) => rowToRecord(storage, raw) as unknown as { id: string; feature: string; lookup_key: string });
  const want = new Set(wanted.map((w) => String(w.id)));
  const have = new Set(existing.map((e) => e.feature));
  const removed = existing.filter((e) => !want.has(e.feature));
  const added = wanted.filter((w) => !have.has(String(w.id)));
  if (removed.length === 0 && added.length === 0) return;
  for (const e of removed) await deleteRecord(cmd.tx, storage, e.id, cmd.now);
  for (const w of added)
    await insertRecord(cmd.tx, storage, cmd.scope, cmd.now, { id: newId('ent'), feature: String(w.id), lookup_key: String(w.lookup_key), customer, livemode });
  const summary = (list: { id: string; feature: string; lookup_key: string }[]) => ({
    object: 'list',
    data: list.map((e) => ({ id: e.id, object: 'entitlements.active_entitlement', feature: e.feature, livemode, lookup_key: e.lookup_key })),
    has_more: false,
    url: `/v1/customer/${customer}/entitlements`,
  });
  const now = (
    await query(
      cmd.tx,
      sql`select * from entitlements_active_entitlements where account_id = ${accountId} and livemode = ${livemode} and customer = ${customer} order by created desc, id desc`,
    )
  ).map((raw) => rowToRecord(storage, raw) as unknown as { id: string; feature: string; lookup_key: string });
  // Stripe's summary object has no id of its own: the event is about the customer.
  const object = { object: 'entitlements.active_entitlement_summary', customer, entitlements: summary(now), livemode } as unknown as { id: string };
  await emitEvent(cmd, 'entitlements.active_entitlement_summary.updated', object, { entitlements: summary(existing) }, customer);
}

/** Customers with a completed order of the product. */
async function buyersOf(cmd: CommandContext, product: string): Promise<string[]> {
  const rows = await query(
    cmd.tx,
    sql`select distinct customer from orders where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode}
        and status = 'complete' and customer is not null and line_items->'data' @> ${JSON.stringify([{ product }])}::jsonb order by customer`,
  );
  return rows.map((r) => String(r.customer));
}

export async function refreshEntitlementsOfProduct(cmd: CommandContext, product: string): Promise<void> {
  for (const customer of await buyersOf(cmd, product)) await refreshEntitlements(cmd, customer);
}

export async function refreshEntitlementsOfFeature(cmd: CommandContext, feature: string): Promise<void> {
  const products = await query(
    cmd.tx,
    sql`select distinct product from product_features where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and entitlement_feature = ${feature}`,
  );
  const customers = new Set<string>();
  for (const p of products) for (const c of await buyersOf(cmd, String(p.product))) customers.add(c);
  for (const c of [...customers].sort()) await refreshEntitlements(cmd, c);
}
