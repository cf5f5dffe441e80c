import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { transition } from '../../layer/actions.js';
import { defineResource, type CreateContext } from '../../layer/resource.js';
import { columnSql, equalsWhere } from '../../layer/store.js';
import type { FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { receivedDebitReversalDetails, receivedDebits, type ReceivedDebitRecord } from '../received-debits/received-debit.resource.js';
import { assertReversible } from '../received-credits/received.rules.js';
import { achReturnTime } from '../shared/arrival.js';
import { assertCanMoveMoney } from '../shared/flow-rules.js';
import { treasuryDebitReversals } from './debit-reversal.table.js';

/**
 * DebitReversal: a ReceivedDebit returned (or disputed), where its reversal_details allow it, once.
 * Lifecycle (Stripe): processing → succeeded (resolved in the user's favour) | failed (resolved
 * against the user). At creation Stripe grants the funds provisionally (an open crediting Transaction,
 * `initial_credit_granted`); the network's resolution, a scheduled step, posts that Transaction or
 * takes the credit back and voids it (docs/decisions/treasury.md). Events: `created`,
 * `initial_credit_granted`, `completed`.
 */
export type DebitReversalRecord = Stripe.Treasury.DebitReversal;

/**
 * Test mode: a reversal of a debit pulled from Stripe's "failing" test bank account (routing
 * 110000000, account …0234, the number Stripe's guides use for a failing payment) is lost; every
 * other reversal is won (docs/decisions/treasury.md).
 */
export const LOSING_TEST_ACCOUNT = { routingNumber: '110000000', last4: '0234' } as const;

export function testResolution(rd: ReceivedDebitRecord): 'won' | 'lost' {
  const bank = rd.initiating_payment_method_details?.us_bank_account;
  return bank?.routing_number === LOSING_TEST_ACCOUNT.routingNumber && bank.last4 === LOSING_TEST_ACCOUNT.last4 ? 'lost' : 'won';
}

/**
 * An Issuing dispute of a card debit reverses it through a DebitReversal (`linked_flows.issuing_dispute`):
 * only code passes the dispute (a symbol key). Card debits are not reversible through the API, so the
 * reversal rules do not apply to it, and the dispute, not the schedule, resolves it (won → succeed, lost → fail).
 */
export const ISSUING_DISPUTE = Symbol('issuing_dispute');
const disputeOf = (input: object) => (input as { [ISSUING_DISPUTE]?: { id: string; amount: number } })[ISSUING_DISPUTE];

/** Stripe's list filter `status` names the lifecycle's phases, not the object's statuses: `completed` is either resolution. */
const PHASES: Record<string, string[]> = { processing: ['processing'], completed: ['succeeded', 'failed'], canceled: [] };
/** …and `resolution` names the outcome: won ⇔ succeeded, lost ⇔ failed. */
const RESOLUTIONS: Record<string, string> = { won: 'succeeded', lost: 'failed' };

export const debitReversals = defineResource<DebitReversalRecord>({
  object: 'treasury.debit_reversal',
  table: treasuryDebitReversals,
  refs: { financial_account: 'treasury.financial_account', received_debit: 'treasury.received_debit', 'linked_flows.issuing_dispute': 'issuing.dispute' },

  flowType: 'debit_reversal',
  initial: 'processing',
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'debitReversals' }],
  list: {
    filters: {
      status: (v: string, s) => {
        const statuses = PHASES[v] ?? [];
        return statuses.length
          ? sql`${columnSql(s, 'status')} in (${sql.join(
              statuses.map((x) => sql`${x}`),
              sql`, `,
            )})`
          : sql`false`;
      },
      resolution: (v: string, s) => (RESOLUTIONS[v] ? equalsWhere(s, 'status', RESOLUTIONS[v]) : sql`false`),
    },
  },
  create: {
    validate(input) {
      if (input.metadata != null) validateMetadata(input.metadata);
      if (!hasPrefix(input.received_debit, 'rd')) throw resourceMissing('received debit', input.received_debit, ['received_debit']);
    },
    /**
     * Checks: the ReceivedDebit exists → it is reversible (its reversal_details at the command's time)
     * → its FinancialAccount can receive money. Locks the ReceivedDebit, then its FinancialAccount.
     */
    async build({ cmd, input, lock, locked }: CreateContext<DebitReversalRecord>) {
      const rd = (await lock('treasury.received_debit', input.received_debit, ['received_debit'])) as unknown as ReceivedDebitRecord;
      const dispute = disputeOf(input);
      if (!dispute)
        assertReversible('ReceivedDebit', { id: rd.id, network: rd.network, details: receivedDebitReversalDetails(rd, cmd.now) }, ['received_debit']);
      const fa = (await lock('treasury.financial_account', rd.financial_account!, ['received_debit'])) as FinancialAccountRow;
      assertCanMoveMoney(fa, null, 'inbound', rd.currency);
      locked.received_debit = rd;
      return {
        financial_account: fa.id,
        amount: dispute?.amount ?? rd.amount,
        currency: rd.currency,
        linked_flows: dispute ? { issuing_dispute: dispute.id } : null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        network: rd.network === 'card' ? 'card' : 'ach',
        received_debit: rd.id,
        status_transitions: { completed_at: null },
      };
    },
    // The provisional credit: the funds are back at once, on a crediting Transaction that stays open
    // until the network resolves the reversal.
    postings: [
      { open: 'transaction', sign: 1 },
      { entry: 'debit_reversal', cash: 1 },
    ],
    event: () => ['treasury.debit_reversal.created', 'treasury.debit_reversal.initial_credit_granted'],
    // Stripe has no endpoint or test helper that resolves a reversal: the network answers as an ACH
    // return does (the next banking day), won unless the debit came from the failing test account.
    schedule: ({ cmd, locked, input }) => {
      if (disputeOf(input)) return [];
      const won = cmd.scope.livemode || testResolution(locked.received_debit as ReceivedDebitRecord) === 'won';
      return [{ action: won ? 'succeed' : 'fail', at: achReturnTime(cmd.now, 1), phase: 'first' }];
    },
    after: ({ cmd, locked }, saved) =>
      transition(
        { cmd, resource: receivedDebits, input: { debit_reversal: saved.id }, record: locked.received_debit as ReceivedDebitRecord, changes: {}, locked: {} },
        'link_reversal',
      ).then(() => {}),
  },
  locks: ['financial_account'],
  actions: {
    /** Won: the provisional credit stands; its Transaction posts. */
    succeed: {
      from: ['processing'],
      to: 'succeeded',
      refusal: (s) => `The DebitReversal has already been resolved; it is ${s}.`,
      stamp: 'status_transitions.completed_at',
      postings: [{ settle: 'posted' }],
      event: 'treasury.debit_reversal.completed',
    },
    /** Lost: the provisional credit is taken back (even if it was spent: cash may go below zero) and its Transaction voided. */
    fail: {
      from: ['processing'],
      to: 'failed',
      refusal: (s) => `The DebitReversal has already been resolved; it is ${s}.`,
      stamp: 'status_transitions.completed_at',
      postings: [{ entry: 'debit_reversal', cash: -1, allowNegative: true }, { settle: 'void' }],
      event: 'treasury.debit_reversal.completed',
    },
  },
  examples: { create: async (fx) => ({ received_debit: (await fx.create('treasury.received_debit')).id }) },
});
