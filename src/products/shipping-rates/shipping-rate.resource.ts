import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params } from '../../layer/resource.js';
import type { Storage } from '../../layer/storage.js';
import { columnSql } from '../../layer/store.js';
import { assertMaxLength } from '../shared.js';
import { shippingRates, shippingRateServe } from './shipping-rate.table.js';

/**
 * ShippingRate: a fixed shipping amount an Order names in `shipping_cost.shipping_rate` (or describes
 * inline in `shipping_rate_data`, validated by the same rules). Stripe's tax_behavior can be set once,
 * from `unspecified`.
 */
export type ShippingRateRecord = Pick<
  Stripe.ShippingRate,
  'id' | 'object' | 'active' | 'created' | 'delivery_estimate' | 'display_name' | 'livemode' | 'metadata' | 'tax_behavior' | 'tax_code' | 'type'
> & { fixed_amount: { amount: number; currency: string } };

const UNITS = ['business_day', 'day', 'hour', 'month', 'week'];

/** The rate's fields from `create` (or an Order's `shipping_rate_data`) params; `at` is where they are. */
export function shippingRateFields(input: Params, at: string[]) {
  if (!input.display_name) throw parameterMissing([...at, 'display_name']);
  assertMaxLength(input.display_name, 100, [...at, 'display_name']);
  if ((input.type ?? 'fixed_amount') !== 'fixed_amount') throw parameterInvalid([...at, 'type'], 'type must be fixed_amount.');
  const fixed = input.fixed_amount;
  if (!fixed) throw parameterMissing([...at, 'fixed_amount']);
  if (!Number.isInteger(fixed.amount) || fixed.amount < 0) throw parameterInvalid([...at, 'fixed_amount', 'amount'], 'amount must be a non-negative integer.');
  if (!fixed.currency) throw parameterMissing([...at, 'fixed_amount', 'currency']);
  if (fixed.currency_options != null) throw parameterInvalid([...at, 'fixed_amount', 'currency_options'], 'Per-currency amounts are not served.');
  let estimate = null;
  if (input.delivery_estimate) {
    estimate = { maximum: null, minimum: null } as Stripe.ShippingRate.DeliveryEstimate;
    for (const end of ['minimum', 'maximum'] as const) {
      const e = input.delivery_estimate[end];
      if (!e) continue;
      if (!UNITS.includes(e.unit)) throw parameterInvalid([...at, 'delivery_estimate', end, 'unit'], `unit must be one of ${UNITS.join(', ')}.`);
      if (!Number.isInteger(e.value) || e.value < 1) throw parameterInvalid([...at, 'delivery_estimate', end, 'value'], 'value must be a positive integer.');
      estimate[end] = { unit: e.unit, value: e.value } as Stripe.ShippingRate.DeliveryEstimate.Maximum;
    }
  }
  if (input.tax_code != null && !/^txcd_\d{8}$/.test(input.tax_code)) throw parameterInvalid([...at, 'tax_code'], `Invalid tax_code: '${input.tax_code}'.`);
  return {
    delivery_estimate: estimate,
    display_name: input.display_name as string,
    fixed_amount: { amount: fixed.amount as number, currency: String(fixed.currency).toLowerCase() },
    metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
    tax_behavior: (input.tax_behavior ?? 'unspecified') as 'exclusive' | 'inclusive' | 'unspecified',
    tax_code: (input.tax_code ?? null) as string | null,
    type: 'fixed_amount' as const,
  };
}

export const shippingRatesResource = defineResource<ShippingRateRecord>({
  object: 'shipping_rate',
  table: shippingRates,
  serve: shippingRateServe,
  refs: { tax_code: 'tax_code' },
  enumNames: { 'fixed_amount.currency_options.tax_behavior': 'ShippingRateTaxBehavior', 'delivery_estimate.maximum.unit': 'ShippingRateDeliveryEstimateUnit' },
  list: {
    filters: {
      currency: (value: string, storage: Storage) => sql`${columnSql(storage, 'fixed_amount')}->>'currency' = ${String(value).toLowerCase()}`,
    },
  },
  create: {
    validate: (input) => void shippingRateFields(input, []),
    build: async ({ input }) => ({ active: true, ...shippingRateFields(input, []) }),
  },
  update: {
    endpoint: 'update',
    event: 'shipping_rate.updated',
    async apply({ input, record }) {
      const changes: Partial<ShippingRateRecord> = {};
      if (input.tax_behavior != null && input.tax_behavior !== record.tax_behavior) {
        if (record.tax_behavior !== 'unspecified') throw parameterInvalid(['tax_behavior'], 'tax_behavior cannot be changed once it is set.');
        changes.tax_behavior = input.tax_behavior;
      }
      if (input.active != null) changes.active = input.active;
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      return changes;
    },
  },
  examples: {
    create: () => ({
      display_name: 'Ground shipping',
      fixed_amount: { amount: 500, currency: 'usd' },
      delivery_estimate: { minimum: { unit: 'business_day', value: 3 }, maximum: { unit: 'business_day', value: 5 } },
      tax_behavior: 'exclusive',
    }),
  },
});

/** The account's own ShippingRate named by `id` (an Order's or a Tax calculation's `shipping_cost.shipping_rate`); another account's: resource_missing at `at`. */
export async function ownShippingRate(cmd: CommandContext, id: string, at: string[]): Promise<ShippingRateRecord> {
  const rate = (await shippingRatesResource.records(cmd.tx, cmd.scope, [id])).get(id);
  if (!rate) throw resourceMissing('shipping rate', id, at);
  return rate;
}
