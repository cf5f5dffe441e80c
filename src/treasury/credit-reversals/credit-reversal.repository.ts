import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { findOwnedRows, lockOwnedRow } from '../../db/sql.js';
import { unix, unixOrNull } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import type { StripeCreditReversal } from '../refs.js';
import { treasuryCreditReversals as cr, type CreditReversalStatus } from './credit-reversal.table.js';

export type CreditReversalRow = typeof cr.$inferSelect;

export function creditReversalToStripe(r: CreditReversalRow): StripeCreditReversal {
  return {
    id: r.id,
    object: 'treasury.credit_reversal',
    amount: r.amount,
    created: unix(r.created),
    currency: r.currency,
    financial_account: r.financialAccountId,
    hosted_regulatory_receipt_url: null,
    livemode: r.livemode,
    metadata: r.metadata,
    network: r.network,
    received_credit: r.receivedCreditId,
    status: r.status,
    status_transitions: { posted_at: unixOrNull(r.postedAt) },
    transaction: r.transactionId,
  };
}

const owned = (scope: Scope) => [eq(cr.accountId, scope.accountId), eq(cr.livemode, scope.livemode)];

export async function findCreditReversals(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, cr, scope, ids);
  return new Map(rows.map((r) => [r.id, creditReversalToStripe(r)]));
}

export async function lockCreditReversal(db: Executor, scope: Scope, id: string): Promise<CreditReversalRow | null> {
  return lockOwnedRow(db, cr, scope, id);
}

export interface CreditReversalFilter {
  financialAccount: string;
  receivedCredit?: string | null;
  status?: CreditReversalStatus | null;
  created?: DateTimeRange | null;
}

export function listCreditReversals(db: Executor, scope: Scope, f: CreditReversalFilter, args: PageArgs) {
  return keysetPage<CreditReversalRow, StripeCreditReversal>({
    db,
    table: cr,
    where: [
      ...owned(scope),
      eq(cr.financialAccountId, f.financialAccount),
      f.receivedCredit ? eq(cr.receivedCreditId, f.receivedCredit) : undefined,
      f.status ? eq(cr.status, f.status) : undefined,
      ...rangeFilter(cr.created, f.created),
    ],
    args,
    map: creditReversalToStripe,
  });
}
