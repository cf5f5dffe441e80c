import type Stripe from 'stripe';
import { resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { transition } from '../../layer/actions.js';
import { defineResource, type ActionContext, type CreateContext } from '../../layer/resource.js';
import { lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { financialAccountInitiatingDetails } from '../received-credits/initiating-details.js';
import { receiveCredit, receivedCreditReversalDetails, receivedCredits, type ReceivedCreditRecord } from '../received-credits/received-credit.resource.js';
import { assertReversible } from '../received-credits/received.rules.js';
import { submissionTime } from '../shared/arrival.js';
import { assertCanMoveMoney } from '../shared/flow-rules.js';
import { treasuryCreditReversals } from './credit-reversal.table.js';

/**
 * CreditReversal: a ReceivedCredit sent back, where its reversal_details allow it, once. Lifecycle
 * (Stripe): processing (the funds held: cash → outbound_pending on an open Transaction) → posted (the
 * funds leave, the Transaction posts), on a scheduled step. Stripe's `canceled` is "currently not
 * supported": nothing leads to it. A reversal of a `stripe` network credit from an OutboundPayment returns the money to
 * the sending FinancialAccount as a ReceivedCredit.
 */
export type CreditReversalRecord = Stripe.Treasury.CreditReversal;
type Ctx = ActionContext<CreditReversalRecord>;

/**
 * The FinancialAccount that sent a `stripe` network credit from an OutboundPayment: a reversal
 * sends the money back to it as a ReceivedCredit (source_flow_type credit_reversal).
 */
function senderOf(rc: ReceivedCreditRecord): string | null {
  const details = rc.initiating_payment_method_details;
  if (rc.network !== 'stripe' || rc.linked_flows.source_flow_type !== 'outbound_payment' || details.type !== 'financial_account') return null;
  const sender = details.financial_account?.id ?? null;
  return sender === rc.financial_account ? null : sender;
}

/** Posting: for an intra-Stripe credit, the money arrives back on the sending FinancialAccount as a ReceivedCredit. */
async function returnToSender({ cmd, locked }: Ctx, cr: CreditReversalRecord) {
  const sender = locked.sender as FinancialAccountRow | undefined;
  if (!sender) return;
  await receiveCredit(cmd, sender, {
    amount: cr.amount,
    currency: cr.currency,
    network: 'stripe',
    description: 'Credit reversal',
    initiatingPaymentMethodDetails: financialAccountInitiatingDetails(cr.financial_account),
    sourceFlow: { id: cr.id, type: 'credit_reversal' },
  });
}

export const creditReversals = defineResource<CreditReversalRecord>({
  object: 'treasury.credit_reversal',
  table: treasuryCreditReversals,
  refs: { financial_account: 'treasury.financial_account', received_credit: 'treasury.received_credit' },

  flowType: 'credit_reversal',
  initial: 'processing',
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'creditReversals' }],
  create: {
    validate(input) {
      if (input.metadata != null) validateMetadata(input.metadata);
      if (!hasPrefix(input.received_credit, 'rc')) throw resourceMissing('received credit', input.received_credit, ['received_credit']);
    },
    /**
     * Checks: the ReceivedCredit exists → it is reversible (its reversal_details at the command's
     * time) → its FinancialAccount can send money → cash covers the amount (the ledger). Locks the
     * ReceivedCredit, then its FinancialAccount.
     */
    async build({ cmd, input, lock, locked }: CreateContext<CreditReversalRecord>) {
      const rc = (await lock('treasury.received_credit', input.received_credit, ['received_credit'])) as unknown as ReceivedCreditRecord;
      assertReversible('ReceivedCredit', { id: rc.id, network: rc.network, details: receivedCreditReversalDetails(rc, cmd.now) }, ['received_credit']);
      const fa = (await lock('treasury.financial_account', rc.financial_account!, ['received_credit'])) as FinancialAccountRow;
      assertCanMoveMoney(fa, null, 'outbound', rc.currency);
      locked.received_credit = rc;
      return {
        financial_account: fa.id,
        amount: rc.amount,
        currency: rc.currency,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        network: rc.network === 'stripe' ? 'stripe' : 'ach',
        received_credit: rc.id,
        status_transitions: { posted_at: null },
      };
    },
    // Stripe: "Funds are held by a pending Transaction (but they are still part of the current balance)".
    postings: [
      { open: 'transaction', sign: -1 },
      { entry: 'credit_reversal', cash: -1, outbound_pending: 1 },
    ],
    // Stripe answers `processing` and posts the reversal when it reaches the network; there is no
    // endpoint or test helper to post one, so the step is scheduled: at the next submission (ACH
    // cutoff, banking days) or at once on the stripe network (docs/decisions/treasury.md).
    schedule: ({ cmd }, r) => [{ action: 'post', at: submissionTime(r.network === 'stripe' ? 'stripe' : 'ach', cmd.now), phase: 'first' }],
    after: ({ cmd, locked }, saved) =>
      transition(
        {
          cmd,
          resource: receivedCredits,
          input: { credit_reversal: saved.id },
          record: locked.received_credit as ReceivedCreditRecord,
          changes: {},
          locked: {},
        },
        'link_reversal',
      ).then(() => {}),
  },
  actions: {
    /** The reversal reaches the network: the held funds leave (outbound_pending −amount) and the Transaction posts. */
    post: {
      from: ['processing'],
      to: 'posted',
      refusal: (s) => `The CreditReversal must be processing to be posted; it is ${s}.`,
      // Not a refusal: the reversing FinancialAccount and the sender's (if any) are locked here, before
      // the ledger moves, in id order as OutboundPayments lock them (opposite flows cannot deadlock).
      async guard({ cmd, record, locked }: Ctx) {
        const rc = (await receivedCredits.records(cmd.tx, cmd.scope, [record.received_credit])).get(record.received_credit)!;
        const sender = senderOf(rc);
        for (const id of [...new Set([record.financial_account, sender ?? record.financial_account])].sort()) {
          const fa = await lockFinancialAccount(cmd.tx, cmd.scope, id);
          if (id === sender) locked.sender = fa!;
        }
      },
      stamp: 'status_transitions.posted_at',
      postings: [{ entry: 'credit_reversal_posting', outbound_pending: -1 }, { settle: 'posted' }],
      event: 'treasury.credit_reversal.posted',
      after: returnToSender,
    },
  },
  examples: {
    create: async (fx) => ({ received_credit: (await fx.create('treasury.received_credit')).id }),
    unreachable: { canceled: 'Stripe: canceling a CreditReversal is "currently not supported"; no action leads to it.' },
  },
});
