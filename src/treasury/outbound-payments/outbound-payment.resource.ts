import { isIP } from 'node:net';
import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { createIn, transition } from '../../layer/actions.js';
import { defineResource } from '../../layer/resource.js';
import { customersResource } from '../../payments/customers/customer.resource.js';
import { bankAccountOf, toBillingDetails } from '../../payments/payment-methods/bank-account.js';
import {
  isPaymentMethodId,
  paymentMethodsResource,
  requireBankAccount,
  type PaymentMethodRecord,
} from '../../payments/payment-methods/payment-method.resource.js';
import { checkFinancialAccountId, lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { financialAccountInitiatingDetails } from '../received-credits/initiating-details.js';
import { receiveCredit } from '../received-credits/received-credit.resource.js';
import { expectedArrivalDate } from '../shared/arrival.js';
import { bankAccountDetails } from '../shared/destination.js';
import { assertCanMoveMoney, assertLength } from '../shared/flow-rules.js';
import { isCancelable } from '../shared/submission.js';
import { isCompleteAddress, type OutboundNetwork, outboundFlowActions, outboundNetworkOf } from '../shared/outbound-flow.js';
import { outboundPlan } from '../test-mode/plans.js';
import { treasuryOutboundPayments } from './outbound-payment.table.js';

/**
 * OutboundPayment: money sent from a FinancialAccount to a third party's bank account, or to another
 * FinancialAccount of the same account (network `stripe`, posts at once). Lifecycle (Stripe's guides):
 * processing → posted | canceled | failed; posted → returned; a return from processing posts first
 * (both `posted` and `returned` events, in that order). Same rules as OutboundTransfer.
 */
type Network = OutboundNetwork;
export type OutboundPaymentRecord = Stripe.Treasury.OutboundPayment & {
  network: Network;
  account_time?: number | null;
  destination_financial_account: string | null;
};
type Details = OutboundPaymentRecord['destination_payment_method_details'];

/** Statement descriptor limits by network (Stripe: 10 for ACH, 140 for wires, 500 for the stripe network). */
const DESCRIPTOR_LIMIT = { ach: 10, us_domestic_wire: 140, stripe: 500 } as const;
/** Stripe: "Can only include -#.$&*, spaces, and alphanumeric characters." */
const DESCRIPTOR_CHARS = /^[A-Za-z0-9 \-#.$&*]*$/;
/** The feature each network needs on the paying FinancialAccount. */
const FEATURE = { ach: 'outbound_payments.ach', us_domestic_wire: 'outbound_payments.us_domestic_wire', stripe: 'intra_stripe_flows' } as const;

/** The bank account of `destination_payment_method_data`, checked as a PaymentMethod's create checks it. */
const newBankAccount = (data: Record<string, any>) => bankAccountOf(data, ['destination_payment_method_data']);

/** Locks the paying FinancialAccount and, for a payment to another one, the receiver: in id order (opposite payments cannot deadlock). */
async function lockAccounts(lock: (id: string) => Promise<FinancialAccountRow | null>, source: string, destination: string | null) {
  const found = new Map<string, FinancialAccountRow | null>();
  for (const id of (destination ? [source, destination] : [source]).sort()) found.set(id, await lock(id));
  return { source: found.get(source) ?? null, destination: destination ? (found.get(destination) ?? null) : null };
}

export const outboundPayments = defineResource<OutboundPaymentRecord>({
  object: 'treasury.outbound_payment',
  table: treasuryOutboundPayments,
  refs: {
    financial_account: 'treasury.financial_account',
    customer: 'customer',
    destination_payment_method: 'payment_method',
  },
  computed: {
    cancelable: (r) => isCancelable(r),
  },
  flowType: 'outbound_payment',
  initial: 'processing',
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'outboundPayments' }],

  create: {
    validate(input) {
      assertAmount(input.amount);
      const network = outboundNetworkOf(input);
      const descriptor = input.statement_descriptor ?? 'payment';
      assertLength(descriptor, DESCRIPTOR_LIMIT[network], ['statement_descriptor'], 'statement_descriptor_too_long');
      if (!DESCRIPTOR_CHARS.test(descriptor))
        throw parameterInvalid(['statement_descriptor'], 'The statement descriptor can only include -#.$&*, spaces, and alphanumeric characters.');
      assertLength(input.description, 5000, ['description']);
      if (input.metadata != null) validateMetadata(input.metadata);
      const user = input.end_user_details;
      if (user?.ip_address != null && isIP(user.ip_address) === 0)
        throw parameterInvalid(['end_user_details', 'ip_address'], `Invalid IP address: ${user.ip_address}.`);
      if (user?.present && !user.ip_address) throw parameterMissing(['end_user_details', 'ip_address']);
      checkFinancialAccountId(input.financial_account, ['financial_account']);
      if (input.customer != null && !hasPrefix(input.customer, 'cus')) throw resourceMissing('customer', input.customer, ['customer']);
      const data = input.destination_payment_method_data;
      if (input.destination_payment_method != null && data != null)
        throw parameterInvalid(
          ['destination_payment_method_data'],
          'You may only specify one of these parameters: destination_payment_method, destination_payment_method_data.',
        );
      if (input.destination_payment_method == null && data == null) throw parameterMissing(['destination_payment_method']);
      if (input.destination_payment_method != null) {
        if (!isPaymentMethodId(input.destination_payment_method))
          throw resourceMissing('payment method', input.destination_payment_method, ['destination_payment_method']);
        return;
      }
      const param = ['destination_payment_method_data'];
      if (data.metadata != null) validateMetadata(data.metadata, [...param, 'metadata']);
      if (data.type === 'financial_account') {
        if (!data.financial_account) throw parameterMissing([...param, 'financial_account']);
        if (data.us_bank_account != null)
          throw parameterInvalid([...param, 'us_bank_account'], 'us_bank_account can only be set when type is us_bank_account.');
        if (input.destination_payment_method_options?.us_bank_account != null)
          throw parameterInvalid(
            ['destination_payment_method_options', 'us_bank_account'],
            'us_bank_account options do not apply to a financial_account destination, which always uses the stripe network.',
          );
        checkFinancialAccountId(data.financial_account, [...param, 'financial_account']);
        if (data.financial_account === input.financial_account)
          throw parameterInvalid(
            [...param, 'financial_account'],
            'The destination FinancialAccount must be different from the FinancialAccount the funds are pulled from.',
          );
        return;
      }
      if (data.financial_account != null)
        throw parameterInvalid([...param, 'financial_account'], 'financial_account can only be set when type is financial_account.');
      newBankAccount(data);
      if (network === 'us_domestic_wire' && !isCompleteAddress(data.billing_details?.address)) throw parameterMissing([...param, 'billing_details', 'address']);
    },
    async build({ cmd, input, locked }) {
      const network = outboundNetworkOf(input);
      const data = input.destination_payment_method_data;
      const toAccount: string | null = network === 'stripe' ? data.financial_account : null;
      const accounts = await lockAccounts((id) => lockFinancialAccount(cmd.tx, cmd.scope, id), input.financial_account, toAccount);
      const fa = accounts.source;
      if (!fa) throw resourceMissing('financial account', input.financial_account, ['financial_account']);
      if (toAccount && !accounts.destination) throw resourceMissing('financial account', toAccount, ['destination_payment_method_data', 'financial_account']);
      if (input.customer && !(await customersResource.records(cmd.tx, cmd.scope, [input.customer])).size)
        throw resourceMissing('customer', input.customer, ['customer']);
      let pm: PaymentMethodRecord | null = null;
      if (input.destination_payment_method) {
        const found = (await paymentMethodsResource.records(cmd.tx, cmd.scope, [input.destination_payment_method])).get(input.destination_payment_method);
        if (!found) throw resourceMissing('payment method', input.destination_payment_method, ['destination_payment_method']);
        pm = requireBankAccount(found, ['destination_payment_method']);
        if (input.customer != null && pm.customer !== input.customer)
          throw parameterInvalid(['customer'], `The customer ${input.customer} must match the Customer attached to the destination_payment_method ${pm.id}.`);
        if (network === 'us_domestic_wire' && !isCompleteAddress(pm.billing_details.address))
          throw parameterInvalid(
            ['destination_payment_method'],
            `A us_domestic_wire OutboundPayment needs a complete billing address (line1, city, postal_code, country) on the PaymentMethod ${pm.id}.`,
          );
      }
      assertCanMoveMoney(fa, FEATURE[network], 'outbound', input.currency);
      if (!pm && !toAccount) {
        // destination_payment_method_data of type us_bank_account: a new PaymentMethod, as Stripe makes one.
        pm = (await createIn(paymentMethodsResource, cmd, {
          type: 'us_bank_account',
          us_bank_account: data.us_bank_account,
          billing_details: data.billing_details,
          customer: input.customer ?? null,
          metadata: data.metadata,
        })) as PaymentMethodRecord;
      }
      if (pm) locked.destination = pm as never;
      if (accounts.destination) locked.destination_financial_account = accounts.destination;
      const billing = toBillingDetails(data?.billing_details);
      const details = toAccount
        ? {
            type: 'financial_account',
            billing_details: { address: billing.address, email: billing.email, name: billing.name },
            financial_account: { id: toAccount, network: 'stripe' },
          }
        : (() => {
            const d = bankAccountDetails(pm!, network as 'ach' | 'us_domestic_wire');
            // The spec's us_bank_account carries the mandate (fingraph has no Mandates: null).
            return { ...d, us_bank_account: { ...d.us_bank_account, mandate: null } };
          })();
      const user = input.end_user_details;
      return {
        amount: input.amount,
        currency: input.currency,
        customer: input.customer ?? null,
        description: input.description ?? null,
        financial_account: fa.id,
        destination_payment_method: pm?.id ?? null,
        destination_financial_account: toAccount,
        destination_payment_method_details: details as Details,
        end_user_details: user ? { ip_address: user.ip_address ?? null, present: user.present } : { ip_address: null, present: false },
        network,
        statement_descriptor: input.statement_descriptor ?? 'payment',
        expected_arrival_date: expectedArrivalDate(network, cmd.now),
        // The command's time is the account's (its test clock's, if any): what `cancelable` is read at.
        account_time: cmd.now.getTime() / 1000,
        status_transitions: { posted_at: null, failed_at: null, canceled_at: null, returned_at: null },
        returned_details: null,
        tracking_details: null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
      };
    },
    // Stripe's form (seed 004, as for OutboundTransfers): "Jenny Rosen (6789) | Outbound payment | payment".
    describeTransaction: (r) => {
      const d = r.destination_payment_method_details!;
      const party = d.us_bank_account
        ? `${d.billing_details.name ?? 'Bank account'} (${d.us_bank_account.last4})`
        : `FinancialAccount ${d.financial_account?.id ?? ''}`.trim();
      return `${party} | Outbound payment | ${r.statement_descriptor}`;
    },
    postings: [
      { open: 'transaction', sign: -1 },
      { entry: 'outbound_payment', cash: -1, outbound_pending: 1 },
    ],
    /**
     * Over the stripe network the payment posts at once: the receiving FinancialAccount gets a
     * ReceivedCredit (linked_flows.source_flow = this payment) and the payment posts, or fails with it
     * when the receiver declines (closed, frozen, intra-Stripe flows inactive): the money stays.
     */
    async after(ctx, r) {
      if (r.network !== 'stripe') return;
      const credit = await receiveCredit(ctx.cmd, ctx.locked.destination_financial_account as FinancialAccountRow, {
        amount: r.amount,
        currency: r.currency,
        network: 'stripe',
        description: r.statement_descriptor,
        initiatingPaymentMethodDetails: financialAccountInitiatingDetails(r.financial_account),
        sourceFlow: { id: r.id, type: 'outbound_payment' },
      });
      return transition(
        { cmd: ctx.cmd, resource: ctx.resource, input: {}, record: r, changes: {}, locked: ctx.locked },
        credit.status === 'succeeded' ? 'post' : 'fail',
      );
    },
    // Test mode: a magic destination schedules the payment's outcome (src/treasury/test-mode/plans.ts).
    schedule: ({ cmd, locked }, r) => (cmd.scope.livemode || r.network === 'stripe' ? [] : outboundPlan(r, locked.destination as never, cmd.now)),
  },

  locks: ['financial_account'],
  actions: outboundFlowActions<OutboundPaymentRecord>('payment'),
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
