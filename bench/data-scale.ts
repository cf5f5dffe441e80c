import fs from 'node:fs';
import path from 'node:path';
import { encodeCursor } from '../src/kernel/pagination.js';
import { transactions } from '../src/ledger/transaction.resource.js';
import { equalsWhere, listRecords } from '../src/layer/store.js';
import { capture } from './lib/capture.js';
import type { BenchDatabase } from './lib/db.js';
import { envInt, envList, round } from './lib/env.js';
import { RESULTS_DIR, type BenchResult, type Row } from './lib/report.js';
import { benchServer, HttpClient, must } from './lib/server.js';
import { sequential, type Summary } from './lib/stats.js';
import { createTenants } from './lib/tenants.js';

const LIST = `query BenchTransactions($fa: ID!, $first: Int!, $after: String) {
  treasuryTransactions(financialAccount: $fa, first: $first, after: $after) {
    nodes { id amount status created balanceImpact { cash } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const INDEX = 'treasury_transactions_list_idx';

/**
 * Bulk-loads posted +1 "other" Transactions numbered from..to (one entry each, and the balance moved
 * by the same amount, so the ledger stays consistent) with SQL generate_series: no API involved.
 * Older numbers are older rows; created times are 7 ms apart, ending a day ago.
 */
async function bulkLoad(db: BenchDatabase, accountId: string, fa: string, from: number, to: number) {
  const sql = db.sql(1);
  const base = new Date(Date.now() - 86_400_000).toISOString();
  await sql.begin(async (tx) => {
    await tx.unsafe(
      `insert into treasury_transactions (id, account_id, livemode, created, financial_account_id, amount, currency, description, flow, flow_type, status, posted_at, void_at, cash, inbound_pending, outbound_pending)
       select 'trxn_bulk' || lpad(g::text, 9, '0'), $1, false, $3::timestamptz - g * interval '7 milliseconds', $2, 1, 'usd', 'Bulk load', null, 'other', 'posted',
              $3::timestamptz - g * interval '7 milliseconds', null, 1, 0, 0
       from generate_series($4::int, $5::int) g`,
      [accountId, fa, base, from, to],
    );
    await tx.unsafe(
      `insert into treasury_transaction_entries (id, account_id, livemode, created, financial_account_id, transaction_id, currency, type, effective_at, flow, flow_type, cash, inbound_pending, outbound_pending)
       select 'trxne_bulk' || lpad(g::text, 9, '0'), $1, false, $3::timestamptz - g * interval '7 milliseconds', $2, 'trxn_bulk' || lpad(g::text, 9, '0'), 'usd', 'other',
              $3::timestamptz - g * interval '7 milliseconds', null, 'other', 1, 0, 0
       from generate_series($4::int, $5::int) g`,
      [accountId, fa, base, from, to],
    );
    await tx.unsafe(`update treasury_balances set cash = cash + $2 where financial_account_id = $1 and currency = 'usd'`, [fa, to - from + 1]);
  });
  // Steady state, as autovacuum would leave it: statistics, visibility map and hint bits set.
  await sql.unsafe('vacuum (analyze) treasury_transactions');
  await sql.unsafe('vacuum (analyze) treasury_transaction_entries');
}

/** EXPLAIN (ANALYZE, BUFFERS) of exactly the statement the API sends for this page (recorded from the repository code). */
async function explainPage(db: BenchDatabase, accountId: string, fa: string, first: number, after: string | null) {
  const { statements } = await capture(db.url, (cdb) =>
    listRecords(
      cdb,
      transactions.storage,
      { accountId, livemode: false },
      { where: [equalsWhere(transactions.storage, 'financial_account', fa)] },
      { first, after },
    ),
  );
  const page = statements.find((s) => s.query.startsWith('select') && s.query.includes('"treasury_transactions"'));
  if (!page) throw new Error('the list statement was not recorded');
  const sql = db.sql(1);
  const plan = await sql.unsafe(`explain (analyze, buffers) ${page.query}`, page.params as never[]);
  const text = plan.map((r) => r['QUERY PLAN'] as string).join('\n');
  const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? NaN);
  const usesIndex = text.includes(INDEX) && !/Seq Scan/.test(text) && !/\bSort\b/.test(text);
  return { query: page.query, params: page.params, plan: text, executionMs, usesIndex };
}

/**
 * (3) Scale of data: list-page latency of one FinancialAccount's Transactions at 10k, 100k and 1M
 * rows (bulk-loaded in SQL), for the first page and a page in the middle (keyset cursor), with the
 * query plans of the very statement the API sends.
 */
export async function dataScale(db: BenchDatabase): Promise<BenchResult> {
  const steps = envList('BENCH_SCALE_STEPS', [10_000, 100_000, 1_000_000]).sort((a, b) => a - b);
  const iterations = envInt('BENCH_SCALE_ITERATIONS', 200);
  const first = envInt('BENCH_SCALE_PAGE', 100);

  const [tenant] = await createTenants(db, 1, 0, 'Data scale');
  const t = tenant!;
  const sql = db.sql(1);
  const server = await benchServer(db.url);
  const http = new HttpClient(server.url, t.key, 1);
  const measured: { rows: number; loadSeconds: number; firstPage: Summary; middlePage: Summary; plans: Awaited<ReturnType<typeof explainPage>>[] }[] = [];
  try {
    let loaded = 0;
    for (const target of steps) {
      const started = Date.now();
      if (target > loaded) await bulkLoad(db, t.accountId, t.financialAccount, loaded + 1, target);
      loaded = target;
      const loadSeconds = (Date.now() - started) / 1000;
      const [{ n }] = (await sql`select count(*)::int as n from treasury_transactions where financial_account_id = ${t.financialAccount}`) as unknown as [
        { n: number },
      ];
      if (n !== target) throw new Error(`expected ${target} transactions, found ${n}`);
      // A cursor half-way down the list (found once with OFFSET; the API itself never uses OFFSET).
      const [mid] =
        await sql`select created, id from treasury_transactions where financial_account_id = ${t.financialAccount} order by created desc, id desc offset ${Math.floor(target / 2)} limit 1`;
      const middle = encodeCursor(mid!.created as Date, mid!.id as string);

      const page = async (after: string | null) => {
        const d = await must(http, LIST, { fa: t.financialAccount, first, after }, t.key);
        if (d.treasuryTransactions.nodes.length !== first) throw new Error(`expected a full page of ${first}`);
      };
      const firstPage = await sequential(iterations, () => page(null));
      const middlePage = await sequential(iterations, () => page(middle));
      const plans = [
        await explainPage(db, t.accountId, t.financialAccount, first, null),
        await explainPage(db, t.accountId, t.financialAccount, first, middle),
      ];
      measured.push({ rows: target, loadSeconds, firstPage, middlePage, plans });
      console.log(
        `  ${target.toLocaleString('en-US')} rows: loaded in ${loadSeconds.toFixed(1)}s, first page p50 ${firstPage.p50} ms, middle page p50 ${middlePage.p50} ms`,
      );
    }
  } finally {
    http.close();
    await server.stop();
  }

  // The plans, readable, next to the JSON.
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const planText = measured.flatMap((m) =>
    m.plans.map(
      (p, i) =>
        `── ${m.rows.toLocaleString('en-US')} transactions, ${i === 0 ? 'first page' : 'middle page (after a cursor)'} ──\n${p.query}\n-- params: ${JSON.stringify(p.params)}\n\n${p.plan}\n`,
    ),
  );
  fs.writeFileSync(path.join(RESULTS_DIR, 'data-scale-plans.txt'), planText.join('\n'));

  const smallest = measured[0]!;
  const largest = measured.at(-1)!;
  const growth = largest.firstPage.p50 / smallest.firstPage.p50;
  const growthMiddle = largest.middlePage.p50 / smallest.middlePage.p50;
  const allIndexed = measured.every((m) => m.plans.every((p) => p.usesIndex));
  const rows: Row[] = measured.map((m) => ({
    transactions: m.rows,
    'first page p50 ms': m.firstPage.p50,
    'first page p99 ms': m.firstPage.p99,
    'middle page p50 ms': m.middlePage.p50,
    'middle page p99 ms': m.middlePage.p99,
    'SQL exec ms (first/middle)': `${m.plans[0]!.executionMs} / ${m.plans[1]!.executionMs}`,
    [`plan uses ${INDEX}`]: m.plans.every((p) => p.usesIndex) ? 'yes' : 'NO',
  }));
  return {
    name: 'data-scale',
    title: 'Scale of data: list-page latency at growing table size',
    what: `treasuryTransactions(first: ${first}) of one FinancialAccount holding ${steps.map((n) => n.toLocaleString('en-US')).join(' / ')} Transactions (bulk-loaded with generate_series, one entry each), first page and a page half-way down (keyset cursor), ${iterations} sequential requests each through the server process.`,
    params: { steps, iterations, first },
    rows,
    headline: measured.map((m) => ({
      transactions: m.rows.toLocaleString('en-US'),
      'first page p50 / p99 ms': `${m.firstPage.p50} / ${m.firstPage.p99}`,
      'middle page p50 / p99 ms': `${m.middlePage.p50} / ${m.middlePage.p99}`,
      'SQL execution ms': `${m.plans[0]!.executionMs} / ${m.plans[1]!.executionMs}`,
      'index scan': m.plans.every((p) => p.usesIndex) ? 'yes' : 'no',
    })),
    target: {
      text: `flat: p50 at ${largest.rows.toLocaleString('en-US')} rows within 1.5× of ${smallest.rows.toLocaleString('en-US')} rows (first and middle page), and every plan an index scan on ${INDEX} without a sort`,
      met: growth <= 1.5 && growthMiddle <= 1.5 && allIndexed,
    },
    notes: [
      `p50 growth from ${smallest.rows.toLocaleString('en-US')} to ${largest.rows.toLocaleString('en-US')} rows: ×${round(growth)} first page, ×${round(growthMiddle)} middle page`,
      `bulk load times: ${measured.map((m) => `${m.rows.toLocaleString('en-US')} in ${m.loadSeconds.toFixed(1)}s`).join(', ')} (cumulative steps)`,
      'query plans (EXPLAIN ANALYZE, BUFFERS of the exact statement the API sends): data-scale-plans.txt',
    ],
    chart: {
      title: `List page of ${first} Transactions: latency vs rows in the account (ms)`,
      unit: 'ms',
      groups: measured.flatMap((m) => [
        {
          label: `${m.rows.toLocaleString('en-US')}: first page`,
          bars: [
            { series: 'p50', value: m.firstPage.p50 },
            { series: 'p99', value: m.firstPage.p99 },
          ],
        },
        {
          label: `${m.rows.toLocaleString('en-US')}: middle page`,
          bars: [
            { series: 'p50', value: m.middlePage.p50 },
            { series: 'p99', value: m.middlePage.p99 },
          ],
        },
      ]),
    },
    details: measured.map((m) => ({
      rows: m.rows,
      loadSeconds: m.loadSeconds,
      firstPage: m.firstPage,
      middlePage: m.middlePage,
      plans: m.plans.map((p) => ({ executionMs: p.executionMs, usesIndex: p.usesIndex, plan: p.plan })),
    })),
  };
}
