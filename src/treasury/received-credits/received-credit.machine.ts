import { invalidState } from '../../kernel/errors.js';
import { unix, unixOrNull } from '../../kernel/clock.js';
import { isFeatureActive, type FeaturePath } from '../financial-accounts/financial-account.features.js';
import { featureContext, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { expectedArrivalDate } from '../shared/arrival.js';
import type { ReceivedCreditFailureCode, ReceivedCreditNetwork, SourceFlowType } from './received-credit.table.js';

/**
 * ReceivedCredits and ReceivedDebits have no transitions: Stripe creates them `succeeded` or
 * `failed`. What this module holds is the rule that picks the outcome, and the reversal rules
 * (Stripe's `reversal_details`) shared by both.
 */

export const RESTRICTED_REASONS = ['already_reversed', 'deadline_passed', 'network_restricted', 'other', 'source_flow_restricted'] as const;
export type RestrictedReason = (typeof RESTRICTED_REASONS)[number];
export interface ReversalDetails {
  deadline: number | null;
  restricted_reason: RestrictedReason | null;
}

export type Outcome<Code extends string> = { status: 'succeeded'; failureCode: null } | { status: 'failed'; failureCode: Code };
const succeeded = { status: 'succeeded', failureCode: null } as const;
const failed = <Code extends string>(failureCode: Code) => ({ status: 'failed', failureCode }) as const;

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
export function receivedCreditOutcome(fa: FinancialAccountRow, network: ReceivedCreditNetwork): Outcome<ReceivedCreditFailureCode> {
  if (fa.status === 'closed') return failed('account_closed');
  if (fa.platform_restrictions?.inbound_flows === 'restricted') return failed('account_frozen');
  if (!isFeatureActive(fa.feature_states, RECEIVING_FEATURE[network]!, featureContext(fa))) return failed('other');
  return succeeded;
}

/** A debit is declined when the account is closed, frozen (outbound flows restricted), lacks the feature, or lacks the cash. */
export function receivedDebitOutcome<Code extends string>(fa: FinancialAccountRow, network: string, funded: boolean): Outcome<Code | 'account_closed' | 'account_frozen' | 'other' | 'insufficient_funds'> {
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
export function creditRestriction(network: ReceivedCreditNetwork, sourceFlowType: SourceFlowType | null): RestrictedReason | null {
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
  f: { status: 'succeeded' | 'failed'; reversal: string | null; deadline: Date | null; restriction: RestrictedReason | null },
  now: Date,
): ReversalDetails | null {
  if (f.status === 'failed') return null;
  const deadline = unixOrNull(f.deadline);
  if (f.reversal) return { deadline, restricted_reason: 'already_reversed' };
  if (f.restriction) return { deadline, restricted_reason: f.restriction };
  if (deadline !== null && unix(now) >= deadline) return { deadline, restricted_reason: 'deadline_passed' };
  return { deadline, restricted_reason: null };
}

/** Refuses a reversal Stripe's reversal_details forbids (invalid_state, with the restricted reason in the message). */
export function assertReversible(kind: 'ReceivedCredit' | 'ReceivedDebit', f: { id: string; network: string; details: ReversalDetails | null }, param: string[]) {
  if (!f.details) throw invalidState(`The ${kind} ${f.id} failed and moved no funds, so it cannot be reversed.`, param);
  const why: Record<RestrictedReason, string> = {
    already_reversed: `The ${kind} ${f.id} has already been reversed (reversal_details.restricted_reason: already_reversed).`,
    deadline_passed: `The reversal deadline of the ${kind} ${f.id} has passed (reversal_details.restricted_reason: deadline_passed).`,
    network_restricted: `${kind}s sent over the ${f.network} network cannot be reversed (reversal_details.restricted_reason: network_restricted).`,
    source_flow_restricted: `The ${kind} ${f.id} cannot be reversed because of the flow that caused it (reversal_details.restricted_reason: source_flow_restricted).`,
    other: `The ${kind} ${f.id} cannot be reversed (reversal_details.restricted_reason: other).`,
  };
  if (f.details.restricted_reason) throw invalidState(why[f.details.restricted_reason], param);
}
