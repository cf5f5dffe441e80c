import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import type { CommandContext } from '../../kernel/command.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { assertMaxLength, findOne, whereEquals, whereNot } from '../shared.js';
import { prices, priceServe } from './price.table.js';

/** Price: a one-time, per-unit amount of a Product in one currency (what Orders and Tax calculations price). */
export type PriceRecord = Pick<
  Stripe.Price,
  | 'id'
  | 'object'
  | 'active'
  | 'billing_scheme'
  | 'created'
  | 'currency'
  | 'livemode'
  | 'lookup_key'
  | 'metadata'
  | 'nickname'
  | 'tax_behavior'
  | 'type'
  | 'unit_amount'
> & { product: string; unit_amount_decimal: string | null };

function validate(input: Params) {
  assertMaxLength(input.nickname, 5000, ['nickname']);
  assertMaxLength(input.lookup_key, 200, ['lookup_key']);
  if (input.metadata != null) validateMetadata(input.metadata);
}

/** Stripe: a lookup_key names one Price of the account at a time. */
async function assertLookupKeyFree(cmd: CommandContext, lookupKey: string | null | undefined, self: string | null) {
  if (!lookupKey) return;
  const taken = await findOne(cmd.tx, prices$().storage, cmd.scope, [whereEquals(prices$().storage, 'lookup_key', lookupKey), self ? whereNot(self) : null]);
  if (taken) throw parameterInvalid(['lookup_key'], `A price (\`${taken.id}\`) already uses that lookup key. Archive it or use another lookup key.`);
}

export const pricesResource = defineResource<PriceRecord>({
  object: 'price',
  table: prices,
  serve: priceServe,
  create: {
    validate(input) {
      validate(input);
      if (!input.product) throw parameterMissing(['product']);
      if (input.unit_amount == null) throw parameterMissing(['unit_amount']);
      if (input.unit_amount !== 0) assertAmount(input.unit_amount, ['unit_amount']);
    },
    async build({ input, cmd, lock }) {
      const product = await lock('product', input.product, ['product']);
      await assertLookupKeyFree(cmd, input.lookup_key, null);
      return {
        active: input.active ?? true,
        billing_scheme: 'per_unit',
        currency: input.currency,
        lookup_key: input.lookup_key ?? null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        nickname: input.nickname ?? null,
        product: product.id,
        tax_behavior: input.tax_behavior ?? 'unspecified',
        type: 'one_time',
        unit_amount: input.unit_amount,
        unit_amount_decimal: String(input.unit_amount),
      };
    },
  },
  update: {
    endpoint: 'update',
    event: 'price.updated',
    async apply({ input, record, cmd }) {
      validate(input);
      const changes: Partial<PriceRecord> = {};
      for (const key of ['active', 'nickname'] as const) if (input[key] !== undefined) (changes as Params)[key] = input[key];
      if (input.lookup_key !== undefined) {
        await assertLookupKeyFree(cmd, input.lookup_key, record.id);
        changes.lookup_key = input.lookup_key || null;
      }
      // Stripe: a price's tax_behavior can be set once, from unspecified.
      if (input.tax_behavior != null && input.tax_behavior !== record.tax_behavior) {
        if (record.tax_behavior !== 'unspecified')
          throw parameterInvalid(['tax_behavior'], 'The tax_behavior of a price can only be changed while it is unspecified.');
        changes.tax_behavior = input.tax_behavior;
      }
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      return changes;
    },
  },
  unsupported: { search: 'Stripe Search is not served.' },
  examples: {
    create: async (fx) => ({ currency: 'usd', unit_amount: 1999, product: (await fx.create('product')).id, tax_behavior: 'exclusive' }),
  },
});

const prices$ = () => pricesResource;
