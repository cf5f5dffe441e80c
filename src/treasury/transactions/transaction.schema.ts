import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { DateTimeRangeInput, fromUnix, fromUnixOrNull } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { ENTRY_TYPES, FLOW_TYPES } from '../../ledger/ledger.table.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { encodeCursor, type PageArgs } from '../../kernel/pagination.js';
import { badUserInput } from '../../kernel/query-errors.js';
import { FinancialAccountRef, requireFinancialAccount } from '../financial-accounts/financial-account.schema.js';
import type { StripeFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { FLOW_TYPENAMES, TransactionEntryRef, TransactionRef, type StripeTransaction, type StripeTransactionEntry } from '../refs.js';
import { FlowUnion } from '../flow.schema.js';
import { findEntries, findTransactions, firstEntriesOf, entryToStripe, listEntries, listTransactions } from './transaction.repository.js';

export const TRANSACTION = 'TreasuryTransaction';
export const TRANSACTION_ENTRY = 'TreasuryTransactionEntry';
registerIdPrefix('trxn', TRANSACTION);
registerIdPrefix('trxne', TRANSACTION_ENTRY);
registerLoader(TRANSACTION, (s, scope, ids) => findTransactions(s.database.db, scope, ids));
registerLoader(TRANSACTION_ENTRY, (s, scope, ids) => findEntries(s.database.db, scope, ids));

const FlowType = stripeEnum('TreasuryFlowType', FLOW_TYPES);
const EntryType = stripeEnum('TreasuryTransactionEntryType', ENTRY_TYPES);
const Status = stripeEnum('TreasuryTransactionStatus', ['open', 'posted', 'void']);
const TransactionOrder = stripeEnum('TreasuryTransactionOrderBy', ['created', 'posted_at']);
const EntryOrder = stripeEnum('TreasuryTransactionEntryOrderBy', ['created', 'effective_at']);

type Impact = StripeTransaction['balance_impact'];
export const BalanceImpactRef = builder.objectRef<Impact>('TreasuryBalanceImpact').implement({
  description: 'The change to each sub-balance, in minor units of the currency.',
  fields: (t) => ({
    cash: t.field({ type: 'SafeInt', resolve: (i) => i.cash }),
    inboundPending: t.field({ type: 'SafeInt', resolve: (i) => i.inbound_pending }),
    outboundPending: t.field({ type: 'SafeInt', resolve: (i) => i.outbound_pending }),
  }),
});

const StatusTransitionsRef = builder.objectRef<StripeTransaction['status_transitions']>('TreasuryTransactionStatusTransitions').implement({
  fields: (t) => ({
    postedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.posted_at) }),
    voidAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.void_at) }),
  }),
});

/** Resolves a Transaction's or entry's flow through the loader of its flow type. */
function loadFlow(ctx: Context, flowType: string, flow: string | null) {
  const typename = FLOW_TYPENAMES[flowType];
  if (!flow || !typename || !ctx.loaders.has(typename)) return null;
  return ctx.loaders.of(typename).load(flow) as Promise<never>;
}

const EntryConnection = builder.connectionObject({ type: TransactionEntryRef, name: 'TreasuryTransactionEntryConnection' }, { name: 'TreasuryTransactionEntryEdge' });
const TransactionConnection = builder.connectionObject({ type: TransactionRef, name: 'TreasuryTransactionConnection' }, { name: 'TreasuryTransactionEdge' });

/** A transaction's entries: first pages for every transaction in the response load in one statement. */
async function entriesOf(ctx: Context, transactionId: string, args: PageArgs) {
  const db = ctx.services.database.db;
  if (args.after || args.before || args.last != null) return listEntries(db, ctx.scope, { transaction: transactionId }, args);
  const limit = args.first ?? 10;
  if (limit < 0 || limit > 100 || !Number.isInteger(limit)) return listEntries(db, ctx.scope, { transaction: transactionId }, args);
  const rows = await ctx.loaders
    .batch<string, Awaited<ReturnType<typeof firstEntriesOf>> extends Map<string, infer V> ? V : never>(`entries:${limit}`, async (ids) => {
      const found = await firstEntriesOf(db, ctx.scope, ids, limit);
      return ids.map((id) => found.get(id) ?? []);
    })
    .load(transactionId);
  const page = rows.slice(0, limit);
  const edges = page.map((r) => ({ cursor: encodeCursor(r.created, r.id), node: entryToStripe(r) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

builder.node(TransactionRef, {
  description: "A change to a FinancialAccount's balance, created by a flow; its balance impact is the sum of its entries.",
  id: { resolve: (t) => t.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.transaction',
  fields: (t) => ({
    object: t.exposeString('object'),
    amount: t.field({ type: 'SafeInt', resolve: (x) => x.amount }),
    balanceImpact: t.field({ type: BalanceImpactRef, resolve: (x) => x.balance_impact }),
    created: t.field({ type: 'DateTime', resolve: (x) => fromUnix(x.created) }),
    currency: t.field({ type: 'Currency', resolve: (x) => x.currency }),
    description: t.exposeString('description'),
    entries: t.connection({ type: TransactionEntryRef, resolve: (x, args, ctx) => entriesOf(ctx, x.id, args) }, EntryConnection),
    financialAccount: t.field({
      type: FinancialAccountRef,
      resolve: async (x, _a, ctx) => (await ctx.loaders.of<StripeFinancialAccount>('TreasuryFinancialAccount').load(x.financial_account))!,
    }),
    flow: t.field({ type: FlowUnion, nullable: true, description: 'The flow that created this Transaction.', resolve: (x, _a, ctx) => loadFlow(ctx, x.flow_type, x.flow) }),
    flowDetails: t.field({ type: FlowUnion, nullable: true, description: 'The flow object itself (Stripe embeds it here).', resolve: (x, _a, ctx) => loadFlow(ctx, x.flow_type, x.flow) }),
    flowType: t.field({ type: FlowType, resolve: (x) => x.flow_type as never }),
    livemode: t.exposeBoolean('livemode'),
    status: t.field({ type: Status, resolve: (x) => x.status as never }),
    statusTransitions: t.field({ type: StatusTransitionsRef, resolve: (x) => x.status_transitions }),
  }),
});

builder.node(TransactionEntryRef, {
  description: 'One movement inside a Transaction, with its own balance impact and effective time.',
  id: { resolve: (e) => e.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.transaction_entry',
  fields: (t) => ({
    object: t.exposeString('object'),
    balanceImpact: t.field({ type: BalanceImpactRef, resolve: (e) => e.balance_impact }),
    created: t.field({ type: 'DateTime', resolve: (e) => fromUnix(e.created) }),
    currency: t.field({ type: 'Currency', resolve: (e) => e.currency }),
    effectiveAt: t.field({ type: 'DateTime', resolve: (e) => fromUnix(e.effective_at) }),
    financialAccount: t.field({
      type: FinancialAccountRef,
      resolve: async (e, _a, ctx) => (await ctx.loaders.of<StripeFinancialAccount>('TreasuryFinancialAccount').load(e.financial_account))!,
    }),
    flow: t.field({ type: FlowUnion, nullable: true, resolve: (e, _a, ctx) => loadFlow(ctx, e.flow_type, e.flow) }),
    flowDetails: t.field({ type: FlowUnion, nullable: true, resolve: (e, _a, ctx) => loadFlow(ctx, e.flow_type, e.flow) }),
    flowType: t.field({ type: FlowType, resolve: (e) => e.flow_type as never }),
    livemode: t.exposeBoolean('livemode'),
    transaction: t.field({
      type: TransactionRef,
      resolve: async (e, _a, ctx) => (await ctx.loaders.of<StripeTransaction>(TRANSACTION).load(String(e.transaction)))!,
    }),
    type: t.field({ type: EntryType, resolve: (e) => e.type as never }),
  }),
});

const PostedAtInput = builder.inputType('TreasuryTransactionStatusTransitionsFilter', {
  fields: (t) => ({ postedAt: t.field({ type: DateTimeRangeInput }) }),
});

type TxnArgs = { status?: string | null; created?: object | null; orderBy?: string | null; statusTransitions?: { postedAt?: object | null } | null };
function transactionFilter(financialAccount: string, args: TxnArgs) {
  const orderBy = (args.orderBy ?? 'created') as 'created' | 'posted_at';
  const postedAt = args.statusTransitions?.postedAt ?? null;
  // Stripe: posted_at filtering and ordering need status=posted; created and posted_at filters are exclusive.
  if ((postedAt || orderBy === 'posted_at') && args.status !== 'posted')
    throw badUserInput('parameter_invalid', 'Filtering or ordering by statusTransitions.postedAt requires status: POSTED.', ['status']);
  if (postedAt && orderBy !== 'posted_at')
    throw badUserInput('parameter_invalid', 'The statusTransitions.postedAt filter requires orderBy: POSTED_AT.', ['orderBy']);
  if (args.created && orderBy !== 'created') throw badUserInput('parameter_invalid', 'The created filter requires orderBy: CREATED.', ['created']);
  return { financialAccount, status: args.status as never, created: args.created as never, postedAt: postedAt as never, orderBy };
}

type EntryArgs = { created?: object | null; effectiveAt?: object | null; orderBy?: string | null; transaction?: string | null };
function entryFilter(args: EntryArgs) {
  const orderBy = (args.orderBy ?? 'created') as 'created' | 'effective_at';
  if (args.effectiveAt && orderBy !== 'effective_at') throw badUserInput('parameter_invalid', 'The effectiveAt filter requires orderBy: EFFECTIVE_AT.', ['orderBy']);
  if (args.created && orderBy !== 'created') throw badUserInput('parameter_invalid', 'The created filter requires orderBy: CREATED.', ['orderBy']);
  return { created: args.created as never, effectiveAt: args.effectiveAt as never, orderBy, transaction: args.transaction ?? null };
}

const txnArgs = (t: any) => ({
  status: t.arg({ type: Status }),
  created: t.arg({ type: DateTimeRangeInput }),
  orderBy: t.arg({ type: TransactionOrder }),
  statusTransitions: t.arg({ type: PostedAtInput }),
});
const entryArgs = (t: any) => ({
  created: t.arg({ type: DateTimeRangeInput }),
  effectiveAt: t.arg({ type: DateTimeRangeInput }),
  orderBy: t.arg({ type: EntryOrder }),
  transaction: t.arg.id(),
});

builder.objectFields(FinancialAccountRef, (t) => ({
  transactions: t.connection(
    { type: TransactionRef, args: txnArgs(t), resolve: (fa, args, ctx) => listTransactions(ctx.services.database.db, ctx.scope, transactionFilter(fa.id, args as TxnArgs), args) },
    TransactionConnection,
  ),
  transactionEntries: t.connection(
    {
      type: TransactionEntryRef,
      args: entryArgs(t),
      resolve: (fa, args, ctx) => listEntries(ctx.services.database.db, ctx.scope, { financialAccount: fa.id, ...entryFilter(args as EntryArgs) }, args),
    },
    EntryConnection,
  ),
}));

builder.queryFields((t) => ({
  treasuryTransaction: t.field({
    type: TransactionRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeTransaction>(TRANSACTION).load(String(id)),
  }),
  treasuryTransactions: t.connection(
    {
      type: TransactionRef,
      description: "A FinancialAccount's Transactions, newest first (or by postedAt).",
      args: { financialAccount: t.arg.id({ required: true }), ...txnArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listTransactions(ctx.services.database.db, ctx.scope, transactionFilter(fa.id, args as TxnArgs), args);
      },
    },
    TransactionConnection,
  ),
  treasuryTransactionEntry: t.field({
    type: TransactionEntryRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeTransactionEntry>(TRANSACTION_ENTRY).load(String(id)),
  }),
  treasuryTransactionEntries: t.connection(
    {
      type: TransactionEntryRef,
      args: { financialAccount: t.arg.id({ required: true }), ...entryArgs(t) },
      resolve: async (_r, args, ctx) => {
        const fa = await requireFinancialAccount(ctx, String(args.financialAccount));
        return listEntries(ctx.services.database.db, ctx.scope, { financialAccount: fa.id, ...entryFilter(args as EntryArgs) }, args);
      },
    },
    EntryConnection,
  ),
}));

builder.subscriptionFields((t) => ({
  treasuryTransactionUpdated: t.field({
    type: TransactionRef,
    description: 'The whole Transaction after each committed change (new entry, posted, void).',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, TRANSACTION, String(id), async (tid) => (await findTransactions(ctx.services.database.db, ctx.scope, [tid])).get(tid) ?? null),
    resolve: (x) => x as StripeTransaction,
  }),
}));
