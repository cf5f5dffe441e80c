import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Executor } from '../../db/client.js';
import { anyOf, lockOwnedRow } from '../../db/sql.js';
import type { Scope } from '../../kernel/command.js';
import { unix } from '../../kernel/clock.js';
import { keysetPage, rangeFilter, type DateTimeRange, type PageArgs } from '../../kernel/pagination.js';
import { featureLists, featuresToStripe, isFeatureActive, type FeatureContext } from './financial-account.features.js';
import { treasuryBalances, treasuryFinancialAccounts as fa } from './financial-account.table.js';

export type FinancialAccountRow = typeof fa.$inferSelect;
export type BalanceRow = { currency: string; cash: number; inbound_pending: number; outbound_pending: number };
export type StripeFinancialAccount = Stripe.Treasury.FinancialAccount;

/** The row plus its balances, aggregated in the same statement (no second query per account). */
const withBalances = {
  ...getTableColumns(fa),
  balances: sql<BalanceRow[]>`coalesce((select json_agg(json_build_object('currency', b.currency, 'cash', b.cash, 'inbound_pending', b.inbound_pending, 'outbound_pending', b.outbound_pending)) from ${treasuryBalances} b where b.financial_account_id = ${fa.id}), '[]'::json)`,
};
type LoadedRow = FinancialAccountRow & { balances: BalanceRow[] };

export const ownedBy = (scope: Scope) => [eq(fa.accountId, scope.accountId), eq(fa.livemode, scope.livemode)];

export const featureContext = (row: FinancialAccountRow): FeatureContext => ({
  status: row.status,
  inboundFlows: row.inboundFlows,
  outboundFlows: row.outboundFlows,
});

export function financialAccountToStripe(row: LoadedRow, accountHolderName = 'Fingraph Treasury'): StripeFinancialAccount {
  const ctx = featureContext(row);
  const lists = featureLists(row.features, ctx);
  const balance = { cash: {} as Record<string, number>, inbound_pending: {} as Record<string, number>, outbound_pending: {} as Record<string, number> };
  for (const b of row.balances) {
    balance.cash[b.currency] = Number(b.cash);
    balance.inbound_pending[b.currency] = Number(b.inbound_pending);
    balance.outbound_pending[b.currency] = Number(b.outbound_pending);
  }
  const aba = isFeatureActive(row.features, 'financial_addresses.aba', ctx);
  return {
    id: row.id,
    object: 'treasury.financial_account',
    active_features: lists.active,
    balance,
    country: row.country,
    created: unix(row.created),
    features: featuresToStripe(row.features, ctx),
    financial_addresses: aba
      ? [
          {
            type: 'aba',
            aba: {
              account_holder_name: accountHolderName,
              account_number: row.abaAccountNumber,
              account_number_last4: row.abaAccountNumber.slice(-4),
              bank_name: row.livemode ? 'Evolve Bank & Trust' : 'STRIPE TEST BANK',
              routing_number: row.livemode ? '084106768' : '110000000',
            },
            supported_networks: ['ach', 'us_domestic_wire'],
          },
        ]
      : [],
    is_default: row.isDefault,
    livemode: row.livemode,
    metadata: row.metadata,
    nickname: row.nickname,
    pending_features: lists.pending,
    platform_restrictions:
      row.inboundFlows || row.outboundFlows ? { inbound_flows: row.inboundFlows, outbound_flows: row.outboundFlows } : null,
    restricted_features: lists.restricted,
    status: row.status,
    status_details: { closed: row.status === 'closed' ? { reasons: (row.closedReasons ?? ['other']) as never } : null },
    supported_currencies: row.supportedCurrencies,
  };
}

export async function findFinancialAccounts(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = (await db
    .select(withBalances)
    .from(fa)
    .where(and(...ownedBy(scope), anyOf(fa.id, ids)))) as LoadedRow[];
  return new Map(rows.map((r) => [r.id, financialAccountToStripe(r)]));
}

export async function findFinancialAccount(db: Executor, scope: Scope, id: string) {
  return (await findFinancialAccounts(db, scope, [id])).get(id) ?? null;
}

/** Locks the account row for the rest of the transaction (flows on one account serialize here). */
export async function lockFinancialAccount(db: Executor, scope: Scope, id: string): Promise<FinancialAccountRow | null> {
  return lockOwnedRow(db, fa, scope, id);
}

export interface FinancialAccountFilter {
  status?: 'open' | 'closed' | null;
  created?: DateTimeRange | null;
}

export function listFinancialAccounts(db: Executor, scope: Scope, filter: FinancialAccountFilter, args: PageArgs) {
  return keysetPage<LoadedRow, StripeFinancialAccount>({
    db,
    table: fa,
    select: withBalances,
    where: [...ownedBy(scope), filter.status ? eq(fa.status, filter.status) : undefined, ...rangeFilter(fa.created, filter.created)],
    args,
    map: (row) => financialAccountToStripe(row),
  });
}
