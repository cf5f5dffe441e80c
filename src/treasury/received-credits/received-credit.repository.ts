import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { findOwnedRows, lockOwnedRow } from '../../db/sql.js';
import { clock, unix } from '../../kernel/clock.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import type { StripeReceivedCredit } from '../refs.js';
import { creditRestriction, reversalDetails } from './received-credit.machine.js';
import { treasuryReceivedCredits as rc, type ReceivedCreditStatus, type SourceFlowType } from './received-credit.table.js';

export type ReceivedCreditRow = typeof rc.$inferSelect;

/** Stripe's JSON; reversal_details depends on the time of reading (a deadline passes). */
export function receivedCreditToStripe(r: ReceivedCreditRow, now: Date = clock.now()): StripeReceivedCredit {
  return {
    id: r.id,
    object: 'treasury.received_credit',
    amount: r.amount,
    created: unix(r.created),
    currency: r.currency,
    description: r.description,
    failure_code: r.failureCode,
    financial_account: r.financialAccountId,
    hosted_regulatory_receipt_url: null,
    initiating_payment_method_details: r.initiatingDetails as never,
    linked_flows: {
      credit_reversal: r.creditReversalId,
      issuing_authorization: r.issuingAuthorization,
      issuing_transaction: r.issuingTransaction,
      source_flow: r.sourceFlow,
      source_flow_type: r.sourceFlowType,
    },
    livemode: r.livemode,
    network: r.network,
    reversal_details: reversalDetails(
      { status: r.status, reversal: r.creditReversalId, deadline: r.reversalDeadline, restriction: creditRestriction(r.network, r.sourceFlowType) },
      now,
    ),
    status: r.status,
    transaction: r.transactionId,
  };
}

const owned = (scope: Scope) => [eq(rc.accountId, scope.accountId), eq(rc.livemode, scope.livemode)];

export async function findReceivedCredits(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findOwnedRows(db, rc, scope, ids);
  const now = clock.now();
  return new Map(rows.map((r) => [r.id, receivedCreditToStripe(r, now)]));
}

export async function lockReceivedCredit(db: Executor, scope: Scope, id: string): Promise<ReceivedCreditRow | null> {
  return lockOwnedRow(db, rc, scope, id);
}

export interface ReceivedCreditFilter {
  financialAccount: string;
  status?: ReceivedCreditStatus | null;
  sourceFlowType?: SourceFlowType | null;
  created?: DateTimeRange | null;
}

export function listReceivedCredits(db: Executor, scope: Scope, f: ReceivedCreditFilter, args: PageArgs) {
  const now = clock.now();
  return keysetPage<ReceivedCreditRow, StripeReceivedCredit>({
    db,
    table: rc,
    where: [
      ...owned(scope),
      eq(rc.financialAccountId, f.financialAccount),
      f.status ? eq(rc.status, f.status) : undefined,
      f.sourceFlowType ? eq(rc.sourceFlowType, f.sourceFlowType) : undefined,
      ...rangeFilter(rc.created, f.created),
    ],
    args,
    map: (r) => receivedCreditToStripe(r, now),
  });
}
