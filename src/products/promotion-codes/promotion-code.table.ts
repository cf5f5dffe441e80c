import { sql } from 'drizzle-orm';
import { index, jsonb } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's PromotionCode: a customer-facing code for a Coupon, optionally for
 * one customer, with an expiry, a redemption limit and restrictions (a minimum order amount per
 * currency, first-time customers only). Customer accounts (v2) are not served.
 */
export const promotionCodeServe = {
  fields: ['active', 'code', 'created', 'customer', 'expires_at', 'livemode', 'max_redemptions', 'metadata', 'promotion', 'restrictions', 'times_redeemed'],
  params: {
    create: ['active', 'code', 'customer', 'expires_at', 'max_redemptions', 'metadata', 'promotion', 'restrictions'],
    update: ['active', 'metadata', 'restrictions'],
    list: ['active', 'code', 'coupon', 'created', 'customer'],
  },
};

export const promotionCodes = resourceTable('promotion_code', {
  table: 'promotion_codes',
  serve: promotionCodeServe,
  // Codes made before restrictions were served have none (Stripe's shape of "no restrictions").
  types: {
    restrictions: jsonb('restrictions')
      .notNull()
      .default(sql`'{"first_time_transaction": false, "minimum_amount": null, "minimum_amount_currency": null}'::jsonb`),
  },
  indexes: (t) => [
    index('promotion_codes_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('promotion_codes_code_idx').on(t.account_id!, t.livemode!, t.code!),
  ],
});
