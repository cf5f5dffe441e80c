import type Stripe from 'stripe';
import { parameterInvalid } from '../../kernel/errors.js';
import type { Params } from '../../layer/resource.js';

/**
 * Stripe's initiating_payment_method_details of a ReceivedCredit or ReceivedDebit: who sent or pulled
 * the money, as the network reported it (the same shape on both objects).
 */
export type InitiatingDetails = Stripe.Treasury.ReceivedCredit.InitiatingPaymentMethodDetails;

export const NO_ADDRESS = { city: null, country: null, line1: null, line2: null, postal_code: null, state: null };
const TEST_ROUTING_NUMBER = '110000000';

/** What Stripe reports when a test helper is given no details (its examples: Jane Austen, STRIPE TEST BANK …6789). */
const DEFAULT_BANK_ACCOUNT = { account_holder_name: 'Jane Austen', account_number: '000123456789', routing_number: TEST_ROUTING_NUMBER };

/** Validates the test helpers' `initiating_payment_method_details` param (the bank account of an ACH, RTP or wire sender) and returns Stripe's shape. */
export function bankInitiatingDetails(input: Params | null | undefined): InitiatingDetails {
  const param = ['initiating_payment_method_details'];
  if (input && input.type !== 'us_bank_account')
    throw parameterInvalid([...param, 'type'], `Invalid type: ${String(input.type)}; only us_bank_account is supported.`);
  const given: Params = input?.us_bank_account ?? {};
  const name: string | null = given.account_holder_name ?? (input ? null : DEFAULT_BANK_ACCOUNT.account_holder_name);
  const accountNumber: string = given.account_number ?? DEFAULT_BANK_ACCOUNT.account_number;
  const routingNumber: string = given.routing_number ?? DEFAULT_BANK_ACCOUNT.routing_number;
  const bank = [...param, 'us_bank_account'];
  if (!/^\d{4,17}$/.test(accountNumber)) throw parameterInvalid([...bank, 'account_number'], 'An account number has 4 to 17 digits.');
  if (!/^\d{9}$/.test(routingNumber)) throw parameterInvalid([...bank, 'routing_number'], 'A routing number has 9 digits.');
  if (name != null && name.length > 5000)
    throw parameterInvalid([...bank, 'account_holder_name'], 'Invalid account_holder_name: must be at most 5000 characters.');
  return {
    type: 'us_bank_account',
    billing_details: { address: NO_ADDRESS, email: null, name },
    us_bank_account: {
      bank_name: routingNumber === TEST_ROUTING_NUMBER ? 'STRIPE TEST BANK' : null,
      last4: accountNumber.slice(-4),
      routing_number: routingNumber,
    },
  };
}

/** Details of a flow sent from another FinancialAccount over the `stripe` network. */
export function financialAccountInitiatingDetails(financialAccountId: string, name: string | null = null): InitiatingDetails {
  return {
    type: 'financial_account',
    billing_details: { address: NO_ADDRESS, email: null, name },
    financial_account: { id: financialAccountId, network: 'stripe' },
  };
}
