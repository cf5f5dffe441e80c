import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `climate.order`. */
export const climateOrders = resourceTable('climate.order', {
  table: 'climate_orders',
  indexes: (t) => [index('climate_orders_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
