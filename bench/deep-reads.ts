import { perform } from '../src/layer/perform.js';
import type { BenchDatabase } from './lib/db.js';
import { envInt, envList, round } from './lib/env.js';
import { postGraphileServer } from './lib/postgraphile.js';
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

/**
 * The same page through PostGraphile 5 (amber preset) on the same tables (bench/postgraphile): its
 * generated names, the same order (created desc, id desc) and the same first 10 entries per Transaction.
 */
export const PGL_DEEP_PAGE = `query PglDeepPage($fa: String!, $first: Int!) {
  allTreasuryOutboundTransfers(condition: { financialAccountId: $fa }, first: $first, orderBy: [CREATED_DESC, PRIMARY_KEY_DESC]) {
    nodes {
      rowId status amount
      treasuryFinancialAccountByFinancialAccountId { rowId status treasuryBalancesByFinancialAccountId { nodes { currency cash } } }
      treasuryTransactionByTransactionId {
        rowId status cash outboundPending
        treasuryTransactionEntriesByTransactionId(first: 10, orderBy: [CREATED_DESC, PRIMARY_KEY_DESC]) { nodes { rowId type cash outboundPending } }
      }
    }
  }
}`;

type PglData = {
  allTreasuryOutboundTransfers: {
    nodes: {
      rowId: string;
      treasuryTransactionByTransactionId: { rowId: string; treasuryTransactionEntriesByTransactionId: { nodes: { rowId: string }[] } };
    }[];
  };
};
const triplesOfPostGraphile = (d: PglData) =>
  d.allTreasuryOutboundTransfers.nodes.flatMap((n) =>
    n.treasuryTransactionByTransactionId.treasuryTransactionEntriesByTransactionId.nodes.map(
      (e) => `${n.rowId}/${n.treasuryTransactionByTransactionId.rowId}/${e.rowId}`,
    ),
  );

/** One side of one round of the fingraph / PostGraphile comparison. */
interface SideRound {
  c1: Summary;
  c8: Summary;
  serverCpuMsPerRequest: number | null;
}

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
  // fingraph vs PostGraphile 5 on the largest page: alternating rounds (0 skips the peer), clients of the concurrent phase.
  const peerRounds = envInt('BENCH_DEEP_PEER_ROUNDS', 3);
  const peerClients = envInt('BENCH_DEEP_PEER_CLIENTS', 8);
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
  let peer: Awaited<ReturnType<typeof versusPostGraphile>> | null = null;
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
    if (peerRounds > 0) peer = await versusPostGraphile(server.url, server.pid);
  } finally {
    http.close();
    await server.stop();
  }

  /**
   * fingraph and PostGraphile on the page of `maxSize`, both servers up, in alternating rounds (the
   * first side alternates too): per round and side, `iterations` sequential requests (c=1), then a
   * closed loop of `peerClients` for `concurrentSeconds` with the server process's CPU measured.
   */
  async function versusPostGraphile(fingraphUrl: string, fingraphPid: number) {
    const pgl = await postGraphileServer(db.url);
    const pglHttp = new HttpClient(pgl.url, t.key, peerClients);
    const fgHttp = new HttpClient(fingraphUrl, t.key, peerClients);
    try {
      // Same rows as the hand-written query, and PostGraphile's statements per request (one warm request first).
      const vars = { fa: t.financialAccount, first: maxSize };
      await must<PglData>(pglHttp, PGL_DEEP_PAGE, vars, t.key);
      const before = await pgl.statements();
      const data = await must<PglData>(pglHttp, PGL_DEEP_PAGE, vars, t.key);
      const pglStatements = (await pgl.statements()) - before;
      const fromSql = (await handQuery(maxSize)).map((r) => `${r.id}/${r.txn_id}/${r.entry_id}`);
      if (JSON.stringify(triplesOfPostGraphile(data)) !== JSON.stringify(fromSql)) throw new Error('PostGraphile and the hand-written SQL disagree');

      const sides = {
        fingraph: { client: fgHttp, query: DEEP_PAGE, pid: fingraphPid },
        postgraphile: { client: pglHttp, query: PGL_DEEP_PAGE, pid: pgl.pid },
      };
      type Side = keyof typeof sides;
      const rounds: { round: number; first: Side; fingraph: SideRound; postgraphile: SideRound }[] = [];
      for (let r = 0; r < peerRounds; r++) {
        const order: Side[] = r % 2 === 0 ? ['fingraph', 'postgraphile'] : ['postgraphile', 'fingraph'];
        const c1 = {} as Record<Side, Summary>;
        const c8 = {} as Record<Side, Summary>;
        const cpu = {} as Record<Side, number | null>;
        for (const side of order) {
          const { client, query } = sides[side];
          c1[side] = await sequential(iterations, async () => void (await must(client, query, vars, t.key)));
        }
        for (const side of order) {
          const { client, query, pid } = sides[side];
          const cpu0 = processCpuMs(pid);
          c8[side] = await closedLoop({
            concurrency: peerClients,
            seconds: concurrentSeconds,
            warmupSeconds: 1,
            op: async () => void (await must(client, query, vars, t.key)),
          });
          const cpu1 = processCpuMs(pid);
          cpu[side] = cpu0 && cpu1 ? round((cpu1.user + cpu1.system - cpu0.user - cpu0.system) / (c8[side].count * (1 + 1 / concurrentSeconds))) : null;
        }
        const sideRound = (s: Side): SideRound => ({ c1: c1[s], c8: c8[s], serverCpuMsPerRequest: cpu[s] });
        rounds.push({ round: r + 1, first: order[0]!, fingraph: sideRound('fingraph'), postgraphile: sideRound('postgraphile') });
      }
      return { clients: peerClients, pageSize: maxSize, statements: { fingraph: statements[maxSize]!, postgraphile: pglStatements }, rounds };
    } finally {
      pglHttp.close();
      fgHttp.close();
      await pgl.stop();
    }
  }

  // fingraph / PostGraphile per round: p50 (lower is better) and PostGraphile / fingraph throughput, so ≤ 1 means fingraph is at least equal.
  const peerRatios = (peer?.rounds ?? []).map((r) => ({
    round: r.round,
    c1p50: round(r.fingraph.c1.p50 / r.postgraphile.c1.p50),
    c1tput: round(r.postgraphile.c1.throughput / r.fingraph.c1.throughput),
    c8p50: round(r.fingraph.c8.p50 / r.postgraphile.c8.p50),
    c8tput: round(r.postgraphile.c8.throughput / r.fingraph.c8.throughput),
  }));
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
    headline: peer
      ? peer.rounds.map((r, i) => ({
          round: `${r.round} (${r.first} first)`,
          'c=1 p50 ms fingraph / PostGraphile': `${r.fingraph.c1.p50} / ${r.postgraphile.c1.p50}`,
          'c=1 ratio': peerRatios[i]!.c1p50,
          [`c=${peer!.clients} p50 ms`]: `${r.fingraph.c8.p50} / ${r.postgraphile.c8.p50}`,
          [`c=${peer!.clients} req/s`]: `${r.fingraph.c8.throughput} / ${r.postgraphile.c8.throughput}`,
          [`c=${peer!.clients} ratio`]: peerRatios[i]!.c8p50,
          'server CPU ms/request': `${r.fingraph.serverCpuMsPerRequest} / ${r.postgraphile.serverCpuMsPerRequest}`,
          'statements/request': `${peer!.statements.fingraph} / ${peer!.statements.postgraphile}`,
        }))
      : timings.map((x) => ({
          'page size': x.first,
          'SQL statements': statements[x.first]!,
          'GraphQL p50 / p99 ms': `${x.graphql.p50} / ${x.graphql.p99}`,
          'one SQL query p50 / p99 ms': `${x.sql.p50} / ${x.sql.p99}`,
          ratio: round(x.graphql.p50 / x.sql.p50),
        })),
    target: peer
      ? {
          text: `statements per request constant across page sizes (= API-key lookup + 1 planned statement = ${expected}), and p50 and throughput at least equal to PostGraphile's at c=1 and c=${peer.clients} on the page of ${peer.pageSize} (every ratio fingraph / PostGraphile ≤ 1 in every round)`,
          met: flat && statements[largest.first] === expected && peerRatios.every((r) => r.c1p50 <= 1 && r.c1tput <= 1 && r.c8p50 <= 1 && r.c8tput <= 1),
        }
      : {
          text: `statements per request constant across page sizes (= API-key lookup + 1 planned statement = ${expected}) and GraphQL p50 ≤ 2× the hand-written query at page size ${largest.first}`,
          met: flat && statements[largest.first] === expected && ratio <= 2,
        },
    notes: [
      ...(peer
        ? [
            `vs PostGraphile 5 (amber preset, bench/postgraphile, same database and tables, @foreignKey smart tags on the transfers' financial_account_id and transaction_id, the same API-key lookup per request), page of ${peer.pageSize}, ${peer.rounds.length} alternating rounds of ${iterations} sequential requests then ${peer.clients} clients for ${concurrentSeconds} s; fingraph / PostGraphile p50 per round: c=1 ${peerRatios.map((r) => r.c1p50).join(', ')}; c=${peer.clients} ${peerRatios.map((r) => r.c8p50).join(', ')} (PostGraphile / fingraph req/s at c=${peer.clients}: ${peerRatios.map((r) => r.c8tput).join(', ')}); statements per request ${peer.statements.fingraph} vs ${peer.statements.postgraphile}`,
            "PostGraphile's statement is scoped by the financial account only (amber offers no account_id condition and no row-level security was set up); fingraph scopes every subquery to the caller's account and mode",
          ]
        : []),
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
    details: { statements, timings, concurrent, peer, peerRatios },
  };
}
