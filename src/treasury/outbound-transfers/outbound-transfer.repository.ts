import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { findOwnedRows, lockOwnedRow } from '../../db/sql.js';
import { unix, unixOrNull } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import type { StripeOutboundTransfer } from '../refs.js';
import { treasuryOutboundTransfers as obt, type OutboundTransferStatus } from './outbound-transfer.table.js';

export type OutboundTransferRow = typeof obt.$inferSelect;

export function outboundTransferToStripe(r: OutboundTransferRow): StripeOutboundTransfer {
  return {
    id: r.id,
    object: 'treasury.outbound_transfer',
    amount: r.amount,
    cancelable: r.status === 'processing',
    created: unix(r.created),
    currency: r.currency,
    description: r.description,
    destination_payment_method: r.destinationPaymentMethodId,
    destination_payment_method_details: r.destinationDetails as never,
    expected_arrival_date: unix(r.expectedArrivalDate),
    financial_account: r.financialAccountId,
    hosted_regulatory_receipt_url: null,
    livemode: r.livemode,
    metadata: r.metadata,
    returned_details: r.returnedCode ? { code: r.returnedCode as never, transaction: r.returnTransactionId! } : null,
    statement_descriptor: r.statementDescriptor,
    status: r.status,
    status_transitions: {
      canceled_at: unixOrNull(r.canceledAt),
      failed_at: unixOrNull(r.failedAt),
      posted_at: unixOrNull(r.postedAt),
      returned_at: unixOrNull(r.returnedAt),
    },
    tracking_details: (r.trackingDetails as never) ?? null,
    transaction: r.transactionId,
  };
}

const owned = (scope: Scope) => [eq(obt.accountId, scope.accountId), eq(obt.livemode, scope.livemode)];

export async function findOutboundTransfers(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, obt, scope, ids);
  return new Map(rows.map((r) => [r.id, outboundTransferToStripe(r)]));
}

export async function lockOutboundTransfer(db: Executor, scope: Scope, id: string): Promise<OutboundTransferRow | null> {
  return lockOwnedRow(db, obt, scope, id);
}

export interface OutboundTransferFilter {
  financialAccount: string;
  status?: OutboundTransferStatus | null;
  created?: DateTimeRange | null;
}

export function listOutboundTransfers(db: Executor, scope: Scope, f: OutboundTransferFilter, args: PageArgs) {
  return keysetPage<OutboundTransferRow, StripeOutboundTransfer>({
    db,
    table: obt,
    where: [...owned(scope), eq(obt.financialAccountId, f.financialAccount), f.status ? eq(obt.status, f.status) : undefined, ...rangeFilter(obt.created, f.created)],
    args,
    map: outboundTransferToStripe,
  });
}
