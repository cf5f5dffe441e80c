import { sql } from 'drizzle-orm';
import { insertRow, query } from '../db/sql.js';
import { publishObject } from '../events/pubsub.js';
import type { CommandContext } from '../kernel/command.js';
import { insufficientFunds } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import { assignmentsSql, columnsSql, insertRecord, insertRecordSql, updateRecord } from '../layer/store.js';
import { rowToRecord } from '../layer/storage.js';
import { treasuryBalances, type EntryType, type FlowType } from './ledger.table.js';
import { transactionEntries, transactions, type TransactionRecord } from './transaction.resource.js';

export interface Impact {
  cash: number;
  inboundPending: number;
  outboundPending: number;
}

export const impact = (cash = 0, inboundPending = 0, outboundPending = 0): Impact => ({ cash, inboundPending, outboundPending });

export interface Flow {
  id: string | null;
  type: FlowType;
  financialAccountId: string;
  currency: string;
}

export const BALANCE_KIND = 'TreasuryFinancialAccountBalance';
const unix = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * The cash balance as committed now. A FinancialAccount's `balances` come with its row, but a lock that
 * waited for another command returns them as the statement's snapshot saw them before the wait (READ
 * COMMITTED): a decision on funds (an authorization, a ReceivedDebit) reads them again after the lock.
 */
export async function cashNow(cmd: CommandContext, financialAccountId: string, currency: string): Promise<number> {
  const [row] = await query(cmd.tx, sql`select cash from treasury_balances where financial_account_id = ${financialAccountId} and currency = ${currency}`);
  return Number(row?.cash ?? 0);
}

/** Every balance of a FinancialAccount as committed now, for the same reason as cashNow (a close decides on all of them). */
export async function balancesNow(cmd: CommandContext, financialAccountId: string) {
  const rows = await query(
    cmd.tx,
    sql`select currency, cash, inbound_pending, outbound_pending from treasury_balances where financial_account_id = ${financialAccountId} order by currency`,
  );
  return rows.map((r) => ({
    currency: String(r.currency),
    cash: Number(r.cash),
    inbound_pending: Number(r.inbound_pending),
    outbound_pending: Number(r.outbound_pending),
  }));
}

/**
 * The only writer of Transactions, entries and balances. The caller must hold the FinancialAccount's
 * row lock (the action path locks it first), so balance checks and updates cannot interleave.
 */
export async function openTransaction(cmd: CommandContext, flow: Flow, opts: OpenTransaction): Promise<string> {
  const id = opts.id ?? newId('trxn');
  await insertRecord(cmd.tx, transactions.storage, cmd.scope, cmd.now, transactionRecord(cmd, flow, { ...opts, id }, impact()));
  return id;
}

export interface OpenTransaction {
  amount: number;
  description: string;
  status?: 'open' | 'posted';
  /** The new Transaction's id (default: a new one). */
  id?: string;
}

function transactionRecord(cmd: CommandContext, flow: Flow, opts: OpenTransaction & { id: string }, totals: Impact) {
  const status = opts.status ?? 'open';
  return {
    id: opts.id,
    financial_account: flow.financialAccountId,
    amount: opts.amount,
    currency: flow.currency,
    description: opts.description,
    flow: flow.id,
    flow_type: flow.type,
    status,
    status_transitions: { posted_at: status === 'posted' ? unix(cmd.now) : null, void_at: null },
    balance_impact: { cash: totals.cash, inbound_pending: totals.inboundPending, outbound_pending: totals.outboundPending },
  };
}

const settledTransitions = (status: 'posted' | 'void', at: number) =>
  status === 'posted' ? { posted_at: at, void_at: null } : { posted_at: null, void_at: at };

/**
 * Adds one entry: the entry row, its Transaction's balance_impact and the account's balance move
 * together. Cash may not go negative unless `allowNegative` (Stripe rejects where it can).
 */
export async function addEntry(
  cmd: CommandContext,
  flow: Flow,
  transactionId: string,
  type: EntryType,
  delta: Impact,
  opts: {
    allowNegative?: boolean;
    /** The Transaction is new: insert it with this entry as its totals (one statement for both). */
    open?: OpenTransaction & { id: string };
    /** Settle the Transaction in the same statement (the entry's posting followed by a settle). */
    settle?: 'posted' | 'void';
  } = {},
): Promise<void> {
  const { tx, scope, now } = cmd;
  const entry = insertRecordSql(transactionEntries.storage, scope, now, {
    id: newId('trxne'),
    financial_account: flow.financialAccountId,
    transaction: transactionId,
    currency: flow.currency,
    type,
    effective_at: unix(now),
    flow: flow.id,
    flow_type: flow.type,
    balance_impact: { cash: delta.cash, inbound_pending: delta.inboundPending, outbound_pending: delta.outboundPending },
  });
  const settled = opts.settle
    ? sql`, ${assignmentsSql(transactions.storage, { status: opts.settle, status_transitions: settledTransitions(opts.settle, unix(now)) })}`
    : sql``;
  const txnWrite = opts.open
    ? insertRecordSql(transactions.storage, scope, now, transactionRecord(cmd, flow, opts.open, delta))
    : sql`update treasury_transactions
        set cash = cash + ${delta.cash}, inbound_pending = inbound_pending + ${delta.inboundPending}, outbound_pending = outbound_pending + ${delta.outboundPending}${settled}
        where id = ${transactionId}`;
  // One statement (was three, four with the Transaction's insert or settle): the balance move, the entry and its Transaction's balance_impact. A
  // failed check below throws, which rolls the whole command back, the entry included.
  const [row] = await query(
    tx,
    sql`with moved as (
        update treasury_balances
        set cash = cash + ${delta.cash}, inbound_pending = inbound_pending + ${delta.inboundPending}, outbound_pending = outbound_pending + ${delta.outboundPending}
        where financial_account_id = ${flow.financialAccountId} and currency = ${flow.currency}
        returning cash, inbound_pending, outbound_pending),
      entry as (${entry}),
      txn as (${txnWrite} returning ${columnsSql(transactions.storage)})
      select m.cash as moved_cash, m.inbound_pending as moved_inbound_pending, m.outbound_pending as moved_outbound_pending, t.*
      from (select 1) as one left join moved as m on true left join txn as t on true`,
  );
  if (row?.moved_cash == null) throw new Error(`no ${flow.currency} balance for ${flow.financialAccountId}`);
  if (row.id == null) throw new Error(`ledger: no Transaction ${transactionId}`);
  const balance = { cash: Number(row.moved_cash), inboundPending: Number(row.moved_inbound_pending), outboundPending: Number(row.moved_outbound_pending) };
  if (balance.cash < 0 && delta.cash < 0 && !opts.allowNegative) throw insufficientFunds();
  if (balance.outboundPending < 0 || balance.inboundPending < 0) throw new Error(`ledger: pending balance below zero on ${flow.financialAccountId}`);
  await publishObject(cmd, transactions.typeName, transactions.toStripe(rowToRecord(transactions.storage, row) as TransactionRecord));
  await publishObject(
    cmd,
    BALANCE_KIND,
    {
      id: flow.financialAccountId,
      cash: { [flow.currency]: balance.cash },
      inbound_pending: { [flow.currency]: balance.inboundPending },
      outbound_pending: { [flow.currency]: balance.outboundPending },
    } as { id: string },
    flow.currency,
  );
}

export async function settleTransaction(cmd: CommandContext, transactionId: string, status: 'posted' | 'void') {
  const txn = await updateRecord(cmd.tx, transactions.storage, transactionId, { status, status_transitions: settledTransitions(status, unix(cmd.now)) });
  await publishObject(cmd, transactions.typeName, transactions.toStripe(txn as TransactionRecord));
}

/** Stripe's description for a flow's Transaction. */
export const describeFlow = (flow: FlowType, description?: string | null) => description ?? flow.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

/** A new FinancialAccount's balance rows, one per currency, all zero. */
export async function openBalances(cmd: CommandContext, financialAccountId: string, currencies: readonly string[]) {
  for (const currency of currencies) await insertRow(cmd.tx, treasuryBalances, { financialAccountId, currency });
}
