import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { findOwnedRows, lockOwnedRow } from '../../db/sql.js';
import { unix, unixOrNull } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import type { StripeDebitReversal } from '../refs.js';
import { RESOLUTION_STATUS, treasuryDebitReversals as dr, type DebitReversalResolution, type DebitReversalStatus } from './debit-reversal.table.js';

export type DebitReversalRow = typeof dr.$inferSelect;

export function debitReversalToStripe(r: DebitReversalRow): StripeDebitReversal {
  return {
    id: r.id,
    object: 'treasury.debit_reversal',
    amount: r.amount,
    created: unix(r.created),
    currency: r.currency,
    financial_account: r.financialAccountId,
    hosted_regulatory_receipt_url: null,
    linked_flows: r.issuingDispute ? { issuing_dispute: r.issuingDispute } : null,
    livemode: r.livemode,
    metadata: r.metadata,
    network: r.network,
    received_debit: r.receivedDebitId,
    status: r.status,
    status_transitions: { completed_at: unixOrNull(r.completedAt) },
    transaction: r.transactionId,
  };
}

const owned = (scope: Scope) => [eq(dr.accountId, scope.accountId), eq(dr.livemode, scope.livemode)];

export async function lockDebitReversal(db: Executor, scope: Scope, id: string): Promise<DebitReversalRow | null> {
  return lockOwnedRow(db, dr, scope, id);
}

export async function findDebitReversals(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, dr, scope, ids);
  return new Map(rows.map((r) => [r.id, debitReversalToStripe(r)]));
}

export interface DebitReversalFilter {
  financialAccount: string;
  receivedDebit?: string | null;
  resolution?: DebitReversalResolution | null;
  status?: DebitReversalStatus | null;
  created?: DateTimeRange | null;
}

export function listDebitReversals(db: Executor, scope: Scope, f: DebitReversalFilter, args: PageArgs) {
  return keysetPage<DebitReversalRow, StripeDebitReversal>({
    db,
    table: dr,
    where: [
      ...owned(scope),
      eq(dr.financialAccountId, f.financialAccount),
      f.receivedDebit ? eq(dr.receivedDebitId, f.receivedDebit) : undefined,
      f.resolution ? eq(dr.status, RESOLUTION_STATUS[f.resolution]) : undefined,
      f.status ? eq(dr.status, f.status) : undefined,
      ...rangeFilter(dr.created, f.created),
    ],
    args,
    map: debitReversalToStripe,
  });
}
