import { createHash } from 'node:crypto';
import type Stripe from 'stripe';
import type { Db, Executor } from '../../db/client.js';
import { findOwnedRows } from '../../db/sql.js';
import { unix } from '../../kernel/clock.js';
import { runCommand, type Scope } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { customersResource } from '../customers/customer.resource.js';
import { paymentMethods, type BillingDetails, type PaymentMethodRow } from './payment-method.table.js';
import { isMagicPaymentMethodId, magicPaymentMethodRow } from './test-payment-methods.js';

export type { PaymentMethodRow };
export type StripePaymentMethod = Pick<Stripe.PaymentMethod, 'id' | 'object' | 'billing_details' | 'created' | 'customer' | 'livemode' | 'metadata' | 'type' | 'us_bank_account'>;

/** Known routing numbers → bank names (Stripe's test bank first). */
const BANKS: Record<string, string> = { '110000000': 'STRIPE TEST BANK', '084106768': 'Evolve Bank & Trust', '021000021': 'JPMorgan Chase', '026009593': 'Bank of America' };

export function paymentMethodToStripe(row: PaymentMethodRow): StripePaymentMethod {
  return {
    id: row.id,
    object: 'payment_method',
    billing_details: { ...row.billingDetails, tax_id: null } as Stripe.PaymentMethod.BillingDetails,
    created: unix(row.created),
    customer: row.customerId,
    livemode: row.livemode,
    metadata: row.metadata,
    type: 'us_bank_account',
    us_bank_account: {
      account_holder_type: row.accountHolderType,
      account_type: row.accountType,
      bank_name: row.bankName,
      financial_connections_account: null,
      fingerprint: row.fingerprint,
      last4: row.accountNumber.slice(-4),
      networks: { preferred: 'ach', supported: ['ach', 'us_domestic_wire'] },
      routing_number: row.routingNumber,
      status_details: null,
    },
  };
}

export async function findPaymentMethodRows(db: Executor, scope: Scope, ids: readonly string[]) {
  // Stripe's magic test PaymentMethods exist in every test-mode account, without a row.
  const magic = scope.livemode ? [] : ids.filter(isMagicPaymentMethodId);
  const stored = ids.filter((id) => !magic.includes(id as never));
  const rows = await findOwnedRows(db, paymentMethods, scope, stored);
  return new Map([...rows.map((r) => [r.id, r] as const), ...magic.map((id) => [id, magicPaymentMethodRow(id, scope)] as const)]);
}

/** A PaymentMethod id's shape: `pm_…`, or one of Stripe's magic test ids (`pm_usBankAccount_…`). */
export const isPaymentMethodId = (id: string) => hasPrefix(id, 'pm') || isMagicPaymentMethodId(id);

export async function findPaymentMethods(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await findPaymentMethodRows(db, scope, ids);
  return new Map([...rows].map(([id, r]) => [id, paymentMethodToStripe(r)]));
}

/** ABA routing numbers are 9 digits with a weighted checksum (3,7,1). */
export function isValidRoutingNumber(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const d = [...routing].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

export interface UsBankAccountInput {
  accountNumber?: string | null;
  routingNumber?: string | null;
  accountHolderType?: 'individual' | 'company' | null;
  accountType?: 'checking' | 'savings' | null;
}

export interface BillingDetailsInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: { city?: string | null; country?: string | null; line1?: string | null; line2?: string | null; postalCode?: string | null; state?: string | null } | null;
}

export interface CreatePaymentMethodInput {
  type: 'us_bank_account';
  usBankAccount?: UsBankAccountInput | null;
  billingDetails?: BillingDetailsInput | null;
  customer?: string | null;
  metadata?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

export function toBillingDetails(input: BillingDetailsInput | null | undefined): BillingDetails {
  const a = input?.address;
  return {
    address: { city: a?.city ?? null, country: a?.country ?? null, line1: a?.line1 ?? null, line2: a?.line2 ?? null, postal_code: a?.postalCode ?? null, state: a?.state ?? null },
    email: input?.email ?? null,
    name: input?.name ?? null,
    phone: input?.phone ?? null,
  };
}

/** Validates bank details; returns the row values (without ids) for a new us_bank_account PaymentMethod. */
export function bankAccountValues(input: { usBankAccount?: UsBankAccountInput | null; billingDetails?: BillingDetailsInput | null }, param: string[]) {
  const bank = input.usBankAccount;
  if (!bank) throw parameterMissing([...param, 'usBankAccount']);
  if (!bank.routingNumber) throw parameterMissing([...param, 'usBankAccount', 'routingNumber']);
  if (!bank.accountNumber) throw parameterMissing([...param, 'usBankAccount', 'accountNumber']);
  if (!isValidRoutingNumber(bank.routingNumber))
    throw parameterInvalid([...param, 'usBankAccount', 'routingNumber'], 'Routing number must have 9 digits and a valid checksum.', 'routing_number_invalid');
  if (!/^\d{4,17}$/.test(bank.accountNumber))
    throw parameterInvalid([...param, 'usBankAccount', 'accountNumber'], 'Account number must have 4 to 17 digits.', 'account_number_invalid');
  return {
    type: 'us_bank_account' as const,
    billingDetails: toBillingDetails(input.billingDetails),
    accountHolderType: bank.accountHolderType ?? null,
    accountType: bank.accountType ?? 'checking',
    accountNumber: bank.accountNumber,
    routingNumber: bank.routingNumber,
    bankName: BANKS[bank.routingNumber] ?? null,
    fingerprint: createHash('sha256').update(`${bank.routingNumber}:${bank.accountNumber}`).digest('base64url').slice(0, 16),
  };
}

export function createPaymentMethod(caller: { db: Db; scope: Scope; requestId: string }, input: CreatePaymentMethodInput) {
  const { idempotencyKey, ...params } = input;
  const values = bankAccountValues(input, []);
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : {};
  if (input.customer != null && !hasPrefix(input.customer, 'cus')) throw resourceMissing('customer', input.customer, ['customer']);
  return runCommand(caller.db, caller.scope, { operation: 'createPaymentMethod', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    if (input.customer && !(await customersResource.records(cmd.tx, cmd.scope, [input.customer])).size)
      throw resourceMissing('customer', input.customer, ['customer']);
    const row: PaymentMethodRow = {
      id: newId('pm'),
      accountId: cmd.scope.accountId,
      livemode: cmd.scope.livemode,
      created: cmd.now,
      customerId: input.customer ?? null,
      metadata,
      ...values,
    };
    await cmd.tx.insert(paymentMethods).values(row);
    return paymentMethodToStripe(row);
  });
}
