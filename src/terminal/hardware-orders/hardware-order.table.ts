import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `terminal.hardware_order` (preview): an order of Terminal hardware, its items, shipping and taxes as jsonb. */
export const terminalHardwareOrders = resourceTable('terminal.hardware_order', {
  table: 'terminal_hardware_orders',
  indexes: (t) => [index('terminal_hardware_orders_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
