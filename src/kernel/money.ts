import { parameterInvalid } from './errors.js';

/** Stripe's largest accepted amount in minor units (99,999,999.99 in a two-decimal currency). */
export const MAX_AMOUNT = 99_999_999_99;

/** Currencies a Treasury FinancialAccount can hold (Stripe Treasury is US-only, USD). */
export const TREASURY_CURRENCIES = ['usd'] as const;

export function assertAmount(amount: number, param: string[] = ['amount']) {
  if (!Number.isSafeInteger(amount)) throw parameterInvalid(param, 'Invalid integer: amount.', 'parameter_invalid_integer');
  if (amount <= 0) throw parameterInvalid(param, 'Amount must be at least 1 cent.', 'amount_too_small');
  if (amount > MAX_AMOUNT) throw parameterInvalid(param, `Amount must be no more than ${MAX_AMOUNT}.`, 'amount_too_large');
}
