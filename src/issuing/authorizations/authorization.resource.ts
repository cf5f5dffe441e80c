import { randomInt } from 'node:crypto';
import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { invalidState, parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import type { Posting } from '../../layer/posting.js';
import { createIn } from '../../layer/actions.js';
import { defineResource, resourceOf, type ActionContext, type TransitionDecl } from '../../layer/resource.js';
import type { FinancialAccountRecord } from '../../treasury/financial-accounts/financial-account.resource.js';
import type { CardholderRecord } from '../cardholders/cardholder.resource.js';
import type { CardRecord } from '../cards/card.resource.js';
import { moveIssuingBalance } from '../balance/issuing-balance.js';
import { issuingAuthorizations } from './authorization.table.js';
import { decide, type Decision } from './decision.js';

/**
 * Authorization: a card's request to spend, decided at once (src/issuing/authorizations/decision.ts)
 * and recorded in `request_history`. Approved: `pending`, the amount held on the card's
 * FinancialAccount (a Treasury Transaction of flow type `issuing_authorization`, entries
 * `issuing_authorization_hold`, cash → outbound_pending). Declined: `closed`, nothing held. Test
 * helpers move it: increment (a new request, decided again), finalize_amount, reverse (whole or part),
 * expire, capture (an Issuing Transaction; its money moves through a ReceivedDebit), respond (a fraud
 * challenge). Every release is an `issuing_authorization_release` entry; the hold's Transaction posts
 * once captured and is voided when released without a capture.
 */
export type AuthorizationRecord = Omit<Stripe.Issuing.Authorization, 'card' | 'transactions'> & {
  card: string;
  transactions: string[];
  financial_account: string | null;
  held: number;
};
type History = Stripe.Issuing.Authorization.RequestHistory;

/** What a capture hands the Issuing Transaction it makes (only code can pass it: a symbol key). */
export const CAPTURE = Symbol('capture');
export interface CaptureReport {
  authorization: AuthorizationRecord;
  amount: number;
  purchase_details: unknown;
}

/** Stripe's test merchant (its API reference examples). */
const TEST_MERCHANT = {
  category: 'ac_refrigeration_repair',
  city: 'San Francisco',
  country: 'US',
  name: 'Test Merchant',
  network_id: '1234567890',
  postal_code: '94103',
  state: 'CA',
  terminal_id: null,
  url: null,
};
/** Merchant category codes of the categories tests and examples use; others are reported as 0000 (unknown). */
const MCC: Record<string, string> = {
  ac_refrigeration_repair: '7623',
  airlines_air_carriers: '4511',
  automated_fuel_dispensers: '5542',
  computer_software_stores: '5734',
  eating_places_restaurants: '5812',
  fast_food_restaurants: '5814',
  grocery_stores_supermarkets: '5411',
  hotels_motels_and_resorts: '7011',
  service_stations: '5541',
  taxicabs_limousines: '4121',
};

export function merchantDataOf(input: Record<string, any> | null | undefined): Stripe.Issuing.Authorization.MerchantData {
  const m = { ...TEST_MERCHANT, ...(input ?? {}) };
  return { ...m, category_code: MCC[m.category] ?? '0000', tax_id: null } as Stripe.Issuing.Authorization.MerchantData;
}

const presenceOf = (method: string) => (['chip', 'contactless', 'swipe'].includes(method) ? 'present' : 'not_present');

function historyEntry(cmd: CommandContext, r: { amount: number; currency: string; amount_details?: unknown }, d: Decision): History {
  const at = Math.floor(cmd.now.getTime() / 1000);
  return {
    amount: r.amount,
    amount_details: (r.amount_details as History['amount_details']) ?? null,
    approved: d.approved,
    authorization_code: d.approved ? `S${String(randomInt(0, 1_000_000)).padStart(6, '0')}` : null,
    created: at,
    currency: r.currency,
    merchant_amount: r.amount,
    merchant_currency: r.currency,
    network_risk_score: null,
    reason: d.reason,
    reason_message: null,
    requested_at: at,
  };
}

/** The card, its cardholder and funding account as the decision reads them (read, not locked: the FinancialAccount is locked by the action). */
async function parties(cmd: CommandContext, cardId: string) {
  const card = (await resourceOf('issuing.card').records(cmd.tx, cmd.scope, [cardId])).get(cardId) as CardRecord;
  const holder = (await resourceOf('issuing.cardholder').records(cmd.tx, cmd.scope, [card.cardholder])).get(card.cardholder) as CardholderRecord;
  return { card, holder };
}

/**
 * Ledger effect of an action, from the change of the held amount: a hold entry for more, a release for
 * less; when nothing is held any more, the hold's Transaction posts (captured) or is voided. Holds may
 * take cash below zero: where a check applies (a request) the decision has made it.
 */
function holdPostings(ctx: ActionContext<AuthorizationRecord>): Posting[] {
  const { record, changes } = ctx;
  if (!record.financial_account || !record.treasury?.transaction) return [];
  const held = changes.held ?? record.held;
  const delta = held - record.held;
  const out: Posting[] = [];
  if (delta > 0)
    out.push({ entry: 'issuing_authorization_hold', on: 'treasury.transaction', cash: -1, outbound_pending: 1, amount: delta, allowNegative: true });
  if (delta < 0) out.push({ entry: 'issuing_authorization_release', on: 'treasury.transaction', cash: 1, outbound_pending: -1, amount: -delta });
  const status = changes.status ?? record.status;
  if (held === 0 && record.held > 0 && status !== 'pending')
    out.push({ settle: (changes.transactions ?? record.transactions).length ? 'posted' : 'void', on: 'treasury.transaction' });
  return out;
}

function positive(value: unknown, param: string) {
  if (value === undefined || value === null) return;
  if (!Number.isInteger(value) || (value as number) <= 0) throw parameterInvalid([param], `${param} must be a positive integer (minor units).`);
}

const pendingOnly = (verb: string) => (status: string) => `This authorization is ${status}: only a pending authorization can be ${verb}.`;

/**
 * The same change of the held amount on the Issuing balance, for a card without a FinancialAccount:
 * a hold takes it out of `available`, a release gives it back (a capture's debit is its Transaction's).
 */
async function holdIssuingBalance(cmd: CommandContext, saved: AuthorizationRecord, before: number) {
  if (saved.financial_account) return;
  const delta = saved.held - before;
  if (delta !== 0)
    await moveIssuingBalance(
      cmd,
      saved.currency,
      delta > 0 ? 'issuing_authorization_hold' : 'issuing_authorization_release',
      { available: -delta, held: delta },
      saved.id,
    );
}

/** A test helper that changes a pending authorization's hold. */
function holdAction(
  endpoint: string,
  verb: string,
  decl: Omit<TransitionDecl<AuthorizationRecord>, 'endpoint' | 'testHelper' | 'from' | 'refusal' | 'postings' | 'event'>,
): TransitionDecl<AuthorizationRecord> {
  return {
    endpoint,
    testHelper: true,
    from: ['pending'],
    refusal: pendingOnly(verb),
    postings: holdPostings,
    event: 'issuing_authorization.updated',
    after: async ({ cmd }, saved, before) => holdIssuingBalance(cmd, saved, before.held),
    ...decl,
  };
}

export const authorizations = defineResource<AuthorizationRecord>({
  object: 'issuing.authorization',
  table: issuingAuthorizations,
  refs: { financial_account: 'treasury.financial_account', 'treasury.transaction': 'treasury.transaction' },
  flowType: 'issuing_authorization',
  locks: ['financial_account'],
  connections: [
    { on: 'issuing.card', by: 'card', field: 'authorizations' },
    { on: 'issuing.cardholder', by: 'cardholder', field: 'authorizations' },
  ],
  unsupported: {
    approve: 'Decisions are made when the request arrives (no issuing_authorization.request webhook waits for an answer); Stripe deprecates this endpoint.',
    decline: 'Decisions are made when the request arrives (no issuing_authorization.request webhook waits for an answer); Stripe deprecates this endpoint.',
  },
  create: {
    endpoint: 'create',
    testHelper: true,
    validate(input) {
      if (input.amount == null) throw parameterMissing(['amount']);
      assertAmount(input.amount);
      if (input.merchant_amount != null) assertAmount(input.merchant_amount, ['merchant_amount']);
    },
    async build(ctx) {
      const { cmd, input } = ctx;
      const card = (await ctx.lock('issuing.card', input.card, ['card'])) as CardRecord;
      const holder = (await ctx.lock('issuing.cardholder', card.cardholder, ['card'])) as CardholderRecord;
      const fa = card.financial_account ? ((await ctx.lock('treasury.financial_account', card.financial_account, ['card'])) as FinancialAccountRecord) : null;
      const currency = input.currency ?? card.currency;
      if (currency !== card.currency)
        throw parameterInvalid(['currency'], `The card spends in ${card.currency}; the authorization must be in ${card.currency}.`);
      const method = input.authorization_method ?? 'online';
      const merchant = merchantDataOf(input.merchant_data);
      const verification = {
        address_line1_check: input.verification_data?.address_line1_check ?? 'not_provided',
        address_postal_code_check: input.verification_data?.address_postal_code_check ?? 'not_provided',
        authentication_exemption: input.verification_data?.authentication_exemption ?? null,
        cvc_check: input.verification_data?.cvc_check ?? 'not_provided',
        expiry_check: input.verification_data?.expiry_check ?? 'not_provided',
        postal_code: null,
        three_d_secure: input.verification_data?.three_d_secure ?? null,
      } as Stripe.Issuing.Authorization.VerificationData;
      // A high fraud risk declines the request and challenges the cardholder by SMS (undeliverable without a phone number).
      const risky = input.risk_assessment?.fraud_risk?.level === 'highest';
      const decision: Decision = risky
        ? { approved: false, reason: 'suspected_fraud' }
        : await decide(cmd, {
            card,
            holder,
            fa,
            request: { amount: input.amount, category: merchant.category, country: merchant.country, presence: presenceOf(method) },
            verification,
          });
      return {
        amount: input.amount,
        amount_details: input.amount_details
          ? { atm_fee: input.amount_details.atm_fee ?? null, cashback_amount: input.amount_details.cashback_amount ?? null }
          : null,
        approved: decision.approved,
        authorization_method: method,
        balance_transactions: [],
        card: card.id,
        card_presence: presenceOf(method),
        cardholder: holder.id,
        currency,
        fleet: input.fleet ?? null,
        fraud_challenges: risky
          ? [
              holder.phone_number
                ? { channel: 'sms', status: 'pending', undeliverable_reason: null }
                : { channel: 'sms', status: 'undeliverable', undeliverable_reason: 'no_phone_number' },
            ]
          : null,
        fuel: input.fuel ?? null,
        merchant_amount: input.merchant_amount ?? input.amount,
        merchant_currency: input.merchant_currency ?? currency,
        merchant_data: merchant,
        metadata: {},
        network_data: { acquiring_institution_id: input.network_data?.acquiring_institution_id ?? null, system_trace_audit_number: null, transaction_id: null },
        pending_request: null,
        request_history: [historyEntry(cmd, { amount: input.amount, currency, amount_details: null }, decision)],
        status: decision.approved ? 'pending' : 'closed',
        token: null,
        transactions: [],
        treasury: fa ? { received_credits: [], received_debits: [], transaction: null } : null,
        verification_data: verification,
        verified_by_fraud_challenge: null,
        wallet: input.wallet ?? null,
        financial_account: fa?.id ?? null,
        held: decision.approved ? input.amount : 0,
      } as Partial<AuthorizationRecord>;
    },
    describeTransaction: (r) => `Issuing authorization | ${r.merchant_data.name ?? r.merchant_data.category}`,
    postings: (_ctx, r) =>
      r.held > 0 && r.financial_account
        ? [
            { open: 'treasury.transaction', sign: -1 },
            { entry: 'issuing_authorization_hold', on: 'treasury.transaction', cash: -1, outbound_pending: 1 },
          ]
        : [],
    event: 'issuing_authorization.created',
    after: async ({ cmd }, saved) => holdIssuingBalance(cmd, saved, 0),
  },
  update: {
    endpoint: 'update',
    apply: ({ input, record }) => (input.metadata != null ? { metadata: mergeMetadata(record.metadata, validateMetadata(input.metadata)) } : {}),
    event: 'issuing_authorization.updated',
  },
  actions: {
    /** A new request for more: decided like the first (limits, balance); a declined increment changes nothing but the history. */
    increment: holdAction('increment', 'incremented', {
      guard: ({ input }) => {
        if (input.increment_amount == null) throw parameterMissing(['increment_amount']);
        positive(input.increment_amount, 'increment_amount');
      },
      async apply({ cmd, input, record, locked }) {
        const { card, holder } = await parties(cmd, record.card);
        const fa = (locked.financial_account as FinancialAccountRecord | undefined) ?? null;
        const request = {
          amount: input.increment_amount,
          category: record.merchant_data.category,
          country: record.merchant_data.country,
          presence: record.card_presence,
        };
        const decision = await decide(cmd, { card, holder, fa, request, authorization: record.id });
        const history = [...record.request_history, historyEntry(cmd, { amount: input.increment_amount, currency: record.currency }, decision)];
        if (!decision.approved) return { request_history: history };
        return {
          request_history: history,
          amount: record.amount + input.increment_amount,
          merchant_amount: record.merchant_amount + input.increment_amount,
          held: record.held + input.increment_amount,
        };
      },
    }),
    /** The final amount of an estimated authorization (fuel): the hold follows it. */
    finalize_amount: holdAction('finalizeAmount', 'finalized', {
      guard: ({ input }) => {
        if (input.final_amount == null) throw parameterMissing(['final_amount']);
        positive(input.final_amount, 'final_amount');
      },
      apply: ({ input, record }) => ({
        amount: input.final_amount,
        merchant_amount: input.final_amount,
        held: input.final_amount,
        fleet: input.fleet ?? record.fleet,
        fuel: input.fuel ?? record.fuel,
      }),
    }),
    /** Releases the whole hold (reversed) or part of it (still pending, for less). */
    reverse: holdAction('reverse', 'reversed', {
      to: 'reversed',
      guard: ({ input, record }) => {
        positive(input.reverse_amount, 'reverse_amount');
        if (input.reverse_amount > record.amount)
          throw parameterInvalid(['reverse_amount'], `reverse_amount cannot exceed the authorization's amount (${record.amount}).`);
      },
      apply: ({ input, record }) => {
        const left = input.reverse_amount == null ? 0 : record.amount - input.reverse_amount;
        if (left === 0) return { held: 0 };
        return { status: 'pending', amount: left, merchant_amount: left, held: left };
      },
    }),
    expire: holdAction('expire', 'expired', { to: 'expired', apply: () => ({ held: 0 }) }),
    /**
     * The merchant captures: an Issuing Transaction (type capture, amount −captured; its ReceivedDebit
     * takes the money from the FinancialAccount, even below zero for an over-capture). The authorization
     * closes and releases its hold, unless close_authorization is false and some of it remains.
     */
    capture: holdAction('capture', 'captured', {
      to: 'closed',
      guard: ({ input }) => positive(input.capture_amount, 'capture_amount'),
      async apply({ cmd, input, record }) {
        const amount = input.capture_amount ?? record.amount;
        const close = input.close_authorization ?? true;
        const transaction = await createIn(resourceOf('issuing.transaction'), cmd, {
          [CAPTURE]: { authorization: record, amount, purchase_details: input.purchase_details ?? null },
        });
        const left = close ? 0 : Math.max(0, record.held - amount);
        const debit = (transaction as Pick<Stripe.Issuing.Transaction, 'treasury'>).treasury?.received_debit;
        const treasury = record.treasury && debit ? { ...record.treasury, received_debits: [...record.treasury.received_debits, debit] } : record.treasury;
        return { transactions: [...record.transactions, transaction.id], treasury, held: left, ...(left > 0 ? { status: 'pending' as const } : {}) };
      },
    }),
    /** The cardholder answers an SMS fraud challenge: verified or rejected (the authorization stays declined). */
    respond: {
      endpoint: 'respond',
      testHelper: true,
      guard: ({ input, record }) => {
        if (input.confirmed == null) throw parameterMissing(['confirmed']);
        if (record.fraud_challenges?.[0]?.status !== 'pending') throw invalidState('This authorization has no pending fraud challenge to respond to.');
      },
      apply: ({ input, record }) => ({
        fraud_challenges: record.fraud_challenges!.map((c, i) => (i === 0 ? { ...c, status: input.confirmed ? 'verified' : 'rejected' } : c)),
      }),
      event: 'issuing_authorization.updated',
    },
    /** A refund linked to this authorization: it lists the refund and its ReceivedCredit (internal). */
    link_refund: {
      apply: ({ input, record }) => ({
        transactions: [...record.transactions, input.transaction],
        treasury:
          record.treasury && input.received_credit
            ? { ...record.treasury, received_credits: [...record.treasury.received_credits, input.received_credit] }
            : record.treasury,
      }),
      event: 'issuing_authorization.updated',
    },
  },
  examples: {
    // A card on the Issuing balance, funded first (a FinancialAccount-funded card is the story test's).
    create: async (fx) => {
      await fx.graphql('mutation { testHelpersFundIssuingBalance(input: { amount: 100000, currency: "usd" }) { userErrors { code } } }');
      return { card: (await fx.create('issuing.card', { type: 'virtual', shipping: undefined, status: 'active' })).id, amount: 1000 };
    },
    params: {
      increment: () => ({ increment_amount: 500 }),
      finalize_amount: (a) => ({ final_amount: a.amount }),
      respond: () => ({ confirmed: true }),
    },
  },
});
