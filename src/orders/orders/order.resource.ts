import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import type { CommandContext } from '../../kernel/command.js';
import { createIn, transition } from '../../layer/actions.js';
import { defineResource, type Resource, resourceOf, type Params, type ScheduledStep } from '../../layer/resource.js';
import { lockRecord } from '../../layer/store.js';
import { payIntent, type PaymentIntentRecord, paymentIntentsResource } from '../../payments/payment-intents/payment-intent.resource.js';
import { declineOf } from '../../payments/payment-methods/card-number.js';
import { paymentMethodsResource } from '../../payments/payment-methods/payment-method.resource.js';
import { activateTax } from '../../tax/settings/tax-settings.js';
import { refreshEntitlements } from '../../entitlements/active-entitlements/derive.js';
import { type DiscountSource, priceOrder, redeemDiscounts, resolveDiscounts } from './amounts.js';
import { orders, orderServe } from './order.table.js';

/**
 * Order (Stripe's retired Orders beta, seed 002): open → submitted → processing → complete, or
 * canceled; a submitted order reopens. Amounts are recomputed on every change (src/orders/orders/amounts.ts).
 * fingraph takes no card payments: in test mode a submitted order's payment is simulated (processing,
 * then complete, after the test-mode delays); an order of 0 completes at submit.
 */
export type OrderRecord = Stripe.Response<Record<string, any>> & {
  id: string;
  created: number;
  livemode: boolean;
  status: 'open' | 'submitted' | 'processing' | 'complete' | 'canceled';
  amount_total: number;
  currency: string;
  customer: string | null;
  metadata: Record<string, string>;
  line_items: { data: { id: string; price: string; quantity: number; description: string | null; product: string }[] };
  shipping_rate_data: Params | null;
  discount_sources: DiscountSource[] | null;
};

const addressOf = (a: Params | null | undefined) =>
  a
    ? {
        city: a.city ?? null,
        country: a.country ? String(a.country).toUpperCase() : null,
        line1: a.line1 ?? null,
        line2: a.line2 ?? null,
        postal_code: a.postal_code ?? null,
        state: a.state ?? null,
      }
    : null;

const detailsOf = (d: Params | null | undefined, billing: boolean) =>
  d ? { address: addressOf(d.address), ...(billing ? { email: d.email ?? null } : {}), name: d.name ?? null, phone: d.phone ?? null } : null;

function validate(input: Params) {
  if (input.metadata != null) validateMetadata(input.metadata);
  if (input.description != null && input.description.length > 5000)
    throw parameterInvalid(['description'], 'Invalid description: must be at most 5000 characters.');
}

/** The order's fields from its (merged) inputs: details as given, amounts recomputed. */
async function build(cmd: CommandContext, id: string, input: Params, current: OrderRecord | null) {
  const shippingDetails = input.shipping_details !== undefined ? detailsOf(input.shipping_details, false) : (current?.shipping_details ?? null);
  const billingDetails = input.billing_details !== undefined ? detailsOf(input.billing_details, true) : (current?.billing_details ?? null);
  const taxDetails = input.tax_details
    ? { tax_exempt: input.tax_details.tax_exempt ?? 'none', tax_ids: input.tax_details.tax_ids ?? [] }
    : (current?.tax_details ?? { tax_exempt: 'none', tax_ids: [] });
  const currency = input.currency ?? current!.currency;
  const customer = input.customer !== undefined ? input.customer || null : (current?.customer ?? null);
  const lines = input.line_items ?? current!.line_items.data.map((l) => ({ id: l.id, price: l.price, quantity: l.quantity, description: l.description }));
  const automaticTax = input.automatic_tax ?? current?.automatic_tax ?? { enabled: false };
  // The shipping rate as given, else the one the order has (kept even if archived since).
  const keptRate = current?.shipping_cost?.shipping_rate;
  const shippingCost =
    input.shipping_cost !== undefined
      ? input.shipping_cost || null
      : keptRate
        ? { shipping_rate: keptRate, kept: true }
        : current?.shipping_rate_data
          ? { shipping_rate_data: current.shipping_rate_data }
          : null;
  const kept = current?.discount_sources ?? [];
  const discounts =
    input.discounts !== undefined
      ? await resolveDiscounts(cmd, input.discounts || [], kept, { currency, customer })
      : input.currency !== undefined || input.customer !== undefined
        ? // What the kept discounts allow may change with the currency or the customer: check them again.
          await resolveDiscounts(
            cmd,
            kept.map((d) => (d.promotion_code ? { promotion_code: d.promotion_code } : { coupon: d.coupon })),
            kept,
            { currency, customer },
          )
        : kept;
  const amounts = await priceOrder(
    cmd,
    id,
    {
      currency,
      line_items: lines,
      shipping_cost: shippingCost,
      automatic_tax: { enabled: !!automaticTax.enabled },
      address: shippingDetails?.address ?? billingDetails?.address ?? null,
      tax_exempt: taxDetails.tax_exempt,
      customer,
      discounts,
    },
    [],
  );
  return {
    ...amounts,
    billing_details: billingDetails,
    currency,
    shipping_details: shippingDetails,
    shipping_rate_data: null,
    tax_details: taxDetails,
  };
}

/** Stripe's test card a test-mode order is paid with, unless its metadata names another (`test_payment_method`). */
const TEST_CARD = 'pm_card_visa';

/** The order's PaymentIntent and the PaymentMethod the test-mode payment uses (a decline card fails it). */
async function paymentOf(cmd: CommandContext, record: OrderRecord, given?: unknown) {
  const piId = record.payment?.payment_intent as string | null;
  const pi = piId ? ((await lockRecord(cmd.tx, paymentIntentsResource.storage, cmd.scope, piId)) as unknown as PaymentIntentRecord | null) : null;
  const pmId = String(given ?? record.metadata?.test_payment_method ?? TEST_CARD);
  const pm = (await paymentMethodsResource.records(cmd.tx, cmd.scope, [pmId])).get(pmId);
  return { pi, pm };
}

/** A reopened or canceled order's unpaid PaymentIntent is canceled (`abandoned`); a new submit makes another. */
async function cancelPayment(cmd: CommandContext, record: OrderRecord) {
  const { pi } = await paymentOf(cmd, record);
  if (pi && ['requires_payment_method', 'requires_confirmation'].includes(pi.status))
    await transition(
      {
        cmd,
        resource: paymentIntentsResource as Resource<PaymentIntentRecord>,
        input: { cancellation_reason: 'abandoned' },
        record: pi,
        changes: {},
        locked: {},
      },
      'cancel',
    );
}

/**
 * Test mode pays a submitted order after the test-mode delay with its test card: it completes, or
 * (a decline card) its payment fails and it waits as `submitted`. Live mode waits for a payment
 * fingraph does not take (reopen or cancel it).
 */
async function simulatedPayment(cmd: CommandContext, record: OrderRecord): Promise<ScheduledStep[]> {
  if (record.amount_total === 0) return [{ action: 'complete', at: cmd.now, phase: 'first', delayMs: 0 }];
  if (cmd.scope.livemode) return [];
  const { pm } = await paymentOf(cmd, record);
  const declined = pm?.type === 'card' ? await declineOf(cmd.tx, pm) : null;
  return [{ action: declined || !pm ? 'fail_payment' : 'complete', at: cmd.now, phase: 'first', params: { payment_method: pm?.id ?? null } }];
}

export const ordersResource = defineResource<OrderRecord>({
  object: 'order',
  table: orders,
  serve: orderServe,
  initial: 'open',
  // Stripe's listLineItems: a connection over the items kept with the object.
  pagedLists: ['line_items'],
  connections: [{ on: 'customer', by: 'customer', field: 'orders' }],
  // Paid, however it was paid (a Terminal reader presenting a card): the processing order completes now.
  reactions: {
    'payment_intent.succeeded': {
      action: 'complete',
      target: (pi) => pi.metadata?.order,
      matches: (order, pi) => order.payment?.payment_intent === pi.id,
    },
  },
  create: {
    validate(input) {
      validate(input);
      if (!Array.isArray(input.line_items) || input.line_items.length === 0) throw parameterMissing(['line_items']);
    },
    async build({ cmd, input, id, lock }) {
      if (input.customer) await lock('customer', input.customer, ['customer']);
      return {
        ...(await build(cmd, id, input, null)),
        client_secret: `${id}_secret_${randomBytes(18).toString('base64url')}`,
        customer: input.customer ?? null,
        description: input.description ?? null,
        ip_address: input.ip_address ?? null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        payment: { payment_intent: null, settings: null, status: null },
      } as Partial<OrderRecord>;
    },
  },
  update: {
    endpoint: 'update',
    from: ['open'],
    refusal: (status) => `You cannot update this order because it has status ${status}; reopen it first.`,
    event: 'order.updated',
    async apply({ cmd, input, record }) {
      validate(input);
      if (input.customer && !(await resourceOf('customer').records(cmd.tx, cmd.scope, [input.customer])).has(input.customer))
        throw resourceMissing('customer', input.customer, ['customer']);
      const changes: Params = await build(cmd, record.id, input, record);
      for (const key of ['customer', 'description', 'ip_address'] as const) if (input[key] !== undefined) changes[key] = input[key] || null;
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      return changes as Partial<OrderRecord>;
    },
  },
  actions: {
    submit: {
      endpoint: 'submit',
      from: ['open'],
      event: 'order.updated',
      guard({ input, record }) {
        if (input.expected_total == null) throw parameterMissing(['expected_total']);
        if (input.expected_total !== record.amount_total)
          throw parameterInvalid(
            ['expected_total'],
            `expected_total (${input.expected_total}) does not match the order's amount_total (${record.amount_total}): the order changed since it was read.`,
          );
        if (record.amount_total !== 0 && record.amount_total < 50)
          throw parameterInvalid(['expected_total'], 'To submit an order, its total must be either 0 or at least 50 (0.50 USD or equivalent).');
      },
      to: 'processing',
      // The order's PaymentIntent for its total (none for an order of 0), paid in test mode by the schedule.
      async apply({ cmd, record }) {
        if (record.amount_total === 0) return { payment: { payment_intent: null, settings: null, status: 'not_required' } };
        const pi = await createIn(paymentIntentsResource, cmd, {
          amount: record.amount_total,
          currency: record.currency,
          ...(record.customer ? { customer: record.customer } : {}),
          description: `Order ${record.id}`,
          metadata: { order: record.id },
        });
        return { payment: { payment_intent: pi.id, settings: null, status: 'processing' } };
      },
      schedule: ({ cmd, record }) => simulatedPayment(cmd, record),
    },
    /**
     * The payment succeeded: the PaymentIntent is paid (test mode: by the schedule, or on a Terminal
     * reader), the order completes. Also from submitted: a failed payment's PaymentIntent paid later.
     */
    complete: {
      from: ['processing', 'submitted'],
      to: 'complete',
      event: 'order.updated',
      async apply({ cmd, record, input }) {
        if (record.amount_total === 0) return { payment: { ...record.payment, status: 'not_required' } };
        const { pi, pm } = await paymentOf(cmd, record, input.payment_method);
        if (pi && pm && (pi.status === 'requires_payment_method' || pi.status === 'requires_confirmation')) await payIntent(cmd, pi, pm, { decline: null });
        return { payment: { ...record.payment, status: 'complete' } };
      },
      // What the customer bought now entitles it (src/entitlements); its discounts are redeemed.
      after: async (ctx, saved) => {
        await redeemDiscounts(ctx.cmd, saved.discount_sources ?? []);
        if (saved.customer) await refreshEntitlements(ctx.cmd, saved.customer);
      },
    },
    /** The payment failed (test mode: a decline card): the PaymentIntent records it, the order waits as submitted. */
    fail_payment: {
      from: ['processing'],
      to: 'submitted',
      event: 'order.updated',
      async apply({ cmd, record, input }) {
        const { pi, pm } = await paymentOf(cmd, record, input.payment_method);
        if (pi && pm && (pi.status === 'requires_payment_method' || pi.status === 'requires_confirmation')) {
          const decline = (pm.type === 'card' ? await declineOf(cmd.tx, pm) : null) ?? {
            code: 'card_declined',
            decline_code: 'generic_decline',
            message: 'Your card was declined.',
          };
          await payIntent(cmd, pi, pm, { decline });
        }
        return { payment: { ...record.payment, status: 'requires_payment_method' } };
      },
    },
    reopen: {
      endpoint: 'reopen',
      from: ['submitted'],
      to: 'open',
      event: 'order.updated',
      async apply({ cmd, record }) {
        await cancelPayment(cmd, record);
        return { payment: { ...record.payment, status: null } };
      },
    },
    cancel: {
      endpoint: 'cancel',
      from: ['open', 'submitted'],
      to: 'canceled',
      event: 'order.updated',
      async apply({ cmd, record }) {
        await cancelPayment(cmd, record);
        return { payment: { ...record.payment, status: record.payment?.status ? 'canceled' : null } };
      },
    },
  },
  examples: {
    create: async (fx) => {
      await activateTax(fx);
      const product = await fx.create('product');
      const price = await fx.create('price', { product: product.id, unit_amount: 1500 });
      return { currency: 'usd', line_items: [{ price: price.id, quantity: 2 }] };
    },
    params: { submit: (o) => ({ expected_total: o.amount_total }) },
  },
});
