import { readFileSync } from 'node:fs';

/**
 * The rate table Tax Calculations apply (src/tax/rates.json, documented in docs/decisions/commerce.md):
 * per jurisdiction (a country, `US-<state>`, `CA-<province>`), the rates that apply together, plus
 * the local rates of some cities.
 */
export interface Rate {
  country: string;
  state: string | null;
  display_name: string;
  /** The jurisdiction's name (Stripe's `jurisdiction.display_name`). */
  jurisdiction: string;
  level: 'city' | 'country' | 'county' | 'district' | 'state';
  tax_type: string;
  percentage_decimal: string;
  /** The registration key that collects this rate (a Registration's jurisdiction). */
  registration: string;
}

interface Entry {
  rates: Rate[];
  cities?: Record<string, Rate[]>;
}

const { rates } = JSON.parse(readFileSync(new URL('./rates.json', import.meta.url), 'utf8')) as { rates: Record<string, Entry> };

/** The key of a jurisdiction: the country, or `US-<state>` in the United States (state-level taxes). */
export const jurisdictionKey = (country: string, state?: string | null): string =>
  country.toUpperCase() === 'US' ? `US-${(state ?? '').toUpperCase()}` : country.toUpperCase();

/**
 * The rates of an address, in the table's order (country, state, then local): the state's or
 * province's entry (a US address has no other), else the country's; the city's local rates added.
 * null: the table has none.
 */
export function ratesOf(country: string, state: string | null, city: string | null): Rate[] | null {
  const c = country.toUpperCase();
  const entry = (state ? rates[`${c}-${state.toUpperCase()}`] : undefined) ?? (c === 'US' ? undefined : rates[c]);
  if (!entry) return null;
  const local = city ? (entry.cities?.[city.trim().toUpperCase()] ?? []) : [];
  return [...entry.rates, ...local];
}

/** A percentage_decimal ("7.25") in millionths (72500): integer arithmetic for every amount. */
export function ppmOf(percentage: string): bigint {
  const [whole, frac = ''] = percentage.split('.');
  return BigInt(whole!) * 10000n + BigInt(`${frac}0000`.slice(0, 4));
}

const MILLION = 1_000_000n;
/** a / b rounded half up (both positive). */
const divRound = (a: bigint, b: bigint) => (2n * a + b) / (2n * b);

/**
 * The tax in an amount at a rate, rounded half up to the minor unit. Exclusive: amount × rate.
 * Inclusive: the amount holds the tax, amount − amount / (1 + rate). Negative amounts (reversals)
 * are computed on their absolute value.
 */
export function taxOf(amount: number, percentage: string, inclusive: boolean): number {
  const sign = amount < 0 ? -1 : 1;
  const a = BigInt(Math.abs(amount));
  const ppm = ppmOf(percentage);
  const tax = inclusive ? a - divRound(a * MILLION, MILLION + ppm) : divRound(a * ppm, MILLION);
  return sign * Number(tax);
}
