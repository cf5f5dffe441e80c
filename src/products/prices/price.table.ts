import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's Price: one-time, per-unit prices (what Orders and Tax
 * calculations need). Recurring, tiered and custom-amount prices are not served.
 */
export const priceServe = {
  fields: [
    'active',
    'billing_scheme',
    'created',
    'currency',
    'livemode',
    'lookup_key',
    'metadata',
    'nickname',
    'product',
    'tax_behavior',
    'type',
    'unit_amount',
    'unit_amount_decimal',
  ],
  params: {
    create: ['active', 'currency', 'lookup_key', 'metadata', 'nickname', 'product', 'tax_behavior', 'unit_amount'],
    update: ['active', 'lookup_key', 'metadata', 'nickname', 'tax_behavior'],
    list: ['active', 'created', 'currency', 'product', 'type'],
  },
  values: { type: ['one_time'], billing_scheme: ['per_unit'] },
};

export const prices = resourceTable('price', {
  table: 'prices',
  serve: priceServe,
  indexes: (t) => [
    index('prices_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('prices_product_idx').on(t.product!, t.created!.desc()),
    index('prices_lookup_key_idx').on(t.account_id!, t.livemode!, t.lookup_key!),
  ],
});
