import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's Coupon: what an Order's `discounts` need (an amount or a percent
 * off, a redemption limit and date). Per-currency amounts, product restrictions and durations beyond
 * Stripe's values (an Order is paid once) are stored as given.
 */
export const couponServe = {
  fields: [
    'amount_off',
    'created',
    'currency',
    'duration',
    'duration_in_months',
    'livemode',
    'max_redemptions',
    'metadata',
    'name',
    'percent_off',
    'redeem_by',
    'times_redeemed',
    'valid',
  ],
  params: {
    create: ['amount_off', 'currency', 'duration', 'duration_in_months', 'max_redemptions', 'metadata', 'name', 'percent_off', 'redeem_by'],
    update: ['metadata', 'name'],
    list: ['created'],
  },
};

export const coupons = resourceTable('coupon', {
  table: 'coupons',
  serve: couponServe,
  omit: ['valid'],
  indexes: (t) => [index('coupons_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
