import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid } from '../../kernel/errors.js';
import { assertAmount } from '../../kernel/money.js';
import { createIn } from '../../layer/actions.js';
import { defineResource } from '../../layer/resource.js';
import { equalsWhere } from '../../layer/store.js';
import { FLOW_OBJECTS } from '../../ledger/transaction.resource.js';
import { checkFinancialAccountId, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { assertLength } from '../shared/flow-rules.js';
import { bankInitiatingDetails, type InitiatingDetails } from './initiating-details.js';
import { accountTime, achReversalDeadline, creditRestriction, receivedCreditOutcome, reversalDetails, linkReversal } from './received.rules.js';
import { treasuryReceivedCredits } from './received-credit.table.js';

/**
 * ReceivedCredit: money a third party sends to a FinancialAccount. Stripe creates it `succeeded`
 * (one posted Transaction, one `received_credit` entry, cash +amount) or `failed` (a failure_code, no
 * Transaction): a failed credit is a result, not an error. Events: `created`, then `succeeded` |
 * `failed`. Created by the test helper, and by other flows through `receiveCredit`.
 */
export type ReceivedCreditRecord = Stripe.Treasury.ReceivedCredit & {
  reversal_deadline: Date | null;
  /** The account's time as of the row (its test clock's, Unix seconds; null: real time). */
  account_time?: number | null;
};
type SourceFlowType = NonNullable<Stripe.Treasury.ReceivedCredit.LinkedFlows.SourceFlowDetails['type']>;

/** Default description of test-helper flows, as in Stripe's examples. */
export const TEST_DESCRIPTION = 'Stripe Test';

/**
 * What a network reports with a credit that code creates (receiveCredit): the sender as Stripe shows
 * it and the flow that sent the money. Only code can pass it: no GraphQL input or JSON carries a symbol.
 */
const REPORTED = Symbol('reported');
interface Reported {
  initiating: InitiatingDetails;
  sourceFlow: { id: string; type: SourceFlowType } | null;
  issuing?: { authorization?: string | null; transaction?: string | null };
}

const reversalDetailsOf = (r: ReceivedCreditRecord, now: Date) =>
  reversalDetails(
    {
      status: r.status,
      reversal: r.linked_flows.credit_reversal,
      deadline: r.reversal_deadline,
      restriction: creditRestriction(r.network, r.linked_flows.source_flow_type),
    },
    now,
  );

/** Stripe's source_flow_details: the flow under the field its type names (the graph loads it by id). */
const sourceFlowDetails = (l: ReceivedCreditRecord['linked_flows']) =>
  l.source_flow && l.source_flow_type ? { type: l.source_flow_type, [l.source_flow_type]: l.source_flow } : null;

export const receivedCredits = defineResource<ReceivedCreditRecord>({
  object: 'treasury.received_credit',
  table: treasuryReceivedCredits,
  refs: {
    financial_account: 'treasury.financial_account',
    'linked_flows.credit_reversal': 'treasury.credit_reversal',
    'linked_flows.issuing_authorization': 'issuing.authorization',
    'linked_flows.issuing_transaction': 'issuing.transaction',
    'linked_flows.source_flow': { union: 'TreasuryFlow', objects: FLOW_OBJECTS },
    'linked_flows.source_flow_details.payout': 'payout',
  },
  computed: {
    linked_flows: (r) => ({ ...r.linked_flows, source_flow_details: sourceFlowDetails(r.linked_flows) }),
    reversal_details: (r) => reversalDetailsOf(r, accountTime(r)),
  },
  flowType: 'received_credit',
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'receivedCredits' }],
  list: {
    filters: { linked_flows: (v, s) => equalsWhere(s, 'linked_flows.source_flow_type', v.source_flow_type) },
  },
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
      const fa = (await lock('treasury.financial_account', input.financial_account, ['financial_account'])) as FinancialAccountRow;
      if (!fa.supported_currencies.includes(input.currency))
        throw parameterInvalid(
          ['currency'],
          `The FinancialAccount does not support ${input.currency}; it supports ${fa.supported_currencies.join(', ')}.`,
          'currency_not_supported',
        );
      const reported = (input as { [REPORTED]?: Reported })[REPORTED];
      return {
        financial_account: fa.id,
        amount: input.amount,
        currency: input.currency,
        description: input.description ?? TEST_DESCRIPTION,
        network: input.network,
        ...receivedCreditOutcome(fa, input.network),
        initiating_payment_method_details: reported?.initiating ?? bankInitiatingDetails(input.initiating_payment_method_details),
        linked_flows: {
          credit_reversal: null,
          issuing_authorization: reported?.issuing?.authorization ?? null,
          issuing_transaction: reported?.issuing?.transaction ?? null,
          source_flow: reported?.sourceFlow?.id ?? null,
          source_flow_type: reported?.sourceFlow?.type ?? null,
        },
        reversal_deadline: input.network === 'ach' ? achReversalDeadline(cmd.now) : null,
        account_time: cmd.now.getTime() / 1000,
        transaction: null,
      };
    },
    // Succeeded: the money is there at once (a posted Transaction). Failed: "no Transaction was created".
    postings: (_ctx, r) =>
      r.status === 'succeeded'
        ? [
            { open: 'transaction', sign: 1, status: 'posted' },
            { entry: 'received_credit', cash: 1 },
          ]
        : [],
    event: (r) => ['treasury.received_credit.created', `treasury.received_credit.${r.status}`],
  },
  actions: {
    link_reversal: linkReversal<ReceivedCreditRecord>('credit_reversal', 'ReceivedCredit'),
  },
  // Born succeeded (an open FinancialAccount); a closed one's credits are born failed.
  examples: { create: async (fx) => ({ financial_account: await fx.financialAccount(), amount: 1000, currency: 'usd', network: 'ach' }) },
});

export type StripeReceivedCredit = Stripe.Treasury.ReceivedCredit;

export interface ReceiveCreditParams {
  amount: number;
  currency: string;
  network: ReceivedCreditRecord['network'];
  description: string;
  initiatingPaymentMethodDetails: InitiatingDetails;
  /** linked_flows.source_flow / source_flow_type: the flow on a FinancialAccount that sent the money. */
  sourceFlow?: { id: string; type: SourceFlowType } | null;
  /** linked_flows.issuing_authorization / issuing_transaction: an Issuing refund that sent the money back. */
  linkedFlows?: { issuingAuthorization?: string | null; issuingTransaction?: string | null };
}

/**
 * Money arrives at `fa`, inside the caller's command (the caller holds `fa`'s row lock): the
 * ReceivedCredit's create, run by the action path with what the network reports.
 */
export async function receiveCredit(cmd: CommandContext, fa: FinancialAccountRow, p: ReceiveCreditParams): Promise<StripeReceivedCredit> {
  const reported: Reported = {
    initiating: p.initiatingPaymentMethodDetails,
    sourceFlow: p.sourceFlow ?? null,
    issuing: { authorization: p.linkedFlows?.issuingAuthorization, transaction: p.linkedFlows?.issuingTransaction },
  };
  const record = await createIn(receivedCredits, cmd, {
    amount: p.amount,
    currency: p.currency,
    financial_account: fa.id,
    network: p.network,
    description: p.description,
    [REPORTED]: reported,
  });
  return receivedCredits.toStripe(record) as unknown as StripeReceivedCredit;
}

/** Reversal details as the rules see them now (reversal refusals use the command's time). */
export const receivedCreditReversalDetails = reversalDetailsOf;
