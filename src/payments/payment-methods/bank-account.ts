import { createHash } from 'node:crypto';
import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { resourceOf } from '../../layer/resource.js';

/** Known routing numbers → bank names (Stripe's test bank first). */
const BANKS: Record<string, string> = {
  '110000000': 'STRIPE TEST BANK',
  '084106768': 'Evolve Bank & Trust',
  '021000021': 'JPMorgan Chase',
  '026009593': 'Bank of America',
};

/** ABA routing numbers are 9 digits with a weighted checksum (3,7,1). */
export function isValidRoutingNumber(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const d = [...routing].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

/** Stripe's billing_details from its params (every key present, null when not given). */
export function toBillingDetails(input: Record<string, any> | null | undefined): Stripe.PaymentMethod.BillingDetails {
  const a = input?.address;
  return {
    address: {
      city: a?.city ?? null,
      country: a?.country ?? null,
      line1: a?.line1 ?? null,
      line2: a?.line2 ?? null,
      postal_code: a?.postal_code ?? null,
      state: a?.state ?? null,
    },
    email: input?.email ?? null,
    name: input?.name ?? null,
    phone: input?.phone ?? null,
    tax_id: input?.tax_id ?? null,
  };
}

/**
 * A us_bank_account PaymentMethod's fields from Stripe's params (`us_bank_account`, `billing_details`),
 * checked; `param` is where those params sit (errors name `[...param, 'us_bank_account', …]`).
 */
export function bankAccountOf(input: Record<string, any>, param: string[]) {
  const bank = input.us_bank_account;
  if (!bank) throw parameterMissing([...param, 'us_bank_account']);
  if (!bank.routing_number) throw parameterMissing([...param, 'us_bank_account', 'routing_number']);
  if (!bank.account_number) throw parameterMissing([...param, 'us_bank_account', 'account_number']);
  if (!isValidRoutingNumber(bank.routing_number))
    throw parameterInvalid(
      [...param, 'us_bank_account', 'routing_number'],
      'Routing number must have 9 digits and a valid checksum.',
      'routing_number_invalid',
    );
  if (!/^\d{4,17}$/.test(bank.account_number))
    throw parameterInvalid([...param, 'us_bank_account', 'account_number'], 'Account number must have 4 to 17 digits.', 'account_number_invalid');
  return {
    type: 'us_bank_account' as const,
    billing_details: toBillingDetails(input.billing_details),
    us_bank_account: {
      account_holder_type: (bank.account_holder_type ?? null) as 'individual' | 'company' | null,
      account_type: (bank.account_type ?? 'checking') as 'checking' | 'savings',
      bank_name: BANKS[bank.routing_number] ?? null,
      fingerprint: createHash('sha256').update(`${bank.routing_number}:${bank.account_number}`).digest('base64url').slice(0, 16),
      routing_number: bank.routing_number as string,
    },
    account_number: bank.account_number as string,
  };
}

/**
 * A us_bank_account PaymentMethod's fields from a linked Financial Connections Account
 * (`us_bank_account[financial_connections_account]`, Stripe's way to collect a bank account): the
 * account's own numbers, which the caller never sees. It must be the caller's, active, linked with
 * the `payment_method` permission, and able to back a us_bank_account PaymentMethod.
 */
export async function linkedBankAccount(cmd: CommandContext, input: Record<string, any>) {
  const param = ['us_bank_account', 'financial_connections_account'];
  const id: string = input.us_bank_account.financial_connections_account;
  if (input.us_bank_account.account_number != null || input.us_bank_account.routing_number != null)
    throw parameterInvalid(param, 'Give either a financial_connections_account or account and routing numbers, not both.');
  const accounts = resourceOf<any>('financial_connections.account');
  const fca = hasPrefix(id, 'fca') ? (await accounts.records(cmd.tx, cmd.scope, [id])).get(id) : undefined;
  if (!fca) throw resourceMissing('financial connections account', id, param);
  if (fca.status !== 'active')
    throw new StripeError(
      'financial_connections_account_inactive',
      `The Financial Connections Account ${id} is ${fca.status}; link it again to create a PaymentMethod.`,
      param,
    );
  if (!fca.permissions?.includes('payment_method'))
    throw parameterInvalid(param, `The Financial Connections Account ${id} was not linked with the payment_method permission.`);
  if (!fca.supported_payment_method_types?.includes('us_bank_account'))
    throw parameterInvalid(param, `A us_bank_account PaymentMethod cannot be created from the Financial Connections Account ${id} (${fca.subcategory}).`);
  const bank = bankAccountOf(
    {
      us_bank_account: {
        routing_number: fca.routing_number,
        account_number: fca.account_number,
        account_holder_type: input.us_bank_account.account_holder_type ?? 'individual',
        account_type: input.us_bank_account.account_type ?? (fca.subcategory === 'savings' ? 'savings' : 'checking'),
      },
      billing_details: input.billing_details,
    },
    [],
  );
  return { ...bank, us_bank_account: { ...bank.us_bank_account, financial_connections_account: id } };
}
