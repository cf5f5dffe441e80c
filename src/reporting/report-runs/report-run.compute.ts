import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { query } from '../../db/sql.js';
import type { Scope } from '../../kernel/command.js';
import type { ReportTypeDef } from '../report-types/report-types.js';

/**
 * A report run's CSV, computed from the account's own Treasury ledger (its TransactionEntries, which
 * never change once written): the cash sub-balance is the balance these reports describe. Amounts are
 * in major units with two decimals, as Stripe's report files show them (Treasury holds usd only).
 */
export interface RunParams {
  /** The run's creation (ms): the data as it was then (entries written later are not in it, whatever their effective time). */
  as_of: Date;
  interval_start: number;
  interval_end: number;
  columns?: string[];
  currency?: string;
  reporting_category?: string;
  timezone?: string;
}

/**
 * Stripe's reporting category of each entry type (docs/decisions/reporting.md): money added from
 * outside is a top-up, money sent out a transfer, card holds and releases their Issuing categories.
 */
export const REPORTING_CATEGORY: Record<string, string> = {
  inbound_transfer: 'topup',
  inbound_transfer_return: 'topup_reversal',
  received_credit: 'topup',
  credit_reversal: 'topup_reversal',
  credit_reversal_posting: 'topup_reversal',
  received_debit: 'transfer',
  debit_reversal: 'transfer_reversal',
  outbound_transfer: 'transfer',
  outbound_transfer_posting: 'transfer',
  outbound_transfer_cancellation: 'transfer_reversal',
  outbound_transfer_failure: 'transfer_reversal',
  outbound_transfer_return: 'transfer_reversal',
  outbound_payment: 'transfer',
  outbound_payment_posting: 'transfer',
  outbound_payment_cancellation: 'transfer_reversal',
  outbound_payment_failure: 'transfer_reversal',
  outbound_payment_return: 'transfer_reversal',
  issuing_authorization_hold: 'issuing_authorization_hold',
  issuing_authorization_release: 'issuing_authorization_release',
  other: 'other_adjustment',
};
const categoryOf = (entryType: string) => REPORTING_CATEGORY[entryType] ?? 'other_adjustment';

/** Minor units as Stripe's report files show amounts: `-12.34`. */
export function major(minor: number): string {
  const abs = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const cell = (v: unknown) => {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const toCsv = (columns: readonly string[], rows: Record<string, unknown>[]) =>
  `${[columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n')}\n`;

const at = (unix: number) => sql`to_timestamp(${unix})`;

/** `YYYY-MM-DD HH:MM:SS` in a time zone (Stripe's `created` beside `created_utc`). */
function localTime(unix: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(unix * 1000))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
const utc = (unix: number) => new Date(unix * 1000).toISOString().replace('T', ' ').slice(0, 19);

function entryFilter(scope: Scope, p: RunParams): SQL {
  const parts = [
    sql`e.account_id = ${scope.accountId}`,
    sql`e.livemode = ${scope.livemode}`,
    sql`e.cash <> 0`,
    sql`e.created <= ${p.as_of.toISOString()}::timestamptz`,
  ];
  if (p.currency) parts.push(sql`e.currency = ${p.currency}`);
  return sql.join(parts, sql` and `);
}

/** Stripe's balance summary rows; `byAccount` (the financial_account_ family): one set per FinancialAccount. */
async function balanceSummary(ex: Executor, scope: Scope, p: RunParams, byAccount = false) {
  const group = byAccount ? sql`e.financial_account_id, e.currency` : sql`e.currency`;
  const rows = await query(
    ex,
    sql`select ${byAccount ? sql`e.financial_account_id` : sql`null`} as financial_account, e.currency,
      coalesce(sum(e.cash) filter (where e.effective_at < ${at(p.interval_start)}), 0)::bigint as starting,
      coalesce(sum(e.cash) filter (where e.effective_at >= ${at(p.interval_start)} and e.effective_at < ${at(p.interval_end)}), 0)::bigint as activity
      from treasury_transaction_entries e where ${entryFilter(scope, p)} and e.effective_at < ${at(p.interval_end)}
      group by ${group} order by ${group}`,
  );
  const out: Record<string, unknown>[] = [];
  const from = utc(p.interval_start);
  const to = utc(p.interval_end);
  for (const r of rows) {
    const currency = String(r.currency);
    const starting = Number(r.starting);
    const activity = Number(r.activity);
    const financial_account_id = r.financial_account ?? undefined;
    // fingraph has no payouts or fees: activity is the whole change (docs/decisions/reporting.md).
    out.push(
      ...[
        { category: 'starting_balance', description: `Starting balance (${from})`, net_amount: major(starting) },
        { category: 'activity_gross', description: 'Activity before fees', net_amount: major(activity) },
        { category: 'activity_fee', description: 'Less fees', net_amount: major(0) },
        { category: 'activity', description: 'Net balance change from activity', net_amount: major(activity) },
        { category: 'payouts', description: 'Total payouts', net_amount: major(0) },
        { category: 'ending_balance', description: `Ending balance (${to})`, net_amount: major(starting + activity) },
      ].map((row) => ({ financial_account_id, ...row, currency })),
    );
  }
  return out;
}

async function itemizedEntries(ex: Executor, scope: Scope, p: RunParams) {
  return query(
    ex,
    sql`select e.id, e.financial_account_id, e.currency, e.cash::bigint as cash, e.type, e.flow, extract(epoch from e.effective_at)::bigint as effective_at, t.description
      from treasury_transaction_entries e join treasury_transactions t on t.id = e.transaction_id
      where ${entryFilter(scope, p)} and e.effective_at >= ${at(p.interval_start)} and e.effective_at < ${at(p.interval_end)}
      order by e.effective_at, e.id`,
  );
}

async function activityItemized(ex: Executor, scope: Scope, p: RunParams) {
  const tz = p.timezone ?? 'Etc/UTC';
  return (await itemizedEntries(ex, scope, p))
    .map((r) => {
      const when = Number(r.effective_at);
      const net = Number(r.cash);
      return {
        financial_account_id: r.financial_account_id,
        balance_transaction_id: r.id,
        created_utc: utc(when),
        created: localTime(when, tz),
        available_on_utc: utc(when),
        available_on: localTime(when, tz),
        currency: r.currency,
        gross: major(net),
        fee: major(0),
        net: major(net),
        reporting_category: categoryOf(String(r.type)),
        source_id: r.flow,
        description: r.description,
      };
    })
    .filter((r) => !p.reporting_category || r.reporting_category === p.reporting_category);
}

async function activitySummary(ex: Executor, scope: Scope, p: RunParams, byAccount = false) {
  const groups = new Map<string, { financial_account_id?: string; reporting_category: string; currency: string; count: number; net: number }>();
  for (const r of await itemizedEntries(ex, scope, p)) {
    const category = categoryOf(String(r.type));
    const account = byAccount ? String(r.financial_account_id) : undefined;
    const key = `${account ?? ''}:${category}:${r.currency}`;
    const g = groups.get(key) ?? { financial_account_id: account, reporting_category: category, currency: String(r.currency), count: 0, net: 0 };
    g.count += 1;
    g.net += Number(r.cash);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        (a.financial_account_id ?? '').localeCompare(b.financial_account_id ?? '') ||
        a.reporting_category.localeCompare(b.reporting_category) ||
        a.currency.localeCompare(b.currency),
    )
    .map((g) => ({ ...g, gross: major(g.net), fee: major(0), net: major(g.net) }));
}

const BUILDERS: Record<string, (ex: Executor, scope: Scope, p: RunParams) => Promise<Record<string, unknown>[]>> = {
  'balance.summary.1': balanceSummary,
  'balance_change_from_activity.summary.1': activitySummary,
  'balance_change_from_activity.itemized.1': activityItemized,
  // Versions 2 and 3 add payment and Connect columns that Treasury entries leave blank.
  'balance_change_from_activity.itemized.2': activityItemized,
  'balance_change_from_activity.itemized.3': activityItemized,
  'financial_account_balance.summary.1': (ex, scope, p) => balanceSummary(ex, scope, p, true),
  'financial_account_balance_change_from_activity.summary.1': (ex, scope, p) => activitySummary(ex, scope, p, true),
  'financial_account_balance_change_from_activity.itemized.1': activityItemized,
};

/** The run's CSV: the type's rows over the interval, with the asked (or default) columns in that order. */
export async function computeReport(ex: Executor, scope: Scope, type: ReportTypeDef, p: RunParams): Promise<string> {
  const build = BUILDERS[type.id];
  if (!build) throw new Error(`report type ${type.id} has no builder`);
  return toCsv(p.columns?.length ? p.columns : type.default_columns, await build(ex, scope, p));
}
