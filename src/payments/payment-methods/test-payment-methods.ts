import type { Scope } from '../../kernel/command.js';
import type { AnyPaymentMethodRecord, CardPaymentMethodRecord } from './payment-method.table.js';
import { bankAccountOf, toBillingDetails } from './bank-account.js';
import { cardDetails, MAGIC_CARD_PAYMENT_METHODS } from './card.js';

/**
 * Stripe's magic test PaymentMethods for Treasury (`pm_usBankAccount…`): they exist in every
 * test-mode account without being created, and a flow using one moves on its own (the outcome per
 * id lives in src/treasury/test-mode/magic.ts). They are the resource's `virtual` records, per account,
 * rather than rows (a payment method's primary key is its id alone, so one row per account cannot
 * carry the same id). In live mode they do not exist: an ordinary "No such payment method".
 */
export const MAGIC_PAYMENT_METHOD_IDS = [
  'pm_usBankAccount',
  'pm_usBankAccount_processing',
  'pm_usBankAccount_expectedArrivalDateUpdated',
  'pm_usBankAccount_canceledByUser',
  'pm_usBankAccount_internalFailure',
  'pm_usBankAccount_accountClosed',
  'pm_usBankAccount_noAccount',
  'pm_usBankAccount_invalidAccountNumber',
  'pm_usBankAccount_insufficientFunds',
  'pm_usBankAccount_debitNotAuthorized',
  'pm_usBankAccount_dispute',
] as const;
export type MagicPaymentMethodId = (typeof MAGIC_PAYMENT_METHOD_IDS)[number];

const MAGIC = new Set<string>(MAGIC_PAYMENT_METHOD_IDS);
export const isMagicPaymentMethodId = (id: string): id is MagicPaymentMethodId => MAGIC.has(id);

/** Stripe's test bank routing number, on which the raw test account numbers act (magic.ts). */
export const TEST_ROUTING_NUMBER = '110000000';
/** All magic PaymentMethods are the same test bank account (…6789), like Stripe's. */
const TEST_ACCOUNT_NUMBER = '000123456789';
/** A fixed creation time (Unix seconds), so the virtual objects read the same on every request. */
const CREATED = Date.UTC(2022, 0, 1) / 1000;

/** The magic PaymentMethods among `ids`, as this scope sees them (none in live mode). */
export function magicPaymentMethods(scope: Scope, ids: readonly string[]): AnyPaymentMethodRecord[] {
  if (scope.livemode) return [];
  const cards = ids.filter((id) => id in MAGIC_CARD_PAYMENT_METHODS).map(magicCard);
  return [...cards, ...magicBankAccounts(ids)];
}

/**
 * Stripe's magic test cards (`pm_card_visa`, …): their numbers are Stripe's public test numbers, so
 * nothing is sealed (`card_vault` null: forwarding reads the number from MAGIC_CARD_PAYMENT_METHODS).
 * Expiry: December of the year after the fixed creation time's decade, as Stripe's show a future date.
 */
function magicCard(id: string): CardPaymentMethodRecord {
  return {
    id,
    object: 'payment_method',
    livemode: false,
    created: CREATED,
    customer: null,
    metadata: {},
    type: 'card',
    billing_details: toBillingDetails(null),
    card: cardDetails(MAGIC_CARD_PAYMENT_METHODS[id]!, 12, 2034, false),
    card_vault: null,
  };
}

function magicBankAccounts(ids: readonly string[]): AnyPaymentMethodRecord[] {
  return ids.filter(isMagicPaymentMethodId).map((id) => ({
    id,
    object: 'payment_method',
    livemode: false,
    created: CREATED,
    customer: null,
    metadata: {},
    ...bankAccountOf(
      {
        us_bank_account: {
          routing_number: TEST_ROUTING_NUMBER,
          account_number: TEST_ACCOUNT_NUMBER,
          account_holder_type: 'individual',
          account_type: 'checking',
        },
        billing_details: { name: 'Jenny Rosen' },
      },
      [],
    ),
  }));
}
