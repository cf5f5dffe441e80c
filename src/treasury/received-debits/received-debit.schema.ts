import { builder } from '../../graphql/builder.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { DateTimeRangeInput, fromUnix } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerLoader } from '../../graphql/context.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { FinancialAccountRef, requireFinancialAccount } from '../financial-accounts/financial-account.schema.js';
import type { ReversalDetails } from '../received-credits/received-credit.machine.js';
import {
  caller,
  InitiatingDetailsInput,
  InitiatingDetailsRef,
  loadFinancialAccount,
  loadTransaction,
  ReversalDetailsRef,
} from '../received-credits/received-credit.schema.js';
import { DebitReversalRef, InboundTransferRef, ReceivedDebitRef, TransactionRef, type StripeDebitReversal, type StripeInboundTransfer, type StripeReceivedDebit } from '../refs.js';
import { findReceivedDebits, listReceivedDebits } from './received-debit.repository.js';
import { createReceivedDebit, RECEIVED_DEBIT, TEST_HELPER_DEBIT_NETWORKS } from './received-debit.service.js';
import { RECEIVED_DEBIT_FAILURE_CODES, RECEIVED_DEBIT_NETWORKS, RECEIVED_DEBIT_STATUSES } from './received-debit.table.js';

registerIdPrefix('rd', RECEIVED_DEBIT);
registerLoader(RECEIVED_DEBIT, (s, scope, ids) => findReceivedDebits(s.database.db, scope, ids));

const Status = stripeEnum('TreasuryReceivedDebitStatus', RECEIVED_DEBIT_STATUSES);
const FailureCode = stripeEnum('TreasuryReceivedDebitFailureCode', RECEIVED_DEBIT_FAILURE_CODES);
const Network = stripeEnum('TreasuryReceivedDebitNetwork', RECEIVED_DEBIT_NETWORKS);
const HelperNetwork = stripeEnum('TreasuryReceivedDebitTestHelperNetwork', TEST_HELPER_DEBIT_NETWORKS);

const LinkedFlowsRef = builder.objectRef<StripeReceivedDebit['linked_flows']>('TreasuryReceivedDebitLinkedFlows').implement({
  description: 'Other flows linked to a ReceivedDebit.',
  fields: (t) => ({
    debitReversal: t.field({
      type: DebitReversalRef,
      nullable: true,
      description: 'The DebitReversal created by reversing this ReceivedDebit.',
      resolve: (l, _a, ctx) => (l.debit_reversal ? ctx.loaders.of<StripeDebitReversal>('TreasuryDebitReversal').load(l.debit_reversal) : null),
    }),
    inboundTransfer: t.field({
      type: InboundTransferRef,
      nullable: true,
      description: "Set if the ReceivedDebit is an InboundTransfer's return of funds.",
      resolve: (l, _a, ctx) =>
        l.inbound_transfer && ctx.loaders.has('TreasuryInboundTransfer') ? ctx.loaders.of<StripeInboundTransfer>('TreasuryInboundTransfer').load(l.inbound_transfer) : null,
    }),
    issuingAuthorization: t.id({ nullable: true, description: 'Set if an Issuing Authorization caused it.', resolve: (l) => l.issuing_authorization }),
    issuingTransaction: t.id({ nullable: true, description: 'Set if an Issuing Transaction caused it.', resolve: (l) => l.issuing_transaction }),
    payout: t.id({ nullable: true, description: 'Set if a Payout caused it (Payouts are not modelled by fingraph).', resolve: (l) => l.payout }),
    topup: t.id({ nullable: true, description: 'Set if a Topup caused it (Topups are not modelled by fingraph).', resolve: (l) => l.topup ?? null }),
  }),
});

builder.node(ReceivedDebitRef, {
  description: 'Money pulled from a FinancialAccount by a third party (an ACH debit, or another FinancialAccount over the stripe network).',
  id: { resolve: (o) => o.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.received_debit',
  fields: (t) => ({
    object: t.exposeString('object'),
    amount: t.field({ type: 'SafeInt', resolve: (o) => o.amount }),
    created: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.created) }),
    currency: t.field({ type: 'Currency', resolve: (o) => o.currency }),
    description: t.exposeString('description'),
    failureCode: t.field({ type: FailureCode, nullable: true, resolve: (o) => o.failure_code as never }),
    financialAccount: t.field({ type: FinancialAccountRef, resolve: (o, _a, ctx) => loadFinancialAccount(ctx, o.financial_account) }),
    hostedRegulatoryReceiptUrl: t.string({ nullable: true, resolve: (o) => o.hosted_regulatory_receipt_url }),
    initiatingPaymentMethodDetails: t.field({ type: InitiatingDetailsRef, nullable: true, resolve: (o) => o.initiating_payment_method_details ?? null }),
    linkedFlows: t.field({ type: LinkedFlowsRef, resolve: (o) => o.linked_flows }),
    livemode: t.exposeBoolean('livemode'),
    network: t.field({ type: Network, resolve: (o) => o.network as never }),
    reversalDetails: t.field({ type: ReversalDetailsRef, nullable: true, resolve: (o) => o.reversal_details as ReversalDetails | null }),
    status: t.field({ type: Status, resolve: (o) => o.status as never }),
    transaction: t.field({ type: TransactionRef, nullable: true, description: 'Null when the debit failed.', resolve: (o, _a, ctx) => loadTransaction(ctx, o.transaction as string | null) }),
  }),
});

const Connection = builder.connectionObject({ type: ReceivedDebitRef, name: 'TreasuryReceivedDebitConnection' }, { name: 'TreasuryReceivedDebitEdge' });
const listArgs = (t: any) => ({ status: t.arg({ type: Status }), created: t.arg({ type: DateTimeRangeInput }) });

builder.objectFields(FinancialAccountRef, (t) => ({
  receivedDebits: t.connection(
    {
      type: ReceivedDebitRef,
      args: listArgs(t),
      resolve: (fa, args, ctx) => listReceivedDebits(ctx.services.database.db, ctx.scope, { financialAccount: fa.id, status: args.status as never, created: args.created as never }, args),
    },
    Connection,
  ),
}));

builder.queryFields((t) => ({
  treasuryReceivedDebit: t.field({
    type: ReceivedDebitRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeReceivedDebit>(RECEIVED_DEBIT).load(String(id)),
  }),
  treasuryReceivedDebits: t.connection(
    {
      type: ReceivedDebitRef,
      args: { financialAccount: t.arg.id({ required: true }), ...listArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listReceivedDebits(ctx.services.database.db, ctx.scope, { financialAccount: fa.id, status: args.status as never, created: args.created as never }, args);
      },
    },
    Connection,
  ),
}));

const CreateInput = builder.inputType('TestHelpersCreateTreasuryReceivedDebitInput', {
  fields: (t) => ({
    amount: t.field({ type: 'SafeInt', required: true }),
    currency: t.field({ type: 'Currency', required: true }),
    financialAccount: t.id({ required: true }),
    network: t.field({ type: HelperNetwork, required: true }),
    description: t.string(),
    initiatingPaymentMethodDetails: t.field({ type: InitiatingDetailsInput, description: 'Only for the ach network.' }),
    idempotencyKey: t.string(),
  }),
});

builder.mutationField('testHelpersCreateTreasuryReceivedDebit', (t) =>
  t.field({
    type: payloadType('TestHelpersCreateTreasuryReceivedDebitPayload', 'treasuryReceivedDebit', ReceivedDebitRef),
    description:
      'Test mode: a third party pulls money from a FinancialAccount. The debit is created succeeded or failed (failureCode, e.g. insufficient_funds); a failed debit is not an error.',
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, args, ctx) => toPayload(() => createReceivedDebit(caller(ctx), args.input as never)),
  }),
);

builder.subscriptionField('treasuryReceivedDebitUpdated', (t) =>
  t.field({
    type: ReceivedDebitRef,
    description: 'The whole ReceivedDebit after each committed change (creation, reversal).',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, RECEIVED_DEBIT, String(id), async (oid) => (await findReceivedDebits(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeReceivedDebit,
  }),
);
