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
 * given. It applies while active, before `expires_at`, under `max_redemptions`, to its `customer` only,
 * and within its `restrictions` (src/orders/orders/amounts.ts checks them on an Order).
 */
export type PromotionCodeRecord = Pick<
  Stripe.PromotionCode,
  'id' | 'object' | 'active' | 'code' | 'created' | 'expires_at' | 'livemode' | 'max_redemptions' | 'metadata' | 'restrictions' | 'times_redeemed'
> & { customer: string | null; promotion: { type: 'coupon'; coupon: string } };

type CurrencyOptions = Record<string, { minimum_amount: number }>;

const storage$ = () => promotionCodesResource.storage;

function validate(input: Params) {
  if (input.promotion?.type !== 'coupon') throw parameterMissing(['promotion', 'type']);
  if (!input.promotion.coupon) throw parameterMissing(['promotion', 'coupon']);
  if (input.code != null && !/^[a-zA-Z0-9\-_]{1,500}$/.test(input.code))
    throw parameterInvalid(['code'], 'A code is letters, digits, dashes and underscores (at most 500).');
  if (input.max_redemptions != null && !(Number.isInteger(input.max_redemptions) && input.max_redemptions > 0))
    throw parameterInvalid(['max_redemptions'], 'max_redemptions must be a positive integer.');
  if (input.metadata != null) validateMetadata(input.metadata);
  restrictionsOf(input.restrictions);
}

const positiveAmount = (value: unknown, param: string[]) => {
  if (!Number.isInteger(value) || (value as number) < 1) throw parameterInvalid(param, `${param.join('.')} must be a positive integer (minor units).`);
  return value as number;
};
const currencyOf = (value: unknown, param: string[]) => {
  if (typeof value !== 'string' || !/^[a-zA-Z]{3}$/.test(value)) throw parameterInvalid(param, `${param.join('.')} must be a three-letter currency code.`);
  return value.toLowerCase();
};

/**
 * `restrictions` of a create, as Stripe shows them: a minimum order amount needs its currency (and
 * the reverse); `currency_options` give the minimum in other currencies, so they need a minimum.
 */
function restrictionsOf(given: unknown): PromotionCodeRecord['restrictions'] {
  const r = (given ?? {}) as Params;
  const at = (leaf: string) => ['restrictions', leaf];
  if ((r.minimum_amount == null) !== (r.minimum_amount_currency == null))
    throw parameterMissing(at(r.minimum_amount == null ? 'minimum_amount' : 'minimum_amount_currency'));
  const minimum = r.minimum_amount == null ? null : positiveAmount(r.minimum_amount, at('minimum_amount'));
  const currency = r.minimum_amount_currency == null ? null : currencyOf(r.minimum_amount_currency, at('minimum_amount_currency'));
  const restrictions: PromotionCodeRecord['restrictions'] = {
    first_time_transaction: r.first_time_transaction === true,
    minimum_amount: minimum,
    minimum_amount_currency: currency,
  };
  if (r.currency_options != null) restrictions.currency_options = currencyOptionsOf(r.currency_options, currency, {});
  return restrictions;
}

/** Minimums in other currencies, over `kept` (an update adds and changes currencies). */
function currencyOptionsOf(given: unknown, minimumCurrency: string | null, kept: CurrencyOptions): CurrencyOptions {
  const at = ['restrictions', 'currency_options'];
  if (minimumCurrency == null) throw parameterInvalid(at, 'currency_options give the minimum_amount in other currencies: set a minimum_amount first.');
  if (given === null || typeof given !== 'object' || Array.isArray(given)) throw parameterInvalid(at, 'currency_options must be an object keyed by currency.');
  const out: CurrencyOptions = { ...kept };
  for (const [key, option] of Object.entries(given as Record<string, Params>)) {
    const currency = currencyOf(key, [...at, key.slice(0, 10)]);
    if (currency === minimumCurrency) throw parameterInvalid([...at, currency], `The minimum in ${currency} is minimum_amount itself.`);
    if (option?.minimum_amount == null) throw parameterMissing([...at, currency, 'minimum_amount']);
    out[currency] = { minimum_amount: positiveAmount(option.minimum_amount, [...at, currency, 'minimum_amount']) };
  }
  return out;
}

/**
 * The minimum order amount (before discounts) a code asks in `currency`: null when it asks none, or
 * 'unavailable' when it has a minimum but none in that currency.
 */
export function minimumAmountIn(promo: Pick<PromotionCodeRecord, 'restrictions'>, currency: string): number | null | 'unavailable' {
  const r = promo.restrictions;
  if (r?.minimum_amount == null) return null;
  if (r.minimum_amount_currency === currency) return r.minimum_amount;
  return r.currency_options?.[currency]?.minimum_amount ?? 'unavailable';
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
        restrictions: restrictionsOf(input.restrictions),
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
      // An update changes only the minimums in other currencies.
      if (input.restrictions?.currency_options != null) {
        const r = record.restrictions;
        changes.restrictions = {
          ...r,
          currency_options: currencyOptionsOf(input.restrictions.currency_options, r.minimum_amount_currency, r.currency_options ?? {}),
        };
      }
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata ?? {}, validateMetadata(input.metadata));
      return changes;
    },
  },
  examples: { create: async (fx) => ({ promotion: { type: 'coupon', coupon: (await fx.create('coupon')).id } }) },
});
