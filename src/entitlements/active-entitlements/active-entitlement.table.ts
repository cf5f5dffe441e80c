import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `entitlements.active_entitlement`: derived rows (src/entitlements/active-entitlements/derive.ts), one per customer and feature. */
export const activeEntitlements = resourceTable('entitlements.active_entitlement', {
  table: 'entitlements_active_entitlements',
  types: { feature: text('feature').notNull() },
  internal: { customer: text('customer').notNull() },
  indexes: (t) => [index('entitlements_active_entitlements_customer_idx').on(t.account_id!, t.livemode!, t.customer!, t.created!.desc(), t.id!.desc())],
});
