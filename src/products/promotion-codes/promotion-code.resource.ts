import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params } from '../../layer/resource.js';
import type { Storage } from '../../layer/storage.js';
import { columnSql } from '../../layer/store.js';
import { findOne, whereEquals, whereNot } from '../shared.js';
import { promotionCodes, promotionCodeServe } from './promotion-code.table.js';

/**
 * PromotionCode: a code customers type for a Coupon (`promotion: { type: 'coupon', coupon }`). Stripe:
 * a code is unique among the account's active codes (case-insensitive); a generated one when none is
 * given. It applies while active, before `expires_at`, under `max_redemptions`, to its `customer` only.
 */
export type PromotionCodeRecord = Pick<
  Stripe.PromotionCode,
  'id' | 'object' | 'active' | 'code' | 'created' | 'expires_at' | 'livemode' | 'max_redemptions' | 'metadata' | 'times_redeemed'
> & { customer: string | null; promotion: { type: 'coupon'; coupon: string } };

const storage$ = () => promotionCodesResource.storage;

function validate(input: Params) {
  if (input.promotion?.type !== 'coupon') throw parameterMissing(['promotion', 'type']);
  if (!input.promotion.coupon) throw parameterMissing(['promotion', 'coupon']);
  if (input.code != null && !/^[a-zA-Z0-9\-_]{1,500}$/.test(input.code))
    throw parameterInvalid(['code'], 'A code is letters, digits, dashes and underscores (at most 500).');
  if (input.max_redemptions != null && !(Number.isInteger(input.max_redemptions) && input.max_redemptions > 0))
    throw parameterInvalid(['max_redemptions'], 'max_redemptions must be a positive integer.');
  if (input.metadata != null) validateMetadata(input.metadata);
}

export const promotionCodesResource = defineResource<PromotionCodeRecord>({
  object: 'promotion_code',
  table: promotionCodes,
  serve: promotionCodeServe,
  list: {
    filters: {
      coupon: (value: string, storage: Storage) => sql`${columnSql(storage, 'promotion')}->>'coupon' = ${value}`,
    },
  },
  create: {
    validate,
    async build({ input, cmd, lock }) {
      await lock('coupon', input.promotion.coupon, ['promotion', 'coupon']);
      if (input.customer) await lock('customer', input.customer, ['customer']);
      const code: string = input.code ?? randomBytes(6).toString('hex').toUpperCase();
      if (input.active !== false) {
        const taken = await findOne(cmd.tx, storage$(), cmd.scope, [
          sql`upper(${columnSql(storage$(), 'code')}) = ${code.toUpperCase()}`,
          whereEquals(storage$(), 'active', true),
        ]);
        if (taken) throw parameterInvalid(['code'], `An active promotion code (\`${taken.id}\`) already uses the code ${code}.`);
      }
      return {
        active: input.active ?? true,
        code,
        customer: input.customer ?? null,
        expires_at: input.expires_at ?? null,
        max_redemptions: input.max_redemptions ?? null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        promotion: { type: 'coupon', coupon: input.promotion.coupon },
        times_redeemed: 0,
      };
    },
  },
  update: {
    endpoint: 'update',
    event: 'promotion_code.updated',
    async apply({ input, record, cmd }) {
      const changes: Partial<PromotionCodeRecord> = {};
      if (input.active === true && !record.active) {
        const taken = await findOne(cmd.tx, storage$(), cmd.scope, [
          sql`upper(${columnSql(storage$(), 'code')}) = ${record.code.toUpperCase()}`,
          whereEquals(storage$(), 'active', true),
          whereNot(record.id),
        ]);
        if (taken) throw parameterInvalid(['active'], `An active promotion code (\`${taken.id}\`) already uses the code ${record.code}.`);
      }
      if (input.active != null) changes.active = input.active;
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata ?? {}, validateMetadata(input.metadata));
      return changes;
    },
  },
  examples: { create: async (fx) => ({ promotion: { type: 'coupon', coupon: (await fx.create('coupon')).id } }) },
});
