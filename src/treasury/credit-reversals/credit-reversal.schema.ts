import { builder } from '../../graphql/builder.js';
import { registerLoader } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { DateTimeRangeInput, fromUnix, fromUnixOrNull } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { FinancialAccountRef, requireFinancialAccount } from '../financial-accounts/financial-account.schema.js';
import { caller, loadFinancialAccount, loadTransaction } from '../received-credits/received-credit.schema.js';
import { CreditReversalRef, ReceivedCreditRef, TransactionRef, type StripeCreditReversal, type StripeReceivedCredit } from '../refs.js';
import { findCreditReversals, listCreditReversals } from './credit-reversal.repository.js';
import { createCreditReversal, CREDIT_REVERSAL } from './credit-reversal.service.js';
import { CREDIT_REVERSAL_STATUSES } from './credit-reversal.table.js';

registerIdPrefix('credrev', CREDIT_REVERSAL);
registerLoader(CREDIT_REVERSAL, (s, scope, ids) => findCreditReversals(s.database.db, scope, ids));

const Status = stripeEnum('TreasuryCreditReversalStatus', CREDIT_REVERSAL_STATUSES);
const Network = stripeEnum('TreasuryCreditReversalNetwork', ['ach', 'stripe']);

const StatusTransitionsRef = builder.objectRef<StripeCreditReversal['status_transitions']>('TreasuryCreditReversalStatusTransitions').implement({
  fields: (t) => ({ postedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.posted_at) }) }),
});

builder.node(CreditReversalRef, {
  description: 'The return of a ReceivedCredit to its sender.',
  id: { resolve: (o) => o.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.credit_reversal',
  fields: (t) => ({
    object: t.exposeString('object'),
    amount: t.field({ type: 'SafeInt', resolve: (o) => o.amount }),
    created: t.field({ type: 'DateTime', resolve: (o) => fromUnix(o.created) }),
    currency: t.field({ type: 'Currency', resolve: (o) => o.currency }),
    financialAccount: t.field({ type: FinancialAccountRef, resolve: (o, _a, ctx) => loadFinancialAccount(ctx, o.financial_account) }),
    hostedRegulatoryReceiptUrl: t.string({ nullable: true, resolve: (o) => o.hosted_regulatory_receipt_url }),
    livemode: t.exposeBoolean('livemode'),
    metadata: t.field({ type: 'JSONObject', resolve: (o) => o.metadata ?? {} }),
    network: t.field({ type: Network, resolve: (o) => o.network as never }),
    receivedCredit: t.field({
      type: ReceivedCreditRef,
      resolve: async (o, _a, ctx) => (await ctx.loaders.of<StripeReceivedCredit>('TreasuryReceivedCredit').load(o.received_credit))!,
    }),
    status: t.field({ type: Status, resolve: (o) => o.status as never }),
    statusTransitions: t.field({ type: StatusTransitionsRef, resolve: (o) => o.status_transitions }),
    transaction: t.field({ type: TransactionRef, nullable: true, resolve: (o, _a, ctx) => loadTransaction(ctx, o.transaction as string | null) }),
  }),
});

const Connection = builder.connectionObject({ type: CreditReversalRef, name: 'TreasuryCreditReversalConnection' }, { name: 'TreasuryCreditReversalEdge' });
const listArgs = (t: any) => ({ receivedCredit: t.arg.id(), status: t.arg({ type: Status }), created: t.arg({ type: DateTimeRangeInput }) });
const filterOf = (financialAccount: string, args: any) => ({
  financialAccount,
  receivedCredit: args.receivedCredit != null ? String(args.receivedCredit) : null,
  status: args.status,
  created: args.created,
});

builder.objectFields(FinancialAccountRef, (t) => ({
  creditReversals: t.connection(
    { type: CreditReversalRef, args: listArgs(t), resolve: (fa, args, ctx) => listCreditReversals(ctx.services.database.db, ctx.scope, filterOf(fa.id, args), args) },
    Connection,
  ),
}));

builder.queryFields((t) => ({
  treasuryCreditReversal: t.field({
    type: CreditReversalRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeCreditReversal>(CREDIT_REVERSAL).load(String(id)),
  }),
  treasuryCreditReversals: t.connection(
    {
      type: CreditReversalRef,
      args: { financialAccount: t.arg.id({ required: true }), ...listArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listCreditReversals(ctx.services.database.db, ctx.scope, filterOf(fa.id, args), args);
      },
    },
    Connection,
  ),
}));

const CreateInput = builder.inputType('CreateTreasuryCreditReversalInput', {
  fields: (t) => ({ receivedCredit: t.id({ required: true }), metadata: t.field({ type: 'JSONObject' }), idempotencyKey: t.string() }),
});

builder.mutationField('createTreasuryCreditReversal', (t) =>
  t.field({
    type: payloadType('CreateTreasuryCreditReversalPayload', 'treasuryCreditReversal', CreditReversalRef),
    description: "Reverses a ReceivedCredit, where its reversalDetails allow it, once. fingraph posts the reversal within the request (events: created, then posted).",
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, args, ctx) => toPayload(() => createCreditReversal(caller(ctx), { ...args.input, receivedCredit: String(args.input.receivedCredit) } as never)),
  }),
);

builder.subscriptionField('treasuryCreditReversalUpdated', (t) =>
  t.field({
    type: CreditReversalRef,
    description: 'The whole CreditReversal after each committed change.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, CREDIT_REVERSAL, String(id), async (oid) => (await findCreditReversals(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeCreditReversal,
  }),
);
