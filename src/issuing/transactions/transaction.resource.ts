import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { invalidState, parameterInvalid } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { createIn, transition } from '../../layer/actions.js';
import { defineResource, resourceOf, type CreateContext, type CreateDecl, type Resource } from '../../layer/resource.js';
import type { FinancialAccountRecord } from '../../treasury/financial-accounts/financial-account.resource.js';
import { NO_ADDRESS, type InitiatingDetails } from '../../treasury/received-credits/initiating-details.js';
import { receiveCredit } from '../../treasury/received-credits/received-credit.resource.js';
import { receiveDebit } from '../../treasury/received-debits/received-debit.resource.js';
import { CAPTURE, merchantDataOf, type CaptureReport } from '../authorizations/authorization.resource.js';
import type { CardholderRecord } from '../cardholders/cardholder.resource.js';
import type { CardRecord } from '../cards/card.resource.js';
import { moveIssuingBalance } from '../balance/issuing-balance.js';
import { issuingTransactions } from './transaction.table.js';

/**
 * Issuing Transaction: money that left (capture, amount < 0) or came back (refund, amount > 0)
 * through a card. Made by an authorization's capture, by the refund helper (a refund of a capture,
 * linked to its authorization), and by the force-capture and unlinked-refund helpers. On a card funded
 * by a FinancialAccount the money moves at once: a capture is a ReceivedDebit (network `card`, taken
 * even below zero: captures always succeed), a refund a ReceivedCredit — `treasury.received_debit` /
 * `received_credit`.
 */
export type IssuingTransactionRecord = Omit<Stripe.Issuing.Transaction, 'card'> & { card: string; refunded: number };

/** What a refund hands the refund Transaction it makes (only code can pass it). */
const REFUND = Symbol('refund');
interface RefundReport {
  of: IssuingTransactionRecord;
  amount: number;
}

/** The card as the network reports a card flow on a ReceivedCredit or ReceivedDebit. */
const cardDetails = (card: CardRecord, holder: CardholderRecord): InitiatingDetails => ({
  type: 'issuing_card',
  billing_details: { address: NO_ADDRESS, email: null, name: holder.name },
  issuing_card: card.id,
});

interface Movement {
  type: 'capture' | 'refund';
  cardId: string;
  /** Positive minor units; the Transaction's amount is −amount for a capture. */
  amount: number;
  currency?: string;
  authorization: string | null;
  merchant_data: Stripe.Issuing.Transaction.MerchantData;
  purchase_details: unknown;
  wallet?: Stripe.Issuing.Transaction['wallet'];
}

/** The Transaction's fields, and its Treasury money movement when the card spends from a FinancialAccount. */
async function move(ctx: CreateContext<IssuingTransactionRecord>, m: Movement): Promise<Partial<IssuingTransactionRecord>> {
  const { cmd } = ctx;
  const card = (await ctx.lock('issuing.card', m.cardId, ['card'])) as CardRecord;
  const holder = (await resourceOf('issuing.cardholder').records(cmd.tx, cmd.scope, [card.cardholder])).get(card.cardholder) as CardholderRecord;
  const currency = m.currency ?? card.currency;
  if (currency !== card.currency) throw parameterInvalid(['currency'], `The card spends in ${card.currency}; the transaction must be in ${card.currency}.`);
  let treasury: IssuingTransactionRecord['treasury'] = null;
  if (card.financial_account) {
    const fa = (await ctx.lock('treasury.financial_account', card.financial_account, ['card'])) as FinancialAccountRecord;
    const common = {
      amount: m.amount,
      currency,
      network: 'card' as const,
      description: m.merchant_data.name ?? 'Issuing transaction',
      initiatingPaymentMethodDetails: cardDetails(card, holder),
    };
    const links = { issuingAuthorization: m.authorization, issuingTransaction: ctx.id };
    if (m.type === 'capture') {
      const rd = await receiveDebit(cmd, fa, { ...common, linkedFlows: links, force: true });
      treasury = { received_credit: null, received_debit: rd.id };
    } else {
      const rc = await receiveCredit(cmd, fa, { ...common, linkedFlows: links });
      treasury = { received_credit: rc.id, received_debit: null };
    }
  } else {
    // The Issuing balance: a capture is taken even below zero (captures always succeed), a refund credited.
    await moveIssuingBalance(cmd, currency, 'issuing_transaction', { available: m.type === 'capture' ? -m.amount : m.amount }, ctx.id);
  }
  const signed = m.type === 'capture' ? -m.amount : m.amount;
  return {
    type: m.type,
    amount: signed,
    amount_details: null,
    authorization: m.authorization,
    balance_transaction: null,
    card: card.id,
    cardholder: card.cardholder,
    currency,
    dispute: null,
    merchant_amount: signed,
    merchant_currency: currency,
    merchant_data: m.merchant_data,
    metadata: {},
    network_data: { authorization_code: null, processing_date: cmd.now.toISOString().slice(0, 10), transaction_id: null },
    purchase_details: (m.purchase_details as Stripe.Issuing.Transaction.PurchaseDetails) ?? null,
    token: null,
    treasury,
    wallet: m.wallet ?? null,
    refunded: 0,
  };
}

function validateArbitrary(input: Record<string, any>) {
  assertAmount(input.amount);
}

/** The helpers that move an arbitrary amount on a card (no authorization): force capture and unlinked refund. */
function arbitrary(type: 'capture' | 'refund', endpoint: string): CreateDecl<IssuingTransactionRecord> {
  return {
    endpoint,
    testHelper: true,
    validate: validateArbitrary,
    build: (ctx) =>
      move(ctx, {
        type,
        cardId: ctx.input.card,
        amount: ctx.input.amount,
        currency: ctx.input.currency,
        authorization: null,
        merchant_data: merchantDataOf(ctx.input.merchant_data) as Stripe.Issuing.Transaction.MerchantData,
        purchase_details: ctx.input.purchase_details,
      }),
    event: 'issuing_transaction.created',
  };
}

const forceCapture = arbitrary('capture', 'createForceCapture');

export const issuingTransactionResource: Resource<IssuingTransactionRecord> = defineResource<IssuingTransactionRecord>({
  object: 'issuing.transaction',
  table: issuingTransactions,
  refs: { 'treasury.received_credit': 'treasury.received_credit', 'treasury.received_debit': 'treasury.received_debit' },
  // No status, but it changes (refunded, disputed): followers get `issuingTransactionUpdated`.
  subscription: true,
  connections: [
    { on: 'issuing.card', by: 'card', field: 'transactions' },
    { on: 'issuing.cardholder', by: 'cardholder', field: 'transactions' },
  ],
  create: {
    ...forceCapture,
    // A capture of an authorization (code, not the graph, passes CAPTURE) or a refund of a capture (REFUND); else the force-capture helper.
    build(ctx) {
      const capture = (ctx.input as { [CAPTURE]?: CaptureReport })[CAPTURE];
      if (capture) {
        const a = capture.authorization;
        return move(ctx, {
          type: 'capture',
          cardId: a.card,
          amount: capture.amount,
          currency: a.currency,
          authorization: a.id,
          merchant_data: a.merchant_data as Stripe.Issuing.Transaction.MerchantData,
          purchase_details: capture.purchase_details,
          wallet: a.wallet,
        });
      }
      const refund = (ctx.input as { [REFUND]?: RefundReport })[REFUND];
      if (refund)
        return move(ctx, {
          type: 'refund',
          cardId: refund.of.card,
          amount: refund.amount,
          currency: refund.of.currency,
          authorization: refund.of.authorization as string | null,
          merchant_data: refund.of.merchant_data,
          purchase_details: null,
          wallet: refund.of.wallet,
        });
      return forceCapture.build(ctx);
    },
  },
  creates: { createUnlinkedRefund: arbitrary('refund', 'createUnlinkedRefund') },
  update: {
    endpoint: 'update',
    apply: ({ input, record }) => (input.metadata != null ? { metadata: mergeMetadata(record.metadata, validateMetadata(input.metadata)) } : {}),
    event: 'issuing_transaction.updated',
  },
  actions: {
    /** A dispute of this capture (internal: the dispute's create). */
    link_dispute: { apply: ({ input }) => ({ dispute: input.dispute }), event: 'issuing_transaction.updated' },
    /**
     * Refunds a capture (whole, or `refund_amount` of what is left): a new Transaction of type refund,
     * linked to the capture's authorization. Answers the refund.
     */
    refund: {
      endpoint: 'refund',
      testHelper: true,
      guard({ input, record }) {
        if (record.type !== 'capture') throw invalidState('Only a capture can be refunded; this transaction is a refund.');
        const left = -record.amount - record.refunded;
        if (left <= 0) throw invalidState('This capture has been refunded in full.');
        if (input.refund_amount != null) {
          assertAmount(input.refund_amount, ['refund_amount']);
          if (input.refund_amount > left) throw parameterInvalid(['refund_amount'], `refund_amount cannot exceed what is left to refund (${left}).`);
        }
      },
      apply: ({ input, record }) => ({ refunded: record.refunded + (input.refund_amount ?? -record.amount - record.refunded) }),
      async after({ cmd }, saved, before): Promise<IssuingTransactionRecord> {
        const amount = saved.refunded - before.refunded;
        const refund = await createIn(issuingTransactionResource, cmd, { [REFUND]: { of: saved, amount } });
        if (saved.authorization) await linkRefund(cmd, saved.authorization as string, refund);
        return refund;
      },
    },
  },
  examples: {
    create: async (fx) => ({ card: (await fx.create('issuing.card', { type: 'virtual', shipping: undefined, status: 'active' })).id, amount: 1000 }),
  },
});

/** The authorization lists a refund linked to it, and its ReceivedCredit. */
async function linkRefund(cmd: CommandContext, authorizationId: string, refund: IssuingTransactionRecord) {
  const authorizations = resourceOf('issuing.authorization');
  const record = await authorizations.lock(cmd.tx, cmd.scope, authorizationId);
  if (!record) return;
  await transition(
    {
      cmd,
      resource: authorizations,
      input: { transaction: refund.id, received_credit: refund.treasury?.received_credit ?? null },
      record,
      changes: {},
      locked: {},
    },
    'link_refund',
  );
}
