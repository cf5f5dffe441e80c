import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { query } from '../../db/sql.js';
import { publishObject } from '../../events/pubsub.js';
import type { CommandContext, Scope } from '../../kernel/command.js';
import { newId } from '../../kernel/ids.js';

/**
 * The Issuing balance of cards without a FinancialAccount (docs/decisions/issuing.md). Each movement
 * is an entry and a change of the (account, mode, currency) row, in the caller's transaction; the row
 * stays locked until it commits, so funds checks and holds cannot interleave.
 */
export type IssuingBalanceEntryType = 'funding' | 'issuing_authorization_hold' | 'issuing_authorization_release' | 'issuing_transaction' | 'issuing_dispute';

export interface IssuingBalance {
  available: { amount: number; currency: string }[];
  held: { amount: number; currency: string }[];
}

/** The pub/sub kind of `issuingBalanceUpdated` (one stream per account and mode). */
export const ISSUING_BALANCE_KIND = 'IssuingBalance';

/** Locks the currency's row (when there is one) and answers what is available: the decision's funds check. */
export async function lockAvailable(cmd: CommandContext, currency: string): Promise<number> {
  const [row] = await query(
    cmd.tx,
    sql`select available from issuing_balances
      where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and currency = ${currency} for update`,
  );
  return Number(row?.available ?? 0);
}

/** Moves the balance by `delta` (minor units; available and held) and records the entry. */
export async function moveIssuingBalance(
  cmd: CommandContext,
  currency: string,
  type: IssuingBalanceEntryType,
  delta: { available?: number; held?: number },
  source: string,
): Promise<void> {
  const available = delta.available ?? 0;
  const held = delta.held ?? 0;
  if (available === 0 && held === 0) return;
  const { accountId, livemode } = cmd.scope;
  const [moved] = await query(
    cmd.tx,
    sql`insert into issuing_balances (account_id, livemode, currency, available, held)
      values (${accountId}, ${livemode}, ${currency}, ${available}, ${held})
      on conflict (account_id, livemode, currency)
      do update set available = issuing_balances.available + excluded.available, held = issuing_balances.held + excluded.held
      returning held`,
  );
  if (Number(moved!.held) < 0) throw new Error(`Issuing balance: held below zero for ${accountId} ${currency}`);
  await query(
    cmd.tx,
    sql`insert into issuing_balance_entries (id, account_id, livemode, created, currency, type, available, held, source)
      values (${newId('ibe')}, ${accountId}, ${livemode}, ${cmd.now.toISOString()}, ${currency}, ${type}, ${available}, ${held}, ${source})`,
  );
  await publishObject(cmd, ISSUING_BALANCE_KIND, { id: `${accountId}:${livemode}`, ...(await issuingBalanceOf(cmd.tx, cmd.scope)) }, 'all');
}

/** The scope's Issuing balance, per currency (Stripe's `balance.issuing.available`, and what is held). */
export async function issuingBalanceOf(ex: Executor, scope: Scope): Promise<IssuingBalance> {
  const rows = await query(
    ex,
    sql`select currency, available, held from issuing_balances where account_id = ${scope.accountId} and livemode = ${scope.livemode} order by currency`,
  );
  return {
    available: rows.map((r) => ({ amount: Number(r.available), currency: String(r.currency) })),
    held: rows.map((r) => ({ amount: Number(r.held), currency: String(r.currency) })),
  };
}

/** Issuing balances that differ from the sum of their entries (the ledger invariant of the Issuing balance). */
export async function issuingBalanceViolations(ex: Executor, accountIds?: string[]): Promise<{ account: string; currency: string; detail: string }[]> {
  const scope = accountIds ? sql`and b.account_id in ${accountIds}` : sql``;
  const rows = await query(
    ex,
    sql`select b.account_id, b.livemode, b.currency, b.available, b.held,
        coalesce(sum(e.available), 0)::bigint as e_available, coalesce(sum(e.held), 0)::bigint as e_held
      from issuing_balances b
      left join issuing_balance_entries e on e.account_id = b.account_id and e.livemode = b.livemode and e.currency = b.currency
      where true ${scope}
      group by b.account_id, b.livemode, b.currency, b.available, b.held
      having b.available <> coalesce(sum(e.available), 0) or b.held <> coalesce(sum(e.held), 0) or b.held < 0`,
  );
  return rows.map((r) => ({ account: String(r.account_id), currency: String(r.currency), detail: JSON.stringify(r) }));
}
