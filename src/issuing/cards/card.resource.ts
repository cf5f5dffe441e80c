import type Stripe from 'stripe';
import { randomInt } from 'node:crypto';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { transition } from '../../layer/actions.js';
import { defineResource, resourceOf, type ActionContext, type TransitionDecl } from '../../layer/resource.js';
import { checkFinancialAccountId, type FinancialAccountRow } from '../../treasury/financial-accounts/financial-account.repository.js';
import { assertCanMoveMoney, assertLength } from '../../treasury/shared/flow-rules.js';
import { defaultDesignOf } from '../personalization-designs/personalization-design.resource.js';
import type { CardholderRecord } from '../cardholders/cardholder.resource.js';
import { normalizeControls } from '../shared/spending-controls.js';
import { issuingCards } from './card.table.js';
import { newShipping, trackingOf } from './shipping.js';

/**
 * Card: virtual or physical, spending from the Issuing balance or from a Treasury FinancialAccount
 * with `card_issuing` (`financial_account`). Status `inactive` (Stripe's default) | `active` |
 * `canceled` (final, with `cancellation_reason`) through update. A replacement (`replacement_for`)
 * points both ways (`replaced_by`); a lost or stolen card is canceled when replaced, a damaged or
 * expired one once its replacement is activated. A physical card has a second machine on
 * `shipping.status`, driven by the test helpers: pending → submitted → shipped → delivered, or
 * returned (from shipped), failure (before it ships), canceled (the card canceled before it ships).
 */
export type CardRecord = Omit<Stripe.Issuing.Card, 'cardholder'> & { cardholder: string };

/** The currencies Issuing cards (and the Issuing balance) spend in. */
export const ISSUING_CURRENCIES = ['usd', 'eur', 'gbp'];
const CURRENCIES = ISSUING_CURRENCIES;
const human = (s: string) => s.replace(/_/g, ' ');

/** Apple Pay and Google Pay need a way to reach the cardholder (Stripe: `missing_cardholder_contact`). */
function walletsOf(holder: CardholderRecord): Stripe.Issuing.Card.Wallets {
  const eligible = Boolean(holder.email || holder.phone_number);
  const wallet = { eligible, ineligible_reason: eligible ? null : ('missing_cardholder_contact' as const) };
  return { apple_pay: { ...wallet }, google_pay: { ...wallet }, primary_account_identifier: null };
}

/** Card spending controls; limits are in the card's currency unless another is named. */
function controlsOf(input: Record<string, any> | undefined, currency: string): CardRecord['spending_controls'] {
  const c = normalizeControls('issuing.card', input, ['spending_controls']);
  if (c.spending_limits?.length && !c.spending_limits_currency) c.spending_limits_currency = currency;
  return c as CardRecord['spending_controls'];
}

function checkExpiry(input: Record<string, any>, now: Date) {
  if (input.exp_month == null && input.exp_year == null) return;
  if (input.exp_month == null || input.exp_year == null) throw parameterMissing([input.exp_month == null ? 'exp_month' : 'exp_year']);
  if (input.exp_month < 1 || input.exp_month > 12) throw parameterInvalid(['exp_month'], 'exp_month must be between 1 and 12.');
  const end = Date.UTC(input.exp_year, input.exp_month, 1);
  if (end <= now.getTime()) throw parameterInvalid(['exp_year'], 'The expiration date must be in the future.');
}

/** Points the financial account at an FA of the caller that can issue cards in the card's currency. */
async function fundingAccount(ctx: { lock(object: string, id: string, param: string[]): Promise<unknown> }, id: string, currency: string) {
  checkFinancialAccountId(id, ['financial_account']);
  const fa = (await ctx.lock('treasury.financial_account', id, ['financial_account'])) as FinancialAccountRow;
  assertCanMoveMoney(fa, 'card_issuing', 'outbound', currency);
  return fa.id;
}

/** A card prints an active design of the caller's (Stripe: designs under review or rejected cannot be used). */
async function activeDesign(ctx: { lock(object: string, id: string, param: string[]): Promise<unknown> }, id: string) {
  const design = (await ctx.lock('issuing.personalization_design', id, ['personalization_design'])) as { id: string; status: string };
  if (design.status !== 'active')
    throw parameterInvalid(['personalization_design'], `The personalization design ${id} is ${design.status}; cards can only use an active design.`);
  return design.id;
}

/** One shipping test helper: the shipment's state moves; the card's own status does not. */
function shippingHelper(
  endpoint: string,
  from: readonly string[],
  to: string,
  more: Pick<TransitionDecl<CardRecord>, 'stamp' | 'apply'> = {},
): TransitionDecl<CardRecord> {
  return {
    endpoint,
    testHelper: true,
    state: 'shipping.status',
    from,
    to,
    refusal: (status) =>
      status === 'undefined' || status === 'null'
        ? `This card is virtual: it has no shipment to ${endpoint}.`
        : `The card's shipping status is ${status}: it cannot be ${to === 'failure' ? 'failed' : to}.`,
    event: 'issuing_card.updated',
    ...more,
  };
}

/** An internal step on a replaced card: it points at its replacement and, where the reason says so, is canceled. */
const replaced: TransitionDecl<CardRecord> = {
  apply: ({ input, record }) => ({
    replaced_by: input.card,
    ...(input.cancel && record.status !== 'canceled' ? cancellation(record, input.cancellation_reason ?? null) : {}),
  }),
  event: 'issuing_card.updated',
};

/** The changes of a cancellation: the card, and its shipment when it has not left yet. */
function cancellation(record: CardRecord, reason: CardRecord['cancellation_reason']): Partial<CardRecord> {
  const unshipped = record.shipping && ['pending', 'submitted'].includes(record.shipping.status ?? '');
  return { status: 'canceled', cancellation_reason: reason, ...(unshipped ? { shipping: { ...record.shipping!, status: 'canceled' } } : {}) };
}

/** A damaged or expired card stays usable until its replacement is activated, then is canceled. */
async function retireReplaced(ctx: ActionContext<CardRecord> | { cmd: ActionContext['cmd'] }, card: CardRecord) {
  if (!card.replacement_for || card.status !== 'active') return;
  const cancel = card.replacement_reason === 'damaged' || card.replacement_reason === 'expired';
  const old = await cards.lock(ctx.cmd.tx, ctx.cmd.scope, card.replacement_for as string);
  if (!old || (old.replaced_by === card.id && (!cancel || old.status === 'canceled'))) return;
  await transition({ cmd: ctx.cmd, resource: cards, input: { card: card.id, cancel }, record: old, changes: {}, locked: {} }, 'replaced');
}

export const cards = defineResource<CardRecord>({
  object: 'issuing.card',
  table: issuingCards,
  refs: { financial_account: 'treasury.financial_account' },
  initial: 'inactive',
  connections: [{ on: 'issuing.cardholder', by: 'cardholder', field: 'cards' }],
  create: {
    validate(input) {
      if (input.metadata != null) validateMetadata(input.metadata);
      assertLength(input.second_line, 24, ['second_line']);
      if (!CURRENCIES.includes(input.currency))
        throw parameterInvalid(['currency'], `Issuing cards support ${CURRENCIES.join(', ')}, not ${input.currency}.`, 'currency_not_supported');
      if (input.type === 'physical' && !input.shipping && !input.replacement_for) throw parameterMissing(['shipping']);
      if (input.type === 'virtual' && input.shipping)
        throw parameterInvalid(['shipping'], 'A virtual card is not shipped: shipping applies to physical cards.');
      if (input.replacement_reason && !input.replacement_for)
        throw parameterInvalid(['replacement_reason'], 'replacement_reason applies only with replacement_for.');
      if (!input.cardholder && !input.replacement_for) throw parameterMissing(['cardholder']);
      if (input.personalization_design && input.type !== 'physical')
        throw parameterInvalid(['personalization_design'], 'A personalization design applies to physical cards.');
    },
    async build(ctx) {
      const { cmd, input } = ctx;
      checkExpiry(input, cmd.now);
      let old: CardRecord | null = null;
      if (input.replacement_for) {
        old = (await ctx.lock('issuing.card', input.replacement_for, ['replacement_for'])) as CardRecord;
        if (input.cardholder && input.cardholder !== old.cardholder)
          throw parameterInvalid(['cardholder'], 'A replacement card belongs to the cardholder of the card it replaces.');
        if (old.type === 'physical' && input.type === 'physical' && !input.shipping && !old.shipping) throw parameterMissing(['shipping']);
      }
      const holder = (await ctx.lock('issuing.cardholder', input.cardholder ?? old!.cardholder, ['cardholder'])) as CardholderRecord;
      const financialAccount = input.financial_account ? await fundingAccount(ctx, input.financial_account, input.currency) : (old?.financial_account ?? null);
      const design = input.personalization_design ? await activeDesign(ctx, input.personalization_design) : null;
      const shippingInput = input.type === 'physical' ? (input.shipping ?? (old?.shipping ? { ...old.shipping, customs: old.shipping.customs } : null)) : null;
      const expires = new Date(Date.UTC(cmd.now.getUTCFullYear() + 3, cmd.now.getUTCMonth(), 1));
      return {
        type: input.type,
        brand: 'Visa',
        currency: input.currency,
        cardholder: holder.id,
        financial_account: financialAccount,
        status: input.status ?? 'inactive',
        cancellation_reason: null,
        exp_month: input.exp_month ?? expires.getUTCMonth() + 1,
        exp_year: input.exp_year ?? expires.getUTCFullYear(),
        last4: String(randomInt(0, 10_000)).padStart(4, '0'),
        latest_fraud_warning: null,
        lifecycle_controls: input.lifecycle_controls ?? null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        // A physical card without a design prints the replaced card's, else the account's default (when active).
        personalization_design: design ?? (input.type === 'physical' ? (old?.personalization_design ?? (await defaultDesignOf(cmd))) : null),
        replaced_by: null,
        replacement_for: old?.id ?? null,
        replacement_reason: old ? (input.replacement_reason ?? null) : null,
        second_line: input.second_line ?? null,
        shipping: shippingInput ? newShipping(shippingInput, cmd.now) : null,
        spending_controls: controlsOf(input.spending_controls, input.currency),
        wallets: walletsOf(holder),
      };
    },
    event: 'issuing_card.created',
    /** The replaced card points at its replacement; a lost or stolen one is canceled with that reason now. */
    async after(ctx, card) {
      if (!card.replacement_for) return;
      const old = (await ctx.lock('issuing.card', card.replacement_for as string, ['replacement_for'])) as CardRecord;
      const reason = card.replacement_reason;
      const cancel = reason === 'lost' || reason === 'stolen';
      await transition(
        { cmd: ctx.cmd, resource: cards, input: { card: card.id, cancel, cancellation_reason: cancel ? reason : null }, record: old, changes: {}, locked: {} },
        'replaced',
      );
      await retireReplaced(ctx, card);
    },
  },
  update: {
    endpoint: 'update',
    guard({ input, record }) {
      const changesCard = input.status || input.spending_controls || input.shipping || input.financial_account || input.pin;
      if (record.status === 'canceled' && changesCard) throw invalidState('This card is canceled and can no longer be updated (only its metadata can change).');
      if (input.cancellation_reason && input.status !== 'canceled')
        throw parameterInvalid(['cancellation_reason'], 'cancellation_reason applies only when status is canceled.');
      if (input.shipping && record.shipping?.status !== 'pending')
        throw invalidState(`The card's shipping can only change while it is pending; it is ${record.shipping?.status ?? 'absent (virtual card)'}.`);
      if (input.personalization_design && record.shipping?.status !== 'pending')
        throw invalidState('The personalization design of a card can only change while its shipment is pending.');
    },
    async apply(ctx) {
      const { input, record, cmd } = ctx;
      const changes: Partial<CardRecord> = {};
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      if (input.spending_controls) changes.spending_controls = controlsOf(input.spending_controls, record.currency);
      if (input.shipping) changes.shipping = newShipping({ ...record.shipping, ...input.shipping }, cmd.now);
      const lock = async (object: string, id: string, param: string[]) => {
        const row = await resourceOf(object).lock(cmd.tx, cmd.scope, id);
        if (!row) throw resourceMissing(human(object.split('.').pop()!), id, param);
        return row;
      };
      if (input.financial_account) changes.financial_account = await fundingAccount({ lock }, input.financial_account, record.currency);
      if (input.personalization_design) changes.personalization_design = await activeDesign({ lock }, input.personalization_design);
      if (input.status === 'canceled') Object.assign(changes, cancellation({ ...record, ...changes }, input.cancellation_reason ?? null));
      else if (input.status) changes.status = input.status;
      return changes;
    },
    event: 'issuing_card.updated',
    after: async (ctx, saved) => retireReplaced(ctx, saved),
  },
  actions: {
    submit: shippingHelper('submit', ['pending'], 'submitted'),
    ship: shippingHelper('ship', ['pending', 'submitted'], 'shipped', {
      stamp: 'shipping.shipped_at',
      apply: ({ record, changes }) => ({ shipping: { ...(changes.shipping ?? record.shipping!), ...trackingOf(record.shipping!.carrier ?? 'usps') } }),
    }),
    deliver: shippingHelper('deliver', ['shipped'], 'delivered', { stamp: 'shipping.delivered_at' }),
    return: shippingHelper('return', ['shipped'], 'returned'),
    fail: shippingHelper('fail', ['pending', 'submitted'], 'failure'),
    replaced,
  },
  examples: {
    create: async (fx) => ({
      cardholder: (await fx.create('issuing.cardholder')).id,
      currency: 'usd',
      type: 'physical',
      status: 'active',
      shipping: { name: 'Jenny Rosen', address: { line1: '1234 Main Street', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } },
    }),
    unreachableIn: { 'shipping.status': { canceled: 'Reached by canceling the card (update status=canceled) before it ships, not by a shipping helper.' } },
  },
});
