import type Stripe from 'stripe';
import { parameterInvalid } from '../../kernel/errors.js';

/**
 * Stripe's initiating_payment_method_details of a ReceivedCredit or ReceivedDebit: who sent or pulled
 * the money, as the network reported it (the same shape on both objects).
 */
export type InitiatingDetails = Stripe.Treasury.ReceivedCredit.InitiatingPaymentMethodDetails;

/** The test helpers' `initiating_payment_method_details` parameter. */
export interface InitiatingDetailsInput {
  type: 'us_bank_account';
  usBankAccount?: { accountHolderName?: string | null; accountNumber?: string | null; routingNumber?: string | null } | null;
}

const NO_ADDRESS = { city: null, country: null, line1: null, line2: null, postal_code: null, state: null };
const TEST_ROUTING_NUMBER = '110000000';

/** What Stripe reports when a test helper is given no details (its examples: Jane Austen, STRIPE TEST BANK …6789). */
const DEFAULT_BANK_ACCOUNT = { accountHolderName: 'Jane Austen', accountNumber: '000123456789', routingNumber: TEST_ROUTING_NUMBER };

/** Validates the test helpers' details for a bank network (ach, us_domestic_wire) and returns Stripe's shape. */
export function bankInitiatingDetails(input: InitiatingDetailsInput | null | undefined, network: string): InitiatingDetails {
  const param = ['initiatingPaymentMethodDetails'];
  if (network === 'stripe') {
    if (input) throw parameterInvalid(param, 'initiatingPaymentMethodDetails of type us_bank_account can only be given for the ach and us_domestic_wire networks.');
    return { type: 'stripe', billing_details: { address: NO_ADDRESS, email: null, name: null } };
  }
  if (input && input.type !== 'us_bank_account') throw parameterInvalid([...param, 'type'], `Invalid type: ${String(input.type)}; only us_bank_account is supported.`);
  const given = input?.usBankAccount ?? {};
  const name = given.accountHolderName ?? (input ? null : DEFAULT_BANK_ACCOUNT.accountHolderName);
  const accountNumber = given.accountNumber ?? DEFAULT_BANK_ACCOUNT.accountNumber;
  const routingNumber = given.routingNumber ?? DEFAULT_BANK_ACCOUNT.routingNumber;
  if (!/^\d{4,17}$/.test(accountNumber)) throw parameterInvalid([...param, 'usBankAccount', 'accountNumber'], 'An account number has 4 to 17 digits.');
  if (!/^\d{9}$/.test(routingNumber)) throw parameterInvalid([...param, 'usBankAccount', 'routingNumber'], 'A routing number has 9 digits.');
  if (name != null && name.length > 5000) throw parameterInvalid([...param, 'usBankAccount', 'accountHolderName'], 'Invalid accountHolderName: must be at most 5000 characters.');
  return {
    type: 'us_bank_account',
    billing_details: { address: NO_ADDRESS, email: null, name },
    us_bank_account: { bank_name: routingNumber === TEST_ROUTING_NUMBER ? 'STRIPE TEST BANK' : null, last4: accountNumber.slice(-4), routing_number: routingNumber },
  };
}

/** Details of a flow sent from another FinancialAccount over the `stripe` network. */
export function financialAccountInitiatingDetails(financialAccountId: string, name: string | null = null): InitiatingDetails {
  return { type: 'financial_account', billing_details: { address: NO_ADDRESS, email: null, name }, financial_account: { id: financialAccountId, network: 'stripe' } };
}
