import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing, StripeError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource, resourceOf, type Params } from '../../layer/resource.js';
import { ownShippingRate } from '../../products/shipping-rates/shipping-rate.resource.js';
import { jurisdictionKey, ratesOf } from '../rates.js';
import { activeRegistration } from '../registrations/registration.resource.js';
import { activateTax, readTaxSettings, type TaxSettings } from '../settings/tax-settings.js';
import { type ComputeInput, type Computed, computeTax, type LineInput } from './compute.js';
import { taxCalculations } from './calculation.table.js';

/**
 * Calculation: the tax on a sale, from its line items, the customer's address and shipping, at the
 * rate of the customer's jurisdiction (src/tax/rates.json) where the account has an active
 * Registration; `not_collecting` (no tax) elsewhere. Needs active Tax settings. Expires after 90
 * days; a Transaction records it.
 */
export type CalculationRecord = Stripe.Tax.Calculation & { id: string; created: number };

/** Stripe keeps a calculation usable for 90 days. */
export const CALCULATION_LIFETIME_S = 90 * 24 * 3600;
const SHIPPING_TAX_CODE = 'txcd_92010001';

/** Stripe's `inferred_by_currency`: prices in USD and CAD are exclusive of tax, others inclusive. */
function defaultBehavior(settings: TaxSettings, currency: string): 'exclusive' | 'inclusive' | null {
  const b = settings.defaults.tax_behavior;
  if (b === 'inferred_by_currency') return ['usd', 'cad'].includes(currency) ? 'exclusive' : 'inclusive';
  return (b as 'exclusive' | 'inclusive' | null) ?? null;
}

export interface TaxRequest {
  currency: string;
  customer_details: { address?: Record<string, any> | null; taxability_override?: string | null } & Record<string, any>;
  line_items: Params[];
  shipping_cost?: Params | null;
  tax_date?: number | null;
}

/**
 * A shipping cost given by `shipping_rate` (Stripe: the rate's amount, tax_behavior and tax_code are used):
 * the account's own rate (another account's: resource_missing), in the calculation's currency. Values
 * given beside it (an Order passes its computed amount) are kept.
 */
async function withShippingRate(cmd: CommandContext, cost: Params, currency: string, at: string[]): Promise<Params> {
  if (typeof cost.shipping_rate !== 'string') return cost;
  const rate = await ownShippingRate(cmd, cost.shipping_rate, [...at, 'shipping_rate']);
  if (rate.fixed_amount.currency !== currency)
    throw parameterInvalid([...at, 'shipping_rate'], `The shipping rate is in ${rate.fixed_amount.currency}, the calculation in ${currency}.`);
  const behavior = rate.tax_behavior === 'inclusive' || rate.tax_behavior === 'exclusive' ? rate.tax_behavior : undefined;
  const given = Object.fromEntries(Object.entries(cost).filter(([, v]) => v != null));
  return { amount: rate.fixed_amount.amount, tax_behavior: behavior, tax_code: rate.tax_code ?? undefined, ...given };
}

/** The calculation of a request (Calculation's create; an Order's automatic tax reuses it). `base` names the params. */
export async function calculate(
  cmd: CommandContext,
  input: TaxRequest,
  base: string[] = [],
): Promise<Computed & { tax_date: number; jurisdiction: ComputeInput['jurisdiction'] }> {
  // The products named are the account's own before anything else is said (another account's: resource_missing, whatever the settings).
  const productIds = input.line_items.map((l) => l.product).filter((p): p is string => typeof p === 'string');
  const products = productIds.length ? await resourceOf('product').records(cmd.tx, cmd.scope, productIds) : new Map();
  for (const [i, l] of input.line_items.entries())
    if (typeof l.product === 'string' && !products.has(l.product))
      throw new StripeError('resource_missing', `No such product: '${l.product}'`, [...base, 'line_items', String(i), 'product']);
  // Likewise the shipping rate named.
  const s = input.shipping_cost ? await withShippingRate(cmd, input.shipping_cost, input.currency, [...base, 'shipping_cost']) : null;
  const settings = await readTaxSettings(cmd.tx, cmd.scope);
  if (settings.status !== 'active')
    throw new StripeError(
      'stripe_tax_inactive',
      `Stripe Tax is not active on this account: set ${(settings.status_details.pending?.missing_fields ?? []).join(' and ')} in the tax settings first.`,
    );
  const address = input.customer_details?.address;
  if (!address?.country) throw parameterMissing([...base, 'customer_details', 'address', 'country']);
  if (String(address.country).toUpperCase() === 'US' && !address.state) throw parameterMissing([...base, 'customer_details', 'address', 'state']);
  const country = String(address.country).toUpperCase();
  const state = country === 'US' ? String(address.state).toUpperCase() : (address.state ?? null);
  const key = jurisdictionKey(country, state);
  const taxDate = input.tax_date ?? Math.floor(cmd.now.getTime() / 1000);
  const behaviorDefault = defaultBehavior(settings, input.currency);
  const references = new Set<string>();
  const lines: LineInput[] = input.line_items.map((l, i) => {
    const at = [...base, 'line_items', String(i)];
    if (!Number.isInteger(l.amount) || l.amount < 0) throw parameterInvalid([...at, 'amount'], 'amount must be a non-negative integer.');
    if (l.quantity != null && (!Number.isInteger(l.quantity) || l.quantity < 1)) throw parameterInvalid([...at, 'quantity'], 'quantity must be at least 1.');
    const product = l.product ? (products.get(l.product) as (Record<string, any> & { id: string }) | undefined) : undefined;
    if (l.product && !product) throw new StripeError('resource_missing', `No such product: '${l.product}'`, [...at, 'product']);
    const behavior = l.tax_behavior ?? behaviorDefault;
    if (!behavior) throw parameterMissing([...at, 'tax_behavior']);
    const reference = l.reference ?? `line_item_${i + 1}`;
    if (references.has(reference)) throw parameterInvalid([...at, 'reference'], `The reference '${reference}' is used by another line item.`);
    references.add(reference);
    return {
      amount: l.amount,
      quantity: l.quantity ?? 1,
      reference,
      tax_behavior: behavior,
      tax_code: l.tax_code ?? product?.tax_code ?? settings.defaults.tax_code!,
      product: product?.id ?? null,
      metadata: l.metadata != null ? validateMetadata(l.metadata, [...at, 'metadata']) : {},
    };
  });
  if (s && (!Number.isInteger(s.amount) || s.amount < 0))
    throw parameterInvalid([...base, 'shipping_cost', 'amount'], 'amount must be a non-negative integer.');
  const shipping = s
    ? {
        amount: s.amount ?? 0,
        tax_behavior: (s.tax_behavior ?? behaviorDefault ?? 'exclusive') as 'exclusive' | 'inclusive',
        tax_code: s.tax_code ?? SHIPPING_TAX_CODE,
        shipping_rate: s.shipping_rate ?? null,
      }
    : null;
  const jurisdiction = { key, country, state };
  const rates = ratesOf(country, state, address.city ?? null);
  // The registrations the address's rates need (the jurisdiction's own when the table has none).
  const collecting = new Set<string>();
  for (const reg of new Set(rates ? rates.map((r) => r.registration) : [key]))
    if (await activeRegistration(cmd.tx, cmd.scope, reg, taxDate)) collecting.add(reg);
  const computed = computeTax({
    lines,
    shipping,
    jurisdiction,
    rates,
    collecting,
    taxabilityOverride: (input.customer_details.taxability_override ?? 'none') as ComputeInput['taxabilityOverride'],
  });
  return { ...computed, tax_date: taxDate, jurisdiction };
}

const addressOf = (a: Record<string, any> | null | undefined) =>
  a
    ? {
        city: a.city ?? null,
        country: String(a.country).toUpperCase(),
        line1: a.line1 ?? null,
        line2: a.line2 ?? null,
        postal_code: a.postal_code ?? null,
        state: a.state ?? null,
      }
    : null;

export const taxCalculationsResource = defineResource<CalculationRecord>({
  object: 'tax.calculation',
  table: taxCalculations,
  refs: { customer: 'customer' },
  // Stripe's listLineItems: a connection over the items kept with the object.
  pagedLists: ['line_items'],
  create: {
    validate(input) {
      if (!Array.isArray(input.line_items) || input.line_items.length === 0) throw parameterMissing(['line_items']);
      if (input.line_items.length > 100) throw parameterInvalid(['line_items'], 'A calculation has at most 100 line items.');
    },
    async build({ cmd, input, id, lock }) {
      if (input.customer) await lock('customer', input.customer, ['customer']);
      const c = await calculate(cmd, input as TaxRequest);
      const details = input.customer_details ?? {};
      return {
        amount_total: c.amount_total,
        currency: input.currency,
        customer: input.customer ?? null,
        customer_details: {
          address: addressOf(details.address),
          address_source: details.address_source ?? (details.address ? 'billing' : null),
          ip_address: details.ip_address ?? null,
          tax_ids: (details.tax_ids ?? []).map((t: Params) => ({ type: t.type, value: t.value })),
          taxability_override: details.taxability_override ?? 'none',
        },
        expires_at: Math.floor(cmd.now.getTime() / 1000) + CALCULATION_LIFETIME_S,
        line_items: {
          object: 'list',
          data: c.lines.map((l) => ({
            id: newId('tax_li'),
            object: 'tax.calculation_line_item',
            amount: l.amount,
            amount_tax: l.amount_tax,
            livemode: cmd.scope.livemode,
            metadata: l.metadata,
            performance_location: null,
            product: l.product,
            quantity: l.quantity,
            reference: l.reference,
            tax_behavior: l.tax_behavior,
            tax_breakdown: l.tax_breakdown,
            tax_code: l.tax_code,
          })),
          has_more: false,
          url: `/v1/tax/calculations/${id}/line_items`,
        } as unknown as CalculationRecord['line_items'],
        ship_from_details: input.ship_from_details ? { address: addressOf(input.ship_from_details.address)! } : null,
        shipping_cost: c.shipping_cost as CalculationRecord['shipping_cost'],
        tax_amount_exclusive: c.tax_amount_exclusive,
        tax_amount_inclusive: c.tax_amount_inclusive,
        tax_breakdown: c.tax_breakdown,
        tax_date: c.tax_date,
      };
    },
    // Stripe announces no event for Calculations.
    event: null,
  },
  examples: {
    create: async (fx) => {
      await activateTax(fx);
      return {
        currency: 'usd',
        line_items: [{ amount: 1000, reference: 'L1', tax_behavior: 'exclusive' }],
        customer_details: { address: { country: 'US', state: 'CA', postal_code: '94111' }, address_source: 'shipping' },
      };
    },
  },
});
