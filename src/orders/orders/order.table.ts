import { index, jsonb } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of the (retired beta) Order: line items of Prices or Products, a customer,
 * discounts from Coupons and PromotionCodes, shipping at a ShippingRate, automatic tax from Stripe
 * Tax. Payment settings are not served.
 */
export const orderServe = {
  fields: [
    'amount_subtotal',
    'amount_total',
    'automatic_tax',
    'billing_details',
    'client_secret',
    'created',
    'currency',
    'customer',
    'description',
    'discounts',
    'ip_address',
    'line_items',
    'livemode',
    'metadata',
    'payment',
    'shipping_cost',
    'shipping_details',
    'status',
    'tax_details',
    'total_details',
  ],
  params: {
    create: [
      'automatic_tax',
      'billing_details',
      'currency',
      'customer',
      'description',
      'discounts',
      'ip_address',
      'line_items',
      'metadata',
      'shipping_cost',
      'shipping_details',
      'tax_details',
    ],
    update: [
      'automatic_tax',
      'billing_details',
      'currency',
      'customer',
      'description',
      'discounts',
      'ip_address',
      'line_items',
      'metadata',
      'shipping_cost',
      'shipping_details',
      'tax_details',
    ],
    list: ['customer'],
  },
};

export const orders = resourceTable('order', {
  table: 'orders',
  serve: orderServe,
  internal: {
    /** The fixed shipping rate the order was given (`shipping_cost.shipping_rate_data`): amounts are recomputed from it. */
    shipping_rate_data: jsonb('shipping_rate_data'),
    /** The Coupons (and PromotionCodes) behind `discounts`, in order: amounts are recomputed from them. */
    discount_sources: jsonb('discount_sources'),
  },
  indexes: (t) => [
    index('orders_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('orders_customer_idx').on(t.customer!, t.created!.desc()),
  ],
});
