import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `product_feature`: a Feature attached to a Product (the Product's id is the path's, kept in a column). */
export const productFeatures = resourceTable('product_feature', {
  table: 'product_features',
  types: { entitlement_feature: text('entitlement_feature').notNull() },
  internal: { product: text('product').notNull() },
  indexes: (t) => [
    index('product_features_product_idx').on(t.product!, t.created!.desc(), t.id!.desc()),
    index('product_features_feature_idx').on(t.entitlement_feature!),
  ],
});
