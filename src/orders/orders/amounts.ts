import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { resourceOf, type Params } from '../../layer/resource.js';
import type { PriceRecord } from '../../products/prices/price.resource.js';
import type { ProductRecord } from '../../products/products/product.resource.js';
import { calculate } from '../../tax/calculations/calculation.resource.js';

/**
 * An Order's amounts, recomputed from its inputs on every change: each line's subtotal is its
 * Price's unit_amount × quantity; shipping is the fixed amount of `shipping_rate_data`; tax comes
 * from Stripe Tax (src/tax) when automatic_tax is enabled and the order has an address;
 * amount_total = subtotal + shipping + exclusive tax (inclusive tax is already in the prices).
 */
export interface OrderInputs {
  currency: string;
  line_items: Params[];
  shipping_cost: Params | null;
  automatic_tax: { enabled: boolean };
  address: Params | null;
  tax_exempt: 'exempt' | 'none' | 'reverse';
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
  const rate = o.shipping_cost?.shipping_rate_data;
  if (o.shipping_cost?.shipping_rate) throw resourceMissing('shipping rate', o.shipping_cost.shipping_rate, [...base, 'shipping_cost', 'shipping_rate']);
  const shippingAmount = rate?.fixed_amount?.amount ?? 0;
  if (!Number.isInteger(shippingAmount) || shippingAmount < 0)
    throw parameterInvalid([...base, 'shipping_cost', 'shipping_rate_data', 'fixed_amount', 'amount'], 'amount must be a non-negative integer.');
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
          line_items: lines.map((l) => ({
            amount: l.subtotal,
            quantity: l.quantity,
            product: l.product?.id,
            reference: l.id,
            tax_behavior: l.price.tax_behavior === 'unspecified' ? undefined : l.price.tax_behavior,
          })),
          shipping_cost: rate ? { amount: shippingAmount, tax_behavior: rate.tax_behavior === 'inclusive' ? 'inclusive' : 'exclusive' } : null,
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
      amount_discount: 0,
      amount_subtotal: l.subtotal,
      amount_tax: amountTax,
      amount_total: l.subtotal + (t && t.tax_behavior === 'exclusive' ? amountTax : 0),
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
  return {
    amount_subtotal: subtotal,
    amount_total: subtotal + shippingAmount + exclusiveTax,
    automatic_tax: { enabled: o.automatic_tax.enabled, status: o.automatic_tax.enabled ? (taxed ? 'complete' : 'requires_location_inputs') : null },
    line_items: { object: 'list', data: items, has_more: false, url: `/v1/orders/${id}/line_items` },
    shipping_cost: rate
      ? {
          amount_subtotal: shippingAmount,
          amount_tax: shippingTax,
          amount_total: shippingAmount + (tax?.shipping_cost?.tax_behavior === 'exclusive' ? shippingTax : 0),
          shipping_rate: null,
          taxes: [],
        }
      : null,
    total_details: {
      amount_discount: 0,
      amount_shipping: shippingAmount,
      amount_tax: (tax?.tax_amount_exclusive ?? 0) + (tax?.tax_amount_inclusive ?? 0),
      breakdown: null,
    },
  };
}
