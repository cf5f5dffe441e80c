import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { DateTimeRangeInput, fromUnix, fromUnixOrNull } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { PaymentMethodRef } from '../../payments/payments.schema.js';
import type { StripePaymentMethod } from '../../payments/payment-methods/payment-method.service.js';
import { FinancialAccountRef, requireFinancialAccount } from '../financial-accounts/financial-account.schema.js';
import type { StripeFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { InboundTransferRef, ReceivedDebitRef, TransactionRef, type StripeInboundTransfer, type StripeReceivedDebit, type StripeTransaction } from '../refs.js';
import { PaymentMethodDetailsRef } from '../shared/flow.schema-parts.js';
import { findInboundTransfers, listInboundTransfers } from './inbound-transfer.repository.js';
import {
  cancelInboundTransfer,
  createInboundTransfer,
  FAILURE_CODES,
  failInboundTransfer,
  INBOUND_TRANSFER,
  returnInboundTransfer,
  succeedInboundTransfer,
} from './inbound-transfer.service.js';
import { INBOUND_TRANSFER_STATUSES } from './inbound-transfer.table.js';

registerIdPrefix('ibt', INBOUND_TRANSFER);
registerLoader(INBOUND_TRANSFER, (s, scope, ids) => findInboundTransfers(s.database.db, scope, ids));

const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });
const Status = stripeEnum('TreasuryInboundTransferStatus', INBOUND_TRANSFER_STATUSES);
const FailureCode = stripeEnum('TreasuryInboundTransferFailureCode', FAILURE_CODES);

const FailureDetailsRef = builder.objectRef<NonNullable<StripeInboundTransfer['failure_details']>>('TreasuryInboundTransferFailureDetails').implement({
  fields: (t) => ({ code: t.field({ type: FailureCode, description: 'Reason for the failure.', resolve: (f) => f.code as never }) }),
});

const LinkedFlowsRef = builder.objectRef<StripeInboundTransfer['linked_flows']>('TreasuryInboundTransferLinkedFlows').implement({
  fields: (t) => ({
    receivedDebit: t.field({
      type: ReceivedDebitRef,
      nullable: true,
      description: 'If the funds were returned after the transfer succeeded, the ReceivedDebit that returned them.',
      resolve: (l, _a, ctx) => (l.received_debit ? ctx.loaders.of<StripeReceivedDebit>('TreasuryReceivedDebit').load(l.received_debit) : null),
    }),
  }),
});

const StatusTransitionsRef = builder.objectRef<StripeInboundTransfer['status_transitions']>('TreasuryInboundTransferStatusTransitions').implement({
  fields: (t) => ({
    canceledAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.canceled_at ?? null) }),
    failedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.failed_at) }),
    succeededAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.succeeded_at) }),
  }),
});

builder.node(InboundTransferRef, {
  description: "Money pulled into a FinancialAccount from the owner's own bank account (an ACH debit).",
  id: { resolve: (o) => o.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.inbound_transfer',
  fields: (t) => ({
    object: t.exposeString('object'),
    amount: t.field({ type: 'SafeInt', resolve: (o) => o.amount }),
    cancelable: t.exposeBoolean('cancelable'),
    created: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.created) }),
    currency: t.field({ type: 'Currency', resolve: (o) => o.currency }),
    description: t.string({ nullable: true, resolve: (o) => o.description }),
    failureDetails: t.field({ type: FailureDetailsRef, nullable: true, resolve: (o) => o.failure_details }),
    financialAccount: t.field({
      type: FinancialAccountRef,
      resolve: async (o, _a, ctx) => (await ctx.loaders.of<StripeFinancialAccount>('TreasuryFinancialAccount').load(o.financial_account))!,
    }),
    hostedRegulatoryReceiptUrl: t.string({ nullable: true, resolve: (o) => o.hosted_regulatory_receipt_url }),
    linkedFlows: t.field({ type: LinkedFlowsRef, resolve: (o) => o.linked_flows }),
    livemode: t.exposeBoolean('livemode'),
    metadata: t.field({ type: 'JSONObject', resolve: (o) => o.metadata ?? {} }),
    originPaymentMethod: t.field({
      type: PaymentMethodRef,
      nullable: true,
      resolve: (o, _a, ctx) => (o.origin_payment_method ? ctx.loaders.of<StripePaymentMethod>('PaymentMethod').load(o.origin_payment_method) : null),
    }),
    originPaymentMethodDetails: t.field({ type: PaymentMethodDetailsRef, nullable: true, resolve: (o) => (o.origin_payment_method_details as never) ?? null }),
    returned: t.boolean({ nullable: true, resolve: (o) => o.returned }),
    statementDescriptor: t.exposeString('statement_descriptor'),
    status: t.field({ type: Status, resolve: (o) => o.status as never }),
    statusTransitions: t.field({ type: StatusTransitionsRef, resolve: (o) => o.status_transitions }),
    transaction: t.field({
      type: TransactionRef,
      nullable: true,
      description: 'The posted Transaction that credited cash; null until the transfer succeeds.',
      resolve: (o, _a, ctx) => (o.transaction ? ctx.loaders.of<StripeTransaction>('TreasuryTransaction').load(String(o.transaction)) : null),
    }),
  }),
});

const Connection = builder.connectionObject({ type: InboundTransferRef, name: 'TreasuryInboundTransferConnection' }, { name: 'TreasuryInboundTransferEdge' });
const listArgs = (t: any) => ({ status: t.arg({ type: Status }), created: t.arg({ type: DateTimeRangeInput }) });

builder.objectFields(FinancialAccountRef, (t) => ({
  inboundTransfers: t.connection(
    { type: InboundTransferRef, args: listArgs(t), resolve: (fa, args, ctx) => listInboundTransfers(ctx.services.database.db, ctx.scope, { financialAccount: fa.id, status: args.status as never, created: args.created as never }, args) },
    Connection,
  ),
}));

builder.queryFields((t) => ({
  treasuryInboundTransfer: t.field({
    type: InboundTransferRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeInboundTransfer>(INBOUND_TRANSFER).load(String(id)),
  }),
  treasuryInboundTransfers: t.connection(
    {
      type: InboundTransferRef,
      args: { financialAccount: t.arg.id({ required: true }), ...listArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listInboundTransfers(ctx.services.database.db, ctx.scope, { financialAccount: fa.id, status: args.status as never, created: args.created as never }, args);
      },
    },
    Connection,
  ),
}));

const CreateInput = builder.inputType('CreateTreasuryInboundTransferInput', {
  fields: (t) => ({
    amount: t.field({ type: 'SafeInt', required: true }),
    currency: t.field({ type: 'Currency', required: true }),
    financialAccount: t.id({ required: true }),
    originPaymentMethod: t.id({ required: true, description: 'A us_bank_account PaymentMethod of the caller, debited over ACH.' }),
    description: t.string(),
    statementDescriptor: t.string({ description: 'At most 10 characters: letters, digits, spaces and -#.$&*. Defaults to "transfer".' }),
    metadata: t.field({ type: 'JSONObject' }),
    idempotencyKey: t.string(),
  }),
});
const idInput = (name: string) => builder.inputType(name, { fields: (t) => ({ id: t.id({ required: true }), idempotencyKey: t.string() }) });
const FailInput = builder.inputType('TestHelpersFailTreasuryInboundTransferInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    failureDetails: t.field({
      type: builder.inputType('TreasuryInboundTransferFailureDetailsInput', {
        fields: (f) => ({ code: f.field({ type: FailureCode, description: 'Defaults to OTHER.' }) }),
      }),
    }),
    idempotencyKey: t.string(),
  }),
});

const mutation = (name: string, input: any, run: (ctx: Context, input: any) => Promise<StripeInboundTransfer>) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: payloadType(`${name[0]!.toUpperCase()}${name.slice(1)}Payload`, 'treasuryInboundTransfer', InboundTransferRef),
      args: { input: t.arg({ type: input, required: true }) },
      resolve: (_r, args, ctx) => toPayload(() => run(ctx, args.input)),
    }),
  );

mutation('createTreasuryInboundTransfer', CreateInput, (ctx, i) => createInboundTransfer(caller(ctx), i));
mutation('cancelTreasuryInboundTransfer', idInput('CancelTreasuryInboundTransferInput'), (ctx, i) => cancelInboundTransfer(caller(ctx), i));
mutation('testHelpersSucceedTreasuryInboundTransfer', idInput('TestHelpersSucceedTreasuryInboundTransferInput'), (ctx, i) => succeedInboundTransfer(caller(ctx), i));
mutation('testHelpersFailTreasuryInboundTransfer', FailInput, (ctx, i) => failInboundTransfer(caller(ctx), i));
mutation('testHelpersReturnTreasuryInboundTransfer', idInput('TestHelpersReturnTreasuryInboundTransferInput'), (ctx, i) => returnInboundTransfer(caller(ctx), i));

builder.subscriptionField('treasuryInboundTransferUpdated', (t) =>
  t.field({
    type: InboundTransferRef,
    description: 'The whole InboundTransfer after each committed change.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, INBOUND_TRANSFER, String(id), async (oid) => (await findInboundTransfers(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeInboundTransfer,
  }),
);
