import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';

export interface LedgerViolation {
  kind: 'balance' | 'transaction';
  id: string;
  detail: string;
}

/**
 * The ledger's invariants, checked from the database: each balance equals the sum of its account's
 * entries per currency; each Transaction's balance_impact equals the sum of its entries.
 */
export async function ledgerViolations(db: Executor, financialAccountIds?: string[]): Promise<LedgerViolation[]> {
  const scope = financialAccountIds ? sql`and b.financial_account_id in ${financialAccountIds}` : sql``;
  const balances = (await db.execute(sql`
    select b.financial_account_id as id, b.currency, b.cash, b.inbound_pending, b.outbound_pending,
      coalesce(sum(e.cash), 0)::bigint as e_cash, coalesce(sum(e.inbound_pending), 0)::bigint as e_in,
      coalesce(sum(e.outbound_pending), 0)::bigint as e_out
    from treasury_balances b
    left join treasury_transaction_entries e on e.financial_account_id = b.financial_account_id and e.currency = b.currency
    where true ${scope}
    group by b.financial_account_id, b.currency, b.cash, b.inbound_pending, b.outbound_pending
    having b.cash <> coalesce(sum(e.cash), 0) or b.inbound_pending <> coalesce(sum(e.inbound_pending), 0)
      or b.outbound_pending <> coalesce(sum(e.outbound_pending), 0)`)) as unknown as { rows?: Record<string, unknown>[] } & Record<string, unknown>[];
  const txScope = financialAccountIds ? sql`and t.financial_account_id in ${financialAccountIds}` : sql``;
  const transactions = (await db.execute(sql`
    select t.id from treasury_transactions t
    left join treasury_transaction_entries e on e.transaction_id = t.id
    where true ${txScope}
    group by t.id, t.cash, t.inbound_pending, t.outbound_pending
    having t.cash <> coalesce(sum(e.cash), 0) or t.inbound_pending <> coalesce(sum(e.inbound_pending), 0)
      or t.outbound_pending <> coalesce(sum(e.outbound_pending), 0)`)) as unknown as { rows?: Record<string, unknown>[] } & Record<string, unknown>[];
  const rows = (r: unknown): Record<string, unknown>[] => (Array.isArray(r) ? r : ((r as { rows?: Record<string, unknown>[] }).rows ?? []));
  return [
    ...rows(balances).map((r) => ({ kind: 'balance' as const, id: String(r.id), detail: JSON.stringify(r) })),
    ...rows(transactions).map((r) => ({ kind: 'transaction' as const, id: String(r.id), detail: 'balance_impact differs from its entries' })),
  ];
}
