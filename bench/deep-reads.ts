import { perform } from '../src/layer/perform.js';
import type { BenchDatabase } from './lib/db.js';
import { envInt, envList, round } from './lib/env.js';
import type { BenchResult, Row } from './lib/report.js';
import { benchServer, HttpClient, must, processCpuMs } from './lib/server.js';
import { closedLoop, sequential, type Summary } from './lib/stats.js';
import { createTenants } from './lib/tenants.js';

/** The page the issue describes (the same shape as test/ledger/sql-count.test.ts pins). */
export const DEEP_PAGE = `query BenchDeepPage($fa: ID!, $first: Int!) {
  treasuryOutboundTransfers(financialAccount: $fa, first: $first) {
    nodes {
      id status amount
      financialAccount { id status balance { cash { amount currency } } }
      transaction {
        id status balanceImpact { cash outboundPending }
        entries(first: 10) { nodes { id type balanceImpact { cash outboundPending } } }
      }
    }
  }
}`;

/** The same rows in one hand-written statement: the page, its FinancialAccount and balance, each Transaction, its first 10 entries. */
const HAND_SQL = `
select o.id, o.status, o.amount,
       fa.id as fa_id, fa.status as fa_status, b.currency as fa_currency, b.cash as fa_cash,
       t.id as txn_id, t.status as txn_status, t.cash as txn_cash, t.outbound_pending as txn_outbound_pending,
       e.id as entry_id, e.type as entry_type, e.cash as entry_cash, e.outbound_pending as entry_outbound_pending
from (
  select * from treasury_outbound_transfers
  where account_id = $1 and livemode = false and financial_account_id = $2
  order by created desc, id desc
  limit $3
) o
join treasury_financial_accounts fa on fa.id = o.financial_account_id and fa.account_id = $1 and fa.livemode = false
join treasury_balances b on b.financial_account_id = fa.id
join treasury_transactions t on t.id = o.transaction_id and t.account_id = $1 and t.livemode = false
left join lateral (
  select * from treasury_transaction_entries x
  where x.transaction_id = t.id and x.account_id = $1 and x.livemode = false
  order by x.created desc, x.id desc
  limit 10
) e on true
order by o.created desc, o.id desc, e.created desc, e.id desc`;

type PageData = {
  treasuryOutboundTransfers: { nodes: { id: string; transaction: { id: string; entries: { nodes: { id: string }[] } } }[] };
};

/** (transfer, transaction, entry) triples, the common denominator of both answers. */
const triplesOfGraphql = (d: PageData) =>
  d.treasuryOutboundTransfers.nodes.flatMap((n) => n.transaction.entries.nodes.map((e) => `${n.id}/${n.transaction.id}/${e.id}`));

/**
 * (2) Deep reads: a page of OutboundTransfers with FinancialAccount, Transaction and entries.
 * Statements per request are counted on the in-process app at several page sizes; latency is timed
 * against the server process and compared with one hand-written SQL query returning the same rows.
 */
export async function deepReads(db: BenchDatabase): Promise<BenchResult> {
  const sizes = envList('BENCH_DEEP_PAGE_SIZES', [10, 50, 100]);
  const iterations = envInt('BENCH_DEEP_ITERATIONS', 200);
  // Concurrent phase on the largest page: c clients for a few seconds, each side (GraphQL, then SQL).
  const concurrency = envInt('BENCH_DEEP_CONCURRENCY', 8);
  const concurrentSeconds = envInt('BENCH_DEEP_CONCURRENT_S', 5);
  const maxSize = Math.max(...sizes);
  if (maxSize > 100) throw new Error('BENCH_DEEP_PAGE_SIZES: pages hold at most 100 objects');

  // One FinancialAccount with more transfers than the largest page; every other one posted (two entries).
  const [tenant] = await createTenants(db, 1, 1e12, 'Deep reads');
  const t = tenant!;
  const caller = { db: db.database.db, scope: { accountId: t.accountId, livemode: false }, requestId: 'req_bench_setup' };
  for (let i = 0; i < maxSize + 20; i++) {
    const obt = await perform('treasury.outbound_transfer', 'create', caller, {
      financial_account: t.financialAccount,
      destination_payment_method: t.paymentMethod,
      amount: 100 + i,
      currency: 'usd',
    });
    if (i % 2 === 0) await perform('treasury.outbound_transfer', 'post', caller, { id: obt.id });
  }

  // The hand-written query must answer with the same rows as the API.
  const sql = db.sql(1);
  const handQuery = (first: number) => sql.unsafe(HAND_SQL, [t.accountId, t.financialAccount, first], { prepare: true });

  // Statements per request, counted on the in-process app (auth included).
  const statements: Record<number, number> = {};
  await db.withInProcessApp(async (url) => {
    const counter = new HttpClient(url, t.key, 1);
    try {
      for (const first of sizes) statements[first] = await countAndCompare(counter, first);
    } finally {
      counter.close();
    }
  });
  async function countAndCompare(counter: HttpClient, first: number) {
    const before = db.database.stats.statements;
    const data = await must<PageData>(counter, DEEP_PAGE, { fa: t.financialAccount, first }, t.key);
    const used = db.database.stats.statements - before;
    const rows = await handQuery(first);
    const fromSql = rows.map((r) => `${r.id}/${r.txn_id}/${r.entry_id}`);
    const fromApi = triplesOfGraphql(data);
    if (data.treasuryOutboundTransfers.nodes.length !== first)
      throw new Error(`expected ${first} transfers, got ${data.treasuryOutboundTransfers.nodes.length}`);
    if (JSON.stringify(fromSql) !== JSON.stringify(fromApi)) throw new Error(`the hand-written SQL and the API disagree at page size ${first}`);
    return used;
  }

  // Latency: sequential requests to the server process vs the hand-written query on the driver.
  const server = await benchServer(db.url);
  const http = new HttpClient(server.url, t.key, Math.max(1, concurrency));
  const timings: { first: number; graphql: Summary; sql: Summary; rows: number }[] = [];
  let concurrent: { clients: number; graphql: Summary; sql: Summary; serverCpuMsPerRequest: number | null } | null = null;
  try {
    for (const first of sizes) {
      const graphql = await sequential(iterations, async () => void (await must(http, DEEP_PAGE, { fa: t.financialAccount, first }, t.key)));
      let rows = 0;
      const direct = await sequential(iterations, async () => void (rows = (await handQuery(first)).length));
      timings.push({ first, graphql, sql: direct, rows });
    }
    if (concurrency > 0) {
      const cpu = () => {
        const c = processCpuMs(server.pid);
        return c ? c.user + c.system : null;
      };
      const cpu0 = cpu();
      const graphql = await closedLoop({
        concurrency,
        seconds: concurrentSeconds,
        warmupSeconds: 1,
        op: async () => void (await must(http, DEEP_PAGE, { fa: t.financialAccount, first: maxSize }, t.key)),
      });
      const cpu1 = cpu();
      const pool = db.sql(concurrency);
      const direct = await closedLoop({
        concurrency,
        seconds: concurrentSeconds,
        warmupSeconds: 1,
        op: async () => void (await pool.unsafe(HAND_SQL, [t.accountId, t.financialAccount, maxSize], { prepare: true })),
      });
      // CPU over warm-up and timed phase, per request counted in the timed phase (an upper bound).
      const perRequest = cpu0 !== null && cpu1 !== null ? round((cpu1 - cpu0) / (graphql.count * (1 + 1 / concurrentSeconds))) : null;
      concurrent = { clients: concurrency, graphql, sql: direct, serverCpuMsPerRequest: perRequest };
    }
  } finally {
    http.close();
    await server.stop();
  }

  const flat = new Set(Object.values(statements)).size === 1;
  const expected = 2; // the API-key lookup every request makes + one planned statement (src/layer/read-plan.ts)
  const largest = timings.at(-1)!;
  const ratio = largest.graphql.p50 / largest.sql.p50;
  const rows: Row[] = timings.map((x) => ({
    'page size': x.first,
    'SQL rows': x.rows,
    'statements/request': statements[x.first]!,
    'GraphQL p50 ms': x.graphql.p50,
    'GraphQL p99 ms': x.graphql.p99,
    'SQL p50 ms': x.sql.p50,
    'SQL p99 ms': x.sql.p99,
    'ratio p50': round(x.graphql.p50 / x.sql.p50),
  }));
  return {
    name: 'deep-reads',
    title: 'Deep reads: a page of OutboundTransfers with account, transaction and entries',
    what: `treasuryOutboundTransfers(first: N) with financialAccount (+ balance), transaction and its entries(first: 10), ${iterations} sequential requests per size, vs one hand-written SQL query returning the same (transfer, transaction, entry) rows.`,
    params: { sizes, iterations, transfers: maxSize + 20 },
    rows,
    headline: timings.map((x) => ({
      'page size': x.first,
      'SQL statements': statements[x.first]!,
      'GraphQL p50 / p99 ms': `${x.graphql.p50} / ${x.graphql.p99}`,
      'one SQL query p50 / p99 ms': `${x.sql.p50} / ${x.sql.p99}`,
      ratio: round(x.graphql.p50 / x.sql.p50),
    })),
    target: {
      text: `statements per request constant across page sizes (= API-key lookup + 1 planned statement = ${expected}) and GraphQL p50 ≤ 2× the hand-written query at page size ${largest.first}`,
      met: flat && statements[largest.first] === expected && ratio <= 2,
    },
    notes: [
      ...(concurrent
        ? [
            `page of ${maxSize} at ${concurrent.clients} concurrent clients (${concurrentSeconds} s each side): GraphQL p50 ${concurrent.graphql.p50} ms, ${concurrent.graphql.throughput} req/s; one SQL query p50 ${concurrent.sql.p50} ms, ${concurrent.sql.throughput} req/s; server CPU ≈ ${concurrent.serverCpuMsPerRequest} ms per GraphQL request`,
          ]
        : []),
      `statements per request at page sizes ${sizes.join('/')}: ${sizes.map((s) => statements[s]).join('/')} (counted on the in-process app: API key, then one statement for the transfers with their FinancialAccount + balances, Transactions and entries)`,
      'both answers were compared row by row before timing; the GraphQL time includes HTTP, JSON and the API-key lookup, the SQL time is the driver round trip only',
    ],
    chart: {
      title: 'Deep reads: latency per page of OutboundTransfers (ms)',
      unit: 'ms',
      groups: timings.flatMap((x) => [
        {
          label: `${x.first} transfers: GraphQL`,
          bars: [
            { series: 'p50', value: x.graphql.p50 },
            { series: 'p99', value: x.graphql.p99 },
          ],
        },
        {
          label: `${x.first} transfers: one SQL query`,
          bars: [
            { series: 'p50', value: x.sql.p50 },
            { series: 'p99', value: x.sql.p99 },
          ],
        },
      ]),
    },
    details: { statements, timings, concurrent },
  };
}
