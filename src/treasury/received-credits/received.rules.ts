import type Stripe from 'stripe';
import { clock, unix } from '../../kernel/clock.js';
import { invalidState } from '../../kernel/errors.js';
import type { ActionContext } from '../../layer/resource.js';
import type { StoredRecord } from '../../layer/storage.js';
import { isFeatureActive, type FeaturePath } from '../financial-accounts/financial-account.features.js';
import { featureContext, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { expectedArrivalDate } from '../shared/arrival.js';

/**
 * Rules of the received flows the spec cannot express: which outcome a ReceivedCredit or ReceivedDebit
 * is created with (Stripe creates them `succeeded` or `failed`, never in between), and when they may
 * be reversed (Stripe's `reversal_details`), shared by both objects and their reversals.
 */

export type ReversalDetails = Stripe.Treasury.ReceivedCredit.ReversalDetails;
type RestrictedReason = NonNullable<ReversalDetails['restricted_reason']>;

export type Outcome<Code extends string> = { status: 'succeeded'; failure_code: null } | { status: 'failed'; failure_code: Code };
const succeeded = { status: 'succeeded', failure_code: null } as const;
const failed = <Code extends string>(failure_code: Code) => ({ status: 'failed', failure_code }) as const;

/**
 * The feature a received flow arrives through: ACH, wire and RTP credits and ACH debits are addressed
 * to the account's ABA financial address; `stripe` network flows need intra-Stripe flows; card
 * flows need card issuing.
 */
export const RECEIVING_FEATURE: Record<string, FeaturePath> = {
  ach: 'financial_addresses.aba',
  us_domestic_wire: 'financial_addresses.aba',
  rtp: 'financial_addresses.aba',
  stripe: 'intra_stripe_flows',
  card: 'card_issuing',
};

/** Why a credit arriving at `fa` over `network` is declined: closed, frozen (inbound flows restricted), or the receiving feature is not active. */
export function receivedCreditOutcome(fa: FinancialAccountRow, network: string): Outcome<'account_closed' | 'account_frozen' | 'other'> {
  if (fa.status === 'closed') return failed('account_closed');
  if (fa.platform_restrictions?.inbound_flows === 'restricted') return failed('account_frozen');
  if (!isFeatureActive(fa.feature_states, RECEIVING_FEATURE[network]!, featureContext(fa))) return failed('other');
  return succeeded;
}

/** A debit is declined when the account is closed, frozen (outbound flows restricted), lacks the feature, or lacks the cash. */
export function receivedDebitOutcome(
  fa: FinancialAccountRow,
  network: string,
  funded: boolean,
): Outcome<'account_closed' | 'account_frozen' | 'other' | 'insufficient_funds'> {
  if (fa.status === 'closed') return failed('account_closed');
  if (fa.platform_restrictions?.outbound_flows === 'restricted') return failed('account_frozen');
  if (!isFeatureActive(fa.feature_states, RECEIVING_FEATURE[network]!, featureContext(fa))) return failed('other');
  if (!funded) return failed('insufficient_funds');
  return succeeded;
}

/**
 * The reversal window of an ACH flow: Stripe's examples put it at the end of the next banking day
 * (created Wednesday → deadline Friday 00:00 UTC), the same day count as an ACH arrival.
 */
export const achReversalDeadline = (at: Date): Date => new Date(expectedArrivalDate('ach', at) * 1000);

/** Restrictions fixed at creation: wires, RTP and cards cannot be reversed; `stripe` credits only when an OutboundPayment sent them. */
export function creditRestriction(network: string, sourceFlowType: string | null): RestrictedReason | null {
  if (network === 'ach') return null;
  if (network === 'stripe') return sourceFlowType === 'outbound_payment' ? null : 'source_flow_restricted';
  return 'network_restricted';
}

/** Only ACH debits are returned through the API (card debits are disputed through Issuing); an InboundTransfer's return cannot be reversed. */
export function debitRestriction(network: string, inboundTransfer: string | null): RestrictedReason | null {
  if (network !== 'ach') return 'network_restricted';
  return inboundTransfer ? 'source_flow_restricted' : null;
}

/**
 * Stripe's reversal_details at `now`. Null for a failed flow (no funds moved, nothing to reverse).
 * `{ deadline: null, restricted_reason: null }` means reversible without a deadline.
 */
export function reversalDetails(
  f: { status: string; reversal: string | null; deadline: Date | null; restriction: RestrictedReason | null },
  now: Date,
): ReversalDetails | null {
  if (f.status === 'failed') return null;
  const deadline = f.deadline ? unix(f.deadline) : null;
  if (f.reversal) return { deadline, restricted_reason: 'already_reversed' };
  if (f.restriction) return { deadline, restricted_reason: f.restriction };
  if (deadline !== null && unix(now) >= deadline) return { deadline, restricted_reason: 'deadline_passed' };
  return { deadline, restricted_reason: null };
}

/**
 * The time reversal_details are computed at when a flow is read: the account's (its test clock's
 * frozen time, read with the row), else real time. A command uses its own time (`cmd.now`), which is
 * the same clock, so a read and a reversal agree on whether the deadline has passed.
 */
export const accountTime = (r: { account_time?: number | null }): Date => (r.account_time != null ? new Date(r.account_time * 1000) : clock.now());

/** Refuses a reversal Stripe's reversal_details forbid (invalid_state, with the restricted reason in the message). */
export function assertReversible(
  kind: 'ReceivedCredit' | 'ReceivedDebit',
  f: { id: string; network: string; details: ReversalDetails | null },
  param: string[],
) {
  if (!f.details) throw invalidState(`The ${kind} ${f.id} failed and moved no funds, so it cannot be reversed.`, param);
  const reason = f.details.restricted_reason;
  if (!reason) return;
  const why: Record<string, string> = {
    already_reversed: `The ${kind} ${f.id} has already been reversed`,
    deadline_passed: `The reversal deadline of the ${kind} ${f.id} has passed`,
    network_restricted: `${kind}s sent over the ${f.network} network cannot be reversed`,
    source_flow_restricted: `The ${kind} ${f.id} cannot be reversed because of the flow that caused it`,
  };
  throw invalidState(`${why[reason] ?? `The ${kind} ${f.id} cannot be reversed`} (reversal_details.restricted_reason: ${reason}).`, param);
}

/**
 * The `link_reversal` action of a received flow: its reversal was created (linked_flows.<field>;
 * reversal_details then say already_reversed). A flow is reversed at most once.
 */
export function linkReversal<R extends StoredRecord & { linked_flows: object }>(field: 'credit_reversal' | 'debit_reversal', object: string) {
  return {
    guard({ record }: ActionContext<R>) {
      if ((record.linked_flows as Record<string, unknown>)[field]) throw invalidState(`The ${object} ${record.id} has already been reversed.`);
    },
    apply: ({ input, record }: ActionContext<R>) => ({ linked_flows: { ...record.linked_flows, [field]: input[field] as string } }) as Partial<R>,
  };
}
