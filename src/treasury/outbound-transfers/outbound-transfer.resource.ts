import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { transition } from '../../layer/actions.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { defineResource } from '../../layer/resource.js';
import { isPaymentMethodId, paymentMethodsResource, requireBankAccount } from '../../payments/payment-methods/payment-method.resource.js';
import { checkFinancialAccountId, lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { financialAccountInitiatingDetails } from '../received-credits/initiating-details.js';
import { receiveCredit } from '../received-credits/received-credit.resource.js';
import { PLATFORM } from '../shared/platform.js';
import { expectedArrivalDate } from '../shared/arrival.js';
import { bankAccountDetails } from '../shared/destination.js';
import { assertCanMoveMoney, assertLength } from '../shared/flow-rules.js';
import { isCancelable } from '../shared/submission.js';
import { isCompleteAddress, type OutboundNetwork, outboundFlowActions, outboundNetworkOf } from '../shared/outbound-flow.js';
import { outboundPlan } from '../test-mode/plans.js';
import { treasuryOutboundTransfers } from './outbound-transfer.table.js';

/**
 * OutboundTransfer: money sent from a FinancialAccount to a bank account of its owner. Lifecycle
 * (Stripe's guides): processing → posted | canceled | failed; posted → returned; a return from
 * processing posts first (both `posted` and `returned` events, in that order).
 */
type Network = OutboundNetwork;
export type OutboundTransferRecord = Stripe.Treasury.OutboundTransfer & { network: Network; account_time?: number | null };

/** Statement descriptor limits by network (Stripe: 10 for ACH, 140 for wires and the stripe network). */
const DESCRIPTOR_LIMIT = { ach: 10, us_domestic_wire: 140, stripe: 140 } as const;

/** Locks the FinancialAccounts of a transfer between two of them in id order (opposite transfers cannot deadlock). */
async function lockBoth(lock: (id: string) => Promise<FinancialAccountRow | null>, source: string, destination: string) {
  const found = new Map<string, FinancialAccountRow | null>();
  for (const id of [source, destination].sort()) found.set(id, await lock(id));
  return { source: found.get(source) ?? null, destination: found.get(destination) ?? null };
}

export const outboundTransfers = defineResource<OutboundTransferRecord>({
  object: 'treasury.outbound_transfer',
  table: treasuryOutboundTransfers,
  refs: {
    financial_account: 'treasury.financial_account',
    destination_payment_method: 'payment_method',
    transaction: 'treasury.transaction',
  },
  computed: {
    cancelable: (r) => isCancelable(r),
  },
  flowType: 'outbound_transfer',
  initial: 'processing',
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'outboundTransfers' }],

  create: {
    validate(input) {
      assertAmount(input.amount);
      const network = outboundNetworkOf(input);
      assertLength(input.statement_descriptor ?? 'transfer', DESCRIPTOR_LIMIT[network], ['statement_descriptor'], 'statement_descriptor_too_long');
      assertLength(input.description, 5000, ['description']);
      if (input.metadata != null) validateMetadata(input.metadata);
      checkFinancialAccountId(input.financial_account, ['financial_account']);
      const data = input.destination_payment_method_data;
      if (input.destination_payment_method && data)
        throw parameterInvalid(['destination_payment_method_data'], 'Pass either destination_payment_method or destination_payment_method_data, not both.');
      if (data) {
        if (!data.financial_account) throw parameterMissing(['destination_payment_method_data', 'financial_account']);
        checkFinancialAccountId(data.financial_account, ['destination_payment_method_data', 'financial_account']);
        if (data.financial_account === input.financial_account)
          throw parameterInvalid(
            ['destination_payment_method_data', 'financial_account'],
            'An OutboundTransfer cannot send funds to the FinancialAccount it pulls them from.',
          );
        if (input.destination_payment_method_options?.us_bank_account)
          throw parameterInvalid(
            ['destination_payment_method_options', 'us_bank_account'],
            'us_bank_account options do not apply to a financial_account destination, which uses the stripe network.',
          );
        return;
      }
      if (!input.destination_payment_method) throw parameterMissing(['destination_payment_method']);
      if (!isPaymentMethodId(input.destination_payment_method))
        throw resourceMissing('payment method', input.destination_payment_method, ['destination_payment_method']);
    },
    async build({ cmd, input, locked }) {
      const lock = (id: string) => lockFinancialAccount(cmd.tx, cmd.scope, id);
      const network = outboundNetworkOf(input);
      const common = {
        amount: input.amount,
        currency: input.currency,
        description: input.description ?? null,
        network,
        statement_descriptor: input.statement_descriptor ?? 'transfer',
        expected_arrival_date: expectedArrivalDate(network, cmd.now),
        // The command's time is the account's (its test clock's, if any): what `cancelable` is read at.
        account_time: cmd.now.getTime() / 1000,
        status_transitions: { posted_at: null, failed_at: null, canceled_at: null, returned_at: null },
        returned_details: null,
        tracking_details: null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
      };
      if (network === 'stripe') {
        // To another FinancialAccount of the same owner, over the stripe network (intra-Stripe flows on both ends).
        const to = input.destination_payment_method_data.financial_account;
        const { source, destination } = await lockBoth(lock, input.financial_account, to);
        if (!source) throw resourceMissing('financial account', input.financial_account, ['financial_account']);
        if (!destination) throw resourceMissing('financial account', to, ['destination_payment_method_data', 'financial_account']);
        assertCanMoveMoney(source, 'intra_stripe_flows', 'outbound', input.currency);
        locked.destination_financial_account = destination;
        return {
          ...common,
          financial_account: source.id,
          destination_payment_method: null,
          destination_payment_method_details: {
            type: 'financial_account',
            billing_details: {
              address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
              email: null,
              name: destination.nickname ?? null,
            },
            financial_account: { id: destination.id, network: 'stripe' },
          } as OutboundTransferRecord['destination_payment_method_details'],
        };
      }
      const fa = await lock(input.financial_account);
      if (!fa) throw resourceMissing('financial account', input.financial_account, ['financial_account']);
      const found = (await paymentMethodsResource.records(cmd.tx, cmd.scope, [input.destination_payment_method])).get(input.destination_payment_method);
      if (!found) throw resourceMissing('payment method', input.destination_payment_method, ['destination_payment_method']);
      const pm = requireBankAccount(found, ['destination_payment_method']);
      assertCanMoveMoney(fa, network === 'ach' ? 'outbound_transfers.ach' : 'outbound_transfers.us_domestic_wire', 'outbound', input.currency);
      locked.destination = pm as never;
      const details = bankAccountDetails(pm, network as 'ach' | 'us_domestic_wire');
      if (network === 'us_domestic_wire' && !isCompleteAddress(details.billing_details.address)) details.billing_details.address = PLATFORM.address;
      return {
        ...common,
        financial_account: fa.id,
        destination_payment_method: pm.id,
        destination_payment_method_details: details as OutboundTransferRecord['destination_payment_method_details'],
      };
    },
    // Stripe's form (seed 004): "Jane Austen (6789) | Outbound transfer | transfer".
    describeTransaction: (r) => {
      const d = r.destination_payment_method_details;
      const party = d.us_bank_account
        ? `${d.billing_details.name ?? 'Bank account'} (${d.us_bank_account.last4})`
        : `FinancialAccount ${d.financial_account?.id ?? ''}`.trim();
      return `${party} | Outbound transfer | ${r.statement_descriptor}`;
    },
    /**
     * Over the stripe network the transfer posts at once: the receiving FinancialAccount gets a
     * ReceivedCredit (linked_flows.source_flow = this transfer) and the transfer posts, or fails
     * with it when the receiver declines (closed, frozen, intra-Stripe flows inactive).
     */
    async after(ctx, r) {
      if (r.network !== 'stripe') return;
      const credit = await receiveCredit(ctx.cmd, ctx.locked.destination_financial_account as FinancialAccountRow, {
        amount: r.amount,
        currency: r.currency,
        network: 'stripe',
        description: r.statement_descriptor,
        initiatingPaymentMethodDetails: financialAccountInitiatingDetails(r.financial_account),
        sourceFlow: { id: r.id, type: 'outbound_transfer' },
      });
      return transition(
        { cmd: ctx.cmd, resource: ctx.resource, input: {}, record: r, changes: {}, locked: ctx.locked },
        credit.status === 'succeeded' ? 'post' : 'fail',
      );
    },
    postings: [
      { open: 'transaction', sign: -1 },
      { entry: 'outbound_transfer', cash: -1, outbound_pending: 1 },
    ],
    // Test mode: a magic destination schedules the transfer's outcome (src/treasury/test-mode/plans.ts).
    schedule: ({ cmd, locked }, r) => (cmd.scope.livemode || r.network === 'stripe' ? [] : outboundPlan(r, locked.destination as never, cmd.now)),
  },

  locks: ['financial_account'],
  actions: outboundFlowActions<OutboundTransferRecord>('transfer'),
  examples: {
    create: async (fx) => ({
      financial_account: await fx.financialAccount(),
      amount: 1000,
      currency: 'usd',
      destination_payment_method: await fx.paymentMethod(),
    }),
    params: { tracking: () => ({ tracking_details: { type: 'ach', ach: { trace_id: '021000021234567' } } }) },
  },
});
