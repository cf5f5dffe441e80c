import { parameterInvalid } from '../../kernel/errors.js';
import { rootShape, shapeOf, specOf } from '../../layer/spec.js';

/**
 * Spending controls of a card or a cardholder (Stripe's `spending_controls` hash): normalized from
 * the params, and the rules an authorization request is checked against. Both objects share the
 * shape, so one module serves them.
 */
export interface SpendingLimit {
  amount: number;
  categories?: string[] | null;
  interval: 'all_time' | 'daily' | 'monthly' | 'per_authorization' | 'weekly' | 'yearly';
}
export interface SpendingControls {
  allowed_categories?: string[] | null;
  blocked_categories?: string[] | null;
  allowed_merchant_countries?: string[] | null;
  blocked_merchant_countries?: string[] | null;
  allowed_card_presences?: string[] | null;
  blocked_card_presences?: string[] | null;
  spending_limits?: SpendingLimit[] | null;
  spending_limits_currency?: string | null;
}

/** The hash as Stripe shows it: every field of the object's spec shape, from the params or its empty value. */
export function normalizeControls(
  object: 'issuing.card' | 'issuing.cardholder',
  input: SpendingControls | null | undefined,
  param: string[],
): SpendingControls {
  const spec = specOf(object);
  const field = rootShape(spec).fields.find((f) => f.name === 'spending_controls')!;
  const shape = shapeOf(spec, (field.type as { shape: string }).shape);
  const out: Record<string, unknown> = {};
  const given = (input ?? {}) as Record<string, unknown>;
  for (const f of shape.fields)
    out[f.name] = given[f.name] ?? (f.name === 'spending_limits' ? [] : f.type.kind === 'array' && object === 'issuing.cardholder' ? [] : null);
  const c = out as SpendingControls;
  for (const [allowed, blocked] of [
    ['allowed_categories', 'blocked_categories'],
    ['allowed_merchant_countries', 'blocked_merchant_countries'],
    ['allowed_card_presences', 'blocked_card_presences'],
  ] as const)
    if (c[allowed]?.length && c[blocked]?.length) throw parameterInvalid([...param, blocked], `You may pass either ${allowed} or ${blocked}, but not both.`);
  for (const [i, limit] of (c.spending_limits ?? []).entries())
    if (!Number.isInteger(limit.amount) || limit.amount < 0)
      throw parameterInvalid([...param, 'spending_limits', String(i), 'amount'], 'A spending limit must be a non-negative integer amount.');
  if (c.spending_limits?.length && !c.spending_limits_currency && object === 'issuing.cardholder') c.spending_limits_currency = null;
  return c;
}

/** What an authorization request is checked against. */
export interface SpendRequest {
  amount: number;
  category: string;
  country: string | null;
  presence: string | null;
}

/** Whether the controls allow the request by its merchant (category, country, card presence). */
export function allowsMerchant(c: SpendingControls | null | undefined, r: SpendRequest): boolean {
  if (!c) return true;
  const inList = (list: string[] | null | undefined, v: string | null) => v != null && (list ?? []).includes(v);
  if (c.allowed_categories?.length && !inList(c.allowed_categories, r.category)) return false;
  if (inList(c.blocked_categories, r.category)) return false;
  if (c.allowed_merchant_countries?.length && !inList(c.allowed_merchant_countries, r.country)) return false;
  if (inList(c.blocked_merchant_countries, r.country)) return false;
  if (c.allowed_card_presences?.length && !inList(c.allowed_card_presences, r.presence)) return false;
  if (inList(c.blocked_card_presences, r.presence)) return false;
  return true;
}

/** The limits that apply to a request's category (a limit without categories applies to all). */
export const limitsFor = (c: SpendingControls | null | undefined, category: string) =>
  (c?.spending_limits ?? []).filter((l) => !l.categories?.length || l.categories.includes(category));

/**
 * Start of a limit's current interval (Stripe's intervals reset at 00:00 UTC: days, weeks from
 * Sunday, calendar months and years); null for all_time and per_authorization.
 */
export function intervalStart(interval: SpendingLimit['interval'], now: Date): Date | null {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  switch (interval) {
    case 'daily':
      return d;
    case 'weekly':
      return new Date(d.getTime() - d.getUTCDay() * 86_400_000);
    case 'monthly':
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    case 'yearly':
      return new Date(Date.UTC(now.getUTCFullYear(), 0, 1));
    default:
      return null;
  }
}
