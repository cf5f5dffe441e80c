import type Stripe from 'stripe';
import { type Rate, rateOf, taxOf } from '../rates.js';

/**
 * The arithmetic of a Tax Calculation (pure: the resource finds the registration and the defaults).
 * Per line: exclusive tax = amount × rate; inclusive tax = amount − amount / (1 + rate); each rounded
 * half up to the minor unit, line by line. amount_total = Σ amounts + shipping + exclusive tax.
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
  /** The jurisdiction's rate (null: not in the rate table) and whether the account collects there. */
  jurisdiction: { key: string; country: string; state: string | null };
  collecting: boolean;
  taxabilityOverride: 'customer_exempt' | 'none' | 'reverse_charge';
}

type Reason = Stripe.Tax.CalculationLineItem.TaxBreakdown['taxability_reason'];

interface Piece {
  amount: number;
  tax: number;
  inclusive: boolean;
  reason: Reason;
  rate: Rate | null;
}

function taxPiece(input: ComputeInput, amount: number, inclusive: boolean): Piece {
  const rate = rateOf(input.jurisdiction.key);
  if (!input.collecting) return { amount, tax: 0, inclusive, reason: 'not_collecting', rate: null };
  if (!rate) return { amount, tax: 0, inclusive, reason: 'not_supported', rate: null };
  if (input.taxabilityOverride !== 'none') return { amount, tax: 0, inclusive, reason: input.taxabilityOverride, rate };
  return { amount, tax: taxOf(amount, rate.percentage_decimal, inclusive), inclusive, reason: 'standard_rated', rate };
}

const taxable = (p: Piece) => (p.inclusive ? p.amount - p.tax : p.amount);

function breakdownOf(input: ComputeInput, p: Piece) {
  const rate = p.rate ?? rateOf(input.jurisdiction.key);
  return {
    amount: p.tax,
    jurisdiction: {
      country: input.jurisdiction.country,
      display_name: rate?.jurisdiction ?? input.jurisdiction.country,
      level: rate?.level ?? (input.jurisdiction.state ? 'state' : 'country'),
      state: input.jurisdiction.state,
    },
    sourcing: 'destination' as const,
    tax_rate_details: p.rate ? { display_name: p.rate.display_name, percentage_decimal: p.rate.percentage_decimal, tax_type: p.rate.tax_type } : null,
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
    const p = taxPiece(input, line.amount, line.tax_behavior === 'inclusive');
    pieces.push(p);
    return { ...line, amount_tax: p.tax, tax_breakdown: [breakdownOf(input, p)] };
  });
  let shipping_cost: Computed['shipping_cost'] = null;
  if (input.shipping) {
    const p = taxPiece(input, input.shipping.amount, input.shipping.tax_behavior === 'inclusive');
    pieces.push(p);
    shipping_cost = { ...input.shipping, amount_tax: p.tax, tax_breakdown: [breakdownOf(input, p)] };
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
  // The calculation's breakdown: one entry per (inclusive, reason), amounts summed.
  const groups = new Map<string, Piece[]>();
  for (const p of pieces) {
    const key = `${p.inclusive}|${p.reason}`;
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
        state: input.jurisdiction.state,
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
    amount_total: sum(pieces, (p) => p.amount) + tax_amount_exclusive,
    tax_breakdown,
  };
}
