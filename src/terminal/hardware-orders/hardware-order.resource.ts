import { randomInt } from 'node:crypto';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { hardwareShippingMethods, hardwareSkus, shippingRateOf, taxRateOf } from '../hardware-catalogue.js';
import { terminalHardwareOrders } from './hardware-order.table.js';

/**
 * Terminal HardwareOrder (preview, an overlay object: src/spec/overlays/terminal.hardware_order.json):
 * an order of catalogue SKUs shipped to one address by one of that country's shipping methods, billed
 * on Stripe's monthly invoice. Amounts: each item is its SKU's price × quantity, shipping the method's
 * price, tax the shipping country's rate on items + shipping (exclusive); `amount` is their sum.
 * Lifecycle (Stripe's statuses): pending → ready_to_ship → shipped → delivered or undeliverable; only a
 * pending order can be canceled. The test helpers move it; every change is a
 * `terminal.hardware_order.updated` event (Stripe lists no hardware order events: see
 * docs/decisions/terminal.md) and sets `updated`.
 */
type Status = 'pending' | 'ready_to_ship' | 'shipped' | 'delivered' | 'undeliverable' | 'canceled';
type Carrier = 'canada_post' | 'dhl' | 'fedex' | 'purolator' | 'ups' | 'usps';

export interface HardwareOrderRecord {
  id: string;
  object: 'terminal.hardware_order';
  amount: number;
  created: number;
  currency: string;
  hardware_order_items: {
    amount: number;
    currency: string;
    quantity: number;
    terminal_hardware_sku: { id: string; amount: number; country: string; currency: string; product: string };
  }[];
  livemode: boolean;
  metadata: Record<string, string> | null;
  payment_type: 'monthly_invoice' | 'none' | 'payment_intent';
  po_number: string | null;
  shipment_tracking: { carrier: Carrier; tracking_number: string }[];
  shipping: {
    address: { city: string | null; country: string; line1: string; line2: string | null; postal_code: string; state: string | null };
    amount: number;
    company: string | null;
    currency: string;
    email: string | null;
    name: string;
    phone: string | null;
  };
  shipping_method: string;
  status: Status;
  tax: number;
  total_tax_amounts: { amount: number; inclusive: boolean; rate: { display_name: string; jurisdiction: string | null; percentage: number } }[];
  updated: number | null;
}

/** Stripe's documented limits on the shipping address. */
const ADDRESS_LIMITS: Record<string, [number, number]> = { line1: [3, 40], line2: [0, 40], city: [0, 35], state: [0, 35], postal_code: [1, 10] };

function checkText(value: unknown, param: string[], [min, max]: [number, number]) {
  if (value == null) return;
  if (typeof value !== 'string' || value.length < min || value.length > max)
    throw parameterInvalid(param, `Invalid ${param.join('.')}: between ${min} and ${max} characters.`);
}

function validate(input: Params) {
  const items = input.hardware_order_items as Params[] | undefined;
  if (!items?.length) throw parameterMissing(['hardware_order_items']);
  if (items.length > 50) throw parameterInvalid(['hardware_order_items'], 'An order has at most 50 items.');
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const at = ['hardware_order_items', String(i)];
    if (!Number.isInteger(item.quantity) || item.quantity < 1) throw parameterInvalid([...at, 'quantity'], 'The quantity must be a positive integer.');
    if (seen.has(item.terminal_hardware_sku))
      throw parameterInvalid(
        [...at, 'terminal_hardware_sku'],
        `The SKU ${item.terminal_hardware_sku} is ordered twice: order it once with the total quantity.`,
      );
    seen.add(item.terminal_hardware_sku);
  });
  const shipping = input.shipping as Params | undefined;
  if (!shipping) throw parameterMissing(['shipping']);
  if (!shipping.name) throw parameterMissing(['shipping', 'name']);
  checkText(shipping.name, ['shipping', 'name'], [1, 100]);
  checkText(shipping.company, ['shipping', 'company'], [0, 100]);
  checkText(shipping.phone, ['shipping', 'phone'], [0, 20]);
  if (shipping.email != null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(shipping.email)) throw parameterInvalid(['shipping', 'email'], 'Invalid email address.');
  const address = shipping.address as Params | undefined;
  if (!address) throw parameterMissing(['shipping', 'address']);
  for (const k of ['country', 'line1', 'postal_code']) if (!address[k]) throw parameterMissing(['shipping', 'address', k]);
  if (!/^[A-Z]{2}$/.test(address.country)) throw parameterInvalid(['shipping', 'address', 'country'], 'Invalid country: a two-letter ISO code.');
  for (const [k, limits] of Object.entries(ADDRESS_LIMITS)) checkText(address[k], ['shipping', 'address', k], limits);
  if (!input.shipping_method) throw parameterMissing(['shipping_method']);
  if (input.po_number != null) checkText(input.po_number, ['po_number'], [0, 100]);
  if (input.metadata != null) validateMetadata(input.metadata);
}

/**
 * The order Stripe would make of these params (catalogue lookups, amounts, taxes): SKUs and the
 * shipping method must exist, be available and belong to the shipping country.
 */
export function priceHardwareOrder(input: Params): Omit<HardwareOrderRecord, 'id' | 'object' | 'created' | 'livemode' | 'status' | 'updated'> {
  const country = input.shipping.address.country as string;
  const items = (input.hardware_order_items as Params[]).map((item, i) => {
    const at = ['hardware_order_items', String(i), 'terminal_hardware_sku'];
    const sku = hardwareSkus.find((s) => s.id === item.terminal_hardware_sku);
    if (!sku) throw resourceMissing('terminal hardware sku', item.terminal_hardware_sku, at);
    if (sku.status !== 'available') throw parameterInvalid(at, `The SKU ${sku.id} is no longer available for new orders.`);
    if (sku.country !== country) throw parameterInvalid(at, `The SKU ${sku.id} is sold in ${sku.country}, not in ${country} (the shipping country).`);
    if (item.quantity > sku.orderable)
      throw parameterInvalid(['hardware_order_items', String(i), 'quantity'], `At most ${sku.orderable} of the SKU ${sku.id} can be ordered.`);
    return {
      amount: sku.amount * item.quantity,
      currency: sku.currency,
      quantity: item.quantity as number,
      terminal_hardware_sku: { id: sku.id, amount: sku.amount, country: sku.country, currency: sku.currency, product: sku.product },
    };
  });
  const method = hardwareShippingMethods().find((m) => m.id === input.shipping_method);
  if (!method) throw resourceMissing('terminal hardware shipping method', input.shipping_method, ['shipping_method']);
  if (method.status !== 'available') throw parameterInvalid(['shipping_method'], `The shipping method ${method.id} is no longer available.`);
  if (method.country !== country)
    throw parameterInvalid(['shipping_method'], `The shipping method ${method.id} ships within ${method.country}, not to ${country}.`);
  const currency = items[0]!.currency;
  const shippingAmount = shippingRateOf(method.id).amount;
  const subtotal = items.reduce((sum, item) => sum + item.amount, 0);
  const rate = taxRateOf(country, input.shipping.address.state);
  // Exclusive tax on items and shipping, rounded half up (the rate in hundredths of a percent).
  const tax = rate ? Math.floor(((subtotal + shippingAmount) * Math.round(rate.percentage * 100) + 5000) / 10000) : 0;
  const a = input.shipping.address as Params;
  return {
    amount: subtotal + shippingAmount + tax,
    currency,
    hardware_order_items: items,
    metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
    payment_type: input.payment_type,
    po_number: input.po_number ?? null,
    shipment_tracking: [],
    shipping: {
      address: { city: a.city ?? null, country, line1: a.line1, line2: a.line2 ?? null, postal_code: a.postal_code, state: a.state ?? null },
      amount: shippingAmount,
      company: input.shipping.company ?? null,
      currency,
      email: input.shipping.email ?? null,
      name: input.shipping.name,
      phone: input.shipping.phone ?? null,
    },
    shipping_method: method.id,
    tax,
    total_tax_amounts: rate ? [{ amount: tax, inclusive: false, rate: { ...rate } }] : [],
  };
}

/** The carrier Stripe's warehouse hands a shipment to: the national post or courier by country, FedEx for US priority. */
function carrierOf(order: HardwareOrderRecord): Carrier {
  const country = order.shipping.address.country;
  const method = hardwareShippingMethods().find((m) => m.id === order.shipping_method);
  if (country === 'US') return method?.name === 'priority' ? 'fedex' : 'ups';
  if (country === 'CA') return method?.name === 'standard' ? 'canada_post' : 'purolator';
  return 'dhl';
}

/** A tracking number in the carrier's usual form (UPS: 1Z + 16 characters; others: 12 digits). */
function trackingNumberOf(carrier: Carrier): string {
  const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(0, 10))).join('');
  return carrier === 'ups' ? `1Z${digits(16)}` : digits(12);
}

const UPDATED = 'terminal.hardware_order.updated';
/** Every change sets `updated` (a stamp is a field set once; this one moves with each change). */
const touched = ({ cmd }: { cmd: { now: Date } }) => ({ updated: Math.floor(cmd.now.getTime() / 1000) });

export const terminalHardwareOrdersResource = defineResource<HardwareOrderRecord & { created: number }>({
  object: 'terminal.hardware_order',
  table: terminalHardwareOrders,
  refs: { shipping_method: 'terminal.hardware_shipping_method' },
  initial: 'pending',
  create: {
    validate,
    build: async ({ input }) => ({ ...priceHardwareOrder(input), updated: null }),
  },
  actions: {
    cancel: {
      endpoint: 'cancel',
      from: ['pending'],
      to: 'canceled',
      apply: touched,
      refusal: (s) => `This order is ${s}: only a pending order can be canceled.`,
      event: UPDATED,
    },
    mark_ready_to_ship: {
      endpoint: 'markReadyToShip',
      testHelper: true,
      from: ['pending'],
      to: 'ready_to_ship',
      apply: touched,
      refusal: (s) => `Only a pending order can be marked ready to ship; this one is ${s}.`,
      event: UPDATED,
    },
    ship: {
      endpoint: 'ship',
      testHelper: true,
      from: ['ready_to_ship'],
      to: 'shipped',
      refusal: (s) => `Only an order ready to ship can be shipped; this one is ${s}.`,
      apply: (ctx) => {
        const carrier = carrierOf(ctx.record);
        return { ...touched(ctx), shipment_tracking: [{ carrier, tracking_number: trackingNumberOf(carrier) }] };
      },
      event: UPDATED,
    },
    deliver: {
      endpoint: 'deliver',
      testHelper: true,
      from: ['shipped'],
      to: 'delivered',
      apply: touched,
      refusal: (s) => `Only a shipped order can be delivered; this one is ${s}.`,
      event: UPDATED,
    },
    mark_undeliverable: {
      endpoint: 'markUndeliverable',
      testHelper: true,
      from: ['shipped'],
      to: 'undeliverable',
      apply: touched,
      refusal: (s) => `Only a shipped order can be marked undeliverable; this one is ${s}.`,
      event: UPDATED,
    },
  },
  unsupported: {
    preview: 'Not served yet: the same pricing as create (priceHardwareOrder) without an object; fingraph answers only saved objects (every type is a Node).',
  },
  examples: {
    create: () => ({
      hardware_order_items: [{ terminal_hardware_sku: 'thsku_fingraphWisePosEUS', quantity: 2 }],
      payment_type: 'monthly_invoice',
      shipping: {
        name: 'Jenny Rosen',
        company: 'Rocket Rides',
        email: 'jenny@example.com',
        phone: '15555555555',
        address: { line1: '1234 Main Street', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' },
      },
      shipping_method: 'thsm_fingraphUSStandard',
      metadata: { example: 'yes' },
    }),
  },
});
