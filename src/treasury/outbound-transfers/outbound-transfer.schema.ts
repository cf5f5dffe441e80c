import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { DateTimeRangeInput, fromUnix } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { PaymentMethodRef } from '../../payments/payments.schema.js';
import type { StripePaymentMethod } from '../../payments/payment-methods/payment-method.service.js';
import { FinancialAccountRef, requireFinancialAccount } from '../financial-accounts/financial-account.schema.js';
import type { StripeFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { OutboundTransferRef, TransactionRef, type StripeOutboundTransfer, type StripeTransaction } from '../refs.js';
import { BankNetwork, outboundStatusTransitions, PaymentMethodDetailsRef, TrackingDetailsInput, TrackingDetailsRef } from '../shared/flow.schema-parts.js';
import { findOutboundTransfers, listOutboundTransfers } from './outbound-transfer.repository.js';
import {
  cancelOutboundTransfer,
  createOutboundTransfer,
  failOutboundTransfer,
  OUTBOUND_TRANSFER,
  postOutboundTransfer,
  RETURN_CODES,
  returnOutboundTransfer,
  updateOutboundTransferTracking,
} from './outbound-transfer.service.js';
import { OUTBOUND_TRANSFER_STATUSES } from './outbound-transfer.table.js';

registerIdPrefix('obt', OUTBOUND_TRANSFER);
registerLoader(OUTBOUND_TRANSFER, (s, scope, ids) => findOutboundTransfers(s.database.db, scope, ids));

const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });
const Status = stripeEnum('TreasuryOutboundTransferStatus', OUTBOUND_TRANSFER_STATUSES);
export const ReturnCode = stripeEnum('TreasuryOutboundFlowReturnCode', RETURN_CODES);

const ReturnedDetailsRef = builder.objectRef<NonNullable<StripeOutboundTransfer['returned_details']>>('TreasuryOutboundTransferReturnedDetails').implement({
  fields: (t) => ({
    code: t.field({ type: ReturnCode, resolve: (r) => r.code as never }),
    transaction: t.field({
      type: TransactionRef,
      description: 'The Transaction that returned the funds to cash.',
      resolve: async (r, _a, ctx) => (await ctx.loaders.of<StripeTransaction>('TreasuryTransaction').load(String(r.transaction)))!,
    }),
  }),
});
const StatusTransitionsRef = outboundStatusTransitions('TreasuryOutboundTransferStatusTransitions');

builder.node(OutboundTransferRef, {
  description: "Money sent from a FinancialAccount to the owner's own bank account.",
  id: { resolve: (o) => o.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.outbound_transfer',
  fields: (t) => ({
    object: t.exposeString('object'),
    amount: t.field({ type: 'SafeInt', resolve: (o) => o.amount }),
    cancelable: t.exposeBoolean('cancelable'),
    created: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.created) }),
    currency: t.field({ type: 'Currency', resolve: (o) => o.currency }),
    description: t.string({ nullable: true, resolve: (o) => o.description }),
    destinationPaymentMethod: t.field({
      type: PaymentMethodRef,
      nullable: true,
      resolve: (o, _a, ctx) => (o.destination_payment_method ? ctx.loaders.of<StripePaymentMethod>('PaymentMethod').load(o.destination_payment_method) : null),
    }),
    destinationPaymentMethodDetails: t.field({ type: PaymentMethodDetailsRef, resolve: (o) => o.destination_payment_method_details as never }),
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

const Connection = builder.connectionObject({ type: OutboundTransferRef, name: 'TreasuryOutboundTransferConnection' }, { name: 'TreasuryOutboundTransferEdge' });
const listArgs = (t: any) => ({ status: t.arg({ type: Status }), created: t.arg({ type: DateTimeRangeInput }) });

builder.objectFields(FinancialAccountRef, (t) => ({
  outboundTransfers: t.connection(
    { type: OutboundTransferRef, args: listArgs(t), resolve: (fa, args, ctx) => listOutboundTransfers(ctx.services.database.db, ctx.scope, { financialAccount: fa.id, status: args.status as never, created: args.created as never }, args) },
    Connection,
  ),
}));

builder.queryFields((t) => ({
  treasuryOutboundTransfer: t.field({
    type: OutboundTransferRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeOutboundTransfer>(OUTBOUND_TRANSFER).load(String(id)),
  }),
  treasuryOutboundTransfers: t.connection(
    {
      type: OutboundTransferRef,
      args: { financialAccount: t.arg.id({ required: true }), ...listArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listOutboundTransfers(ctx.services.database.db, ctx.scope, { financialAccount: fa.id, status: args.status as never, created: args.created as never }, args);
      },
    },
    Connection,
  ),
}));

const CreateInput = builder.inputType('CreateTreasuryOutboundTransferInput', {
  fields: (t) => ({
    amount: t.field({ type: 'SafeInt', required: true }),
    currency: t.field({ type: 'Currency', required: true }),
    financialAccount: t.id({ required: true }),
    destinationPaymentMethod: t.id({ required: true }),
    destinationPaymentMethodOptions: t.field({
      type: builder.inputType('TreasuryOutboundTransferDestinationPaymentMethodOptionsInput', {
        fields: (f) => ({
          usBankAccount: f.field({
            type: builder.inputType('TreasuryOutboundTransferUsBankAccountOptionsInput', { fields: (g) => ({ network: g.field({ type: BankNetwork }) }) }),
          }),
        }),
      }),
    }),
    description: t.string(),
    statementDescriptor: t.string({ description: 'At most 10 characters for ACH, 140 for wires. Defaults to "transfer".' }),
    metadata: t.field({ type: 'JSONObject' }),
    idempotencyKey: t.string(),
  }),
});
const idInput = (name: string) => builder.inputType(name, { fields: (t) => ({ id: t.id({ required: true }), idempotencyKey: t.string() }) });
const ReturnInput = builder.inputType('TestHelpersReturnTreasuryOutboundTransferInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    returnedDetails: t.field({ type: builder.inputType('TreasuryOutboundTransferReturnedDetailsInput', { fields: (f) => ({ code: f.field({ type: ReturnCode }) }) }) }),
    idempotencyKey: t.string(),
  }),
});
const TrackingInput = builder.inputType('TestHelpersUpdateTreasuryOutboundTransferInput', {
  fields: (t) => ({ id: t.id({ required: true }), trackingDetails: t.field({ type: TrackingDetailsInput, required: true }), idempotencyKey: t.string() }),
});

const mutation = (name: string, input: any, run: (ctx: Context, input: any) => Promise<StripeOutboundTransfer>) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: payloadType(`${name[0]!.toUpperCase()}${name.slice(1)}Payload`, 'treasuryOutboundTransfer', OutboundTransferRef),
      args: { input: t.arg({ type: input, required: true }) },
      resolve: (_r, args, ctx) => toPayload(() => run(ctx, args.input)),
    }),
  );

mutation('createTreasuryOutboundTransfer', CreateInput, (ctx, i) => createOutboundTransfer(caller(ctx), i));
mutation('cancelTreasuryOutboundTransfer', idInput('CancelTreasuryOutboundTransferInput'), (ctx, i) => cancelOutboundTransfer(caller(ctx), i));
mutation('testHelpersPostTreasuryOutboundTransfer', idInput('TestHelpersPostTreasuryOutboundTransferInput'), (ctx, i) => postOutboundTransfer(caller(ctx), i));
mutation('testHelpersFailTreasuryOutboundTransfer', idInput('TestHelpersFailTreasuryOutboundTransferInput'), (ctx, i) => failOutboundTransfer(caller(ctx), i));
mutation('testHelpersReturnTreasuryOutboundTransfer', ReturnInput, (ctx, i) => returnOutboundTransfer(caller(ctx), i));
mutation('testHelpersUpdateTreasuryOutboundTransfer', TrackingInput, (ctx, i) => updateOutboundTransferTracking(caller(ctx), i));

builder.subscriptionField('treasuryOutboundTransferUpdated', (t) =>
  t.field({
    type: OutboundTransferRef,
    description: 'The whole OutboundTransfer after each committed change.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, OUTBOUND_TRANSFER, String(id), async (oid) => (await findOutboundTransfers(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeOutboundTransfer,
  }),
);
