import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { createIn } from '../../layer/actions.js';
import { lockRecord, updateRecord } from '../../layer/store.js';
import { resourceOf, type Params } from '../../layer/resource.js';
import { type CouponRecord, couponValid } from '../../products/coupons/coupon.resource.js';
import { minimumAmountIn, type PromotionCodeRecord } from '../../products/promotion-codes/promotion-code.resource.js';
import { findOne, whereEquals } from '../../products/shared.js';
import { ownShippingRate, type ShippingRateRecord, shippingRateFields } from '../../products/shipping-rates/shipping-rate.resource.js';
import type { PriceRecord } from '../../products/prices/price.resource.js';
import type { ProductRecord } from '../../products/products/product.resource.js';
import { calculate } from '../../tax/calculations/calculation.resource.js';

/**
 * An Order's amounts, recomputed from its inputs on every change: each line's subtotal is its
 * Price's unit_amount × quantity; discounts (Coupons, directly or by PromotionCode) come off the
 * lines in order; shipping is the fixed amount of its ShippingRate; tax comes from Stripe Tax
 * (src/tax) on the discounted lines and shipping when automatic_tax is enabled and the order has an
 * address; amount_total = subtotal − discounts + shipping + exclusive tax (inclusive tax is already
 * in the prices).
 */
export interface OrderInputs {
  currency: string;
  line_items: Params[];
  shipping_cost: Params | null;
  automatic_tax: { enabled: boolean };
  address: Params | null;
  tax_exempt: 'exempt' | 'none' | 'reverse';
  customer: string | null;
  /** The discounts as given (`discounts` params), with the discount ids the order already holds. */
  discounts: DiscountSource[];
}

/** One applied discount: fingraph's `di_` id for it and the Coupon (and PromotionCode) it came from. */
export interface DiscountSource {
  id: string;
  coupon: string;
  promotion_code: string | null;
}

/** At most this many discounts on an order. */
const MAX_DISCOUNTS = 20;

/**
 * The `discounts` params resolved to Coupons: `coupon`, `promotion_code` (active, unexpired, under its
 * limit, for this customer) or `discount` (one the order already has). A new coupon must be valid and
 * in the order's currency when it is an amount off; one coupon applies once.
 */
export async function resolveDiscounts(
  cmd: CommandContext,
  given: Params[],
  current: DiscountSource[],
  ctx: { currency: string; customer: string | null },
): Promise<DiscountSource[]> {
  if (!Array.isArray(given)) throw parameterInvalid(['discounts'], 'discounts must be a list.');
  if (given.length > MAX_DISCOUNTS) throw parameterInvalid(['discounts'], `An order has at most ${MAX_DISCOUNTS} discounts.`);
  const now = Math.floor(cmd.now.getTime() / 1000);
  const out: DiscountSource[] = [];
  for (const [i, d] of given.entries()) {
    const at = ['discounts', String(i)];
    const kinds = ['coupon', 'promotion_code', 'discount'].filter((k) => d?.[k]);
    if (kinds.length !== 1) throw parameterInvalid(at, 'A discount names exactly one of coupon, promotion_code and discount.');
    let source: DiscountSource;
    if (d.discount) {
      const kept = current.find((c) => c.id === d.discount);
      if (!kept) throw resourceMissing('discount', d.discount, [...at, 'discount']);
      source = kept;
    } else {
      let couponId: string = d.coupon;
      let promo: PromotionCodeRecord | undefined;
      if (d.promotion_code) {
        promo = (await resourceOf<PromotionCodeRecord>('promotion_code').records(cmd.tx, cmd.scope, [d.promotion_code])).get(d.promotion_code);
        if (!promo) throw resourceMissing('promotion code', d.promotion_code, [...at, 'promotion_code']);
        const refusal = !promo.active
          ? 'is inactive'
          : promo.expires_at != null && promo.expires_at <= now
            ? 'has expired'
            : promo.max_redemptions != null && promo.times_redeemed >= promo.max_redemptions
              ? 'has reached its max_redemptions'
              : promo.customer && promo.customer !== ctx.customer
                ? 'is for another customer'
                : promo.restrictions?.first_time_transaction && !(await firstTimeCustomer(cmd, ctx.customer))
                  ? ctx.customer
                    ? 'is for customers without an earlier payment'
                    : 'is for first-time customers: the order needs its customer'
                  : null;
        if (refusal) throw parameterInvalid([...at, 'promotion_code'], `The promotion code ${promo.code} ${refusal}.`);
        couponId = promo.promotion.coupon;
      }
      const coupon = (await resourceOf<CouponRecord>('coupon').records(cmd.tx, cmd.scope, [couponId])).get(couponId);
      if (!coupon) throw resourceMissing('coupon', couponId, [...at, 'coupon']);
      if (!couponValid(coupon, now)) throw parameterInvalid([...at, promo ? 'promotion_code' : 'coupon'], `The coupon ${coupon.id} is no longer valid.`);
      if (coupon.amount_off != null && coupon.currency !== ctx.currency)
        throw parameterInvalid(
          [...at, promo ? 'promotion_code' : 'coupon'],
          `The coupon ${coupon.id} is an amount in ${coupon.currency}, the order in ${ctx.currency}.`,
        );
      // An order keeps the id of a discount it already had from the same coupon and code.
      const kept = current.find((c) => c.coupon === coupon.id && c.promotion_code === (promo?.id ?? null));
      source = kept ?? { id: newId('di'), coupon: coupon.id, promotion_code: promo?.id ?? null };
    }
    if (out.some((o) => o.coupon === source.coupon)) throw parameterInvalid(at, `The coupon ${source.coupon} is applied once.`);
    out.push(source);
  }
  return out;
}

/**
 * Stripe's `first_time_transaction`: a customer without a successful payment. Here: no completed
 * Order and no succeeded PaymentIntent of theirs. An order without a customer cannot show it.
 */
async function firstTimeCustomer(cmd: CommandContext, customer: string | null): Promise<boolean> {
  if (!customer) return false;
  const paid = [
    { object: 'order', status: 'complete' },
    { object: 'payment_intent', status: 'succeeded' },
  ];
  for (const { object, status } of paid) {
    const storage = resourceOf(object).storage;
    if (await findOne(cmd.tx, storage, cmd.scope, [whereEquals(storage, 'customer', customer), whereEquals(storage, 'status', status)])) return false;
  }
  return true;
}

/** Each promotion code's minimum order amount (Stripe's `restrictions`), over the order's subtotal before discounts. */
async function checkMinimums(cmd: CommandContext, discounts: DiscountSource[], currency: string, subtotal: number, base: string[]) {
  const ids = discounts.flatMap((d) => (d.promotion_code ? [d.promotion_code] : []));
  if (!ids.length) return;
  const promos = await resourceOf<PromotionCodeRecord>('promotion_code').records(cmd.tx, cmd.scope, ids);
  for (const [i, d] of discounts.entries()) {
    const promo = d.promotion_code ? promos.get(d.promotion_code) : undefined;
    if (!promo) continue;
    const minimum = minimumAmountIn(promo, currency);
    const at = [...base, 'discounts', String(i), 'promotion_code'];
    if (minimum === 'unavailable') throw parameterInvalid(at, `The promotion code ${promo.code} cannot be used in ${currency}.`);
    if (minimum != null && subtotal < minimum)
      throw parameterInvalid(
        at,
        `The promotion code ${promo.code} needs an order of at least ${minimum} ${currency} (minor units) before discounts; this one is ${subtotal}.`,
      );
  }
}

/** Half up of n × basis / 10000 (a percent with two decimals as basis points of a percent). */
const percentOf = (n: number, basis: number) => Math.floor((2 * n * basis + 10000) / 20000);

/**
 * Each discount in order comes off what the lines have left: a percent off per line, rounded half up;
 * an amount off (at most what is left) split in proportion to what each line has left, rounded down,
 * the cents left over one each to the first lines. Shipping is not discounted.
 */
export function discountLines(left: number[], coupons: Pick<CouponRecord, 'amount_off' | 'percent_off'>[]): number[] {
  const off = left.map(() => 0);
  const rest = [...left];
  for (const c of coupons) {
    const total = rest.reduce((s, n) => s + n, 0);
    if (total === 0) break;
    let parts: number[];
    if (c.percent_off != null) {
      const basis = Math.round(c.percent_off * 100);
      parts = rest.map((n) => percentOf(n, basis));
    } else {
      const amount = Math.min(c.amount_off ?? 0, total);
      parts = rest.map((n) => Math.floor((amount * n) / total));
      let spare = amount - parts.reduce((s, n) => s + n, 0);
      for (let i = 0; spare > 0; i = (i + 1) % parts.length)
        if (rest[i]! > parts[i]!) {
          parts[i]! += 1;
          spare -= 1;
        }
    }
    parts.forEach((p, i) => {
      off[i]! += p;
      rest[i]! -= p;
    });
  }
  return off;
}

export async function priceOrder(cmd: CommandContext, id: string, o: OrderInputs, base: string[]) {
  if (!Array.isArray(o.line_items) || o.line_items.length === 0) throw parameterMissing([...base, 'line_items']);
  if (o.line_items.length > 100) throw parameterInvalid([...base, 'line_items'], 'An order has at most 100 line items.');
  const prices = resourceOf<PriceRecord>('price');
  const products = resourceOf<ProductRecord>('product');
  const lines = [];
  for (const [i, l] of o.line_items.entries()) {
    const at = [...base, 'line_items', String(i)];
    let priceId: string | null = l.price ?? null;
    let product: ProductRecord | undefined;
    // A product given is the account's own, with or without a price (another account's: resource_missing).
    if (l.product) {
      product = (await products.records(cmd.tx, cmd.scope, [l.product])).get(l.product);
      if (!product) throw resourceMissing('product', l.product, [...at, 'product']);
    }
    if (!priceId) {
      if (!product) throw parameterMissing([...at, 'price']);
      if (!product.default_price) throw parameterInvalid([...at, 'product'], `The product ${product.id} has no default_price: pass a price.`);
      priceId = product.default_price;
    }
    const price = (await prices.records(cmd.tx, cmd.scope, [priceId])).get(priceId);
    if (!price) throw resourceMissing('price', priceId, [...at, 'price']);
    if (!price.active) throw parameterInvalid([...at, 'price'], `The price ${price.id} is archived (active: false).`);
    if (price.currency !== o.currency) throw parameterInvalid([...at, 'price'], `The price ${price.id} is in ${price.currency}, the order in ${o.currency}.`);
    if (product && price.product !== product.id)
      throw parameterInvalid([...at, 'product'], `The price ${price.id} is not a price of the product ${product.id}.`);
    product ??= (await products.records(cmd.tx, cmd.scope, [price.product])).get(price.product);
    const quantity = l.quantity ?? 1;
    if (!Number.isInteger(quantity) || quantity < 1) throw parameterInvalid([...at, 'quantity'], 'quantity must be a positive integer.');
    lines.push({
      id: typeof l.id === 'string' ? l.id : newId('li'),
      price,
      product: product!,
      quantity,
      description: l.description ?? product?.name ?? null,
      subtotal: price.unit_amount! * quantity,
    });
  }
  await checkMinimums(
    cmd,
    o.discounts,
    o.currency,
    lines.reduce((sum, l) => sum + l.subtotal, 0),
    base,
  );
  const rate = await shippingRateOf(cmd, o.shipping_cost, o.currency, [...base, 'shipping_cost']);
  const shippingAmount = rate?.fixed_amount.amount ?? 0;
  const coupons = o.discounts.length
    ? await resourceOf<CouponRecord>('coupon').records(
        cmd.tx,
        cmd.scope,
        o.discounts.map((d) => d.coupon),
      )
    : new Map<string, CouponRecord>();
  const discounted = discountLines(
    lines.map((l) => l.subtotal),
    o.discounts.map((d) => coupons.get(d.coupon)!),
  );
  // Tax: Stripe Tax on the lines and shipping, once the order has somewhere to ship or bill to.
  const taxed = o.automatic_tax.enabled && o.address?.country;
  const tax = taxed
    ? await calculate(
        cmd,
        {
          currency: o.currency,
          customer_details: {
            address: o.address,
            taxability_override: o.tax_exempt === 'exempt' ? 'customer_exempt' : o.tax_exempt === 'reverse' ? 'reverse_charge' : 'none',
          },
          line_items: lines.map((l, i) => ({
            amount: l.subtotal - discounted[i]!,
            quantity: l.quantity,
            product: l.product?.id,
            reference: l.id,
            tax_behavior: l.price.tax_behavior === 'unspecified' ? undefined : l.price.tax_behavior,
          })),
          shipping_cost: rate
            ? {
                amount: shippingAmount,
                tax_behavior: rate.tax_behavior === 'inclusive' ? 'inclusive' : 'exclusive',
                ...(rate.tax_code ? { tax_code: rate.tax_code } : {}),
              }
            : null,
        },
        base,
      )
    : null;
  const items = lines.map((l, i) => {
    const t = tax?.lines[i];
    const amountTax = t?.amount_tax ?? 0;
    return {
      id: l.id,
      object: 'item',
      amount_discount: discounted[i]!,
      amount_subtotal: l.subtotal,
      amount_tax: amountTax,
      amount_total: l.subtotal - discounted[i]! + (t && t.tax_behavior === 'exclusive' ? amountTax : 0),
      currency: o.currency,
      description: l.description,
      discounts: [],
      metadata: {},
      price: l.price.id,
      product: l.product?.id ?? l.price.product,
      quantity: l.quantity,
      taxes: [],
    };
  });
  const subtotal = items.reduce((s, l) => s + l.amount_subtotal, 0);
  const shippingTax = tax?.shipping_cost?.amount_tax ?? 0;
  const exclusiveTax = tax?.tax_amount_exclusive ?? 0;
  const discount = items.reduce((s, l) => s + l.amount_discount, 0);
  return {
    amount_subtotal: subtotal,
    amount_total: subtotal - discount + shippingAmount + exclusiveTax,
    discounts: o.discounts.map((d) => d.id),
    discount_sources: o.discounts,
    automatic_tax: { enabled: o.automatic_tax.enabled, status: o.automatic_tax.enabled ? (taxed ? 'complete' : 'requires_location_inputs') : null },
    line_items: { object: 'list', data: items, has_more: false, url: `/v1/orders/${id}/line_items` },
    shipping_cost: rate
      ? {
          amount_subtotal: shippingAmount,
          amount_tax: shippingTax,
          amount_total: shippingAmount + (tax?.shipping_cost?.tax_behavior === 'exclusive' ? shippingTax : 0),
          shipping_rate: rate.id,
          taxes: [],
        }
      : null,
    total_details: {
      amount_discount: discount,
      amount_shipping: shippingAmount,
      amount_tax: (tax?.tax_amount_exclusive ?? 0) + (tax?.tax_amount_inclusive ?? 0),
      breakdown: null,
    },
  };
}

/**
 * The order's ShippingRate: `shipping_rate` (active when newly given, in the order's currency) or
 * `shipping_rate_data`, which makes a new ShippingRate (as Stripe does) with the same rules.
 */
async function shippingRateOf(cmd: CommandContext, cost: Params | null, currency: string, at: string[]): Promise<ShippingRateRecord | null> {
  if (!cost) return null;
  const resource = resourceOf<ShippingRateRecord>('shipping_rate');
  let rate: ShippingRateRecord | undefined;
  if (cost.shipping_rate) {
    if (cost.shipping_rate_data) throw parameterInvalid([...at, 'shipping_rate_data'], 'Pass either shipping_rate or shipping_rate_data, not both.');
    rate = await ownShippingRate(cmd, cost.shipping_rate, [...at, 'shipping_rate']);
    if (!rate.active && !cost.kept) throw parameterInvalid([...at, 'shipping_rate'], `The shipping rate ${rate.id} is archived (active: false).`);
  } else if (cost.shipping_rate_data) {
    shippingRateFields(cost.shipping_rate_data, [...at, 'shipping_rate_data']);
    rate = await createIn(resource, cmd, cost.shipping_rate_data);
  } else return null;
  if (rate.fixed_amount.currency !== currency)
    throw parameterInvalid(
      [...at, cost.shipping_rate ? 'shipping_rate' : 'shipping_rate_data'],
      `The shipping rate is in ${rate.fixed_amount.currency}, the order in ${currency}.`,
    );
  return rate;
}

/**
 * A completed order redeems its discounts: each Coupon's and PromotionCode's `times_redeemed` counts
 * it (what `max_redemptions` and a coupon's `valid` read). No event: Stripe names none for it.
 */
export async function redeemDiscounts(cmd: CommandContext, sources: DiscountSource[]) {
  for (const [object, ids] of [
    ['coupon', sources.map((s) => s.coupon)],
    ['promotion_code', sources.map((s) => s.promotion_code).filter((p): p is string => !!p)],
  ] as const) {
    const storage = resourceOf(object).storage;
    for (const id of [...new Set(ids)].sort()) {
      const row = await lockRecord(cmd.tx, storage, cmd.scope, id);
      if (row) await updateRecord(cmd.tx, storage, id, { times_redeemed: Number((row as { times_redeemed?: number }).times_redeemed ?? 0) + 1 });
    }
  }
}
