import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's Product: what Orders, Prices and Entitlements need (a name, a
 * default price, a tax code, active/archived). Images, package dimensions and the rest are not served.
 */
export const productServe = {
  fields: ['active', 'created', 'default_price', 'description', 'livemode', 'metadata', 'name', 'tax_code', 'type', 'updated', 'url'],
  params: {
    create: ['active', 'description', 'metadata', 'name', 'tax_code', 'type', 'url'],
    update: ['active', 'default_price', 'description', 'metadata', 'name', 'tax_code', 'url'],
    list: ['active', 'created', 'type', 'url'],
  },
};

export const products = resourceTable('product', {
  table: 'products',
  serve: productServe,
  indexes: (t) => [index('products_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
