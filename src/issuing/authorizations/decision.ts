import { cashNow } from '../../ledger/ledger.js';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { query } from '../../db/sql.js';
import type { CommandContext } from '../../kernel/command.js';
import type { FinancialAccountRecord } from '../../treasury/financial-accounts/financial-account.resource.js';
import { isFeatureActive } from '../../treasury/financial-accounts/financial-account.features.js';
import { featureContext } from '../../treasury/financial-accounts/financial-account.repository.js';
import type { CardholderRecord } from '../cardholders/cardholder.resource.js';
import { lockAvailable } from '../balance/issuing-balance.js';
import type { CardRecord } from '../cards/card.resource.js';
import { allowsMerchant, intervalStart, limitsFor, type SpendingControls, type SpendRequest } from '../shared/spending-controls.js';

/**
 * The approval decision of an authorization request (Stripe's, with no real-time webhook answering):
 * the card's and cardholder's state, their spending controls (merchant categories, countries, card
 * presence, per-authorization and per-interval limits) and the funds. The first refusal is the reason
 * recorded in `request_history`; an approval records `card_active` (approved under the default rules).
 * The funds are the FinancialAccount's cash, or (a card without one) the Issuing balance's available
 * amount, whose row stays locked until the request's transaction commits.
 */
export type Reason = Stripe.Issuing.Authorization.RequestHistory.Reason;
export interface Decision {
  approved: boolean;
  reason: Reason;
}

export interface DecisionInput {
  card: CardRecord;
  holder: CardholderRecord;
  fa: FinancialAccountRecord | null;
  request: SpendRequest;
  /** The authorization being incremented (its own amount already counts toward interval limits). */
  authorization?: string;
  verification?: { cvc_check?: string; expiry_check?: string };
}

/** Approved spending within a limit's interval: approved authorizations still pending or captured (not reversed or expired). */
async function spent(cmd: CommandContext, by: 'card_id' | 'cardholder_id', id: string, since: Date | null, categories: string[] | null | undefined) {
  const [row] = await query(
    cmd.tx,
    sql`select coalesce(sum(amount), 0)::bigint as n from issuing_authorizations
      where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and ${sql.identifier(by)} = ${id}
        and approved and status in ('pending', 'closed')
        ${since ? sql`and created >= ${since.toISOString()}` : sql``}
        ${categories?.length ? sql`and merchant_data->>'category' in ${categories}` : sql``}`,
  );
  return Number(row?.n ?? 0);
}

/** Whether a control set's limits allow the request, given what was spent in each limit's interval. */
async function withinLimits(cmd: CommandContext, controls: SpendingControls | null, by: 'card_id' | 'cardholder_id', id: string, r: SpendRequest) {
  for (const limit of limitsFor(controls, r.category)) {
    if (limit.interval === 'per_authorization') {
      if (r.amount > limit.amount) return false;
      continue;
    }
    const used = await spent(cmd, by, id, intervalStart(limit.interval, cmd.now), limit.categories);
    if (used + r.amount > limit.amount) return false;
  }
  return true;
}

export async function decide(cmd: CommandContext, d: DecisionInput): Promise<Decision> {
  const no = (reason: Reason): Decision => ({ approved: false, reason });
  const { card, holder, fa, request } = d;
  if (card.status === 'canceled') return no('card_canceled');
  if (card.status === 'inactive') return no('card_inactive');
  if (Date.UTC(card.exp_year, card.exp_month, 1) <= cmd.now.getTime()) return no('card_expired');
  if (holder.status === 'blocked') return no('cardholder_blocked');
  if (holder.status === 'inactive') return no('cardholder_inactive');
  if (d.verification?.cvc_check === 'mismatch' || d.verification?.expiry_check === 'mismatch') return no('verification_failed');
  if (!allowsMerchant(card.spending_controls as SpendingControls, request)) return no('spending_controls');
  if (!allowsMerchant(holder.spending_controls as SpendingControls | null, request)) return no('spending_controls');
  if (!(await withinLimits(cmd, card.spending_controls as SpendingControls, 'card_id', card.id, request))) return no('spending_controls');
  if (!(await withinLimits(cmd, holder.spending_controls as SpendingControls | null, 'cardholder_id', holder.id, request))) return no('spending_controls');
  if (fa) {
    if (fa.status === 'closed' || !isFeatureActive(fa.feature_states, 'card_issuing', featureContext(fa))) return no('account_disabled');
    if ((await cashNow(cmd, fa.id, card.currency)) < request.amount) return no('insufficient_funds');
  } else if ((await lockAvailable(cmd, card.currency)) < request.amount) return no('insufficient_funds');
  return { approved: true, reason: 'card_active' };
}
