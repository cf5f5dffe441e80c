import type Stripe from 'stripe';
import { ppmOf, type Rate, taxOf } from '../rates.js';

/**
 * The arithmetic of a Tax Calculation (pure: the resource finds the rates, registrations and defaults).
 * Per line and per rate of the address (state, county, city, district; GST and PST), rounded half up
 * to the minor unit: exclusive tax = amount × rate, each rate on its own; inclusive tax = amount −
 * amount / (1 + the rates collected together), split among them in proportion to their rates (the
 * last takes what rounding leaves). amount_total = Σ amounts + shipping + exclusive tax.
 */
export interface LineInput {
  amount: number;
  quantity: number;
  reference: string;
  tax_behavior: 'exclusive' | 'inclusive';
  tax_code: string;
  product: string | null;
  metadata: Record<string, string> | null;
}

export interface ComputeInput {
  lines: LineInput[];
  shipping: { amount: number; tax_behavior: 'exclusive' | 'inclusive'; tax_code: string; shipping_rate: string | null } | null;
  /** The address's jurisdiction and its rates (null: not in the rate table). */
  jurisdiction: { key: string; country: string; state: string | null };
  rates: Rate[] | null;
  /** The registration keys active at the tax date (a rate is collected where its registration is). */
  collecting: ReadonlySet<string>;
  taxabilityOverride: 'customer_exempt' | 'none' | 'reverse_charge';
}

type Reason = Stripe.Tax.CalculationLineItem.TaxBreakdown['taxability_reason'];

interface Piece {
  amount: number;
  tax: number;
  /** The amount the tax is on (an inclusive amount without all its tax). */
  taxable: number;
  inclusive: boolean;
  reason: Reason;
  rate: Rate | null;
}

/** One piece per rate of the address (or one without a rate when the table has none). */
function taxPieces(input: ComputeInput, amount: number, inclusive: boolean): Piece[] {
  const piece = (rate: Rate | null, reason: Reason, tax = 0): Piece => ({ amount, tax, taxable: amount, inclusive, reason, rate });
  if (!input.rates) return [piece(null, input.collecting.size ? 'not_supported' : 'not_collecting')];
  const collected = input.rates.filter((r) => input.collecting.has(r.registration));
  if (!collected.length) return input.rates.map((r) => piece(r, 'not_collecting'));
  if (input.taxabilityOverride !== 'none')
    return input.rates.map((r) => piece(r, input.collecting.has(r.registration) ? input.taxabilityOverride : 'not_collecting'));
  const taxes = new Map<Rate, number>();
  if (inclusive) {
    const ppms = collected.map((r) => ppmOf(r.percentage_decimal));
    const all = ppms.reduce((a, b) => a + b, 0n);
    const combined = `${all / 10000n}.${String(all % 10000n).padStart(4, '0')}`;
    const total = taxOf(amount, combined, true);
    let left = total;
    collected.forEach((r, i) => {
      const share = i === collected.length - 1 ? left : Number((2n * BigInt(total) * ppms[i]! + all) / (2n * all));
      taxes.set(r, share);
      left -= share;
    });
  } else for (const r of collected) taxes.set(r, taxOf(amount, r.percentage_decimal, false));
  const taxable = inclusive ? amount - [...taxes.values()].reduce((a, b) => a + b, 0) : amount;
  return input.rates.map((r) => (taxes.has(r) ? { ...piece(r, 'standard_rated', taxes.get(r)!), taxable } : { ...piece(r, 'not_collecting'), taxable }));
}

const taxable = (p: Piece) => p.taxable;

function breakdownOf(input: ComputeInput, p: Piece) {
  const rate = p.rate;
  return {
    amount: p.tax,
    jurisdiction: {
      country: input.jurisdiction.country,
      display_name: rate?.jurisdiction ?? input.jurisdiction.country,
      level: rate?.level ?? (input.jurisdiction.state ? 'state' : 'country'),
      state: rate ? rate.state : input.jurisdiction.state,
    },
    sourcing: 'destination' as const,
    tax_rate_details: rate ? { display_name: rate.display_name, percentage_decimal: rate.percentage_decimal, tax_type: rate.tax_type } : null,
    taxability_reason: p.reason,
    taxable_amount: taxable(p),
  };
}

export interface Computed {
  lines: (LineInput & { amount_tax: number; tax_breakdown: ReturnType<typeof breakdownOf>[] })[];
  shipping_cost: (NonNullable<ComputeInput['shipping']> & { amount_tax: number; tax_breakdown: ReturnType<typeof breakdownOf>[] }) | null;
  tax_amount_exclusive: number;
  tax_amount_inclusive: number;
  amount_total: number;
  tax_breakdown: Stripe.Tax.Calculation.TaxBreakdown[];
}

export function computeTax(input: ComputeInput): Computed {
  const pieces: Piece[] = [];
  const lines = input.lines.map((line) => {
    const ps = taxPieces(input, line.amount, line.tax_behavior === 'inclusive');
    pieces.push(...ps);
    return { ...line, amount_tax: ps.reduce((s, p) => s + p.tax, 0), tax_breakdown: ps.map((p) => breakdownOf(input, p)) };
  });
  // Each line's and the shipping's amount counts once in the total, whatever its number of rates.
  const amounts = input.lines.reduce((s, l) => s + l.amount, 0) + (input.shipping?.amount ?? 0);
  let shipping_cost: Computed['shipping_cost'] = null;
  if (input.shipping) {
    const ps = taxPieces(input, input.shipping.amount, input.shipping.tax_behavior === 'inclusive');
    pieces.push(...ps);
    shipping_cost = { ...input.shipping, amount_tax: ps.reduce((s, p) => s + p.tax, 0), tax_breakdown: ps.map((p) => breakdownOf(input, p)) };
  }
  const sum = (ps: Piece[], f: (p: Piece) => number) => ps.reduce((s, p) => s + f(p), 0);
  const tax_amount_exclusive = sum(
    pieces.filter((p) => !p.inclusive),
    (p) => p.tax,
  );
  const tax_amount_inclusive = sum(
    pieces.filter((p) => p.inclusive),
    (p) => p.tax,
  );
  // The calculation's breakdown: one entry per (inclusive, reason, rate), amounts summed.
  const groups = new Map<string, Piece[]>();
  for (const p of pieces) {
    const key = `${p.inclusive}|${p.reason}|${p.rate ? `${p.rate.jurisdiction}|${p.rate.tax_type}|${p.rate.percentage_decimal}` : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const tax_breakdown = [...groups.values()].map((ps) => {
    const first = ps[0]!;
    const rate = first.rate;
    return {
      amount: sum(ps, (p) => p.tax),
      inclusive: first.inclusive,
      tax_rate_details: {
        country: input.jurisdiction.country,
        flat_amount: null,
        percentage_decimal: rate && first.reason === 'standard_rated' ? rate.percentage_decimal : '0.0',
        rate_type: 'percentage',
        state: rate ? rate.state : input.jurisdiction.state,
        tax_type: rate?.tax_type ?? null,
      },
      taxability_reason: first.reason,
      taxable_amount: sum(ps, taxable),
    } as Stripe.Tax.Calculation.TaxBreakdown;
  });
  return {
    lines,
    shipping_cost,
    tax_amount_exclusive,
    tax_amount_inclusive,
    amount_total: amounts + tax_amount_exclusive,
    tax_breakdown,
  };
}
