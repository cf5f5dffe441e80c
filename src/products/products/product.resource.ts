import type Stripe from 'stripe';
import { parameterInvalid, resourceMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { assertMaxLength } from '../shared.js';
import { products, productServe } from './product.table.js';

/**
 * Product: what a customer buys (Stripe's Products API, the part Orders, Prices and Entitlements
 * need). Archiving is `active: false`; a Product's Prices name it.
 */
export type ProductRecord = Pick<
  Stripe.Product,
  'id' | 'object' | 'active' | 'created' | 'description' | 'livemode' | 'metadata' | 'name' | 'type' | 'updated' | 'url'
> & { default_price: string | null; tax_code: string | null };

function validate(input: Params, creating: boolean) {
  if (creating || input.name !== undefined) {
    if (typeof input.name !== 'string' || input.name.trim() === '') throw parameterInvalid(['name'], 'A product needs a name.');
  }
  assertMaxLength(input.name, 250, ['name']);
  assertMaxLength(input.description, 40000, ['description']);
  assertMaxLength(input.url, 5000, ['url']);
  if (input.tax_code != null && !/^txcd_\d{8}$/.test(input.tax_code)) throw parameterInvalid(['tax_code'], `Invalid tax_code: '${input.tax_code}'.`);
  if (input.metadata != null) validateMetadata(input.metadata);
}

export const productsResource = defineResource<ProductRecord>({
  object: 'product',
  table: products,
  serve: productServe,
  refs: { tax_code: 'tax_code' },
  create: {
    validate: (input) => validate(input, true),
    build: async ({ input, cmd }) => ({
      active: input.active ?? true,
      default_price: null,
      description: input.description ?? null,
      metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
      name: input.name,
      tax_code: input.tax_code ?? null,
      type: input.type ?? 'service',
      updated: Math.floor(cmd.now.getTime() / 1000),
      url: input.url ?? null,
    }),
  },
  update: {
    endpoint: 'update',
    event: 'product.updated',
    async apply({ input, record, cmd }) {
      validate(input, false);
      const changes: Partial<ProductRecord> = {};
      for (const key of ['active', 'description', 'name', 'tax_code', 'url'] as const) if (input[key] !== undefined) (changes as Params)[key] = input[key];
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      if (input.default_price !== undefined) {
        if (input.default_price !== null && input.default_price !== '') {
          const { pricesResource } = await import('../prices/price.resource.js');
          const price = (await pricesResource.records(cmd.tx, cmd.scope, [input.default_price])).get(input.default_price);
          if (!price || price.product !== record.id) throw resourceMissing('price', input.default_price, ['default_price']);
          changes.default_price = price.id;
        } else changes.default_price = null;
      }
      if (Object.keys(changes).length) changes.updated = Math.floor(cmd.now.getTime() / 1000);
      return changes;
    },
  },
  unsupported: {
    del: 'Products are archived (active: false), not deleted: Orders and Prices keep pointing at them.',
    search: 'Stripe Search is not served.',
  },
  examples: { create: () => ({ name: 'Gold plan', description: 'Everything', metadata: { tier: 'gold' } }) },
});
