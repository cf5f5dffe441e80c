import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { defineResource, resourceOf, type Params } from '../../layer/resource.js';
import { climateOrders } from './order.table.js';
import { byAmount, byTons, microTons, type PerTon } from './tons.js';

/**
 * Climate Order: a reservation of carbon removal from a catalogue Product (src/climate/catalogue.json),
 * by metric tons or by amount (fees included). Lifecycle (Stripe's statuses): open → confirmed →
 * delivered, or canceled before delivery. fingraph keeps no merchant balance, so an order is not
 * debited and never waits for funds (`awaiting_funds` is unreachable); test mode confirms it and
 * delivers it (one delivery per supplier, tons split evenly) after the test-mode delays.
 */
export type ClimateOrderRecord = Omit<Stripe.Climate.Order, 'metric_tons'> & { metric_tons: string };

type CatalogueProduct = {
  id: string;
  current_prices_per_metric_ton: Record<string, PerTon>;
  delivery_year: number;
  suppliers: string[];
  metric_tons_available: string;
};

export const climateOrdersResource = defineResource<ClimateOrderRecord>({
  object: 'climate.order',
  table: climateOrders,
  initial: 'open',
  create: {
    validate(input) {
      if (!input.product) throw parameterMissing(['product']);
      if ((input.amount == null) === (input.metric_tons == null)) throw parameterInvalid(['metric_tons'], 'Pass either metric_tons or amount, not both.');
      if (input.amount != null) assertAmount(input.amount);
      if (input.metric_tons != null && microTons(String(input.metric_tons)) === null)
        throw parameterInvalid(['metric_tons'], 'metric_tons must be a positive decimal with at most 6 decimal places.');
      if (input.metadata != null) validateMetadata(input.metadata);
      if (input.beneficiary && !input.beneficiary.public_name) throw parameterMissing(['beneficiary', 'public_name']);
    },
    async build({ cmd, input }) {
      // A catalogue Product (the same for every account): found, not locked.
      const product = (await resourceOf('climate.product').records(cmd.tx, cmd.scope, [input.product])).get(input.product) as unknown as
        | CatalogueProduct
        | undefined;
      if (!product) throw resourceMissing('climate product', input.product, ['product']);
      const currency = input.currency ?? 'usd';
      const price = product.current_prices_per_metric_ton[currency];
      if (!price) throw parameterInvalid(['currency'], `The product ${product.id} is not sold in ${currency}.`);
      const amounts = input.metric_tons != null ? byTons(price, microTons(String(input.metric_tons))!) : byAmount(price, input.amount);
      if (amounts.metric_tons === '0') throw parameterInvalid(['amount'], 'The amount buys less than a micro-ton.');
      if ((microTons(amounts.metric_tons) ?? 0n) > (microTons(product.metric_tons_available) ?? 0n))
        throw parameterInvalid(['metric_tons'], `The product ${product.id} has ${product.metric_tons_available} metric tons available.`);
      return {
        amount_fees: amounts.amount_fees,
        amount_subtotal: amounts.amount_subtotal,
        amount_total: amounts.amount_total,
        beneficiary: input.beneficiary ? { public_name: input.beneficiary.public_name } : undefined,
        canceled_at: null,
        cancellation_reason: null,
        certificate: null,
        confirmed_at: null,
        currency,
        delayed_at: null,
        delivered_at: null,
        delivery_details: [],
        expected_delivery_year: product.delivery_year,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        metric_tons: amounts.metric_tons,
        product: product.id,
        product_substituted_at: null,
      } as Partial<ClimateOrderRecord>;
    },
    // Test mode: Stripe confirms the reservation, then its suppliers deliver.
    schedule: ({ cmd }) =>
      cmd.scope.livemode
        ? []
        : [
            { action: 'confirm', at: cmd.now, phase: 'first' },
            { action: 'deliver', at: cmd.now, phase: 'second' },
          ],
  },
  update: {
    endpoint: 'update',
    from: ['open', 'awaiting_funds', 'confirmed'],
    // Stripe names no event for an update (nor for a confirmation): `climateOrderUpdated` still announces it.
    apply({ input, record }) {
      const changes: Partial<ClimateOrderRecord> = {};
      if (input.beneficiary !== undefined) {
        if (input.beneficiary && !input.beneficiary.public_name) throw parameterMissing(['beneficiary', 'public_name']);
        changes.beneficiary = input.beneficiary ? { public_name: input.beneficiary.public_name } : undefined;
      }
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      return changes;
    },
  },
  actions: {
    confirm: { from: ['open', 'awaiting_funds'], to: 'confirmed', stamp: 'confirmed_at' },
    deliver: {
      from: ['confirmed'],
      to: 'delivered',
      stamp: 'delivered_at',
      event: 'climate.order.delivered',
      async apply({ cmd, record }) {
        const product = (await resourceOf('climate.product').records(cmd.tx, cmd.scope, [record.product as string])).get(
          record.product as string,
        ) as unknown as CatalogueProduct;
        const suppliers = [...(await resourceOf('climate.supplier').records(cmd.tx, cmd.scope, product.suppliers)).values()] as unknown as Params[];
        const total = microTons(record.metric_tons)!;
        const share = total / BigInt(suppliers.length);
        const at = Math.floor(cmd.now.getTime() / 1000);
        return {
          delivery_details: suppliers.map((s, i) => ({
            delivered_at: at,
            location: s.locations?.[0] ?? null,
            metric_tons: (() => {
              const micro = i === suppliers.length - 1 ? total - share * BigInt(suppliers.length - 1) : share;
              const whole = micro / 1_000_000n;
              const frac = (micro % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
              return frac ? `${whole}.${frac}` : String(whole);
            })(),
            registry_url: null,
            supplier: s,
          })),
        } as Partial<ClimateOrderRecord>;
      },
    },
    cancel: {
      endpoint: 'cancel',
      from: ['open', 'awaiting_funds', 'confirmed'],
      to: 'canceled',
      stamp: 'canceled_at',
      event: 'climate.order.canceled',
      apply: () => ({ cancellation_reason: 'requested' }),
    },
  },
  examples: {
    create: () => ({ product: 'climsku_frontier_offtake_portfolio_2027', metric_tons: '0.5', beneficiary: { public_name: 'Example Co' } }),
    unreachable: { awaiting_funds: 'fingraph keeps no merchant balance: an order never waits for funds.' },
  },
});
