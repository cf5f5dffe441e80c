import type Stripe from 'stripe';

/** Feature paths a platform can request (Stripe's `features` params), in Stripe's order. */
export const FEATURE_PATHS = [
  'card_issuing',
  'deposit_insurance',
  'financial_addresses.aba',
  'inbound_transfers.ach',
  'intra_stripe_flows',
  'outbound_payments.ach',
  'outbound_payments.us_domestic_wire',
  'outbound_transfers.ach',
  'outbound_transfers.us_domestic_wire',
] as const;
export type FeaturePath = (typeof FEATURE_PATHS)[number];

/**
 * What we store per feature: `false` not requested, `'pending'` requested and activating (Stripe's
 * `pending` with `activating`), `true` requested and activated. Statuses are derived (featureStatus).
 */
export type FeatureState = boolean | 'pending';
export type FeatureStates = Partial<Record<FeaturePath, FeatureState>>;

const INBOUND: ReadonlySet<FeaturePath> = new Set(['inbound_transfers.ach', 'financial_addresses.aba']);
const OUTBOUND: ReadonlySet<FeaturePath> = new Set([
  'outbound_payments.ach',
  'outbound_payments.us_domestic_wire',
  'outbound_transfers.ach',
  'outbound_transfers.us_domestic_wire',
]);

type StatusDetail = Stripe.Treasury.FinancialAccountFeatures.CardIssuing.StatusDetail;
export interface FeatureToggle {
  requested: boolean;
  status: 'active' | 'pending' | 'restricted';
  status_details: StatusDetail[];
}

export interface FeatureContext {
  status: string;
  inboundFlows: string | null;
  outboundFlows: string | null;
}

/**
 * Derives a feature's status: restricted (closed account, not requested, or restricted by the
 * platform), else pending while activating, else active. fingraph has no onboarding review: a
 * requested feature activates on the test-mode schedule (docs/decisions/treasury.md).
 */
export function featureStatus(path: FeaturePath, state: FeatureState, fa: FeatureContext): FeatureToggle {
  const requested = state !== false;
  const restricted = (detail: StatusDetail): FeatureToggle => ({ requested, status: 'restricted', status_details: [detail] });
  if (fa.status === 'closed') return restricted({ code: 'financial_account_closed', resolution: null });
  if (!requested) return restricted({ code: 'capability_not_requested', resolution: 'provide_information' });
  if (fa.inboundFlows === 'restricted' && INBOUND.has(path))
    return restricted({ code: 'restricted_by_platform', resolution: 'remove_restriction', restriction: 'inbound_flows' });
  if (fa.outboundFlows === 'restricted' && OUTBOUND.has(path))
    return restricted({ code: 'restricted_by_platform', resolution: 'remove_restriction', restriction: 'outbound_flows' });
  if (state === 'pending') return { requested, status: 'pending', status_details: [{ code: 'activating', resolution: null }] };
  return { requested, status: 'active', status_details: [] };
}

export function isFeatureActive(states: FeatureStates, path: FeaturePath, fa: FeatureContext): boolean {
  const state = states[path];
  return state !== undefined && featureStatus(path, state, fa).status === 'active';
}

/** Requests applied to the stored states: a newly requested feature is pending; one already on stays on. */
export function requestFeatures(current: FeatureStates, requested: Partial<Record<FeaturePath, boolean>>): FeatureStates {
  const next: FeatureStates = { ...current };
  for (const [path, on] of Object.entries(requested) as [FeaturePath, boolean][]) next[path] = on ? (current[path] === true ? true : 'pending') : false;
  return next;
}

export const hasPendingFeatures = (states: FeatureStates) => Object.values(states).includes('pending');

/** Activation: every pending feature becomes active. */
export const activateFeatures = (states: FeatureStates): FeatureStates =>
  Object.fromEntries(Object.entries(states).map(([path, state]) => [path, state === 'pending' ? true : state])) as FeatureStates;

/** Stripe's nested `features` hash (treasury.financial_account_features). */
export function featuresToStripe(states: FeatureStates, fa: FeatureContext): Stripe.Treasury.FinancialAccountFeatures {
  const out: Record<string, unknown> = { object: 'treasury.financial_account_features' };
  for (const path of FEATURE_PATHS) {
    const requested = states[path];
    if (requested === undefined) continue;
    const toggle = featureStatus(path, requested, fa);
    const [group, leaf] = path.split('.') as [string, string | undefined];
    if (leaf) out[group] = { ...((out[group] as object | undefined) ?? {}), [leaf]: toggle };
    else out[group] = toggle;
  }
  return out as unknown as Stripe.Treasury.FinancialAccountFeatures;
}

export function featureLists(states: FeatureStates, fa: FeatureContext) {
  const lists = { active: [] as FeaturePath[], pending: [] as FeaturePath[], restricted: [] as FeaturePath[] };
  for (const path of FEATURE_PATHS) {
    const requested = states[path];
    if (requested === undefined) continue;
    lists[featureStatus(path, requested, fa).status].push(path);
  }
  return lists;
}

/** Flattens Stripe-shaped feature params ({ outbound_transfers: { ach: { requested } } }) to paths. */
export function flattenFeatureParams(params: Record<string, unknown>): { states: Partial<Record<FeaturePath, boolean>>; unknown: string[] } {
  const states: Partial<Record<FeaturePath, boolean>> = {};
  const unknown: string[] = [];
  const known = new Set<string>(FEATURE_PATHS);
  const visit = (prefix: string, value: unknown) => {
    if (value && typeof value === 'object' && 'requested' in (value as object)) {
      if (known.has(prefix)) states[prefix as FeaturePath] = Boolean((value as { requested: unknown }).requested);
      else unknown.push(prefix);
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (v != null) visit(prefix ? `${prefix}.${k}` : k, v);
    } else unknown.push(prefix);
  };
  visit('', params);
  return { states, unknown };
}
