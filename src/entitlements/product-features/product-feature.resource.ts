import { sql } from 'drizzle-orm';
import { query } from '../../db/sql.js';
import { parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { defineResource } from '../../layer/resource.js';
import { refreshEntitlementsOfProduct } from '../active-entitlements/derive.js';
import { productFeatures } from './product-feature.table.js';

/**
 * ProductFeature: a Feature attached to a Product (Stripe's /v1/products/{id}/features). Attaching or
 * detaching changes the entitlements of the customers who bought the Product.
 */
export interface ProductFeatureRecord {
  id: string;
  object: 'product_feature';
  created: number;
  livemode: boolean;
  entitlement_feature: string;
  product: string;
}

export const productFeaturesResource = defineResource<ProductFeatureRecord>({
  object: 'product_feature',
  table: productFeatures,
  connections: [
    { on: 'product', by: 'product', field: 'features', description: "The Features attached to this Product (Stripe's listFeatures), newest first." },
  ],
  create: {
    endpoint: 'createFeature',
    mutation: 'createProductFeature',
    validate(input) {
      if (!input.entitlement_feature) throw parameterMissing(['entitlement_feature']);
    },
    async build({ cmd, input, lock }) {
      // `id` is the path's Product.
      const product = await lock('product', String(input.id), ['id']);
      const feature = await lock('entitlements.feature', input.entitlement_feature, ['entitlement_feature']);
      const [attached] = await query(
        cmd.tx,
        sql`select id from product_features where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and product = ${product.id} and entitlement_feature = ${feature.id}`,
      );
      if (attached) throw parameterInvalid(['entitlement_feature'], `The feature ${feature.id} is already attached to ${product.id} (\`${attached.id}\`).`);
      return { product: product.id, entitlement_feature: feature.id };
    },
    event: null,
    after: async (ctx, saved) => {
      await refreshEntitlementsOfProduct(ctx.cmd, saved.product);
    },
  },
  delete: {
    endpoint: 'deleteFeature',
    mutation: 'deleteProductFeature',
    after: async (ctx, saved) => {
      await refreshEntitlementsOfProduct(ctx.cmd, saved.product);
    },
  },
  unsupported: {
    retrieveFeature: 'Served as productFeature(id:) and node(id:) (the id alone names it).',
  },
  examples: {
    create: async (fx) => ({ id: (await fx.create('product')).id, entitlement_feature: (await fx.create('entitlements.feature')).id }),
    // The create's `id` is the path's Product: what a create on another id is also given.
    params: { create: (o) => ({ entitlement_feature: o.entitlement_feature }) },
    // No optional param: another request attaches another feature (refused by the key before it is read).
    vary: (p) => ({ ...p, entitlement_feature: 'feat_different' }),
  },
});
