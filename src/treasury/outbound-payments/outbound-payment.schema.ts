import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { DateTimeRangeInput, fromUnix } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { BillingDetailsInput, CustomerRef, PaymentMethodRef, UsBankAccountInput } from '../../payments/payments.schema.js';
import type { StripeCustomer } from '../../payments/customers/customer.service.js';
import type { StripePaymentMethod } from '../../payments/payment-methods/payment-method.service.js';
import { FinancialAccountRef, requireFinancialAccount } from '../financial-accounts/financial-account.schema.js';
import type { StripeFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { OutboundPaymentRef, TransactionRef, type StripeOutboundPayment, type StripeTransaction } from '../refs.js';
import {
  BankNetwork,
  outboundStatusTransitions,
  PaymentMethodDetailsRef,
  PaymentMethodDetailsType,
  TrackingDetailsInput,
  TrackingDetailsRef,
} from '../shared/flow.schema-parts.js';
import { findOutboundPayments, listOutboundPayments } from './outbound-payment.repository.js';
import {
  RETURN_CODES,
  cancelOutboundPayment,
  createOutboundPayment,
  failOutboundPayment,
  OUTBOUND_PAYMENT,
  postOutboundPayment,
  returnOutboundPayment,
  updateOutboundPaymentTracking,
} from './outbound-payment.service.js';
import { OUTBOUND_PAYMENT_STATUSES } from './outbound-payment.table.js';

registerIdPrefix('obp', OUTBOUND_PAYMENT);
registerLoader(OUTBOUND_PAYMENT, (s, scope, ids) => findOutboundPayments(s.database.db, scope, ids));

const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });
const Status = stripeEnum('TreasuryOutboundPaymentStatus', OUTBOUND_PAYMENT_STATUSES);
const ReturnCode = stripeEnum('TreasuryOutboundFlowReturnCode', RETURN_CODES);

const ReturnedDetailsRef = builder.objectRef<NonNullable<StripeOutboundPayment['returned_details']>>('TreasuryOutboundPaymentReturnedDetails').implement({
  fields: (t) => ({
    code: t.field({ type: ReturnCode, resolve: (r) => r.code as never }),
    transaction: t.field({
      type: TransactionRef,
      description: 'The Transaction that returned the funds to cash.',
      resolve: async (r, _a, ctx) => (await ctx.loaders.of<StripeTransaction>('TreasuryTransaction').load(String(r.transaction)))!,
    }),
  }),
});
const EndUserDetailsRef = builder.objectRef<NonNullable<StripeOutboundPayment['end_user_details']>>('TreasuryOutboundPaymentEndUserDetails').implement({
  fields: (t) => ({
    ipAddress: t.string({ nullable: true, description: 'IP address of the user initiating the payment; set when present is true.', resolve: (e) => e.ip_address }),
    present: t.exposeBoolean('present', { description: 'True when the request is made on behalf of an end user by the platform.' }),
  }),
});
const StatusTransitionsRef = outboundStatusTransitions('TreasuryOutboundPaymentStatusTransitions');

builder.node(OutboundPaymentRef, {
  description: "Money sent from a FinancialAccount to another party's bank account or to another FinancialAccount.",
  id: { resolve: (o) => o.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.outbound_payment',
  fields: (t) => ({
    object: t.exposeString('object'),
    amount: t.field({ type: 'SafeInt', resolve: (o) => o.amount }),
    cancelable: t.exposeBoolean('cancelable'),
    created: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.created) }),
    currency: t.field({ type: 'Currency', resolve: (o) => o.currency }),
    customer: t.field({
      type: CustomerRef,
      nullable: true,
      description: 'The customer to whom the payment is sent.',
      resolve: (o, _a, ctx) => (o.customer ? ctx.loaders.of<StripeCustomer>('Customer').load(o.customer) : null),
    }),
    description: t.string({ nullable: true, resolve: (o) => o.description }),
    destinationPaymentMethod: t.field({
      type: PaymentMethodRef,
      nullable: true,
      resolve: (o, _a, ctx) => (o.destination_payment_method ? ctx.loaders.of<StripePaymentMethod>('PaymentMethod').load(o.destination_payment_method) : null),
    }),
    destinationPaymentMethodDetails: t.field({ type: PaymentMethodDetailsRef, nullable: true, resolve: (o) => (o.destination_payment_method_details as never) ?? null }),
    endUserDetails: t.field({ type: EndUserDetailsRef, nullable: true, resolve: (o) => o.end_user_details }),
    expectedArrivalDate: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.expected_arrival_date) }),
    financialAccount: t.field({
      type: FinancialAccountRef,
      resolve: async (o, _a, ctx) => (await ctx.loaders.of<StripeFinancialAccount>('TreasuryFinancialAccount').load(o.financial_account))!,
    }),
    hostedRegulatoryReceiptUrl: t.string({ nullable: true, resolve: (o) => o.hosted_regulatory_receipt_url }),
    livemode: t.exposeBoolean('livemode'),
    metadata: t.field({ type: 'JSONObject', resolve: (o) => o.metadata ?? {} }),
    returnedDetails: t.field({ type: ReturnedDetailsRef, nullable: true, resolve: (o) => o.returned_details }),
    statementDescriptor: t.exposeString('statement_descriptor'),
    status: t.field({ type: Status, resolve: (o) => o.status as never }),
    statusTransitions: t.field({ type: StatusTransitionsRef, resolve: (o) => o.status_transitions }),
    trackingDetails: t.field({ type: TrackingDetailsRef, nullable: true, resolve: (o) => (o.tracking_details as never) ?? null }),
    transaction: t.field({
      type: TransactionRef,
      resolve: async (o, _a, ctx) => (await ctx.loaders.of<StripeTransaction>('TreasuryTransaction').load(String(o.transaction)))!,
    }),
  }),
});

const Connection = builder.connectionObject({ type: OutboundPaymentRef, name: 'TreasuryOutboundPaymentConnection' }, { name: 'TreasuryOutboundPaymentEdge' });
const listArgs = (t: any) => ({
  customer: t.arg.id({ description: 'Only payments sent to this customer.' }),
  status: t.arg({ type: Status }),
  created: t.arg({ type: DateTimeRangeInput }),
});
const filterOf = (financialAccount: string, args: any) => ({
  financialAccount,
  customer: args.customer != null ? String(args.customer) : null,
  status: args.status as never,
  created: args.created as never,
});

builder.objectFields(FinancialAccountRef, (t) => ({
  outboundPayments: t.connection(
    { type: OutboundPaymentRef, args: listArgs(t), resolve: (fa, args, ctx) => listOutboundPayments(ctx.services.database.db, ctx.scope, filterOf(fa.id, args), args) },
    Connection,
  ),
}));

builder.queryFields((t) => ({
  treasuryOutboundPayment: t.field({
    type: OutboundPaymentRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeOutboundPayment>(OUTBOUND_PAYMENT).load(String(id)),
  }),
  treasuryOutboundPayments: t.connection(
    {
      type: OutboundPaymentRef,
      args: { financialAccount: t.arg.id({ required: true }), ...listArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listOutboundPayments(ctx.services.database.db, ctx.scope, filterOf(fa.id, args), args);
      },
    },
    Connection,
  ),
}));

const DestinationDataInput = builder.inputType('TreasuryOutboundPaymentDestinationPaymentMethodDataInput', {
  description: 'Generates the destination: a new us_bank_account PaymentMethod, or another FinancialAccount of the same account (network stripe).',
  fields: (t) => ({
    type: t.field({ type: PaymentMethodDetailsType, required: true }),
    usBankAccount: t.field({ type: UsBankAccountInput, description: 'Required when type is US_BANK_ACCOUNT.' }),
    billingDetails: t.field({ type: BillingDetailsInput }),
    financialAccount: t.id({ description: 'Required when type is FINANCIAL_ACCOUNT: the FinancialAccount to send funds to.' }),
    metadata: t.field({ type: 'JSONObject', description: 'Metadata of the generated PaymentMethod.' }),
  }),
});
const CreateInput = builder.inputType('CreateTreasuryOutboundPaymentInput', {
  fields: (t) => ({
    amount: t.field({ type: 'SafeInt', required: true }),
    currency: t.field({ type: 'Currency', required: true }),
    financialAccount: t.id({ required: true }),
    customer: t.id({ description: 'Must match the Customer attached to destinationPaymentMethod.' }),
    destinationPaymentMethod: t.id({ description: 'Exclusive with destinationPaymentMethodData.' }),
    destinationPaymentMethodData: t.field({ type: DestinationDataInput, description: 'Exclusive with destinationPaymentMethod.' }),
    destinationPaymentMethodOptions: t.field({
      type: builder.inputType('TreasuryOutboundPaymentDestinationPaymentMethodOptionsInput', {
        fields: (f) => ({
          usBankAccount: f.field({
            type: builder.inputType('TreasuryOutboundPaymentUsBankAccountOptionsInput', { fields: (g) => ({ network: g.field({ type: BankNetwork }) }) }),
          }),
        }),
      }),
    }),
    endUserDetails: t.field({
      type: builder.inputType('TreasuryOutboundPaymentEndUserDetailsInput', {
        fields: (f) => ({ present: f.boolean({ required: true }), ipAddress: f.string({ description: 'Required when present is true.' }) }),
      }),
    }),
    description: t.string(),
    statementDescriptor: t.string({ description: 'At most 10 characters for ACH, 140 for wires, 500 for the stripe network. Defaults to "payment".' }),
    metadata: t.field({ type: 'JSONObject' }),
    idempotencyKey: t.string(),
  }),
});
const idInput = (name: string) => builder.inputType(name, { fields: (t) => ({ id: t.id({ required: true }), idempotencyKey: t.string() }) });
const ReturnInput = builder.inputType('TestHelpersReturnTreasuryOutboundPaymentInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    returnedDetails: t.field({ type: builder.inputType('TreasuryOutboundPaymentReturnedDetailsInput', { fields: (f) => ({ code: f.field({ type: ReturnCode }) }) }) }),
    idempotencyKey: t.string(),
  }),
});
const TrackingInput = builder.inputType('TestHelpersUpdateTreasuryOutboundPaymentInput', {
  fields: (t) => ({ id: t.id({ required: true }), trackingDetails: t.field({ type: TrackingDetailsInput, required: true }), idempotencyKey: t.string() }),
});

const mutation = (name: string, input: any, run: (ctx: Context, input: any) => Promise<StripeOutboundPayment>) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: payloadType(`${name[0]!.toUpperCase()}${name.slice(1)}Payload`, 'treasuryOutboundPayment', OutboundPaymentRef),
      args: { input: t.arg({ type: input, required: true }) },
      resolve: (_r, args, ctx) => toPayload(() => run(ctx, args.input)),
    }),
  );

mutation('createTreasuryOutboundPayment', CreateInput, (ctx, i) => createOutboundPayment(caller(ctx), i));
mutation('cancelTreasuryOutboundPayment', idInput('CancelTreasuryOutboundPaymentInput'), (ctx, i) => cancelOutboundPayment(caller(ctx), i));
mutation('testHelpersPostTreasuryOutboundPayment', idInput('TestHelpersPostTreasuryOutboundPaymentInput'), (ctx, i) => postOutboundPayment(caller(ctx), i));
mutation('testHelpersFailTreasuryOutboundPayment', idInput('TestHelpersFailTreasuryOutboundPaymentInput'), (ctx, i) => failOutboundPayment(caller(ctx), i));
mutation('testHelpersReturnTreasuryOutboundPayment', ReturnInput, (ctx, i) => returnOutboundPayment(caller(ctx), i));
mutation('testHelpersUpdateTreasuryOutboundPayment', TrackingInput, (ctx, i) => updateOutboundPaymentTracking(caller(ctx), i));

builder.subscriptionField('treasuryOutboundPaymentUpdated', (t) =>
  t.field({
    type: OutboundPaymentRef,
    description: 'The whole OutboundPayment after each committed change.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, OUTBOUND_PAYMENT, String(id), async (oid) => (await findOutboundPayments(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeOutboundPayment,
  }),
);
