import os from 'node:os';
import { authenticate } from '../src/auth/auth.js';
import { ledgerViolations } from '../src/ledger/invariants.js';
import { perform } from '../src/layer/perform.js';
import { anchorAvailable, ANCHOR_DIR, runAnchor, setUpAnchor } from './lib/anchor.js';
import { capture, Replay } from './lib/capture.js';
import { benchSeconds, envInt, round, warmupSeconds } from './lib/env.js';
import type { BenchDatabase } from './lib/db.js';
import type { BenchResult, Row } from './lib/report.js';
import { benchServer, HttpClient, machineBusyMs, must, processCpuMs } from './lib/server.js';
import { combine, loop, type LoopRun, type Summary } from './lib/stats.js';
import { createTenants, tenantMap } from './lib/tenants.js';

const CREATE = `mutation BenchCreate($input: CreateTreasuryOutboundTransferInput!) { createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code message } } }`;
/** Warm-up of each side at the start of every round after the first (not counted). */
const ROUND_WARMUP_S = 0.5;

const POST = `mutation BenchPost($input: TestHelpersPostTreasuryOutboundTransferInput!) { testHelpersPostTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code message } } }`;

/**
 * (1) Money movement: N concurrent clients each create an OutboundTransfer and post it, through the
 * GraphQL endpoint (a server child process), against the very same SQL statements (recorded from
 * the service code, replayed with postgres.js) at the same concurrency, on the same database.
 */
export async function moneyMovement(db: BenchDatabase): Promise<BenchResult> {
  const clients = envInt('BENCH_CLIENTS', 16);
  const seconds = benchSeconds();
  const warmup = warmupSeconds();
  const rounds = Math.max(1, envInt('BENCH_MM_ROUNDS', 4));
  const serverCount = Math.max(1, envInt('BENCH_MM_SERVERS', Math.min(os.availableParallelism(), clients)));
  // Each client has its own platform account by default: every write of one account serializes on
  // its event sequence (and the FinancialAccount row lock), which would measure lock waits, not throughput.
  const accounts = Math.max(1, envInt('BENCH_MM_ACCOUNTS', clients));
  const funds = 1e13;

  const [recorder] = await createTenants(db, 1, funds, 'Recorder');
  const tenants = await createTenants(db, accounts, funds, 'Mover');

  // Record one flow (auth + create, auth + post), exactly as one GraphQL client's two requests run it.
  const recorded = await capture(db.url, async (cdb) => {
    // As the HTTP endpoint authenticates: the key with the account's test clock, for the request's command.
    const auth = async () => (await authenticate(cdb, `Bearer ${recorder!.key}`, { withClock: true }))!;
    const obt = await perform(
      'treasury.outbound_transfer',
      'create',
      { db: cdb, scope: await auth(), requestId: 'req_bench_record' },
      {
        financial_account: recorder!.financialAccount,
        destination_payment_method: recorder!.paymentMethod,
        amount: 1,
        currency: 'usd',
      },
    );
    await perform('treasury.outbound_transfer', 'post', { db: cdb, scope: await auth(), requestId: 'req_bench_record' }, { id: obt.id });
    return obt.id;
  });
  // The create's transaction ends with the first commit; the post (auth + its transaction) follows.
  const split = recorded.statements.findIndex((s) => s.query.trim() === 'commit') + 1;
  if (split <= 0 || !/\bapi_keys\b/.test(recorded.statements[split]?.query ?? '')) throw new Error('unexpected recorded statements for create + post');
  const createStatements = recorded.statements.slice(0, split);
  const postStatements = recorded.statements.slice(split);
  const seqOf = async (statements: typeof createStatements) => {
    const evt = statements.flatMap((s) => s.params).find((p) => typeof p === 'string' && /^evt_[A-Za-z0-9]+$/.test(p));
    if (!evt) return null;
    const [row] = await db.database.db.execute(`select seq from events where id = '${evt}'` as never).then((r: any) => (Array.isArray(r) ? r : r.rows));
    return Number(row.seq);
  };
  const replay = new Replay([
    { name: 'create', statements: createStatements, seq: await seqOf(createStatements) },
    { name: 'post', statements: postStatements, seq: await seqOf(postStatements) },
  ]);
  const maps = tenants.map((t) => tenantMap(recorder!, t));

  // The same flow through GraphQL, counted on the in-process app: does the API send more SQL than the service code?
  const graphqlStatements = await db.withInProcessApp(async (url) => {
    const probe = new HttpClient(url, null, 1);
    try {
      const before = db.database.stats.statements;
      const probed = await must(
        probe,
        CREATE,
        { input: { financialAccount: recorder!.financialAccount, destinationPaymentMethod: recorder!.paymentMethod, amount: 1, currency: 'usd' } },
        recorder!.key,
      );
      await must(probe, POST, { input: { id: probed.createTreasuryOutboundTransfer.treasuryOutboundTransfer.id } }, recorder!.key);
      return db.database.stats.statements - before;
    } finally {
      probe.close();
    }
  });
  const isTxControl = (q: string) => /^(begin|commit)\b/i.test(q.trim());
  const replayStatements = recorded.statements.filter((s) => !isTxControl(s.query)).length;
  const countFlows = async () => {
    const [r] = await db.database.db
      .execute(`select count(*)::int as n from treasury_outbound_transfers where status = 'posted'` as never)
      .then((x: any) => (Array.isArray(x) ? x : x.rows));
    return Number(r.n);
  };

  // The two sides alternate in rounds (direct, GraphQL, direct, …) on running servers, so a change in
  // the machine's speed during the run (a shared 2-core VM varies by ±30%) affects both sides alike.
  // fingraph scales out as stateless processes on one database: one per core by default, the clients
  // spread over them as a load balancer would (BENCH_MM_SERVERS=1 measures a single process).
  const sql = db.sql(clients);
  const pool = String(Math.max(2, Math.ceil(clients / serverCount)));
  const servers = await Promise.all(Array.from({ length: serverCount }, () => benchServer(db.url, { FINGRAPH_DB_POOL_SIZE: pool })));
  const https = servers.map((server) => new HttpClient(server.url, null, clients));
  // The anchor (pgbench, the fewest statements a PostgreSQL ledger needs for the same flow) in the same database.
  const anchor = anchorAvailable() && process.env.BENCH_MM_ANCHOR !== '0';
  if (anchor) await setUpAnchor(sql);
  const anchorRuns: { flowsPerSecond: number; latencyMs: number; flows: number }[] = [];
  const anchorRatios: number[] = [];
  const directOp = (w: number) => replay.run(sql, maps[w % maps.length]!);
  const graphqlOp = async (w: number) => {
    const t = tenants[w % tenants.length]!;
    const http = https[w % https.length]!;
    const created = await must(
      http,
      CREATE,
      { input: { financialAccount: t.financialAccount, destinationPaymentMethod: t.paymentMethod, amount: 1, currency: 'usd' } },
      t.key,
    );
    await must(http, POST, { input: { id: created.createTreasuryOutboundTransfer.treasuryOutboundTransfer.id } }, t.key);
  };
  const directRuns: LoopRun[] = [];
  const graphqlRuns: LoopRun[] = [];
  const roundRatios: number[] = [];
  const directCpuUsed = { user: 0, system: 0 };
  // The whole machine's CPU in the GraphQL and anchor phases (/proc/stat): on a saturated machine,
  // throughput is about cores / CPU per flow, so these say where the anchor's lead comes from.
  const machine = { graphql: 0, graphqlClient: 0, anchor: 0, anchorFlows: 0 };
  const serverCpu = { user: 0, system: 0 };
  let sequentialCpu: { flows: number; user: number; system: number } | null = null;
  let directFlows = 0; // posted OutboundTransfer rows the direct phases added (warm-ups included)
  try {
    for (let r = 0; r < rounds; r++) {
      const warm = r === 0 ? warmup : ROUND_WARMUP_S;
      const posted0 = await countFlows();
      const cpu0 = process.cpuUsage();
      const d = await loop({ concurrency: clients, seconds: seconds / rounds, warmupSeconds: warm, op: directOp });
      const cpu1 = process.cpuUsage(cpu0);
      directFlows += (await countFlows()) - posted0;
      directCpuUsed.user += cpu1.user / 1000;
      directCpuUsed.system += cpu1.system / 1000;
      const s0 = servers.map((server) => processCpuMs(server.pid));
      const m0 = machineBusyMs();
      const client0 = process.cpuUsage();
      const g = await loop({ concurrency: clients, seconds: seconds / rounds, warmupSeconds: warm, op: graphqlOp });
      const client1 = process.cpuUsage(client0);
      const m1 = machineBusyMs();
      if (m0 !== null && m1 !== null) machine.graphql += m1 - m0;
      machine.graphqlClient += (client1.user + client1.system) / 1000;
      servers.forEach((server, i) => {
        const [before, after] = [s0[i], processCpuMs(server.pid)];
        if (!before || !after) return;
        serverCpu.user += after.user - before.user;
        serverCpu.system += after.system - before.system;
      });
      directRuns.push(d);
      graphqlRuns.push(g);
      roundRatios.push(round(g.samples.length / g.seconds / (d.samples.length / d.seconds)));
      if (anchor) {
        const a0 = machineBusyMs();
        const a = await runAnchor(db.url, clients, seconds / rounds);
        const a1 = machineBusyMs();
        if (a0 !== null && a1 !== null) {
          machine.anchor += a1 - a0;
          machine.anchorFlows += a.flows;
        }
        anchorRuns.push(a);
        anchorRatios.push(round(g.samples.length / g.seconds / a.flowsPerSecond));
      }
    }
    // Server CPU per flow, sequential (one client, one server process): unlike throughput on a shared
    // machine, this does not move with the load of other processes.
    const cpuFlows = envInt('BENCH_MM_CPU_FLOWS', 200);
    const c0 = processCpuMs(servers[0]!.pid);
    for (let i = 0; i < cpuFlows; i++) await graphqlOp(0);
    const c1 = processCpuMs(servers[0]!.pid);
    if (c0 && c1) sequentialCpu = { flows: cpuFlows, user: round((c1.user - c0.user) / cpuFlows, 2), system: round((c1.system - c0.system) / cpuFlows, 2) };
  } finally {
    for (const http of https) http.close();
    await Promise.all(servers.map((server) => server.stop()));
  }
  const direct = combine(directRuns);
  const graphql: Summary = combine(graphqlRuns);
  if (directFlows < direct.count) throw new Error(`direct SQL reported ${direct.count} flows but posted ${directFlows}`);
  const violations = await ledgerViolations(db.database.db);
  if (violations.length) throw new Error(`ledger violations after the money-movement benchmark: ${JSON.stringify(violations.slice(0, 5))}`);

  const ratio = graphql.throughput / direct.throughput;
  const anchorRate = anchorRuns.length ? anchorRuns.reduce((a, r) => a + r.flowsPerSecond, 0) / anchorRuns.length : null;
  const anchorRatio = anchorRate ? graphql.throughput / anchorRate : null;
  // CPU per flow: CPU over each phase (warm-up included) / flows over the same time at the measured rate.
  const wall = warmup + seconds + ROUND_WARMUP_S * (rounds - 1);
  const perFlow = (cpu: { user: number; system: number }, rate: number) => ({
    user: round(cpu.user / (rate * wall), 1),
    system: round(cpu.system / (rate * wall), 1),
  });
  const serverCpuPerFlow = perFlow(serverCpu, graphql.throughput);
  const serverBusy = (serverCpu.user + serverCpu.system) / 1000 / wall / serverCount; // per process
  const directCpuPerFlow = perFlow(directCpuUsed, direct.throughput);
  const graphqlFlows = graphql.throughput * wall;
  const machinePerFlow = {
    graphql: round(machine.graphql / graphqlFlows, 2),
    servers: round((serverCpu.user + serverCpu.system) / graphqlFlows, 2),
    client: round(machine.graphqlClient / graphqlFlows, 2),
    database: round((machine.graphql - serverCpu.user - serverCpu.system - machine.graphqlClient) / graphqlFlows, 2),
    anchor: machine.anchorFlows ? round(machine.anchor / machine.anchorFlows, 2) : null,
  };
  const row = (name: string, s: Summary): Row => ({
    path: name,
    'flows/s': s.throughput,
    'p50 ms': s.p50,
    'p90 ms': s.p90,
    'p99 ms': s.p99,
    flows: s.count,
    errors: s.errors,
  });
  return {
    name: 'money-movement',
    title: 'Money movement: GraphQL vs the same SQL on the driver',
    what: `${clients} concurrent clients, each flow = create an OutboundTransfer + post it (2 requests, ${replay.statementCount} SQL statements incl. authentication), ${seconds}s per side after ${warmup}s warm-up, in ${rounds} alternating rounds (direct, GraphQL, then the pgbench anchor when available; repeated).`,
    params: {
      clients,
      seconds,
      warmup,
      rounds,
      servers: serverCount,
      accounts,
      graphqlStatementsPerFlow: graphqlStatements,
      directStatementsPerFlow: replayStatements,
    },
    rows: [
      row(`GraphQL (HTTP → ${serverCount} server process${serverCount > 1 ? 'es' : ''})`, graphql),
      row('direct SQL (postgres.js, same statements)', direct),
      ...(anchorRate
        ? [
            {
              path: 'anchor (pgbench, 13 statements + 4 begin/commit)',
              'flows/s': round(anchorRate, 1),
              'p50 ms': '',
              'p90 ms': '',
              'p99 ms': '',
              flows: anchorRuns.reduce((a, r) => a + r.flows, 0),
              errors: 0,
            },
          ]
        : []),
      { path: 'ratio GraphQL / direct', 'flows/s': Math.round(ratio * 100) / 100 },
      ...(anchorRatio ? [{ path: 'ratio GraphQL / anchor', 'flows/s': round(anchorRatio) }] : []),
    ],
    headline: [
      { '': 'GraphQL', 'flows/s': graphql.throughput, 'p50 ms': graphql.p50, 'p99 ms': graphql.p99 },
      { '': 'direct SQL', 'flows/s': direct.throughput, 'p50 ms': direct.p50, 'p99 ms': direct.p99 },
      ...(anchorRate ? [{ '': 'anchor (pgbench)', 'flows/s': round(anchorRate, 1), 'p50 ms': '', 'p99 ms': '' }] : []),
      { '': 'ratio to direct', 'flows/s': Math.round(ratio * 100) / 100, 'p50 ms': '', 'p99 ms': '' },
      ...(anchorRatio ? [{ '': 'ratio to anchor', 'flows/s': round(anchorRatio), 'p50 ms': '', 'p99 ms': '' }] : []),
    ],
    target: anchorRatio
      ? { text: 'GraphQL throughput ≥ 0.5 × the pgbench anchor (issue 15)', met: anchorRatio >= 0.5 }
      : { text: 'GraphQL throughput ≥ 0.6 × direct SQL', met: ratio >= 0.6 },
    notes: [
      `ratio per round: ${roundRatios.join(', ')} (the headline ratio is over all rounds)`,
      ...(anchorRate
        ? [
            `anchor: pgbench ${ANCHOR_DIR}/flow.sql at ${clients} clients in the same database, one run per round after the GraphQL phase: ${anchorRuns.map((a) => round(a.flowsPerSecond, 1)).join(', ')} flows/s; GraphQL / anchor per round ${anchorRatios.join(', ')}`,
          ]
        : []),
      ...(sequentialCpu
        ? [
            `server CPU per flow, ${sequentialCpu.flows} sequential flows on one server process: ${sequentialCpu.user} ms user + ${sequentialCpu.system} ms system (${round((sequentialCpu.user + sequentialCpu.system) / 2, 2)} ms per mutation request)`,
          ]
        : []),
      `statements per flow: ${createStatements.length} for auth + create, ${postStatements.length} for auth + post incl. begin/commit (recorded from the service code with postgres.js's debug hook, replayed verbatim with fresh ids)`,
      `SQL statements per flow besides begin/commit: ${graphqlStatements} through GraphQL (counted on the in-process app), ${replayStatements} replayed directly`,
      `GraphQL through ${serverCount} server process${serverCount > 1 ? 'es' : ''} (BENCH_MM_SERVERS; default one per core), the clients spread over them as a load balancer would`,
      `CPU per flow: the fingraph server process${serverCount > 1 ? 'es' : ''} ${serverCpuPerFlow.user} ms user + ${serverCpuPerFlow.system} ms system in all (each busy ${Math.round(serverBusy * 100)}% of one core over the run); the direct driver loop ${directCpuPerFlow.user} ms user + ${directCpuPerFlow.system} ms system in the benchmark process`,
      ...(machinePerFlow.anchor
        ? [
            `machine CPU per flow (/proc/stat, ${os.cpus().length} cores, warm-ups included): anchor ${machinePerFlow.anchor} ms (pgbench and PostgreSQL); GraphQL ${machinePerFlow.graphql} ms = fingraph servers ${machinePerFlow.servers} + benchmark client ${machinePerFlow.client} + PostgreSQL and the rest ${machinePerFlow.database}. A saturated machine runs about cores / CPU per flow, so 0.5 × the anchor needs ≤ ${round(machinePerFlow.anchor * 2, 2)} ms per flow in all`,
          ]
        : []),
      `direct SQL posted ${directFlows} OutboundTransfers, warm-ups included (rows counted in the database); the ledger invariants hold after both runs`,
      `each client uses its own platform account (BENCH_MM_ACCOUNTS=${accounts}); writes of one account serialize on its event sequence`,
    ],
    chart: {
      title: 'Money movement: flows per second (create + post)',
      unit: 'flows/s',
      groups: [
        { label: `${clients} clients: GraphQL`, bars: [{ series: 'throughput', value: graphql.throughput }] },
        { label: `${clients} clients: direct SQL`, bars: [{ series: 'throughput', value: direct.throughput }] },
      ],
    },
    details: {
      graphql,
      direct,
      roundRatios,
      anchor: anchorRate
        ? { runs: anchorRuns, flowsPerSecond: round(anchorRate, 1), ratio: anchorRatio && round(anchorRatio), roundRatios: anchorRatios }
        : null,
      sequentialServerCpuMsPerFlow: sequentialCpu,
      serverCpuMsPerFlow: serverCpuPerFlow,
      serverCpuBusy: round(serverBusy, 2),
      directCpuMsPerFlow: directCpuPerFlow,
      machineCpuMsPerFlow: machinePerFlow,
      recordedStatements: recorded.statements.map((s) => s.query.replace(/\s+/g, ' ').slice(0, 160)),
    },
  };
}
