import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { anyOf, decodeRow, findOwnedRows, query } from '../../db/sql.js';
import { treasuryTransactionEntries as entries, treasuryTransactions as txns } from '../../ledger/ledger.table.js';
import { unix, unixOrNull } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import type { StripeTransaction, StripeTransactionEntry } from '../refs.js';

type TxnRow = typeof txns.$inferSelect;
type EntryRow = typeof entries.$inferSelect;

export function transactionToStripe(r: TxnRow): StripeTransaction {
  return {
    id: r.id,
    object: 'treasury.transaction',
    amount: r.amount,
    balance_impact: { cash: r.cash, inbound_pending: r.inboundPending, outbound_pending: r.outboundPending },
    created: unix(r.created),
    currency: r.currency,
    description: r.description,
    entries: null,
    financial_account: r.financialAccountId,
    flow: r.flow,
    flow_details: null,
    flow_type: r.flowType,
    livemode: r.livemode,
    status: r.status,
    status_transitions: { posted_at: unixOrNull(r.postedAt), void_at: unixOrNull(r.voidAt) },
  };
}

export function entryToStripe(r: EntryRow): StripeTransactionEntry {
  return {
    id: r.id,
    object: 'treasury.transaction_entry',
    balance_impact: { cash: r.cash, inbound_pending: r.inboundPending, outbound_pending: r.outboundPending },
    created: unix(r.created),
    currency: r.currency,
    effective_at: unix(r.effectiveAt),
    financial_account: r.financialAccountId,
    flow: r.flow,
    flow_details: null,
    flow_type: r.flowType,
    livemode: r.livemode,
    transaction: r.transactionId,
    type: r.type,
  };
}

const ownedTxn = (scope: Scope) => [eq(txns.accountId, scope.accountId), eq(txns.livemode, scope.livemode)];
const ownedEntry = (scope: Scope) => [eq(entries.accountId, scope.accountId), eq(entries.livemode, scope.livemode)];

export async function findTransactions(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, txns, scope, ids);
  return new Map(rows.map((r) => [r.id, transactionToStripe(r)]));
}

export async function findEntries(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, entries, scope, ids);
  return new Map(rows.map((r) => [r.id, entryToStripe(r)]));
}

export interface TransactionFilter {
  financialAccount: string;
  status?: 'open' | 'posted' | 'void' | null;
  created?: DateTimeRange | null;
  postedAt?: DateTimeRange | null;
  orderBy?: 'created' | 'posted_at' | null;
  flow?: string | null;
}

export function listTransactions(db: Executor, scope: Scope, f: TransactionFilter, args: PageArgs) {
  const where: (SQL | undefined)[] = [...ownedTxn(scope), eq(txns.financialAccountId, f.financialAccount)];
  if (f.status) where.push(eq(txns.status, f.status));
  if (f.flow) where.push(eq(txns.flow, f.flow));
  where.push(...rangeFilter(txns.created, f.created), ...rangeFilter(txns.postedAt, f.postedAt));
  return keysetPage<TxnRow, StripeTransaction>({
    db,
    table: txns,
    where,
    args,
    orderBy: f.orderBy === 'posted_at' ? { column: txns.postedAt, value: (r) => r.postedAt! } : undefined,
    map: transactionToStripe,
  });
}

export interface EntryFilter {
  financialAccount?: string | null;
  transaction?: string | null;
  created?: DateTimeRange | null;
  effectiveAt?: DateTimeRange | null;
  orderBy?: 'created' | 'effective_at' | null;
}

export function listEntries(db: Executor, scope: Scope, f: EntryFilter, args: PageArgs) {
  const where: (SQL | undefined)[] = [...ownedEntry(scope)];
  if (f.financialAccount) where.push(eq(entries.financialAccountId, f.financialAccount));
  if (f.transaction) where.push(eq(entries.transactionId, f.transaction));
  where.push(...rangeFilter(entries.created, f.created), ...rangeFilter(entries.effectiveAt, f.effectiveAt));
  return keysetPage<EntryRow, StripeTransactionEntry>({
    db,
    table: entries,
    where,
    args,
    orderBy: f.orderBy === 'effective_at' ? { column: entries.effectiveAt, value: (r) => r.effectiveAt } : undefined,
    map: entryToStripe,
  });
}

/**
 * The first page of entries for many Transactions in one statement (a window per transaction), so a
 * page of flows with their transaction's entries costs one query for all entries.
 */
export async function firstEntriesOf(db: Executor, scope: Scope, transactionIds: readonly string[], limit: number) {
  const ranked = db
    .select({ ...getTableColumns(entries), rank: sql<number>`row_number() over (partition by ${entries.transactionId} order by ${entries.created} desc, ${entries.id} desc)`.as('rank') })
    .from(entries)
    .where(and(...ownedEntry(scope), anyOf(entries.transactionId, transactionIds)))
    .as('ranked');
  const rows = await query(db, db.select().from(ranked).where(sql`${ranked.rank} <= ${limit + 1}`).getSQL());
  const byTxn = new Map<string, EntryRow[]>();
  for (const row of rows.map((raw) => decodeRow(entries, raw))) {
    const list = byTxn.get(row.transactionId) ?? [];
    list.push(row);
    byTxn.set(row.transactionId, list);
  }
  for (const list of byTxn.values()) list.sort((a, b) => b.created.getTime() - a.created.getTime() || (a.id < b.id ? 1 : -1));
  return byTxn;
}
