import type Stripe from 'stripe';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { defineResource, type ActionContext } from '../../layer/resource.js';
import type { Posting } from '../../ledger/postings.js';
import { isPaymentMethodId, paymentMethodsResource } from '../../payments/payment-methods/payment-method.resource.js';
import { checkFinancialAccountId, lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { receiveDebit } from '../received-debits/received-debit.resource.js';
import { bankAccountDetails } from '../shared/destination.js';
import { assertCanMoveMoney, assertLength } from '../shared/flow-rules.js';
import { inboundPlan } from '../test-mode/plans.js';
import { treasuryInboundTransfers } from './inbound-transfer.table.js';

/**
 * InboundTransfer: money pulled into a FinancialAccount from its owner's own bank account (an ACH
 * debit). Lifecycle (Stripe's guides): processing → succeeded | failed | canceled, all terminal. A
 * return is not a status: the bank pulls the funds back after success through a ReceivedDebit, and
 * the transfer stays succeeded with `returned: true`.
 *
 * Its Transaction exists from create (seed 002 shows `trxn_…` on processing, failed and canceled
 * transfers): open and without entries while processing, since inbound_pending is "always 0"
 * (Stripe's balances guide); succeeding adds the cash entry and posts it; failing or canceling voids
 * it, never having touched the balance (docs/decisions/treasury.md).
 */
export type InboundTransferRecord = Stripe.Treasury.InboundTransfer & { return_transaction_id: string | null };
type Ctx = ActionContext<InboundTransferRecord>;
export type FailureCode = Stripe.Treasury.InboundTransfer.FailureDetails.Code;

/**
 * The guides name `could_not_process` as the fail helper's default, but it is not in the SDK's
 * enum; `other` is (docs/decisions/stripe-behaviour.md).
 */
export const DEFAULT_FAILURE_CODE: FailureCode = 'other';

/** Stripe: "Maximum 10 characters. Can only include -#.$&*, spaces, and alphanumeric characters." */
const DESCRIPTOR_MAX = 10;
const DESCRIPTOR_CHARS = /^[A-Za-z0-9 \-#.$&*]*$/;

type InitiatingDetails = Parameters<typeof receiveDebit>[2]['initiatingPaymentMethodDetails'];

/** Transfers made by the first release have no Transaction while processing: theirs is opened when they move on. */
const onTransaction =
  (postings: Posting[]) =>
  ({ record }: Ctx): Posting[] =>
    record.transaction ? postings : [{ open: 'transaction', sign: 1 }, ...postings];

/** The bank account that pulled the money back, as a ReceivedDebit reports it: the transfer's origin. */
function originAsInitiatingDetails(r: InboundTransferRecord): InitiatingDetails {
  const origin = r.origin_payment_method_details;
  const bank = origin?.us_bank_account;
  return {
    type: 'us_bank_account',
    billing_details: origin?.billing_details ?? {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: null,
      name: null,
    },
    us_bank_account: { bank_name: bank?.bank_name ?? null, last4: bank?.last4 ?? null, routing_number: bank?.routing_number ?? null },
  };
}

export const inboundTransfers = defineResource<InboundTransferRecord>({
  object: 'treasury.inbound_transfer',
  table: treasuryInboundTransfers,
  refs: {
    financial_account: 'treasury.financial_account',
    origin_payment_method: 'payment_method',
    'linked_flows.received_debit': 'treasury.received_debit',
  },
  enumNames: { 'failure_details.code': 'TreasuryInboundTransferFailureCode' },
  computed: {
    cancelable: (r) => r.status === 'processing',
  },
  flowType: 'inbound_transfer',
  initial: 'processing',
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'inboundTransfers' }],

  create: {
    validate(input) {
      assertAmount(input.amount);
      const descriptor: string = input.statement_descriptor ?? 'transfer';
      assertLength(descriptor, DESCRIPTOR_MAX, ['statement_descriptor'], 'statement_descriptor_too_long');
      if (!DESCRIPTOR_CHARS.test(descriptor))
        throw parameterInvalid(['statement_descriptor'], 'Invalid statementDescriptor: it can only include -#.$&*, spaces, and alphanumeric characters.');
      assertLength(input.description, 5000, ['description']);
      if (input.metadata != null) validateMetadata(input.metadata);
      checkFinancialAccountId(input.financial_account, ['financial_account']);
      if (!input.origin_payment_method) throw parameterMissing(['origin_payment_method']);
      if (!isPaymentMethodId(input.origin_payment_method)) throw resourceMissing('payment method', input.origin_payment_method, ['origin_payment_method']);
    },
    async build({ cmd, input, locked }) {
      const fa = await lockFinancialAccount(cmd.tx, cmd.scope, input.financial_account);
      if (!fa) throw resourceMissing('financial account', input.financial_account, ['financial_account']);
      const pm = (await paymentMethodsResource.records(cmd.tx, cmd.scope, [input.origin_payment_method])).get(input.origin_payment_method);
      if (!pm) throw resourceMissing('payment method', input.origin_payment_method, ['origin_payment_method']);
      if (pm.type !== 'us_bank_account')
        throw parameterInvalid(['origin_payment_method'], 'The origin payment method of an InboundTransfer must be a us_bank_account PaymentMethod.');
      assertCanMoveMoney(fa, 'inbound_transfers.ach', 'inbound', input.currency);
      locked.origin = pm as never;
      return {
        financial_account: fa.id,
        amount: input.amount,
        currency: input.currency,
        description: input.description ?? null,
        origin_payment_method: pm.id,
        origin_payment_method_details: bankAccountDetails(pm, 'ach') as InboundTransferRecord['origin_payment_method_details'],
        statement_descriptor: input.statement_descriptor ?? 'transfer',
        status_transitions: { canceled_at: null, failed_at: null, succeeded_at: null },
        failure_details: null,
        linked_flows: { received_debit: null },
        returned: false,
        transaction: null,
        return_transaction_id: null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
      };
    },
    postings: [{ open: 'transaction', sign: 1 }],
    // Test mode: a magic origin schedules the transfer's outcome (src/treasury/test-mode/plans.ts).
    schedule: ({ cmd, locked }) => (cmd.scope.livemode ? [] : inboundPlan(locked.origin as never, cmd.now)),
  },

  locks: ['financial_account'],
  actions: {
    /** "Stripe voids the transaction": it never touched the balance (inbound_pending is always 0). */
    cancel: {
      endpoint: 'cancel',
      from: ['processing'],
      to: 'canceled',
      refusal: (s) =>
        s === 'canceled'
          ? 'This InboundTransfer has already been canceled.'
          : `This InboundTransfer cannot be canceled because it has status ${s}; only processing transfers can be canceled.`,
      stamp: 'status_transitions.canceled_at',
      postings: onTransaction([{ settle: 'void' }]),
      event: 'treasury.inbound_transfer.canceled',
    },
    /** The funds arrive: the Transaction gets its one `inbound_transfer` entry, cash +amount, and posts. */
    succeed: {
      endpoint: 'succeed',
      testHelper: true,
      from: ['processing'],
      to: 'succeeded',
      refusal: (s) =>
        s === 'succeeded'
          ? 'This InboundTransfer has already succeeded.'
          : `The InboundTransfer must already be in the processing state to succeed; it is ${s}.`,
      stamp: 'status_transitions.succeeded_at',
      postings: onTransaction([{ entry: 'inbound_transfer', cash: 1 }, { settle: 'posted' }]),
      event: 'treasury.inbound_transfer.succeeded',
    },
    /** The funds never arrive: the Transaction is voided without entries; failure_details records why. */
    fail: {
      endpoint: 'fail',
      testHelper: true,
      from: ['processing'],
      to: 'failed',
      refusal: (s) =>
        s === 'failed' ? 'This InboundTransfer has already failed.' : `The InboundTransfer must already be in the processing state to be failed; it is ${s}.`,
      stamp: 'status_transitions.failed_at',
      apply: ({ input }: Ctx) => ({ failure_details: { code: (input.failure_details?.code ?? DEFAULT_FAILURE_CODE) as FailureCode } }),
      postings: onTransaction([{ settle: 'void' }]),
      event: 'treasury.inbound_transfer.failed',
    },
    /**
     * Return: the bank pulls the funds back after success (a dispute, an unauthorized debit). Stripe
     * models it as a ReceivedDebit on the FinancialAccount (linked_flows.inbound_transfer = this
     * transfer; its posted Transaction takes cash −amount, whatever the balance, so cash may go
     * negative) and marks the transfer `returned: true` with linked_flows.received_debit. Announced by
     * `treasury.received_debit.created`; the transfer stays succeeded, with no event of its own.
     */
    return: {
      endpoint: 'returnInboundTransfer',
      testHelper: true,
      from: ['succeeded'],
      to: 'succeeded',
      refusal: (s) => `The InboundTransfer must already be in the succeeded state to be returned; it is ${s}.`,
      guard({ record }: Ctx) {
        if (record.returned) throw invalidState('This InboundTransfer has already been returned.');
      },
      async apply({ cmd, record, locked }: Ctx) {
        const debit = await receiveDebit(cmd, locked.financial_account as FinancialAccountRow, {
          amount: record.amount,
          currency: record.currency,
          network: 'ach',
          description: record.statement_descriptor ?? 'Inbound transfer return',
          initiatingPaymentMethodDetails: originAsInitiatingDetails(record),
          linkedFlows: { inboundTransfer: record.id },
          force: true,
        });
        return {
          returned: true,
          failure_details: record.failure_details ?? { code: DEFAULT_FAILURE_CODE },
          linked_flows: { received_debit: debit.id },
          return_transaction_id: (debit.transaction as string | null) ?? null,
        };
      },
    },
  },
  examples: {
    create: async (fx) => ({ financial_account: await fx.financialAccount(), amount: 1000, currency: 'usd', origin_payment_method: await fx.paymentMethod() }),
    // The return's ReceivedDebit pulls the amount back from cash.
    impacts: { return: { cash: -1 } },
  },
});
