import { describe, expect, it } from 'vitest';
import type { StripeError } from '../../kernel/errors.js';
import type { FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { machineOf } from '../../layer/machine.js';
import { creditReversals } from '../credit-reversals/credit-reversal.resource.js';
import { debitReversals } from '../debit-reversals/debit-reversal.resource.js';
import { bankInitiatingDetails } from './initiating-details.js';
import {
  achReversalDeadline,
  assertReversible,
  creditRestriction,
  debitRestriction,
  receivedCreditOutcome,
  receivedDebitOutcome,
  reversalDetails,
} from './received.rules.js';

type Over = { status?: string; inboundFlows?: string | null; outboundFlows?: string | null; features?: FinancialAccountRow['feature_states'] };
const account = (over: Over = {}): FinancialAccountRow =>
  ({
    status: over.status ?? 'open',
    platform_restrictions: { inbound_flows: over.inboundFlows ?? null, outbound_flows: over.outboundFlows ?? null },
    feature_states: over.features ?? { 'financial_addresses.aba': true, intra_stripe_flows: true },
  }) as FinancialAccountRow;

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (err) {
    return (err as StripeError).code;
  }
};

describe('received flow outcomes, in precedence order', () => {
  it('credits: closed → account_closed, inbound restricted → account_frozen, receiving feature inactive → other', () => {
    expect(receivedCreditOutcome(account({ status: 'closed', inboundFlows: 'restricted', features: {} }), 'ach')).toEqual({
      status: 'failed',
      failure_code: 'account_closed',
    });
    expect(receivedCreditOutcome(account({ inboundFlows: 'restricted', features: {} }), 'ach')).toEqual({ status: 'failed', failure_code: 'account_frozen' });
    expect(receivedCreditOutcome(account({ outboundFlows: 'restricted' }), 'ach').status).toBe('succeeded');
    expect(receivedCreditOutcome(account({ features: { intra_stripe_flows: true } }), 'ach')).toEqual({ status: 'failed', failure_code: 'other' });
    expect(receivedCreditOutcome(account({ features: { intra_stripe_flows: true } }), 'us_domestic_wire').failure_code).toBe('other');
    expect(receivedCreditOutcome(account({ features: { 'financial_addresses.aba': true } }), 'stripe').failure_code).toBe('other');
    expect(receivedCreditOutcome(account({ features: { 'financial_addresses.aba': false, intra_stripe_flows: true } }), 'ach').failure_code).toBe('other');
    expect(receivedCreditOutcome(account(), 'stripe')).toEqual({ status: 'succeeded', failure_code: null });
  });

  it('debits: closed → account_closed, outbound restricted → account_frozen, feature inactive → other, then insufficient_funds', () => {
    expect(receivedDebitOutcome(account({ status: 'closed', outboundFlows: 'restricted' }), 'ach', false).failure_code).toBe('account_closed');
    expect(receivedDebitOutcome(account({ outboundFlows: 'restricted', features: {} }), 'ach', false).failure_code).toBe('account_frozen');
    expect(receivedDebitOutcome(account({ inboundFlows: 'restricted', features: { 'financial_addresses.aba': true } }), 'stripe', true).failure_code).toBe(
      'other',
    );
    expect(receivedDebitOutcome(account(), 'ach', false).failure_code).toBe('insufficient_funds');
    expect(receivedDebitOutcome(account(), 'ach', true)).toEqual({ status: 'succeeded', failure_code: null });
  });
});

describe('reversal_details', () => {
  const wed = new Date('2022-08-03T09:17:51Z'); // Stripe's example: created Wednesday → deadline Friday 00:00 UTC
  it('ACH deadlines follow Stripe’s example and move past weekends', () => {
    expect(achReversalDeadline(wed).getTime() / 1000).toBe(1659657600);
    expect(achReversalDeadline(new Date('2022-08-05T15:00:00Z')).toISOString()).toBe('2022-08-09T00:00:00.000Z'); // Friday → Monday's end
  });

  it('restrictions by network and source flow', () => {
    expect(creditRestriction('ach', null)).toBeNull();
    expect(creditRestriction('us_domestic_wire', null)).toBe('network_restricted');
    expect(creditRestriction('rtp', null)).toBe('network_restricted');
    expect(creditRestriction('card', null)).toBe('network_restricted');
    expect(creditRestriction('stripe', null)).toBe('source_flow_restricted');
    expect(creditRestriction('stripe', 'credit_reversal')).toBe('source_flow_restricted');
    expect(creditRestriction('stripe', 'outbound_payment')).toBeNull();
    expect(debitRestriction('ach', null)).toBeNull();
    expect(debitRestriction('ach', 'ibt_x')).toBe('source_flow_restricted');
    expect(debitRestriction('stripe', null)).toBe('network_restricted');
    expect(debitRestriction('card', null)).toBe('network_restricted');
  });

  it('failed → null; reversed → already_reversed; restriction; deadline passed; otherwise open', () => {
    const deadline = achReversalDeadline(wed);
    const base = { status: 'succeeded' as const, reversal: null, deadline, restriction: null };
    expect(reversalDetails({ ...base, status: 'failed' }, wed)).toBeNull();
    expect(reversalDetails({ ...base, reversal: 'credrev_x', restriction: 'network_restricted' }, wed)).toEqual({
      deadline: 1659657600,
      restricted_reason: 'already_reversed',
    });
    expect(reversalDetails({ ...base, deadline: null, restriction: 'network_restricted' }, wed)).toEqual({
      deadline: null,
      restricted_reason: 'network_restricted',
    });
    expect(reversalDetails(base, new Date(deadline.getTime() - 1000))).toEqual({ deadline: 1659657600, restricted_reason: null });
    expect(reversalDetails(base, deadline)).toEqual({ deadline: 1659657600, restricted_reason: 'deadline_passed' });
    expect(reversalDetails({ ...base, deadline: null }, new Date('2100-01-01'))).toEqual({ deadline: null, restricted_reason: null });
  });

  it('assertReversible refuses every restriction and failed flows with invalid_state', () => {
    const at = (details: Parameters<typeof assertReversible>[1]['details']) =>
      codeOf(() => assertReversible('ReceivedCredit', { id: 'rc_x', network: 'ach', details }, ['receivedCredit']));
    expect(at(null)).toBe('invalid_state');
    for (const reason of ['already_reversed', 'deadline_passed', 'network_restricted', 'other', 'source_flow_restricted'] as const)
      expect(at({ deadline: null, restricted_reason: reason })).toBe('invalid_state');
    expect(at({ deadline: 1, restricted_reason: null })).toBe('ok');
  });
});

describe('initiating details (test helpers)', () => {
  it('defaults to Stripe’s example sender and validates numbers', () => {
    expect(bankInitiatingDetails(null)).toMatchObject({
      type: 'us_bank_account',
      billing_details: { name: 'Jane Austen' },
      us_bank_account: { bank_name: 'STRIPE TEST BANK', last4: '6789', routing_number: '110000000' },
    });
    expect(bankInitiatingDetails({ type: 'us_bank_account', us_bank_account: { account_number: '12345', routing_number: '021000021' } })).toMatchObject({
      billing_details: { name: null },
      us_bank_account: { bank_name: null, last4: '2345', routing_number: '021000021' },
    });
    expect(codeOf(() => bankInitiatingDetails({ type: 'us_bank_account', us_bank_account: { account_number: '123' } }))).toBe('parameter_invalid');
    expect(codeOf(() => bankInitiatingDetails({ type: 'us_bank_account', us_bank_account: { routing_number: '1100000001' } }))).toBe('parameter_invalid');
    expect(codeOf(() => bankInitiatingDetails({ type: 'card' }))).toBe('parameter_invalid');
  });
});

describe('reversal machines, as declared', () => {
  it('CreditReversal: processing → posted only (canceled is Stripe’s, “currently not supported”)', () => {
    expect(machineOf(creditReversals)).toMatchObject({ initial: 'processing', transitions: { post: { from: ['processing'], to: 'posted' } } });
    expect(Object.keys(machineOf(creditReversals)!.transitions)).toEqual(['post']);
  });
  it('DebitReversal: processing → succeeded (won) | failed (lost), both terminal', () => {
    expect(machineOf(debitReversals)!.transitions).toEqual({
      succeed: { from: ['processing'], to: 'succeeded' },
      fail: { from: ['processing'], to: 'failed' },
    });
  });
});
