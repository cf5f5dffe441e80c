import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { findOwnedRows, lockOwnedRow } from '../../db/sql.js';
import { clock, unix } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import { treasuryBalances } from '../../ledger/ledger.table.js';
import { debitRestriction, reversalDetails } from '../received-credits/received-credit.machine.js';
import type { StripeReceivedDebit } from '../refs.js';
import { treasuryReceivedDebits as rd, type ReceivedDebitStatus } from './received-debit.table.js';

export type ReceivedDebitRow = typeof rd.$inferSelect;

export function receivedDebitToStripe(r: ReceivedDebitRow, now: Date = clock.now()): StripeReceivedDebit {
  return {
    id: r.id,
    object: 'treasury.received_debit',
    amount: r.amount,
    created: unix(r.created),
    currency: r.currency,
    description: r.description,
    failure_code: r.failureCode,
    financial_account: r.financialAccountId,
    hosted_regulatory_receipt_url: null,
    initiating_payment_method_details: r.initiatingDetails as never,
    linked_flows: {
      debit_reversal: r.debitReversalId,
      inbound_transfer: r.inboundTransferId,
      issuing_authorization: r.issuingAuthorization,
      issuing_transaction: r.issuingTransaction,
      payout: r.payout,
      topup: r.topup,
    },
    livemode: r.livemode,
    network: r.network,
    reversal_details: reversalDetails(
      { status: r.status, reversal: r.debitReversalId, deadline: r.reversalDeadline, restriction: debitRestriction(r.network, r.inboundTransferId) },
      now,
    ),
    status: r.status,
    transaction: r.transactionId,
  };
}

const owned = (scope: Scope) => [eq(rd.accountId, scope.accountId), eq(rd.livemode, scope.livemode)];

export async function findReceivedDebits(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, rd, scope, ids);
  const now = clock.now();
  return new Map(rows.map((r) => [r.id, receivedDebitToStripe(r, now)]));
}

export async function lockReceivedDebit(db: Executor, scope: Scope, id: string): Promise<ReceivedDebitRow | null> {
  return lockOwnedRow(db, rd, scope, id);
}

/** The cash sub-balance (read under the FinancialAccount's row lock, so it cannot change before the debit posts). */
export async function cashBalance(db: Executor, financialAccountId: string, currency: string): Promise<number> {
  const [row] = await db
    .select({ cash: treasuryBalances.cash })
    .from(treasuryBalances)
    .where(and(eq(treasuryBalances.financialAccountId, financialAccountId), eq(treasuryBalances.currency, currency)));
  return row?.cash ?? 0;
}

export interface ReceivedDebitFilter {
  financialAccount: string;
  status?: ReceivedDebitStatus | null;
  created?: DateTimeRange | null;
}

export function listReceivedDebits(db: Executor, scope: Scope, f: ReceivedDebitFilter, args: PageArgs) {
  const now = clock.now();
  return keysetPage<ReceivedDebitRow, StripeReceivedDebit>({
    db,
    table: rd,
    where: [...owned(scope), eq(rd.financialAccountId, f.financialAccount), f.status ? eq(rd.status, f.status) : undefined, ...rangeFilter(rd.created, f.created)],
    args,
    map: (r) => receivedDebitToStripe(r, now),
  });
}
