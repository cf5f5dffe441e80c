import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { findOwnedRows, lockOwnedRow } from '../../db/sql.js';
import { unix, unixOrNull } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import type { StripeOutboundPayment } from '../refs.js';
import { treasuryOutboundPayments as obp, type OutboundPaymentStatus } from './outbound-payment.table.js';

export type OutboundPaymentRow = typeof obp.$inferSelect;

export function outboundPaymentToStripe(r: OutboundPaymentRow): StripeOutboundPayment {
  return {
    id: r.id,
    object: 'treasury.outbound_payment',
    amount: r.amount,
    cancelable: r.status === 'processing',
    created: unix(r.created),
    currency: r.currency,
    customer: r.customerId,
    description: r.description,
    destination_payment_method: r.destinationPaymentMethodId,
    destination_payment_method_details: r.destinationDetails as never,
    end_user_details: r.endUserDetails,
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

const owned = (scope: Scope) => [eq(obp.accountId, scope.accountId), eq(obp.livemode, scope.livemode)];

export async function findOutboundPayments(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, obp, scope, ids);
  return new Map(rows.map((r) => [r.id, outboundPaymentToStripe(r)]));
}

export async function lockOutboundPayment(db: Executor, scope: Scope, id: string): Promise<OutboundPaymentRow | null> {
  return lockOwnedRow(db, obp, scope, id);
}

export interface OutboundPaymentFilter {
  financialAccount: string;
  customer?: string | null;
  status?: OutboundPaymentStatus | null;
  created?: DateTimeRange | null;
}

export function listOutboundPayments(db: Executor, scope: Scope, f: OutboundPaymentFilter, args: PageArgs) {
  return keysetPage<OutboundPaymentRow, StripeOutboundPayment>({
    db,
    table: obp,
    where: [
      ...owned(scope),
      eq(obp.financialAccountId, f.financialAccount),
      f.customer ? eq(obp.customerId, f.customer) : undefined,
      f.status ? eq(obp.status, f.status) : undefined,
      ...rangeFilter(obp.created, f.created),
    ],
    args,
    map: outboundPaymentToStripe,
  });
}
