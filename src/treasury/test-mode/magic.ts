import type { PaymentMethodRecord } from '../../payments/payment-methods/payment-method.resource.js';
import { isMagicPaymentMethodId, TEST_ROUTING_NUMBER, type MagicPaymentMethodId } from '../../payments/payment-methods/test-payment-methods.js';
import type Stripe from 'stripe';

type ReturnCode = Stripe.Treasury.OutboundTransfer.ReturnedDetails.Code;
type FailureCode = Stripe.Treasury.InboundTransfer.FailureDetails.Code;

/**
 * What Stripe's magic test values do to a test-mode flow (treasury-guides.md §4.2, §4.4; Stripe's
 * "testing Treasury" guide). The create response is always `processing`; these outcomes follow on
 * the job queue or the account's test clock (src/layer/schedule-run.ts).
 */
export type OutboundOutcome =
  | { kind: 'posted' }
  | { kind: 'processing' }
  | { kind: 'expected_arrival_date_updated' }
  | { kind: 'canceled' }
  | { kind: 'failed' }
  | { kind: 'returned'; code: ReturnCode };

export type InboundOutcome = { kind: 'succeeded' } | { kind: 'processing' } | { kind: 'failed'; code: FailureCode } | { kind: 'dispute' };

/** OutboundTransfers and OutboundPayments to a magic PaymentMethod. */
const OUTBOUND_BY_PAYMENT_METHOD: Partial<Record<MagicPaymentMethodId, OutboundOutcome>> = {
  pm_usBankAccount: { kind: 'posted' },
  pm_usBankAccount_processing: { kind: 'processing' },
  pm_usBankAccount_expectedArrivalDateUpdated: { kind: 'expected_arrival_date_updated' },
  pm_usBankAccount_canceledByUser: { kind: 'canceled' },
  pm_usBankAccount_internalFailure: { kind: 'failed' },
  pm_usBankAccount_accountClosed: { kind: 'returned', code: 'account_closed' },
  pm_usBankAccount_noAccount: { kind: 'returned', code: 'no_account' },
  pm_usBankAccount_invalidAccountNumber: { kind: 'returned', code: 'invalid_account_number' },
};

/** The raw test account numbers on routing 110000000 ([OBP]; applied to OutboundTransfers too). */
export const OUTBOUND_BY_ACCOUNT_NUMBER: Record<string, OutboundOutcome> = {
  '000000000009': { kind: 'processing' },
  '000123456789': { kind: 'posted' },
  '000123457890': { kind: 'expected_arrival_date_updated' },
  '000000000123': { kind: 'canceled' },
  '000000000234': { kind: 'failed' },
  '000111111113': { kind: 'returned', code: 'account_closed' },
  '000111111116': { kind: 'returned', code: 'no_account' },
  '000111111119': { kind: 'returned', code: 'invalid_account_number' },
};

/** InboundTransfers from a magic PaymentMethod. */
const INBOUND_BY_PAYMENT_METHOD: Partial<Record<MagicPaymentMethodId, InboundOutcome>> = {
  pm_usBankAccount: { kind: 'succeeded' },
  pm_usBankAccount_processing: { kind: 'processing' },
  pm_usBankAccount_internalFailure: { kind: 'failed', code: 'other' },
  pm_usBankAccount_noAccount: { kind: 'failed', code: 'no_account' },
  pm_usBankAccount_accountClosed: { kind: 'failed', code: 'account_closed' },
  pm_usBankAccount_invalidAccountNumber: { kind: 'failed', code: 'invalid_account_number' },
  pm_usBankAccount_insufficientFunds: { kind: 'failed', code: 'insufficient_funds' },
  pm_usBankAccount_debitNotAuthorized: { kind: 'failed', code: 'debit_not_authorized' },
  pm_usBankAccount_dispute: { kind: 'dispute' },
};

/**
 * A magic id decides first; otherwise a raw test number on the test routing number; otherwise the
 * flow is "manual" (null): it stays processing until a test helper or the user moves it. Magic ids
 * that Stripe documents only for the other direction behave as the plain test account.
 */
export function outboundOutcome(pm: Pick<PaymentMethodRecord, 'id' | 'us_bank_account' | 'account_number'>): OutboundOutcome | null {
  if (isMagicPaymentMethodId(pm.id)) return OUTBOUND_BY_PAYMENT_METHOD[pm.id] ?? { kind: 'posted' };
  if (pm.us_bank_account.routing_number === TEST_ROUTING_NUMBER) return OUTBOUND_BY_ACCOUNT_NUMBER[pm.account_number] ?? null;
  return null;
}

export function inboundOutcome(pm: Pick<PaymentMethodRecord, 'id'>): InboundOutcome | null {
  if (isMagicPaymentMethodId(pm.id)) return INBOUND_BY_PAYMENT_METHOD[pm.id] ?? { kind: 'succeeded' };
  return null;
}
