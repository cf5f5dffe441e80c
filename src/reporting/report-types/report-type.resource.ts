import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { query } from '../../db/sql.js';
import type { Scope } from '../../kernel/command.js';
import { clock } from '../../kernel/clock.js';
import { defineResource } from '../../layer/resource.js';
import { REPORT_TYPES } from './report-types.js';

/**
 * Report types: Stripe's catalogue (the same ids for every account), with `data_available_start/end`
 * computed from the caller's own ledger in the caller's mode: from the first day with a Treasury
 * entry (today for an account without entries) to now (fingraph's data is never behind; the end is
 * exclusive, the next whole second).
 */

export async function dataAvailability(ex: Executor, scope: Scope): Promise<{ start: number; end: number }> {
  const [row] = await query(
    ex,
    sql`select floor(extract(epoch from min(effective_at)))::bigint as first, floor(extract(epoch from max(effective_at)))::bigint as last
      from treasury_transaction_entries where account_id = ${scope.accountId} and livemode = ${scope.livemode}`,
  );
  // Exclusive end: everything up to now (and entries a test clock put ahead of real time) is covered.
  const end = Math.max(Math.floor(clock.now().getTime() / 1000), row?.last == null ? 0 : Number(row.last)) + 1;
  const first = row?.first == null ? null : Number(row.first);
  // Stripe's windows start at a day boundary (UTC).
  const from = first ?? end - 1;
  return { start: from - (from % 86_400), end };
}

export const reportingReportTypes = defineResource({
  object: 'reporting.report_type',
  catalogue: () =>
    REPORT_TYPES.map((t) => ({
      id: t.id,
      object: 'reporting.report_type',
      data_available_end: 0,
      data_available_start: 0,
      default_columns: [...t.default_columns],
      name: t.name,
      updated: t.updated,
      version: t.version,
    })),
  async enrich(ex, scope, records) {
    const { start, end } = await dataAvailability(ex, scope);
    for (const r of records) Object.assign(r, { data_available_start: start, data_available_end: end });
  },
});
