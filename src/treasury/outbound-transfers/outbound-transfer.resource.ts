import type Stripe from 'stripe';
import { invalidState, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { defineResource, type ActionContext } from '../../layer/resource.js';
import { findPaymentMethodRows, isPaymentMethodId } from '../../payments/payment-methods/payment-method.service.js';
import { checkFinancialAccountId, lockFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { expectedArrivalDate } from '../shared/arrival.js';
import { bankAccountDetails } from '../shared/destination.js';
import { assertCanMoveMoney, assertLength } from '../shared/flow-rules.js';
import { trackingDetailsOf } from '../shared/tracking.js';
import { outboundPlan } from '../test-mode/plans.js';
import { treasuryOutboundTransfers } from './outbound-transfer.table.js';

/**
 * OutboundTransfer: money sent from a FinancialAccount to a bank account of its owner. Lifecycle
 * (Stripe's guides): processing → posted | canceled | failed; posted → returned; a return from
 * processing posts first (both `posted` and `returned` events, in that order).
 */
type Network = 'ach' | 'us_domestic_wire' | 'stripe';
export type OutboundTransferRecord = Stripe.Treasury.OutboundTransfer & { network: Network };
type Ctx = ActionContext<OutboundTransferRecord>;

/** Statement descriptor limits by network (Stripe: 10 for ACH, 140 for wires). */
const DESCRIPTOR_LIMIT = { ach: 10, us_domestic_wire: 140, stripe: 140 } as const;

/** Holding the amount: cash → outbound_pending until the transfer posts, fails or is canceled. */
const release = (entry: 'outbound_transfer_cancellation' | 'outbound_transfer_failure') => [
  { entry, cash: 1, outbound_pending: -1 },
  { settle: 'void' as const },
];

export const outboundTransfers = defineResource<OutboundTransferRecord>({
  object: 'treasury.outbound_transfer',
  table: treasuryOutboundTransfers,
  refs: {
    financial_account: 'treasury.financial_account',
    destination_payment_method: 'payment_method',
    transaction: 'treasury.transaction',
  },
  computed: {
    cancelable: (r) => r.status === 'processing',
    hosted_regulatory_receipt_url: () => null,
  },
  flowType: 'outbound_transfer',
  initial: 'processing',
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'outboundTransfers' }],

  create: {
    validate(input) {
      assertAmount(input.amount);
      const network: Network = input.destination_payment_method_options?.us_bank_account?.network ?? 'ach';
      assertLength(input.statement_descriptor ?? 'transfer', DESCRIPTOR_LIMIT[network], ['statement_descriptor'], 'statement_descriptor_too_long');
      assertLength(input.description, 5000, ['description']);
      if (input.metadata != null) validateMetadata(input.metadata);
      checkFinancialAccountId(input.financial_account, ['financial_account']);
      if (!input.destination_payment_method) throw parameterMissing(['destination_payment_method']);
      if (!isPaymentMethodId(input.destination_payment_method))
        throw resourceMissing('payment method', input.destination_payment_method, ['destination_payment_method']);
    },
    async build({ cmd, input, locked }) {
      const fa = await lockFinancialAccount(cmd.tx, cmd.scope, input.financial_account);
      if (!fa) throw resourceMissing('financial account', input.financial_account, ['financial_account']);
      const pm = (await findPaymentMethodRows(cmd.tx, cmd.scope, [input.destination_payment_method])).get(input.destination_payment_method);
      if (!pm) throw resourceMissing('payment method', input.destination_payment_method, ['destination_payment_method']);
      const network: 'ach' | 'us_domestic_wire' = input.destination_payment_method_options?.us_bank_account?.network ?? 'ach';
      assertCanMoveMoney(fa, network === 'ach' ? 'outbound_transfers.ach' : 'outbound_transfers.us_domestic_wire', 'outbound', input.currency);
      locked.destination = pm as never;
      return {
        financial_account: fa.id,
        amount: input.amount,
        currency: input.currency,
        description: input.description ?? null,
        destination_payment_method: pm.id,
        destination_payment_method_details: bankAccountDetails(pm, network) as OutboundTransferRecord['destination_payment_method_details'],
        network,
        statement_descriptor: input.statement_descriptor ?? 'transfer',
        expected_arrival_date: expectedArrivalDate(network, cmd.now),
        status_transitions: { posted_at: null, failed_at: null, canceled_at: null, returned_at: null },
        returned_details: null,
        tracking_details: null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
      };
    },
    postings: [
      { open: 'transaction', sign: -1 },
      { entry: 'outbound_transfer', cash: -1, outbound_pending: 1 },
    ],
    // Test mode: a magic destination schedules the transfer's outcome (src/treasury/test-mode/plans.ts).
    schedule: ({ cmd, locked }, r) => (cmd.scope.livemode ? [] : outboundPlan(r, locked.destination as never, cmd.now)),
  },

  locks: ['financial_account'],
  actions: {
    cancel: {
      endpoint: 'cancel',
      from: ['processing'],
      to: 'canceled',
      refusal: (s) => `This OutboundTransfer cannot be canceled because it has status ${s}; only processing transfers that have not been submitted can be canceled.`,
      stamp: 'status_transitions.canceled_at',
      postings: release('outbound_transfer_cancellation'),
      event: 'treasury.outbound_transfer.canceled',
    },
    post: {
      endpoint: 'post',
      testHelper: true,
      from: ['processing'],
      to: 'posted',
      refusal: (s) => (s === 'posted' ? 'This OutboundTransfer has already been posted.' : `The OutboundTransfer must already be in the processing state to be posted; it is ${s}.`),
      stamp: 'status_transitions.posted_at',
      // Posting clears the held amount from outbound_pending: the money has left.
      postings: [{ entry: 'outbound_transfer_posting', outbound_pending: -1 }, { settle: 'posted' }],
      event: 'treasury.outbound_transfer.posted',
    },
    fail: {
      endpoint: 'fail',
      testHelper: true,
      from: ['processing'],
      to: 'failed',
      refusal: (s) => `The OutboundTransfer must already be in the processing state to be failed; it is ${s}.`,
      stamp: 'status_transitions.failed_at',
      postings: release('outbound_transfer_failure'),
      event: 'treasury.outbound_transfer.failed',
    },
    return: {
      endpoint: 'return',
      testHelper: true,
      through: { processing: 'post' },
      from: ['posted'],
      to: 'returned',
      refusal: (s) => (s === 'returned' ? 'This OutboundTransfer has already been returned.' : `The OutboundTransfer must be processing or posted to be returned; it is ${s}.`),
      stamp: 'status_transitions.returned_at',
      apply: ({ input }: Ctx) => ({ returned_details: { code: input.returned_details?.code ?? 'declined', transaction: '' } }),
      // The funds come back to cash through a new posted Transaction (returned_details.transaction).
      postings: [
        { open: 'returned_details.transaction', sign: 1, status: 'posted', description: 'Outbound transfer return' },
        { entry: 'outbound_transfer_return', on: 'returned_details.transaction', cash: 1 },
      ],
      event: 'treasury.outbound_transfer.returned',
    },
    tracking: {
      endpoint: 'update',
      testHelper: true,
      guard({ record }: Ctx) {
        // Tracking details may be set once, on a transfer that is no longer cancelable and neither canceled nor failed.
        if (record.status === 'processing' || record.status === 'canceled' || record.status === 'failed')
          throw invalidState(`Tracking details can only be set on an OutboundTransfer that is not cancelable and not canceled or failed; it is ${record.status}.`);
        if (record.tracking_details) throw new StripeError('tracking_details_already_set', 'Tracking details have already been set for this OutboundTransfer.', ['tracking_details']);
      },
      apply: ({ input, record }: Ctx) => ({ tracking_details: trackingDetailsOf(input.tracking_details, record.network) as unknown as OutboundTransferRecord['tracking_details'] }),
      event: 'treasury.outbound_transfer.tracking_details_updated',
    },
    /** Test mode (`…_expectedArrivalDateUpdated`): the bank reports the transfer one day later than expected. */
    delay_arrival: {
      from: ['processing'],
      refusal: (s) => `Only a processing OutboundTransfer can have its expected arrival date updated; it is ${s}.`,
      apply: ({ record }: Ctx) => ({ expected_arrival_date: record.expected_arrival_date + 86_400 }),
      event: 'treasury.outbound_transfer.expected_arrival_date_updated',
    },
  },
});
