import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { perform } from '../src/layer/perform.js';
import { tracedDb } from './lib/capture.js';
import type { BenchDatabase } from './lib/db.js';
import { envInt, envList, round } from './lib/env.js';
import type { BenchResult, Row } from './lib/report.js';
import { benchServer, HttpClient, must } from './lib/server.js';
import { percentile } from './lib/stats.js';
import { createTenants } from './lib/tenants.js';

const SUBSCRIPTION = `subscription BenchEvents { events(types: ["treasury.outbound_transfer.created"]) { id type created } }`;
const MiB = 2 ** 20;

/**
 * (4) Subscriptions: K graphql-ws clients subscribed to one account's events (steps up to 5,000).
 * Each event is committed from this process by the real service code; commit-to-receipt is the
 * time from the moment COMMIT is sent to PostgreSQL to the moment each client has the event.
 * Server memory per connection is the server process's resident memory growth over its idle size.
 */
export async function subscriptions(db: BenchDatabase): Promise<BenchResult> {
  const steps = envList('BENCH_SUB_CLIENTS', [100, 1000, 5000]).sort((a, b) => a - b);
  const eventsPerStep = envInt('BENCH_SUB_EVENTS', 20);
  const timeoutMs = envInt('BENCH_SUB_TIMEOUT_MS', 60_000);

  const [tenant] = await createTenants(db, 1, 1e12, 'Subscriptions');
  const t = tenant!;

  // Writes from this process with the real service code; the debug hook stamps each COMMIT as it is sent.
  let commitSentAt = 0;
  const traced = tracedDb(db.url, 1, (q) => {
    if (q.trim().toLowerCase() === 'commit') commitSentAt = performance.now();
  });
  const lookup = db.sql(1);
  const caller = { db: traced.db, scope: { accountId: t.accountId, livemode: false }, requestId: 'req_bench_sub' };

  // Event id → receipt times, one per client that got it; a waiter per event being awaited.
  const arrivals = new Map<string, number[]>();
  const waiting = new Map<string, { need: number; done: () => void }>();
  let subscriptionErrors = 0;
  const onEvent = (id: string, at: number) => {
    let list = arrivals.get(id);
    if (!list) arrivals.set(id, (list = []));
    list.push(at);
    const w = waiting.get(id);
    if (w && list.length >= w.need) w.done();
  };

  /** Commits one event; resolves with its id, COMMIT time, and whether all `need` clients got it in time. */
  const commitAndWait = async (need: number) => {
    const obt = await perform('treasury.outbound_transfer', 'create', caller, {
      financial_account: t.financialAccount,
      destination_payment_method: t.paymentMethod,
      amount: 1,
      currency: 'usd',
    });
    const committedAt = commitSentAt;
    const [row] = await lookup`select id from events where object_id = ${obt.id}`;
    const id = row!.id as string;
    const complete = await new Promise<boolean>((resolve) => {
      if ((arrivals.get(id)?.length ?? 0) >= need) return resolve(true);
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(false);
      }, timeoutMs);
      waiting.set(id, {
        need,
        done: () => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve(true);
        },
      });
    });
    return { id, committedAt, complete };
  };

  const server = await benchServer(db.url);
  const wsUrl = server.url.replace('http', 'ws');
  const clients: Client[] = [];
  const measured: {
    clients: number;
    samples: number;
    missing: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    rssMiB: number;
    perConnectionKiB: number;
  }[] = [];
  try {
    // Idle size after some ordinary traffic (one subscription opened and closed, a few queries).
    const http = new HttpClient(server.url, t.key, 1);
    for (let i = 0; i < 20; i++) await must(http, `{ treasuryFinancialAccount(id: "${t.financialAccount}") { id } }`, {}, t.key);
    http.close();
    await connect(wsUrl, t.key, 1).then(async ([c]) => c!.dispose());
    await new Promise((r) => setTimeout(r, 1000));
    const idleRss = server.rss() ?? NaN;

    for (const k of steps) {
      const fresh = await connect(wsUrl, t.key, k - clients.length);
      for (const c of fresh) {
        clients.push(c);
        c.subscribe(
          { query: SUBSCRIPTION },
          {
            next: (v) => {
              const at = performance.now();
              const id = (v.data as { events?: { id: string } } | undefined)?.events?.id;
              if (id) onEvent(id, at);
              else subscriptionErrors++;
            },
            error: () => void subscriptionErrors++,
            complete: () => {},
          },
        );
      }
      // Warm up until every client has received an event: then every subscription is live.
      const warmupEnd = Date.now() + timeoutMs;
      let live = false;
      while (!live && Date.now() < warmupEnd) live = (await commitAndWait(k)).complete;
      if (!live) throw new Error(`not every one of ${k} subscriptions received an event within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 500));
      const rss = server.rss() ?? NaN;

      const latencies: number[] = [];
      let missing = 0;
      for (let i = 0; i < eventsPerStep; i++) {
        const { id, committedAt, complete } = await commitAndWait(k);
        const got = arrivals.get(id) ?? [];
        for (const at of got) latencies.push(at - committedAt);
        if (!complete) missing += k - got.length;
        arrivals.delete(id);
        await new Promise((r) => setTimeout(r, 20));
      }
      latencies.sort((a, b) => a - b);
      const step = {
        clients: k,
        samples: latencies.length,
        missing,
        p50: round(percentile(latencies, 50)),
        p90: round(percentile(latencies, 90)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies.at(-1) ?? NaN),
        rssMiB: round(rss / MiB, 1),
        perConnectionKiB: round((rss - idleRss) / k / 1024, 1),
      };
      measured.push(step);
      console.log(`  ${k} clients: p50 ${step.p50} ms, p99 ${step.p99} ms, server RSS ${step.rssMiB} MiB (${step.perConnectionKiB} KiB per connection)`);
    }
    measured.forEach((m) => Object.assign(m, { idleRssMiB: round(idleRss / MiB, 1) }));
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await server.stop();
    await traced.end();
  }

  const top = measured.at(-1)!;
  const rows: Row[] = measured.map((m) => ({
    clients: m.clients,
    receipts: m.samples,
    missing: m.missing,
    'p50 ms': m.p50,
    'p90 ms': m.p90,
    'p99 ms': m.p99,
    'max ms': m.max,
    'server RSS MiB': m.rssMiB,
    'KiB / connection': m.perConnectionKiB,
  }));
  return {
    name: 'subscriptions',
    title: 'Subscriptions: commit-to-receipt latency at every client',
    what: `K graphql-ws clients (one websocket each) subscribed to one account's events; ${eventsPerStep} events per step, each committed by the service code in this process; latency from sending COMMIT to each client's receipt.`,
    params: { steps, eventsPerStep, timeoutMs },
    rows,
    headline: measured.map((m) => ({
      clients: m.clients.toLocaleString('en-US'),
      'commit → receipt p50 / p99 ms': `${m.p50} / ${m.p99}`,
      'server RSS MiB': m.rssMiB,
      'memory per connection KiB': m.perConnectionKiB,
    })),
    target: {
      text: `every client receives every event (${top.clients.toLocaleString('en-US')} clients at the top step)`,
      met: measured.every((m) => m.missing === 0) && subscriptionErrors === 0,
    },
    notes: [
      `memory per connection = (server RSS with K subscribed clients − idle RSS ${measured[0] ? (measured[0] as unknown as { idleRssMiB: number }).idleRssMiB : '?'} MiB) / K; RSS includes garbage not yet collected`,
      `the clients run in the benchmark process on the same machine: a receipt time includes the client-side handling of the messages queued before it (the last of ${top.clients.toLocaleString('en-US')} clients waits for the other ${(top.clients - 1).toLocaleString('en-US')})`,
      ...(subscriptionErrors ? [`${subscriptionErrors} subscription errors`] : []),
    ],
    chart: {
      title: 'Subscriptions: commit → receipt at every client (ms)',
      unit: 'ms',
      groups: measured.map((m) => ({
        label: `${m.clients.toLocaleString('en-US')} clients`,
        bars: [
          { series: 'p50', value: m.p50 },
          { series: 'p99', value: m.p99 },
        ],
      })),
    },
    details: measured,
  };
}

/** Opens `n` graphql-ws connections (acknowledged), a few hundred at a time. */
async function connect(url: string, key: string, n: number): Promise<Client[]> {
  const out: Client[] = [];
  const batch = 250;
  for (let i = 0; i < n; i += batch) {
    const size = Math.min(batch, n - i);
    const opened = await Promise.all(
      Array.from({ length: size }, () => {
        const client = createClient({
          url,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${key}` },
          retryAttempts: 0,
          lazy: false,
          keepAlive: 0,
        });
        return new Promise<Client>((resolve, reject) => {
          const offOk = client.on('connected', () => {
            offOk();
            offErr();
            resolve(client);
          });
          const offErr = client.on('closed', (e) => {
            offOk();
            offErr();
            reject(new Error(`websocket closed before it was acknowledged: ${JSON.stringify((e as { code?: number })?.code)}`));
          });
        });
      }),
    );
    out.push(...opened);
  }
  return out;
}
