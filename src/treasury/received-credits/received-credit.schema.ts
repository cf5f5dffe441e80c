import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { DateTimeRangeInput, fromUnix, fromUnixOrNull } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { BillingDetailsRef } from '../../payments/payments.schema.js';
import { FinancialAccountRef, requireFinancialAccount } from '../financial-accounts/financial-account.schema.js';
import type { StripeFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { unionFor } from '../../layer/graph-types.js';
import { FLOW_OBJECTS } from '../../ledger/transaction.resource.js';
import {
  CreditReversalRef,
  FLOW_TYPENAMES,
  OutboundPaymentRef,
  OutboundTransferRef,
  ReceivedCreditRef,
  TransactionRef,
  type StripeCreditReversal,
  type StripeReceivedCredit,
  type StripeTransaction,
} from '../refs.js';
import { FinancialAccountDetailsRef } from '../shared/flow.schema-parts.js';
import type { InitiatingDetails } from './initiating-details.js';
import { RESTRICTED_REASONS, type ReversalDetails } from './received-credit.machine.js';
import { findReceivedCredits, listReceivedCredits } from './received-credit.repository.js';
import { createReceivedCredit, RECEIVED_CREDIT, TEST_HELPER_CREDIT_NETWORKS } from './received-credit.service.js';
import { RECEIVED_CREDIT_FAILURE_CODES, RECEIVED_CREDIT_NETWORKS, RECEIVED_CREDIT_STATUSES, SOURCE_FLOW_TYPES } from './received-credit.table.js';

registerIdPrefix('rc', RECEIVED_CREDIT);
registerLoader(RECEIVED_CREDIT, (s, scope, ids) => findReceivedCredits(s.database.db, scope, ids));

export const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });

/** Loads a flow by Stripe flow type through its registered loader (null for types fingraph does not model). */
export function loadFlowOf<T = never>(ctx: Context, flowType: string | null, id: string | null): Promise<T | null> | null {
  const typename = flowType ? FLOW_TYPENAMES[flowType] : undefined;
  if (!id || !typename || !ctx.loaders.has(typename)) return null;
  return ctx.loaders.of<T>(typename).load(id);
}

export const loadTransaction = (ctx: Context, id: string | StripeTransaction | null) =>
  id ? ctx.loaders.of<StripeTransaction>('TreasuryTransaction').load(String(id)) : null;

export const loadFinancialAccount = async (ctx: Context, id: string | null) =>
  (await ctx.loaders.of<StripeFinancialAccount>('TreasuryFinancialAccount').load(String(id)))!;

// ---- parts shared by ReceivedCredit and ReceivedDebit ------------------------------------------
const InitiatingType = stripeEnum('TreasuryInitiatingPaymentMethodDetailsType', ['balance', 'financial_account', 'issuing_card', 'stripe', 'us_bank_account']);
type InitiatingBank = NonNullable<InitiatingDetails['us_bank_account']>;

export const InitiatingDetailsRef = builder.objectRef<InitiatingDetails>('TreasuryInitiatingPaymentMethodDetails').implement({
  description: 'Who sent or pulled the money of a ReceivedCredit or ReceivedDebit, as the network reported it.',
  fields: (t) => ({
    balance: t.string({ nullable: true, description: 'Set when type is balance: the Stripe balance the funds came from (payments).', resolve: (d) => d.balance ?? null }),
    billingDetails: t.field({ type: BillingDetailsRef, resolve: (d) => d.billing_details as never }),
    financialAccount: t.field({ type: FinancialAccountDetailsRef, nullable: true, resolve: (d) => d.financial_account ?? null }),
    issuingCard: t.id({ nullable: true, resolve: (d) => d.issuing_card ?? null }),
    type: t.field({ type: InitiatingType, resolve: (d) => d.type as never }),
    usBankAccount: t.field({
      type: builder.objectRef<InitiatingBank>('TreasuryInitiatingPaymentMethodDetailsUsBankAccount').implement({
        fields: (f) => ({
          bankName: f.string({ nullable: true, resolve: (b) => b.bank_name }),
          last4: f.string({ nullable: true, resolve: (b) => b.last4 }),
          routingNumber: f.string({ nullable: true, resolve: (b) => b.routing_number }),
        }),
      }),
      nullable: true,
      resolve: (d) => d.us_bank_account ?? null,
    }),
  }),
});

const RestrictedReason = stripeEnum('TreasuryReversalDetailsRestrictedReason', RESTRICTED_REASONS);
export const ReversalDetailsRef = builder.objectRef<ReversalDetails>('TreasuryReversalDetails').implement({
  description: 'When a ReceivedCredit or ReceivedDebit may be reversed. Both fields null: reversible, without a deadline.',
  fields: (t) => ({
    deadline: t.field({ type: 'DateTime', nullable: true, description: 'Time before which it can be reversed.', resolve: (r) => fromUnixOrNull(r.deadline) }),
    restrictedReason: t.field({ type: RestrictedReason, nullable: true, description: 'Why it cannot be reversed (now).', resolve: (r) => r.restricted_reason as never }),
  }),
});

export const InitiatingDetailsInput = builder.inputType('TreasuryInitiatingPaymentMethodDetailsInput', {
  fields: (t) => ({
    type: t.field({ type: stripeEnum('TreasuryInitiatingPaymentMethodDetailsInputType', ['us_bank_account']), required: true }),
    usBankAccount: t.field({
      type: builder.inputType('TreasuryInitiatingUsBankAccountInput', {
        fields: (f) => ({ accountHolderName: f.string(), accountNumber: f.string(), routingNumber: f.string() }),
      }),
    }),
  }),
});

// ---- ReceivedCredit ----------------------------------------------------------------------------
const Status = stripeEnum('TreasuryReceivedCreditStatus', RECEIVED_CREDIT_STATUSES);
const FailureCode = stripeEnum('TreasuryReceivedCreditFailureCode', RECEIVED_CREDIT_FAILURE_CODES);
const Network = stripeEnum('TreasuryReceivedCreditNetwork', RECEIVED_CREDIT_NETWORKS);
const HelperNetwork = stripeEnum('TreasuryReceivedCreditTestHelperNetwork', TEST_HELPER_CREDIT_NETWORKS);
const SourceFlowType = stripeEnum('TreasuryReceivedCreditSourceFlowType', SOURCE_FLOW_TYPES);

type LinkedFlows = StripeReceivedCredit['linked_flows'];
type SourceFlowDetails = { type: string; id: string };

const SourceFlowDetailsRef = builder.objectRef<SourceFlowDetails>('TreasuryReceivedCreditLinkedFlowsSourceFlowDetails').implement({
  description: 'The source flow itself, under the field named by its type.',
  fields: (t) => ({
    type: t.field({ type: SourceFlowType, resolve: (d) => d.type as never }),
    creditReversal: t.field({ type: CreditReversalRef, nullable: true, resolve: (d, _a, ctx) => (d.type === 'credit_reversal' ? loadFlowOf(ctx, d.type, d.id) : null) }),
    outboundPayment: t.field({ type: OutboundPaymentRef, nullable: true, resolve: (d, _a, ctx) => (d.type === 'outbound_payment' ? loadFlowOf(ctx, d.type, d.id) : null) }),
    outboundTransfer: t.field({ type: OutboundTransferRef, nullable: true, resolve: (d, _a, ctx) => (d.type === 'outbound_transfer' ? loadFlowOf(ctx, d.type, d.id) : null) }),
    payout: t.id({ nullable: true, description: 'The id of the Payout (Payouts are not modelled by fingraph).', resolve: (d) => (d.type === 'payout' ? d.id : null) }),
  }),
});

const LinkedFlowsRef = builder.objectRef<LinkedFlows>('TreasuryReceivedCreditLinkedFlows').implement({
  description: 'Other flows linked to a ReceivedCredit.',
  fields: (t) => ({
    creditReversal: t.field({
      type: CreditReversalRef,
      nullable: true,
      description: 'The CreditReversal created by reversing this ReceivedCredit.',
      resolve: (l, _a, ctx) => (l.credit_reversal ? ctx.loaders.of<StripeCreditReversal>('TreasuryCreditReversal').load(l.credit_reversal) : null),
    }),
    issuingAuthorization: t.id({ nullable: true, description: 'Set if an Issuing Authorization caused it.', resolve: (l) => l.issuing_authorization }),
    issuingTransaction: t.id({ nullable: true, description: 'Set if an Issuing Transaction caused it.', resolve: (l) => l.issuing_transaction }),
    sourceFlow: t.field({
      type: unionFor('TreasuryFlow', FLOW_OBJECTS),
      nullable: true,
      description: 'The flow on another FinancialAccount that sent the money (stripe network).',
      resolve: (l, _a, ctx) => loadFlowOf(ctx, l.source_flow_type, l.source_flow),
    }),
    sourceFlowType: t.field({ type: SourceFlowType, nullable: true, resolve: (l) => l.source_flow_type as never }),
    sourceFlowDetails: t.field({
      type: SourceFlowDetailsRef,
      nullable: true,
      resolve: (l) => (l.source_flow && l.source_flow_type ? { type: l.source_flow_type, id: l.source_flow } : null),
    }),
  }),
});

builder.node(ReceivedCreditRef, {
  description: 'Money sent to a FinancialAccount by a third party (ACH, wire, or another FinancialAccount over the stripe network).',
  id: { resolve: (o) => o.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.received_credit',
  fields: (t) => ({
    object: t.exposeString('object'),
    amount: t.field({ type: 'SafeInt', resolve: (o) => o.amount }),
    created: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.created) }),
    currency: t.field({ type: 'Currency', resolve: (o) => o.currency }),
    description: t.exposeString('description'),
    failureCode: t.field({ type: FailureCode, nullable: true, resolve: (o) => o.failure_code as never }),
    financialAccount: t.field({ type: FinancialAccountRef, resolve: (o, _a, ctx) => loadFinancialAccount(ctx, o.financial_account) }),
    hostedRegulatoryReceiptUrl: t.string({ nullable: true, resolve: (o) => o.hosted_regulatory_receipt_url }),
    initiatingPaymentMethodDetails: t.field({ type: InitiatingDetailsRef, resolve: (o) => o.initiating_payment_method_details }),
    linkedFlows: t.field({ type: LinkedFlowsRef, resolve: (o) => o.linked_flows }),
    livemode: t.exposeBoolean('livemode'),
    network: t.field({ type: Network, resolve: (o) => o.network as never }),
    reversalDetails: t.field({ type: ReversalDetailsRef, nullable: true, resolve: (o) => o.reversal_details as ReversalDetails | null }),
    status: t.field({ type: Status, resolve: (o) => o.status as never }),
    transaction: t.field({ type: TransactionRef, nullable: true, description: 'Null when the credit failed.', resolve: (o, _a, ctx) => loadTransaction(ctx, o.transaction as string | null) }),
  }),
});

const Connection = builder.connectionObject({ type: ReceivedCreditRef, name: 'TreasuryReceivedCreditConnection' }, { name: 'TreasuryReceivedCreditEdge' });
const LinkedFlowsFilter = builder.inputType('TreasuryReceivedCreditLinkedFlowsFilter', {
  fields: (t) => ({ sourceFlowType: t.field({ type: SourceFlowType, required: true }) }),
});
const listArgs = (t: any) => ({
  status: t.arg({ type: Status }),
  linkedFlows: t.arg({ type: LinkedFlowsFilter, description: 'Only ReceivedCredits sent by this kind of flow.' }),
  created: t.arg({ type: DateTimeRangeInput }),
});
const filterOf = (financialAccount: string, args: any) => ({
  financialAccount,
  status: args.status,
  sourceFlowType: args.linkedFlows?.sourceFlowType ?? null,
  created: args.created,
});

builder.objectFields(FinancialAccountRef, (t) => ({
  receivedCredits: t.connection(
    { type: ReceivedCreditRef, args: listArgs(t), resolve: (fa, args, ctx) => listReceivedCredits(ctx.services.database.db, ctx.scope, filterOf(fa.id, args), args) },
    Connection,
  ),
}));

builder.queryFields((t) => ({
  treasuryReceivedCredit: t.field({
    type: ReceivedCreditRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeReceivedCredit>(RECEIVED_CREDIT).load(String(id)),
  }),
  treasuryReceivedCredits: t.connection(
    {
      type: ReceivedCreditRef,
      args: { financialAccount: t.arg.id({ required: true }), ...listArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listReceivedCredits(ctx.services.database.db, ctx.scope, filterOf(fa.id, args), args);
      },
    },
    Connection,
  ),
}));

const CreateInput = builder.inputType('TestHelpersCreateTreasuryReceivedCreditInput', {
  fields: (t) => ({
    amount: t.field({ type: 'SafeInt', required: true }),
    currency: t.field({ type: 'Currency', required: true }),
    financialAccount: t.id({ required: true }),
    network: t.field({ type: HelperNetwork, required: true }),
    description: t.string(),
    initiatingPaymentMethodDetails: t.field({ type: InitiatingDetailsInput, description: 'Only for the ach and us_domestic_wire networks.' }),
    idempotencyKey: t.string(),
  }),
});

builder.mutationField('testHelpersCreateTreasuryReceivedCredit', (t) =>
  t.field({
    type: payloadType('TestHelpersCreateTreasuryReceivedCreditPayload', 'treasuryReceivedCredit', ReceivedCreditRef),
    description: 'Test mode: a third party sends money to a FinancialAccount. The credit is created succeeded or failed (failureCode).',
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, args, ctx) => toPayload(() => createReceivedCredit(caller(ctx), args.input as never)),
  }),
);

builder.subscriptionField('treasuryReceivedCreditUpdated', (t) =>
  t.field({
    type: ReceivedCreditRef,
    description: 'The whole ReceivedCredit after each committed change (creation, reversal).',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, RECEIVED_CREDIT, String(id), async (oid) => (await findReceivedCredits(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeReceivedCredit,
  }),
);
