import { cashNow } from '../../ledger/ledger.js';
import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid } from '../../kernel/errors.js';
import { assertAmount } from '../../kernel/money.js';
import { createIn } from '../../layer/actions.js';
import { defineResource } from '../../layer/resource.js';
import type { FinancialAccountRecord } from '../financial-accounts/financial-account.resource.js';
import { checkFinancialAccountId, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { bankInitiatingDetails, type InitiatingDetails } from '../received-credits/initiating-details.js';
import { TEST_DESCRIPTION } from '../received-credits/received-credit.resource.js';
import { accountTime, achReversalDeadline, debitRestriction, receivedDebitOutcome, reversalDetails, linkReversal } from '../received-credits/received.rules.js';
import { assertLength } from '../shared/flow-rules.js';
import { treasuryReceivedDebits } from './received-debit.table.js';

/**
 * ReceivedDebit: money a third party pulls from a FinancialAccount. Stripe creates it `succeeded`
 * (one posted Transaction, one `received_debit` entry, cash −amount) or `failed` (account_closed,
 * account_frozen, other, insufficient_funds; no Transaction): a failed debit is a result, not an
 * error. Event: `treasury.received_debit.created` only. Created by the test helper, and by other flows
 * through `receiveDebit` (an InboundTransfer's return).
 */
export type ReceivedDebitRecord = Stripe.Treasury.ReceivedDebit & {
  reversal_deadline: Date | null;
  /** The account's time as of the row (its test clock's, Unix seconds; null: real time). */
  account_time?: number | null;
};
type LinkedFlows = Stripe.Treasury.ReceivedDebit['linked_flows'];

/** What a network reports with a debit that code creates (receiveDebit). Only code can pass it (a symbol key). */
const REPORTED = Symbol('reported');
interface Reported {
  initiating: InitiatingDetails;
  linkedFlows: Partial<LinkedFlows>;
  force: boolean;
  transaction: string | null;
}

const reversalDetailsOf = (r: ReceivedDebitRecord, now: Date) =>
  reversalDetails(
    {
      status: r.status,
      reversal: r.linked_flows.debit_reversal,
      deadline: r.reversal_deadline,
      restriction: debitRestriction(r.network, r.linked_flows.inbound_transfer),
    },
    now,
  );

export const receivedDebits = defineResource<ReceivedDebitRecord>({
  object: 'treasury.received_debit',
  table: treasuryReceivedDebits,
  refs: {
    financial_account: 'treasury.financial_account',
    'linked_flows.debit_reversal': 'treasury.debit_reversal',
    'linked_flows.inbound_transfer': 'treasury.inbound_transfer',
    'linked_flows.issuing_authorization': 'issuing.authorization',
    'linked_flows.issuing_transaction': 'issuing.transaction',
    'linked_flows.payout': 'payout',
    'linked_flows.topup': 'topup',
  },
  computed: {
    reversal_details: (r) => reversalDetailsOf(r, accountTime(r)),
  },
  flowType: 'received_debit',
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'receivedDebits' }],
  create: {
    endpoint: 'create',
    testHelper: true,
    validate(input) {
      assertAmount(input.amount);
      assertLength(input.description, 5000, ['description']);
      bankInitiatingDetails(input.initiating_payment_method_details);
      checkFinancialAccountId(input.financial_account, ['financial_account']);
    },
    async build({ cmd, input, lock }) {
      // The row lock fixes the cash balance until the debit posts (read again after it: cashNow).
      const fa = (await lock('treasury.financial_account', input.financial_account, ['financial_account'])) as FinancialAccountRecord;
      if (!fa.supported_currencies.includes(input.currency))
        throw parameterInvalid(
          ['currency'],
          `The FinancialAccount does not support ${input.currency}; it supports ${fa.supported_currencies.join(', ')}.`,
          'currency_not_supported',
        );
      const reported = (input as { [REPORTED]?: Reported })[REPORTED];
      // A forced debit (an InboundTransfer's return) is pulled whatever the account's state or balance.
      const outcome = reported?.force
        ? ({ status: 'succeeded', failure_code: null } as const)
        : receivedDebitOutcome(fa, input.network, (await cashNow(cmd, fa.id, input.currency)) >= input.amount);
      const links = reported?.linkedFlows ?? {};
      return {
        financial_account: fa.id,
        amount: input.amount,
        currency: input.currency,
        description: input.description ?? TEST_DESCRIPTION,
        network: input.network,
        ...outcome,
        initiating_payment_method_details: reported?.initiating ?? bankInitiatingDetails(input.initiating_payment_method_details),
        linked_flows: {
          debit_reversal: null,
          inbound_transfer: links.inbound_transfer ?? null,
          issuing_authorization: links.issuing_authorization ?? null,
          issuing_transaction: links.issuing_transaction ?? null,
          payout: links.payout ?? null,
          topup: links.topup ?? null,
        },
        reversal_deadline: input.network === 'ach' ? achReversalDeadline(cmd.now) : null,
        account_time: cmd.now.getTime() / 1000,
        transaction: reported?.transaction ?? null,
      };
    },
    // Succeeded: cash −amount through a posted Transaction (a forced debit may take cash below zero),
    // unless the caller already wrote it. Failed: no Transaction.
    postings: ({ input }, r) => {
      const reported = (input as { [REPORTED]?: Reported })[REPORTED];
      if (r.status !== 'succeeded' || reported?.transaction) return [];
      return [
        { open: 'transaction', sign: -1, status: 'posted' },
        { entry: 'received_debit', cash: -1, allowNegative: reported?.force ?? false },
      ];
    },
  },
  actions: {
    link_reversal: linkReversal<ReceivedDebitRecord>('debit_reversal', 'ReceivedDebit'),
  },
  // Born succeeded: the fixtures' FinancialAccount is funded.
  examples: { create: async (fx) => ({ financial_account: await fx.financialAccount(), amount: 1000, currency: 'usd', network: 'ach' }) },
});

export type StripeReceivedDebit = Stripe.Treasury.ReceivedDebit;

export interface ReceiveDebitParams {
  amount: number;
  currency: string;
  network: ReceivedDebitRecord['network'];
  description: string;
  initiatingPaymentMethodDetails: InitiatingDetails;
  linkedFlows?: {
    inboundTransfer?: string | null;
    issuingAuthorization?: string | null;
    issuingTransaction?: string | null;
    payout?: string | null;
    topup?: string | null;
  };
  /**
   * The network pulls the money whatever the account's state or balance (an InboundTransfer's
   * return): no failure rules apply and cash may go negative. Default false.
   */
  force?: boolean;
  /**
   * The caller has already written the ledger effect of this debit (a posted Transaction with cash
   * −amount): the ReceivedDebit points at it instead of writing its own. Implies `force`.
   */
  transactionId?: string | null;
}

/**
 * Money is pulled from `fa`, inside the caller's command (the caller holds `fa`'s row lock): the
 * ReceivedDebit's create, run by the action path with what the network reports.
 */
export async function receiveDebit(cmd: CommandContext, fa: FinancialAccountRow, p: ReceiveDebitParams): Promise<StripeReceivedDebit> {
  const l = p.linkedFlows ?? {};
  const reported: Reported = {
    initiating: p.initiatingPaymentMethodDetails,
    linkedFlows: {
      inbound_transfer: l.inboundTransfer,
      issuing_authorization: l.issuingAuthorization,
      issuing_transaction: l.issuingTransaction,
      payout: l.payout,
      topup: l.topup,
    },
    force: Boolean(p.force || p.transactionId),
    transaction: p.transactionId ?? null,
  };
  const record = await createIn(receivedDebits, cmd, {
    amount: p.amount,
    currency: p.currency,
    financial_account: fa.id,
    network: p.network,
    description: p.description,
    [REPORTED]: reported,
  });
  return receivedDebits.toStripe(record) as unknown as StripeReceivedDebit;
}

/** Reversal details as the rules see them at `now`. */
export const receivedDebitReversalDetails = reversalDetailsOf;
