import { readFileSync } from 'node:fs';

/**
 * Stripe's Terminal hardware catalogue (src/terminal/hardware-catalogue.json): products, country SKUs
 * and shipping methods, the same for every account; plus what an order is priced with, which Stripe
 * keeps out of the objects (each shipping method's price and delivery time, tax rates by country).
 */
export interface HardwareSku {
  id: string;
  amount: number;
  country: string;
  currency: string;
  orderable: number;
  product: string;
  status: 'available' | 'unavailable';
}
export interface HardwareShippingMethod {
  id: string;
  country: string;
  name: string;
  status: 'available' | 'unavailable';
}
export interface TaxRate {
  display_name: string;
  jurisdiction: string;
  percentage: number;
}

const data = JSON.parse(readFileSync(new URL('./hardware-catalogue.json', import.meta.url), 'utf8')) as {
  products: Record<string, unknown>[];
  skus: (HardwareSku & Record<string, unknown>)[];
  shipping_methods: (HardwareShippingMethod & Record<string, unknown>)[];
  shipping_rates: Record<string, { amount: number; currency: string; business_days: [number, number] }>;
  tax_rates: Record<string, Record<string, TaxRate>>;
};

export const hardwareProducts = data.products;
export const hardwareSkus = data.skus;

/** An ISO date `days` business days after `from` (UTC). */
function businessDaysAfter(from: Date, days: number): string {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  for (let left = days; left > 0; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left--;
  }
  return day.toISOString().slice(0, 10);
}

/** Shipping methods as Stripe shows them today: the estimated delivery window counts from the day of the request. */
export function hardwareShippingMethods(now = new Date()) {
  return data.shipping_methods.map((m) => {
    const [min, max] = data.shipping_rates[m.id]!.business_days;
    return { ...m, estimated_delivery_window: { maximum_date: businessDaysAfter(now, max), minimum_date: businessDaysAfter(now, min) } };
  });
}

/** What shipping by a method costs (in the currency of its country's SKUs). */
export const shippingRateOf = (method: string) => data.shipping_rates[method]!;

/** The tax rate that applies to an order shipped to this country (and US state); null: none. */
export function taxRateOf(country: string, state: string | null | undefined): TaxRate | null {
  const rates = data.tax_rates[country];
  if (!rates) return null;
  return rates['*'] ?? (state ? (rates[state.toUpperCase()] ?? null) : null);
}
