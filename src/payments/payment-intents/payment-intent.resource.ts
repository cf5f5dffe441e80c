import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { transition } from '../../layer/actions.js';
import { defineResource, type ActionContext, type Resource } from '../../layer/resource.js';
import { customersResource } from '../customers/customer.resource.js';
import { declineOf } from '../payment-methods/card-number.js';
import { isPaymentMethodId, paymentMethodsResource, type AnyPaymentMethodRecord } from '../payment-methods/payment-method.resource.js';
import { paymentIntents, paymentIntentServe } from './payment-intent.table.js';

/**
 * A minimal PaymentIntent: what a card payment and a Terminal reader payment need (amounts, capture,
 * status, payment method, decline), with Stripe's shapes and events. Confirming with a card
 * PaymentMethod settles at once in test mode: Stripe's decline test cards fail
 * (`payment_intent.payment_failed`, `last_payment_error`), others succeed — or wait for capture when
 * `capture_method` is manual. Charges, balance transactions, 3DS and the other ~90 payment method
 * types are not modelled (docs/decisions/terminal.md).
 */
export type PaymentIntentRecord = Pick<
  Stripe.PaymentIntent,
  | 'id'
  | 'object'
  | 'amount'
  | 'amount_capturable'
  | 'amount_received'
  | 'canceled_at'
  | 'cancellation_reason'
  | 'capture_method'
  | 'created'
  | 'currency'
  | 'description'
  | 'last_payment_error'
  | 'latest_charge'
  | 'livemode'
  | 'metadata'
  | 'payment_method_types'
  | 'allowed_payment_method_types'
  | 'status'
> & { customer: string | null; payment_method: string | null };

type Ctx = ActionContext<PaymentIntentRecord>;

/** Types a PaymentIntent here can be paid with. */
const PAYABLE = ['card', 'card_present'];
const OPEN = ['requires_payment_method', 'requires_confirmation'];

/** Stripe's `last_payment_error` of a declined card. */
export type Decline = { code: string; decline_code: string; message: string };
export function declineError(pm: AnyPaymentMethodRecord, decline: Decline) {
  return {
    type: 'card_error' as const,
    code: decline.code,
    decline_code: decline.decline_code,
    message: decline.message,
    doc_url: `https://docs.stripe.com/error-codes/${decline.code.replace(/_/g, '-')}`,
    payment_method: paymentMethodsResource.toStripe(pm) as never,
  };
}

/**
 * Pays a PaymentIntent with a PaymentMethod inside the caller's command (a confirm, a reader's
 * card presentation): the transition to `succeeded`, `requires_capture` or (declined) back to
 * `requires_payment_method`. Answers the PaymentIntent and the decline, if any.
 */
export async function payIntent(
  cmd: CommandContext,
  pi: PaymentIntentRecord,
  pm: AnyPaymentMethodRecord,
  extra: { amount_tip?: number; decline?: Decline | null } = {},
): Promise<{ record: PaymentIntentRecord; decline: Decline | null }> {
  // A presented card (card_present) is judged by the reader's caller; a card PaymentMethod by its number.
  const decline = extra.decline !== undefined ? extra.decline : pm.type === 'card' ? await declineOf(cmd.tx, pm) : null;
  const action = decline ? 'fail' : pi.capture_method === 'manual' ? 'authorize' : 'succeed';
  const input = { payment_method: pm.id, ...(decline ? { last_payment_error: declineError(pm, decline) } : {}), amount_tip: extra.amount_tip };
  const record: PaymentIntentRecord = await transition(
    { cmd, resource: paymentIntentsResource as Resource<PaymentIntentRecord>, input, record: pi, changes: {}, locked: {} },
    action,
  );
  return { record, decline: decline ?? null };
}

const paidWith = ({ input, record }: Ctx): Partial<PaymentIntentRecord> => {
  const amount = record.amount + (input.amount_tip ?? 0);
  return { payment_method: input.payment_method ?? record.payment_method, amount, last_payment_error: null };
};

export const paymentIntentsResource: Resource<PaymentIntentRecord> = defineResource<PaymentIntentRecord>({
  object: 'payment_intent',
  table: paymentIntents,
  serve: paymentIntentServe,
  refs: { payment_method: 'payment_method', customer: 'customer' },
  initial: 'requires_payment_method',
  create: {
    validate(input) {
      assertAmount(input.amount);
      if (!input.currency) throw parameterMissing(['currency']);
      const types: string[] = input.allowed_payment_method_types ?? ['card'];
      for (const [i, t] of types.entries())
        if (!PAYABLE.includes(t))
          throw parameterInvalid(['allowed_payment_method_types', String(i)], `Payment method type ${t} is not served here: card or card_present.`);
      if (input.payment_method != null && !isPaymentMethodId(input.payment_method))
        throw resourceMissing('payment method', input.payment_method, ['payment_method']);
      if (input.confirm && input.payment_method == null) throw parameterMissing(['payment_method']);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input }) {
      if (input.customer != null && !(hasPrefix(input.customer, 'cus') && (await customersResource.records(cmd.tx, cmd.scope, [input.customer])).size))
        throw resourceMissing('customer', input.customer, ['customer']);
      let pm: AnyPaymentMethodRecord | undefined;
      if (input.payment_method != null) {
        pm = (await paymentMethodsResource.records(cmd.tx, cmd.scope, [input.payment_method])).get(input.payment_method);
        if (!pm) throw resourceMissing('payment method', input.payment_method, ['payment_method']);
      }
      const types: string[] = input.allowed_payment_method_types ?? ['card'];
      if (pm && !types.includes(pm.type))
        throw parameterInvalid(['payment_method'], `The PaymentMethod ${pm.id} is of type ${pm.type}, not among payment_method_types (${types.join(', ')}).`);
      return {
        amount: input.amount,
        amount_capturable: 0,
        amount_received: 0,
        canceled_at: null,
        cancellation_reason: null,
        capture_method: input.capture_method ?? 'automatic',
        currency: input.currency,
        customer: input.customer ?? null,
        description: input.description ?? null,
        last_payment_error: null,
        latest_charge: null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        payment_method: pm?.id ?? null,
        allowed_payment_method_types: types as never,
        payment_method_types: types,
        status: pm ? 'requires_confirmation' : 'requires_payment_method',
      };
    },
    // `confirm: true` pays at once, in the same command (Stripe answers the confirmed PaymentIntent).
    async after({ cmd, input }, saved): Promise<PaymentIntentRecord> {
      if (!input.confirm || !saved.payment_method) return saved;
      const pm = (await paymentMethodsResource.records(cmd.tx, cmd.scope, [saved.payment_method])).get(saved.payment_method)!;
      return (await payIntent(cmd, saved, pm)).record;
    },
  },
  actions: {
    cancel: {
      endpoint: 'cancel',
      from: ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'],
      to: 'canceled',
      refusal: (s) => `You cannot cancel this PaymentIntent because it has a status of ${s}.`,
      stamp: 'canceled_at',
      apply: ({ input }) => ({ cancellation_reason: input.cancellation_reason ?? null, amount_capturable: 0 }),
      event: 'payment_intent.canceled',
    },
    capture: {
      endpoint: 'capture',
      from: ['requires_capture'],
      to: 'succeeded',
      refusal: (s) => `This PaymentIntent could not be captured because it has a status of ${s}.`,
      apply({ input, record }) {
        const amount = input.amount_to_capture ?? record.amount_capturable;
        if (!Number.isInteger(amount) || amount < 1 || amount > record.amount_capturable)
          throw parameterInvalid(['amount_to_capture'], `amount_to_capture must be between 1 and the capturable ${record.amount_capturable}.`);
        return {
          amount_received: amount,
          amount_capturable: 0,
          ...(input.metadata != null ? { metadata: mergeMetadata(record.metadata ?? {}, validateMetadata(input.metadata)) } : {}),
        };
      },
      event: 'payment_intent.succeeded',
    },
    /** A reader collected a card for it (collect_payment_method): it waits for confirm_payment_intent (internal). */
    attach: {
      from: ['requires_payment_method'],
      to: 'requires_confirmation',
      apply: ({ input }) => ({ payment_method: input.payment_method, last_payment_error: null }),
    },
    /** Paid (automatic capture): internal, run by payIntent. */
    succeed: {
      from: OPEN,
      to: 'succeeded',
      apply: (ctx) => {
        const paid = paidWith(ctx);
        return { ...paid, amount_received: paid.amount, amount_capturable: 0 };
      },
      event: 'payment_intent.succeeded',
    },
    /** Authorized (manual capture): internal, run by payIntent. */
    authorize: {
      from: OPEN,
      to: 'requires_capture',
      apply: (ctx) => {
        const paid = paidWith(ctx);
        return { ...paid, amount_capturable: paid.amount };
      },
      event: 'payment_intent.amount_capturable_updated',
    },
    /** Declined: back to requires_payment_method with the card's error (internal, run by payIntent). */
    fail: {
      from: OPEN,
      to: 'requires_payment_method',
      apply: ({ input }) => ({ payment_method: null, last_payment_error: input.last_payment_error ?? null }),
      event: 'payment_intent.payment_failed',
    },
  },
  list: {},
  unsupported: {
    update: 'A PaymentIntent is made whole at creation here; only its metadata changes through capture.',
    search: 'Stripe Search is not served.',
    applyCustomerBalance: 'Customer balances are not modelled.',
    confirm: 'Confirm at creation (`confirm: true`) or through a Terminal reader.',
    incrementAuthorization: 'Incremental authorizations are not modelled.',
    verifyMicrodeposits: 'Bank debits are not modelled for PaymentIntents.',
  },
  examples: {
    create: () => ({
      amount: 2000,
      currency: 'usd',
      allowed_payment_method_types: ['card'],
      capture_method: 'manual',
      description: 'Order 6735',
      metadata: { order: '6735' },
    }),
    params: {
      succeed: () => ({ payment_method: 'pm_card_visa' }),
      authorize: () => ({ payment_method: 'pm_card_visa' }),
      fail: () => ({}),
      attach: () => ({ payment_method: 'pm_card_visa' }),
    },
    unreachable: {
      requires_action: 'No 3D Secure or other customer action is modelled.',
      processing: 'Card payments settle at once here; only asynchronous methods (not modelled) process.',
    },
  },
});
