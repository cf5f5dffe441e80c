import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's PromotionCode: a customer-facing code for a Coupon, optionally for
 * one customer, with an expiry and a redemption limit. Restrictions (minimum amounts, first-time
 * transactions) and customer accounts are not served.
 */
export const promotionCodeServe = {
  fields: ['active', 'code', 'created', 'customer', 'expires_at', 'livemode', 'max_redemptions', 'metadata', 'promotion', 'times_redeemed'],
  params: {
    create: ['active', 'code', 'customer', 'expires_at', 'max_redemptions', 'metadata', 'promotion'],
    update: ['active', 'metadata'],
    list: ['active', 'code', 'coupon', 'created', 'customer'],
  },
};

export const promotionCodes = resourceTable('promotion_code', {
  table: 'promotion_codes',
  serve: promotionCodeServe,
  indexes: (t) => [
    index('promotion_codes_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('promotion_codes_code_idx').on(t.account_id!, t.livemode!, t.code!),
  ],
});
