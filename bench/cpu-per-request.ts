import { perform } from '../src/layer/perform.js';
import { DEEP_PAGE } from './deep-reads.js';
import { envInt, round } from './lib/env.js';
import type { BenchDatabase } from './lib/db.js';
import type { BenchResult } from './lib/report.js';
import { benchServer, HttpClient, must, processCpuMs } from './lib/server.js';
import { createTenants } from './lib/tenants.js';

const CREATE = `mutation BenchCreate($input: CreateTreasuryOutboundTransferInput!) { createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code message } } }`;
const POST = `mutation BenchPost($input: TestHelpersPostTreasuryOutboundTransferInput!) { testHelpersPostTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code message } } }`;

/**
 * Server CPU per request (issue 15): one client, sequential requests, one server process, its CPU read
 * from /proc before and after. Throughput on this shared 2-core machine moves with other processes'
 * load; the CPU a request costs the server barely does, so before/after comparisons use this figure.
 * The SQL statements per request are counted on the in-process app.
 */
export async function cpuPerRequest(db: BenchDatabase): Promise<BenchResult> {
  const iterations = envInt('BENCH_CPU_ITERATIONS', 300);
  const page = envInt('BENCH_CPU_PAGE', 100);
  const [t] = await createTenants(db, 1, 1e12, 'CPU');
  const tenant = t!;
  const caller = { db: db.database.db, scope: { accountId: tenant.accountId, livemode: false }, requestId: 'req_bench_setup' };
  for (let i = 0; i < page + 20; i++) {
    const obt = await perform('treasury.outbound_transfer', 'create', caller, {
      financial_account: tenant.financialAccount,
      destination_payment_method: tenant.paymentMethod,
      amount: 100 + i,
      currency: 'usd',
    });
    if (i % 2 === 0) await perform('treasury.outbound_transfer', 'post', caller, { id: obt.id });
  }
  const createInput = { input: { financialAccount: tenant.financialAccount, destinationPaymentMethod: tenant.paymentMethod, amount: 1, currency: 'usd' } };
  const statements = await db.withInProcessApp(async (url) => {
    const probe = new HttpClient(url, null, 1);
    try {
      const count = async (fn: () => Promise<unknown>) => {
        const before = db.database.stats.statements;
        await fn();
        return db.database.stats.statements - before;
      };
      let id = '';
      const create = await count(async () => {
        id = (await must(probe, CREATE, createInput, tenant.key)).createTreasuryOutboundTransfer.treasuryOutboundTransfer.id;
      });
      const post = await count(() => must(probe, POST, { input: { id } }, tenant.key));
      const deep = await count(() => must(probe, DEEP_PAGE, { fa: tenant.financialAccount, first: page }, tenant.key));
      return { create, post, deep };
    } finally {
      probe.close();
    }
  });

  // Two server processes: queries compiled by graphql-jit (the default) and on graphql-js, the deep
  // read measured on both in alternating rounds.
  const server = await benchServer(db.url);
  const plain = await benchServer(db.url, { FINGRAPH_COMPILED_QUERIES: 'off' });
  const http = new HttpClient(server.url, null, 1);
  const plainHttp = new HttpClient(plain.url, null, 1);
  const rounds = Math.max(1, envInt('BENCH_CPU_ROUNDS', 2));
  const measure = async (op: () => Promise<unknown>, n: number, pid = server.pid) => {
    for (let i = 0; i < Math.min(50, n); i++) await op(); // warm-up: JIT, prepared statements, caches
    const c0 = processCpuMs(pid)!;
    const started = performance.now();
    for (let i = 0; i < n; i++) await op();
    const wall = performance.now() - started;
    const c1 = processCpuMs(pid)!;
    return { user: round((c1.user - c0.user) / n, 3), system: round((c1.system - c0.system) / n, 3), wallMs: round(wall / n, 2) };
  };
  let flow: Awaited<ReturnType<typeof measure>>;
  let deep: Awaited<ReturnType<typeof measure>>;
  let deepJs: Awaited<ReturnType<typeof measure>>;
  const deepRounds: { compiled: Awaited<ReturnType<typeof measure>>; graphqlJs: Awaited<ReturnType<typeof measure>> }[] = [];
  try {
    flow = await measure(async () => {
      const created = await must(http, CREATE, createInput, tenant.key);
      await must(http, POST, { input: { id: created.createTreasuryOutboundTransfer.treasuryOutboundTransfer.id } }, tenant.key);
    }, iterations);
    for (let r = 0; r < rounds; r++) {
      const compiled = await measure(() => must(http, DEEP_PAGE, { fa: tenant.financialAccount, first: page }, tenant.key), iterations);
      const graphqlJs = await measure(() => must(plainHttp, DEEP_PAGE, { fa: tenant.financialAccount, first: page }, tenant.key), iterations, plain.pid);
      deepRounds.push({ compiled, graphqlJs });
    }
    const mean = (xs: Awaited<ReturnType<typeof measure>>[]) => ({
      user: round(xs.reduce((a, x) => a + x.user, 0) / xs.length, 3),
      system: round(xs.reduce((a, x) => a + x.system, 0) / xs.length, 3),
      wallMs: round(xs.reduce((a, x) => a + x.wallMs, 0) / xs.length, 2),
    });
    deep = mean(deepRounds.map((d) => d.compiled));
    deepJs = mean(deepRounds.map((d) => d.graphqlJs));
  } finally {
    http.close();
    plainHttp.close();
    await Promise.all([server.stop(), plain.stop()]);
  }
  const total = (x: { user: number; system: number }) => round(x.user + x.system, 2);
  return {
    name: 'cpu-per-request',
    title: 'Server CPU per request (sequential, one server process)',
    what: `${iterations} sequential requests per row after a warm-up, one client, one server process (npm start, production mode); CPU of the server process from /proc.`,
    params: { iterations, page, rounds },
    rows: [
      {
        path: 'money movement: create + post (2 requests)',
        'CPU ms': total(flow),
        'user ms': flow.user,
        'sys ms': flow.system,
        'wall ms': flow.wallMs,
        statements: statements.create + statements.post,
      },
      {
        path: 'per mutation request',
        'CPU ms': round(total(flow) / 2),
        'user ms': round(flow.user / 2),
        'sys ms': round(flow.system / 2),
        'wall ms': round(flow.wallMs / 2),
        statements: `${statements.create} / ${statements.post}`,
      },
      {
        path: `deep-read page of ${page} (compiled, graphql-jit)`,
        'CPU ms': total(deep),
        'user ms': deep.user,
        'sys ms': deep.system,
        'wall ms': deep.wallMs,
        statements: statements.deep,
      },
      {
        path: `deep-read page of ${page} (graphql-js)`,
        'CPU ms': total(deepJs),
        'user ms': deepJs.user,
        'sys ms': deepJs.system,
        'wall ms': deepJs.wallMs,
        statements: statements.deep,
      },
    ],
    headline: [
      { '': 'create + post', 'server CPU ms': total(flow), statements: statements.create + statements.post },
      { '': `deep read (${page}), compiled`, 'server CPU ms': total(deep), statements: statements.deep },
      { '': `deep read (${page}), graphql-js`, 'server CPU ms': total(deepJs), statements: statements.deep },
    ],
    notes: [
      `deep read per round, compiled / graphql-js CPU ms: ${deepRounds.map((d) => `${total(d.compiled)} / ${total(d.graphqlJs)}`).join(', ')} (two server processes on the same data, alternating)`,
      'CPU per request moves far less with other processes than latency and throughput do, but on a shared, overloaded machine it still varied by about ±15% between runs (CPU frequency, caches, steal time): compare runs alternated in time',
    ],
    chart: {
      title: 'Server CPU per request (ms)',
      unit: 'ms',
      groups: [
        { label: 'create + post', bars: [{ series: 'CPU', value: total(flow) }] },
        { label: `deep read (${page}), compiled`, bars: [{ series: 'CPU', value: total(deep) }] },
        { label: `deep read (${page}), graphql-js`, bars: [{ series: 'CPU', value: total(deepJs) }] },
      ],
    },
    details: { flow, deep, deepGraphqlJs: deepJs, deepRounds, statements },
  };
}
