import { builder } from '../../graphql/builder.js';
import { registerLoader } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { DateTimeRangeInput, fromUnix, fromUnixOrNull } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { FinancialAccountRef, requireFinancialAccount } from '../financial-accounts/financial-account.schema.js';
import { caller, loadFinancialAccount, loadTransaction } from '../received-credits/received-credit.schema.js';
import { DebitReversalRef, ReceivedDebitRef, TransactionRef, type StripeDebitReversal, type StripeReceivedDebit } from '../refs.js';
import { findDebitReversals, listDebitReversals } from './debit-reversal.repository.js';
import { createDebitReversal, DEBIT_REVERSAL } from './debit-reversal.service.js';
import { DEBIT_REVERSAL_RESOLUTIONS, DEBIT_REVERSAL_STATUSES, resolutionOf, type DebitReversalStatus } from './debit-reversal.table.js';

registerIdPrefix('debrev', DEBIT_REVERSAL);
registerLoader(DEBIT_REVERSAL, (s, scope, ids) => findDebitReversals(s.database.db, scope, ids));

const Status = stripeEnum('TreasuryDebitReversalStatus', DEBIT_REVERSAL_STATUSES);
const Resolution = stripeEnum('TreasuryDebitReversalResolution', DEBIT_REVERSAL_RESOLUTIONS);
const Network = stripeEnum('TreasuryDebitReversalNetwork', ['ach', 'card']);

const StatusTransitionsRef = builder.objectRef<StripeDebitReversal['status_transitions']>('TreasuryDebitReversalStatusTransitions').implement({
  fields: (t) => ({
    completedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the network resolved the reversal (succeeded or failed).', resolve: (s) => fromUnixOrNull(s.completed_at) }),
  }),
});
const LinkedFlowsRef = builder.objectRef<NonNullable<StripeDebitReversal['linked_flows']>>('TreasuryDebitReversalLinkedFlows').implement({
  fields: (t) => ({
    issuingDispute: t.id({ nullable: true, description: 'Set if an Issuing dispute is associated (Issuing is not modelled by fingraph yet).', resolve: (l) => l.issuing_dispute }),
  }),
});

builder.node(DebitReversalRef, {
  description: 'The return (or dispute) of a ReceivedDebit.',
  id: { resolve: (o) => o.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.debit_reversal',
  fields: (t) => ({
    object: t.exposeString('object'),
    amount: t.field({ type: 'SafeInt', resolve: (o) => o.amount }),
    created: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.created) }),
    currency: t.field({ type: 'Currency', resolve: (o) => o.currency }),
    financialAccount: t.field({ type: FinancialAccountRef, resolve: (o, _a, ctx) => loadFinancialAccount(ctx, o.financial_account) }),
    hostedRegulatoryReceiptUrl: t.string({ nullable: true, resolve: (o) => o.hosted_regulatory_receipt_url }),
    linkedFlows: t.field({ type: LinkedFlowsRef, nullable: true, resolve: (o) => o.linked_flows }),
    livemode: t.exposeBoolean('livemode'),
    metadata: t.field({ type: 'JSONObject', resolve: (o) => o.metadata ?? {} }),
    network: t.field({ type: Network, resolve: (o) => o.network as never }),
    receivedDebit: t.field({
      type: ReceivedDebitRef,
      resolve: async (o, _a, ctx) => (await ctx.loaders.of<StripeReceivedDebit>('TreasuryReceivedDebit').load(o.received_debit))!,
    }),
    resolution: t.field({
      type: Resolution,
      nullable: true,
      description: "The network's resolution (not on Stripe's object; its list filters on it): won ⇔ succeeded, lost ⇔ failed, null while processing.",
      resolve: (o) => resolutionOf(o.status as DebitReversalStatus) as never,
    }),
    status: t.field({ type: Status, resolve: (o) => o.status as never }),
    statusTransitions: t.field({ type: StatusTransitionsRef, resolve: (o) => o.status_transitions }),
    transaction: t.field({
      type: TransactionRef,
      nullable: true,
      description: 'The crediting Transaction, once the reversal is won.',
      resolve: (o, _a, ctx) => loadTransaction(ctx, o.transaction as string | null),
    }),
  }),
});

const Connection = builder.connectionObject({ type: DebitReversalRef, name: 'TreasuryDebitReversalConnection' }, { name: 'TreasuryDebitReversalEdge' });
const listArgs = (t: any) => ({
  receivedDebit: t.arg.id(),
  resolution: t.arg({ type: Resolution }),
  status: t.arg({ type: Status }),
  created: t.arg({ type: DateTimeRangeInput }),
});
const filterOf = (financialAccount: string, args: any) => ({
  financialAccount,
  receivedDebit: args.receivedDebit != null ? String(args.receivedDebit) : null,
  resolution: args.resolution,
  status: args.status,
  created: args.created,
});

builder.objectFields(FinancialAccountRef, (t) => ({
  debitReversals: t.connection(
    { type: DebitReversalRef, args: listArgs(t), resolve: (fa, args, ctx) => listDebitReversals(ctx.services.database.db, ctx.scope, filterOf(fa.id, args), args) },
    Connection,
  ),
}));

builder.queryFields((t) => ({
  treasuryDebitReversal: t.field({
    type: DebitReversalRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeDebitReversal>(DEBIT_REVERSAL).load(String(id)),
  }),
  treasuryDebitReversals: t.connection(
    {
      type: DebitReversalRef,
      args: { financialAccount: t.arg.id({ required: true }), ...listArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listDebitReversals(ctx.services.database.db, ctx.scope, filterOf(fa.id, args), args);
      },
    },
    Connection,
  ),
}));

const CreateInput = builder.inputType('CreateTreasuryDebitReversalInput', {
  fields: (t) => ({ receivedDebit: t.id({ required: true }), metadata: t.field({ type: 'JSONObject' }), idempotencyKey: t.string() }),
});

builder.mutationField('createTreasuryDebitReversal', (t) =>
  t.field({
    type: payloadType('CreateTreasuryDebitReversalPayload', 'treasuryDebitReversal', DebitReversalRef),
    description:
      'Reverses a ReceivedDebit, where its reversalDetails allow it, once. fingraph resolves the reversal within the request (events: created, then completed): won unless the debit came from the failing test bank account …0234.',
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, args, ctx) => toPayload(() => createDebitReversal(caller(ctx), { ...args.input, receivedDebit: String(args.input.receivedDebit) } as never)),
  }),
);

builder.subscriptionField('treasuryDebitReversalUpdated', (t) =>
  t.field({
    type: DebitReversalRef,
    description: 'The whole DebitReversal after each committed change.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, DEBIT_REVERSAL, String(id), async (oid) => (await findDebitReversals(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeDebitReversal,
  }),
);
