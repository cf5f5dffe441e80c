import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's Customer: the party an OutboundPayment pays. Only what it stores
 * (name, email, description, metadata); the spec's other fields and params are not served.
 */
export const customerServe = {
  fields: ['created', 'description', 'email', 'livemode', 'metadata', 'name'],
  params: { create: ['description', 'email', 'metadata', 'name'], list: ['created', 'email'] },
};

/** Storage of `customer` (the first release's table). */
export const customers = resourceTable('customer', {
  table: 'customers',
  serve: customerServe,
  indexes: (t) => [index('customers_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
