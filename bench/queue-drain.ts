import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBHOOK_DEFAULTS } from '../src/config.js';
import { configureWebhookTargets } from '../src/events/webhooks/webhook-target.js';
import { configureTestMode } from '../src/layer/schedule.js';
import { perform } from '../src/layer/perform.js';
import type { BenchDatabase } from './lib/db.js';
import { envInt, round } from './lib/env.js';
import type { BenchResult, Row } from './lib/report.js';
import { benchServer } from './lib/server.js';
import { createTenants } from './lib/tenants.js';

/** A receiver on 127.0.0.1 that answers every webhook POST 200 at once, counting them. */
async function receiver() {
  let posts = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      posts++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    posts: () => posts,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

interface Drain {
  queue: string;
  jobs: number;
  /** Server spawn → its banner (its queue workers start just before). */
  startMs: number;
  /** Banner → the last job done. */
  afterReadyMs: number;
  /** First → last job done, from the database's own timestamps. */
  spanMs: number;
  /** Jobs per second over the span. */
  rate: number;
  /** What pg-boss 10's 2 s poll after every job allowed (one job per worker per 2 s). */
  oldRate: number;
}

/**
 * (6) Queue drain (#13 item 6): how fast a server works off a backlog of queued jobs it finds at
 * start, as after a restart. Each queue is measured on its own: the backlog is committed by the
 * services in this process with no worker running, then one server process starts on the database
 * and the jobs' own completion times are read from the database.
 */
export async function queueDrain(db: BenchDatabase): Promise<BenchResult> {
  const webhookJobs = envInt('BENCH_DRAIN_WEBHOOKS', 500);
  const transitionJobs = envInt('BENCH_DRAIN_TRANSITIONS', 500);
  const concurrency = envInt('BENCH_DRAIN_CONCURRENCY', WEBHOOK_DEFAULTS.concurrency);
  const sql = db.sql(2);
  const hook = await receiver();
  // The services in this process create the backlog: test-mode transitions due at once, loopback endpoints allowed.
  configureTestMode({ delayMs: 0, returnDelayMs: 0, featureDelayMs: 0 });
  configureWebhookTargets({ allowLoopback: true });
  // The job queues are installed by a server's first start.
  await db.withInProcessApp(async () => {});

  const drain = async (queue: string, jobs: number, done: () => Promise<{ n: number; first: Date | null; last: Date | null }>): Promise<Drain> => {
    const t0 = performance.now();
    const server = await benchServer(db.url, { FINGRAPH_WEBHOOK_CONCURRENCY: String(concurrency) });
    const ready = performance.now();
    try {
      const deadline = Date.now() + Math.max(120_000, jobs * 1000);
      let state = await done();
      while (state.n < jobs) {
        if (Date.now() > deadline) throw new Error(`${queue}: ${state.n} of ${jobs} jobs done before the deadline`);
        await new Promise((r) => setTimeout(r, 20));
        state = await done();
      }
      const finished = performance.now();
      const spanMs = state.last!.getTime() - state.first!.getTime();
      const oldRate = queue === 'webhook deliveries' ? concurrency / 2 : 1 / 2;
      return {
        queue,
        jobs,
        startMs: Math.round(ready - t0),
        afterReadyMs: Math.round(finished - ready),
        spanMs,
        rate: round((jobs - 1) / Math.max(spanMs / 1000, 0.001), 1),
        oldRate,
      };
    } finally {
      await server.stop();
    }
  };

  const results: Drain[] = [];
  try {
    // Webhooks: one endpoint hears `treasury.financial_account.created`; each new FinancialAccount is one delivery.
    const [w] = await createTenants(db, 1, 0, 'Drain webhooks');
    const caller = { db: db.database.db, scope: { accountId: w!.accountId, livemode: false }, requestId: 'req_bench_drain' };
    const endpoint = await perform('webhook_endpoint', 'create', caller, { url: hook.url, enabled_events: ['treasury.financial_account.created'] });
    for (let i = 0; i < webhookJobs; i++) await perform('treasury.financial_account', 'create', caller, { supported_currencies: ['usd'] });
    results.push(
      await drain('webhook deliveries', webhookJobs, async () => {
        const [r] = await sql`select count(*)::int as n, min(created) as first, max(created) as last
          from webhook_delivery_attempts where webhook_endpoint_id = ${endpoint.id} and response_status = 200`;
        return { n: r!.n, first: r!.first, last: r!.last };
      }),
    );
    if (hook.posts() !== webhookJobs) throw new Error(`the receiver got ${hook.posts()} POSTs for ${webhookJobs} deliveries`);

    // Transitions: each InboundTransfer from pm_usBankAccount schedules one step (succeed), due at once.
    const [t] = await createTenants(db, 1, 0, 'Drain transitions');
    const tcaller = { db: db.database.db, scope: { accountId: t!.accountId, livemode: false }, requestId: 'req_bench_drain' };
    for (let i = 0; i < transitionJobs; i++)
      await perform('treasury.inbound_transfer', 'create', tcaller, {
        amount: 100,
        currency: 'usd',
        financial_account: t!.financialAccount,
        origin_payment_method: 'pm_usBankAccount',
      });
    const [{ n: scheduled } = { n: 0 }] = await sql`select count(*)::int as n from scheduled_transitions where account_id = ${t!.accountId}`;
    if (scheduled !== transitionJobs) throw new Error(`expected ${transitionJobs} scheduled transitions, found ${scheduled}`);
    results.push(
      await drain('test-mode transitions', transitionJobs, async () => {
        const [r] = await sql`select count(*)::int as n, min(done_at) as first, max(done_at) as last
          from scheduled_transitions where account_id = ${t!.accountId} and done_at is not null`;
        return { n: r!.n, first: r!.first, last: r!.last };
      }),
    );
  } finally {
    await hook.close();
  }

  const rows: Row[] = results.map((r) => ({
    queue: r.queue,
    jobs: r.jobs,
    'jobs/s': r.rate,
    'span s': round(r.spanMs / 1000),
    'after ready s': round(r.afterReadyMs / 1000),
    'server start s': round(r.startMs / 1000),
    'old poll ceiling jobs/s': r.oldRate,
  }));
  return {
    name: 'queue-drain',
    title: 'Queue drain: a backlog found at start',
    what: `${webhookJobs} pending webhook deliveries (receiver answers 200 at once; ${concurrency} delivery workers) and ${transitionJobs} due test-mode transitions (one worker), each queue committed with no worker running, then worked off by one server process.`,
    params: { webhookJobs, transitionJobs, concurrency },
    rows,
    headline: results.map((r) => ({
      '': r.queue,
      'jobs/s': r.rate,
      [`drained ${'after ready'}`]: `${round(r.afterReadyMs / 1000, 1)} s for ${r.jobs}`,
      'before (2 s poll per job)': `≤ ${r.oldRate}/s`,
    })),
    notes: [
      'jobs/s is (jobs − 1) / (last − first completion), from the database (attempt start times, transitions’ done_at); "after ready" runs from the server’s banner to the last completion',
      'the old ceiling is what pg-boss 10 allowed before workers fetched again at once: one job per worker per 2 s poll (the issue measured ~110 s for 201 webhooks and 0.5 transitions/s)',
      'every delivery is a real signed POST to a receiver in the benchmark process; every transition is a committed state change with its ledger entries and events',
    ],
    chart: {
      title: 'Queue drain: jobs per second from a backlog',
      unit: 'jobs/s',
      groups: results.map((r) => ({
        label: r.queue,
        bars: [
          { series: 'now', value: r.rate },
          { series: 'old poll ceiling', value: r.oldRate },
        ],
      })),
    },
    details: { results },
  };
}
