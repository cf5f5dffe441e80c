import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { assertMaxLength } from '../shared.js';
import { coupons, couponServe } from './coupon.table.js';

/**
 * Coupon: an amount or a percent off, applied to an Order through its `discounts` (directly or by a
 * PromotionCode). `times_redeemed` counts the completed orders that used it; it is `valid` until
 * `redeem_by` or `max_redemptions`.
 */
export type CouponRecord = Pick<
  Stripe.Coupon,
  | 'id'
  | 'object'
  | 'amount_off'
  | 'created'
  | 'currency'
  | 'duration'
  | 'duration_in_months'
  | 'livemode'
  | 'max_redemptions'
  | 'metadata'
  | 'name'
  | 'percent_off'
  | 'redeem_by'
  | 'times_redeemed'
>;

/** Stripe's rule: valid until its redeem_by date or its redemption limit. */
export const couponValid = (c: CouponRecord, nowSeconds: number) =>
  (c.redeem_by == null || c.redeem_by > nowSeconds) && (c.max_redemptions == null || c.times_redeemed < c.max_redemptions);

function validate(input: Params) {
  const hasAmount = input.amount_off != null;
  const hasPercent = input.percent_off != null;
  if (hasAmount === hasPercent)
    throw hasAmount ? parameterInvalid(['percent_off'], 'A coupon takes exactly one of amount_off and percent_off.') : parameterMissing(['amount_off']);
  if (hasAmount) {
    if (!Number.isInteger(input.amount_off) || input.amount_off < 1) throw parameterInvalid(['amount_off'], 'amount_off must be a positive integer.');
    if (!input.currency) throw parameterMissing(['currency']);
  }
  if (hasPercent && !(input.percent_off > 0 && input.percent_off <= 100))
    throw parameterInvalid(['percent_off'], 'percent_off must be greater than 0 and at most 100.');
  if (input.duration === 'repeating' && !(Number.isInteger(input.duration_in_months) && input.duration_in_months > 0))
    throw parameterMissing(['duration_in_months']);
  if (input.duration !== 'repeating' && input.duration_in_months != null)
    throw parameterInvalid(['duration_in_months'], 'duration_in_months is only for repeating coupons.');
  if (input.max_redemptions != null && !(Number.isInteger(input.max_redemptions) && input.max_redemptions > 0))
    throw parameterInvalid(['max_redemptions'], 'max_redemptions must be a positive integer.');
  assertMaxLength(input.name, 40, ['name']);
  if (input.metadata != null) validateMetadata(input.metadata);
}

export const couponsResource = defineResource<CouponRecord>({
  object: 'coupon',
  table: coupons,
  serve: couponServe,
  computed: { valid: (r) => couponValid(r, Math.floor(Date.now() / 1000)) },
  create: {
    validate,
    build: async ({ input }) => ({
      amount_off: input.amount_off ?? null,
      currency: input.currency ? String(input.currency).toLowerCase() : null,
      duration: input.duration ?? 'once',
      duration_in_months: input.duration_in_months ?? null,
      max_redemptions: input.max_redemptions ?? null,
      metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
      name: input.name ?? null,
      percent_off: input.percent_off ?? null,
      redeem_by: input.redeem_by ?? null,
      times_redeemed: 0,
    }),
  },
  update: {
    endpoint: 'update',
    event: 'coupon.updated',
    async apply({ input, record }) {
      assertMaxLength(input.name, 40, ['name']);
      const changes: Partial<CouponRecord> = {};
      if (input.name !== undefined) changes.name = input.name || null;
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata ?? {}, validateMetadata(input.metadata));
      return changes;
    },
  },
  unsupported: { del: 'Coupons are not deleted: the Orders that used one keep pointing at it.' },
  examples: { create: () => ({ percent_off: 25, duration: 'once', name: 'Quarter off' }) },
});
