import { createHash } from 'node:crypto';
import type { Scope } from '../../kernel/command.js';
import type { PaymentMethodRow } from './payment-method.table.js';

/**
 * Stripe's magic test PaymentMethods for Treasury (`pm_usBankAccount…`): they exist in every
 * test-mode account without being created, and a flow using one moves on its own (the outcome per
 * id lives in src/treasury/test-mode/magic.ts). They are resolved virtually, per account, rather
 * than stored (a payment method's primary key is its id alone, so one row per account cannot carry
 * the same id). In live mode they do not exist: an ordinary "No such payment method".
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
/** A fixed creation time, so the virtual objects read the same on every request. */
const CREATED = new Date(Date.UTC(2022, 0, 1));

export function magicPaymentMethodRow(id: MagicPaymentMethodId, scope: Scope): PaymentMethodRow {
  return {
    id,
    accountId: scope.accountId,
    livemode: false,
    created: CREATED,
    type: 'us_bank_account',
    customerId: null,
    billingDetails: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: 'Jenny Rosen', phone: null },
    accountHolderType: 'individual',
    accountType: 'checking',
    accountNumber: TEST_ACCOUNT_NUMBER,
    routingNumber: TEST_ROUTING_NUMBER,
    bankName: 'STRIPE TEST BANK',
    fingerprint: createHash('sha256').update(`${TEST_ROUTING_NUMBER}:${TEST_ACCOUNT_NUMBER}`).digest('base64url').slice(0, 16),
    metadata: {},
  };
}
