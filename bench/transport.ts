import type { BenchDatabase } from './lib/db.js';
import { benchSeconds, envInt, round, warmupSeconds } from './lib/env.js';
import type { BenchResult, Row } from './lib/report.js';
import { bareServer, benchServer, HttpClient } from './lib/server.js';
import { closedLoop, type Summary } from './lib/stats.js';
import { createTenants } from './lib/tenants.js';

const TRIVIAL = '{ __typename }';

/**
 * (5) Transport ceiling: `{ __typename }` through fingraph against a bare node:http server (with and
 * without the one API-key lookup every request makes), same client, same concurrency, to show what
 * the GraphQL gateway itself costs per request, and its share of a money-movement flow (1).
 */
export async function transport(db: BenchDatabase, ran: Map<string, BenchResult>): Promise<BenchResult> {
  const clients = envInt('BENCH_TRANSPORT_CLIENTS', 32);
  const seconds = benchSeconds();
  const warmup = warmupSeconds();
  const [tenant] = await createTenants(db, 1, 0, 'Transport');
  const key = tenant!.key;
  const body = JSON.stringify({ query: TRIVIAL });

  const load = async (url: string, check: (status: number, text: string) => boolean): Promise<Summary> => {
    const client = new HttpClient(url, key, clients);
    try {
      return await closedLoop({
        concurrency: clients,
        seconds,
        warmupSeconds: warmup,
        op: async () => {
          const r = await client.raw({ headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body });
          if (!check(r.status, r.text)) throw new Error(`HTTP ${r.status}: ${r.text.slice(0, 200)}`);
        },
      });
    } finally {
      client.close();
    }
  };
  const typename = (status: number, text: string) => status === 200 && text.includes('"__typename":"Query"');

  const results: { name: string; s: Summary }[] = [];
  for (const [name, databaseUrl] of [
    ['bare node:http', null],
    ['node:http + API-key lookup', db.url],
  ] as const) {
    const bare = await bareServer(databaseUrl);
    try {
      results.push({ name, s: await load(bare.url, typename) });
    } finally {
      await bare.stop();
    }
  }
  const server = await benchServer(db.url);
  try {
    results.push({ name: 'fingraph GraphQL', s: await load(server.url, (status, text) => typename(status, text) && !text.includes('"errors"')) });
  } finally {
    await server.stop();
  }

  const [bare, authed, gql] = results.map((r) => r.s) as [Summary, Summary, Summary];
  // At saturation (2 cores shared by client, server and PostgreSQL) 1/throughput is the machine time one request costs.
  const gatewayMs = 1000 / gql.throughput - 1000 / authed.throughput;
  const mm = ran.get('money-movement');
  const mmFlows = (mm?.details as { graphql?: Summary } | undefined)?.graphql?.throughput;
  const notes = [
    `the GraphQL layer (yoga parse/validate/execute, context, response) costs ≈ ${round(gatewayMs, 3)} ms of machine time per request on top of node:http + the API-key lookup (1/throughput difference at saturation)`,
    `transport alone caps money movement (2 requests per flow) at ≈ ${Math.round(gql.throughput / 2).toLocaleString('en-US')} flows/s`,
    'the load generator runs on the same 2 cores, so every row includes the same client-side cost per request',
  ];
  let share: number | null = null;
  if (mmFlows) {
    share = (2 * gatewayMs) / (1000 / mmFlows);
    notes.push(
      `money movement in this run: ${mmFlows} flows/s = ${round(1000 / mmFlows, 2)} ms of machine time per flow, of which ≈ ${round(2 * gatewayMs, 2)} ms (${Math.round(share * 100)}%) is the GraphQL layer of its 2 requests`,
    );
  }
  const rows: Row[] = results.map((r) => ({
    server: r.name,
    'req/s': r.s.throughput,
    'p50 ms': r.s.p50,
    'p99 ms': r.s.p99,
    requests: r.s.count,
    errors: r.s.errors,
    'vs bare': round(r.s.throughput / bare.throughput),
  }));
  return {
    name: 'transport',
    title: 'Transport ceiling: a trivial query vs bare node:http',
    what: `${clients} concurrent keep-alive clients POSTing \`${TRIVIAL}\` with an API key for ${seconds}s after ${warmup}s warm-up, to each server process in turn.`,
    params: { clients, seconds, warmup },
    rows,
    headline: [
      ...results.map((r) => ({
        '': r.name,
        'req/s': r.s.throughput,
        'p50 / p99 ms': `${r.s.p50} / ${r.s.p99}`,
        'vs bare': round(r.s.throughput / bare.throughput),
      })),
      ...(share !== null
        ? [{ '': 'GraphQL layer share of a money-movement flow', 'req/s': `${Math.round(share * 100)}%`, 'p50 / p99 ms': '', 'vs bare': '' }]
        : []),
    ],
    notes,
    chart: {
      title: `Transport ceiling: requests per second (${clients} clients)`,
      unit: 'req/s',
      groups: results.map((r) => ({ label: r.name, bars: [{ series: 'throughput', value: r.s.throughput }] })),
    },
    details: { results, gatewayMsPerRequest: gatewayMs, moneyMovementFlowsPerSecond: mmFlows ?? null, gatewayShareOfFlow: share },
  };
}
