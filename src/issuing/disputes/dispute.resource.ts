import type Stripe from 'stripe';
import { emitEvent } from '../../events/event.writer.js';
import { invalidState, parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { createIn, transition } from '../../layer/actions.js';
import { defineResource, resourceOf, type ActionContext, type Params, type TransitionDecl } from '../../layer/resource.js';
import { debitReversals, ISSUING_DISPUTE } from '../../treasury/debit-reversals/debit-reversal.resource.js';
import type { IssuingTransactionRecord } from '../transactions/transaction.resource.js';
import { moveIssuingBalance } from '../balance/issuing-balance.js';
import { issuingDisputes } from './dispute.table.js';

/**
 * Dispute: the issuer contests a capture. `unsubmitted` (evidence and amount may change) → submit →
 * `submitted` → won | lost, decided by the network: in test mode a scheduled step, lost when the
 * evidence's explanation says `losing_evidence` (Stripe's test convention for disputes), else won.
 * On a card funded by a FinancialAccount the submission reverses the capture's ReceivedDebit through
 * a DebitReversal (provisional credit, `treasury.debit_reversal`); won keeps it (funds reinstated),
 * lost takes it back (funds rescinded); on the Issuing balance (a card without a FinancialAccount) won
 * credits the disputed amount. A dispute not submitted within DISPUTE_WINDOW_DAYS of the capture
 * expires (a scheduled step: the test clock's time, or real time).
 */
export type DisputeRecord = Stripe.Issuing.Dispute;
type Evidence = Stripe.Issuing.Dispute.Evidence;
const REASONS = [
  'canceled',
  'duplicate',
  'fraudulent',
  'merchandise_not_as_described',
  'no_valid_authorization',
  'not_received',
  'other',
  'service_not_as_described',
] as const;

/** Stripe's evidence hash: the reason and each reason's details (null unless given). */
function evidenceOf(input: Params | null | undefined, current?: Evidence): Evidence {
  const out: Record<string, unknown> = { reason: input?.reason ?? current?.reason ?? 'other' };
  for (const r of REASONS) {
    const given = input?.[r];
    const before = (current as Record<string, unknown> | undefined)?.[r] as Params | null | undefined;
    out[r] = given ? { ...(before ?? {}), ...given } : (before ?? null);
  }
  return out as unknown as Evidence;
}

const explanationOf = (e: Evidence) => ((e as unknown as Record<string, { explanation?: string | null } | null>)[e.reason]?.explanation ?? '') as string;

/** Days after a capture within which its dispute must be submitted (docs/decisions/issuing.md). */
export const DISPUTE_WINDOW_DAYS = 110;
const DAY_MS = 86_400_000;
/** When a dispute of this capture is due (ms). */
const dueOf = (t: IssuingTransactionRecord) => t.created * 1000 + DISPUTE_WINDOW_DAYS * DAY_MS;

/** What is left to dispute of a capture: its amount less what was refunded. */
const disputable = (t: IssuingTransactionRecord) => -t.amount - t.refunded;

/** The network's answer: the DebitReversal follows it, and the funds event says what it did to the money. */
function resolution(to: 'won' | 'lost'): TransitionDecl<DisputeRecord> {
  return {
    from: ['submitted'],
    to,
    refusal: (s) => `This dispute is ${s}: only a submitted dispute is decided.`,
    apply: () => (to === 'lost' ? { loss_reason: 'other' as const } : {}),
    event: 'issuing_dispute.closed',
    async after(ctx: ActionContext<DisputeRecord>, saved) {
      const reversal = saved.treasury?.debit_reversal;
      if (reversal) {
        const dr = await debitReversals.lock(ctx.cmd.tx, ctx.cmd.scope, reversal);
        if (dr?.status === 'processing')
          await transition({ cmd: ctx.cmd, resource: debitReversals, input: {}, record: dr, changes: {}, locked: {} }, to === 'won' ? 'succeed' : 'fail');
      }
      // A card on the Issuing balance: a won dispute credits it.
      if (to === 'won' && !saved.treasury) await moveIssuingBalance(ctx.cmd, saved.currency, 'issuing_dispute', { available: saved.amount }, saved.id);
      if (to === 'won' || reversal)
        await emitEvent(ctx.cmd, to === 'won' ? 'issuing_dispute.funds_reinstated' : 'issuing_dispute.funds_rescinded', disputes.toStripe(saved));
      return saved;
    },
  };
}

export const disputes = defineResource<DisputeRecord>({
  object: 'issuing.dispute',
  table: issuingDisputes,
  initial: 'unsubmitted',
  refs: { 'treasury.debit_reversal': 'treasury.debit_reversal', 'treasury.received_debit': 'treasury.received_debit' },
  create: {
    validate(input) {
      if (input.metadata != null) validateMetadata(input.metadata);
      if (input.amount != null) assertAmount(input.amount);
      if (!input.transaction && !input.treasury?.received_debit) throw parameterMissing(['transaction']);
    },
    async build(ctx) {
      const { input, cmd } = ctx;
      let transactionId: string = input.transaction;
      if (!transactionId) {
        // Disputing a card ReceivedDebit: the Issuing Transaction behind it.
        const rd = (await ctx.lock('treasury.received_debit', input.treasury.received_debit, ['treasury', 'received_debit'])) as Stripe.Treasury.ReceivedDebit;
        if (!rd.linked_flows.issuing_transaction)
          throw parameterInvalid(['treasury', 'received_debit'], 'Only a ReceivedDebit made by an Issuing capture can be disputed.');
        transactionId = rd.linked_flows.issuing_transaction;
      }
      const txn = (await ctx.lock('issuing.transaction', transactionId, ['transaction'])) as unknown as IssuingTransactionRecord;
      if (txn.type !== 'capture') throw parameterInvalid(['transaction'], 'Only a capture can be disputed; this transaction is a refund.');
      if (txn.dispute) throw invalidState(`This transaction is already disputed (${txn.dispute as string}).`);
      if (disputable(txn) <= 0) throw invalidState('This transaction has been refunded in full: there is nothing to dispute.');
      if (dueOf(txn) <= cmd.now.getTime())
        throw invalidState(`This transaction was captured more than ${DISPUTE_WINDOW_DAYS} days ago: it can no longer be disputed.`, ['transaction']);
      const amount = input.amount ?? disputable(txn);
      if (amount > disputable(txn)) throw parameterInvalid(['amount'], `amount cannot exceed what is left of the capture (${disputable(txn)}).`);
      // The Transaction points at its dispute.
      await transition({ cmd, resource: resourceOf('issuing.transaction'), input: { dispute: ctx.id }, record: txn, changes: {}, locked: {} }, 'link_dispute');
      return {
        amount,
        balance_transactions: null,
        currency: txn.currency,
        evidence: evidenceOf(input.evidence),
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        transaction: txn.id,
        treasury: txn.treasury?.received_debit ? { debit_reversal: null, received_debit: txn.treasury.received_debit } : null,
      };
    },
    event: 'issuing_dispute.created',
    // Not submitted by the due date, it expires (the step is skipped once it has been submitted).
    schedule: async ({ cmd }, record) => {
      const txn = (await resourceOf('issuing.transaction').records(cmd.tx, cmd.scope, [record.transaction as string])).get(
        record.transaction as string,
      ) as unknown as IssuingTransactionRecord;
      const due = dueOf(txn);
      return [{ action: 'expire', at: new Date(due), phase: 'first', delayMs: Math.max(1, due - cmd.now.getTime()) }];
    },
  },
  update: {
    endpoint: 'update',
    guard: ({ record }) => {
      if (record.status !== 'unsubmitted') throw invalidState(`This dispute is ${record.status}: only an unsubmitted dispute can be updated.`);
    },
    apply({ input, record }) {
      const changes: Partial<DisputeRecord> = {};
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      if (input.evidence) changes.evidence = evidenceOf(input.evidence, record.evidence);
      if (input.amount != null) {
        assertAmount(input.amount);
        changes.amount = input.amount;
      }
      return changes;
    },
    event: 'issuing_dispute.updated',
  },
  actions: {
    submit: {
      endpoint: 'submit',
      from: ['unsubmitted'],
      to: 'submitted',
      refusal: (s) => `This dispute is ${s}: it has already been submitted.`,
      guard: ({ record }) => {
        if (!(record.evidence as unknown as Record<string, unknown>)[record.evidence.reason]) throw parameterMissing(['evidence', record.evidence.reason]);
      },
      async apply({ cmd, input, record }) {
        const changes: Partial<DisputeRecord> = {};
        if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
        if (record.treasury?.received_debit) {
          const dr = await createIn(debitReversals, cmd, {
            received_debit: record.treasury.received_debit,
            [ISSUING_DISPUTE]: { id: record.id, amount: record.amount },
          });
          changes.treasury = { ...record.treasury, debit_reversal: dr.id };
        }
        return changes;
      },
      event: 'issuing_dispute.submitted',
      schedule: ({ cmd, record }) => [
        {
          action: cmd.scope.livemode || !explanationOf(record.evidence).includes('losing_evidence') ? 'win' : 'lose',
          at: new Date(cmd.now.getTime() + 86_400_000),
          phase: 'first',
        },
      ],
    },
    /** The due date passed before the dispute was submitted (internal: the scheduled step). */
    expire: {
      from: ['unsubmitted'],
      to: 'expired',
      refusal: (s) => `This dispute is ${s}: only an unsubmitted dispute expires.`,
      event: 'issuing_dispute.closed',
    },
    win: resolution('won'),
    lose: resolution('lost'),
  },
  examples: {
    create: async (fx) => ({
      transaction: (await fx.create('issuing.transaction')).id,
      evidence: { reason: 'fraudulent', fraudulent: { explanation: 'This transaction is fraudulent.' } },
    }),
  },
});
