/**
 * Metric tons as Stripe's decimal strings, computed in micro-tons (integers): an order by tons prices
 * each component (subtotal, fees) per ton, rounded half up; an order by amount buys what the amount
 * pays for at the product's total price per ton (to the micro-ton), fees in proportion.
 */
const MICRO = 1_000_000n;
const divRound = (a: bigint, b: bigint) => (2n * a + b) / (2n * b);

/** "0.5" → 500000 micro-tons; null when it is not a positive decimal with at most 6 places. */
export function microTons(value: string): bigint | null {
  const m = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(value);
  if (!m) return null;
  const micro = BigInt(m[1]!) * MICRO + BigInt((m[2] ?? '').padEnd(6, '0'));
  return micro > 0n ? micro : null;
}

/** 500000 → "0.5" (no trailing zeros). */
export function tonsString(micro: bigint): string {
  const whole = micro / MICRO;
  const frac = (micro % MICRO).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

export interface PerTon {
  amount_subtotal: number;
  amount_fees: number;
  amount_total: number;
}

export function byTons(price: PerTon, micro: bigint) {
  const subtotal = Number(divRound(BigInt(price.amount_subtotal) * micro, MICRO));
  const fees = Number(divRound(BigInt(price.amount_fees) * micro, MICRO));
  return { amount_subtotal: subtotal, amount_fees: fees, amount_total: subtotal + fees, metric_tons: tonsString(micro) };
}

export function byAmount(price: PerTon, amount: number) {
  const micro = (BigInt(amount) * MICRO) / BigInt(price.amount_total);
  const fees = Number(divRound(BigInt(amount) * BigInt(price.amount_fees), BigInt(price.amount_total)));
  return { amount_subtotal: amount - fees, amount_fees: fees, amount_total: amount, metric_tons: tonsString(micro), micro };
}
