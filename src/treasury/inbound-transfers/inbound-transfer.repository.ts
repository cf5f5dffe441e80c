import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { findOwnedRows, lockOwnedRow } from '../../db/sql.js';
import { unix, unixOrNull } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import type { StripeInboundTransfer } from '../refs.js';
import { treasuryInboundTransfers as ibt, type InboundTransferStatus } from './inbound-transfer.table.js';

export type InboundTransferRow = typeof ibt.$inferSelect;

export function inboundTransferToStripe(r: InboundTransferRow): StripeInboundTransfer {
  return {
    id: r.id,
    object: 'treasury.inbound_transfer',
    amount: r.amount,
    cancelable: r.status === 'processing',
    created: unix(r.created),
    currency: r.currency,
    description: r.description,
    failure_details: r.failureCode ? { code: r.failureCode } : null,
    financial_account: r.financialAccountId,
    hosted_regulatory_receipt_url: null,
    linked_flows: { received_debit: r.receivedDebitId },
    livemode: r.livemode,
    metadata: r.metadata,
    origin_payment_method: r.originPaymentMethodId,
    origin_payment_method_details: (r.originDetails as never) ?? null,
    returned: r.returned,
    statement_descriptor: r.statementDescriptor,
    status: r.status,
    status_transitions: {
      canceled_at: unixOrNull(r.canceledAt),
      failed_at: unixOrNull(r.failedAt),
      succeeded_at: unixOrNull(r.succeededAt),
    },
    transaction: r.transactionId,
  };
}

const owned = (scope: Scope) => [eq(ibt.accountId, scope.accountId), eq(ibt.livemode, scope.livemode)];

export async function findInboundTransfers(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, ibt, scope, ids);
  return new Map(rows.map((r) => [r.id, inboundTransferToStripe(r)]));
}

export async function lockInboundTransfer(db: Executor, scope: Scope, id: string): Promise<InboundTransferRow | null> {
  return lockOwnedRow(db, ibt, scope, id);
}

/** Ids of a FinancialAccount's processing InboundTransfers (they block closing it). */
export async function pendingInboundTransferIds(db: Executor, financialAccountId: string, limit = 5): Promise<string[]> {
  const rows = await db
    .select({ id: ibt.id })
    .from(ibt)
    .where(and(eq(ibt.financialAccountId, financialAccountId), eq(ibt.status, 'processing')))
    .limit(limit);
  return rows.map((r) => r.id);
}

export interface InboundTransferFilter {
  financialAccount: string;
  status?: InboundTransferStatus | null;
  created?: DateTimeRange | null;
}

export function listInboundTransfers(db: Executor, scope: Scope, f: InboundTransferFilter, args: PageArgs) {
  return keysetPage<InboundTransferRow, StripeInboundTransfer>({
    db,
    table: ibt,
    where: [...owned(scope), eq(ibt.financialAccountId, f.financialAccount), f.status ? eq(ibt.status, f.status) : undefined, ...rangeFilter(ibt.created, f.created)],
    args,
    map: inboundTransferToStripe,
  });
}
