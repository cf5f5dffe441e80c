import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's ShippingRate: a fixed amount in one currency with a delivery
 * estimate and its tax behaviour (what an Order's `shipping_cost.shipping_rate` needs). Per-currency
 * amounts (`fixed_amount.currency_options`) are not served.
 */
export const shippingRateServe = {
  fields: ['active', 'created', 'delivery_estimate', 'display_name', 'fixed_amount', 'livemode', 'metadata', 'tax_behavior', 'tax_code', 'type'],
  params: {
    create: ['delivery_estimate', 'display_name', 'fixed_amount', 'metadata', 'tax_behavior', 'tax_code', 'type'],
    update: ['active', 'metadata', 'tax_behavior'],
    list: ['active', 'created', 'currency'],
  },
};

export const shippingRates = resourceTable('shipping_rate', {
  table: 'shipping_rates',
  serve: shippingRateServe,
  indexes: (t) => [index('shipping_rates_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
