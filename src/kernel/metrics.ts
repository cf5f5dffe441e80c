import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOperationAST, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { sql } from 'drizzle-orm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/client.js';
import { openTransactions } from '../db/tx.js';
import type { Hub } from '../events/pubsub.js';
import { log } from './log.js';

/**
 * Prometheus metrics (prom-client) and the one log line per request. Everything here is labelled by
 * operation name, type and error code only: never parameters, ids or keys.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'fingraph_' });

const requests = new Counter({
  name: 'fingraph_graphql_requests_total',
  help: 'GraphQL requests over HTTP by operation name, operation type and HTTP status.',
  labelNames: ['operation', 'type', 'status'] as const,
  registers: [registry],
});
const latency = new Histogram({
  name: 'fingraph_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL HTTP request to its response, by operation.',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});
const errors = new Counter({
  name: 'fingraph_graphql_errors_total',
  help: 'GraphQL errors returned, by extensions.code (userErrors are results, not counted here).',
  labelNames: ['code'] as const,
  registers: [registry],
});
new Gauge({
  name: 'fingraph_db_transactions_in_flight',
  help: 'Database transactions this process has open (each holds one pooled connection on PostgreSQL).',
  registers: [registry],
  collect() {
    this.set(openTransactions.count);
  },
});

/** The running apps of this process (tests run several): gauges read them at scrape time. */
const apps = new Set<{ database: Database; hub: Hub; poolSize: number }>();
const latest = () => [...apps].at(-1);

new Gauge({
  name: 'fingraph_db_pool_size',
  help: 'Connections the pool may open (1 on the embedded database).',
  registers: [registry],
  collect() {
    const app = latest();
    this.set(app ? (app.database.kind === 'pglite' ? 1 : app.poolSize) : 0);
  },
});
new Gauge({
  name: 'fingraph_db_statements_total',
  help: 'SQL statements sent through the ORM since start.',
  registers: [registry],
  collect() {
    this.set(latest()?.database.stats.statements ?? 0);
  },
});
new Gauge({
  name: 'fingraph_subscriptions_open',
  help: 'Live subscriptions (events and object updates) this process is serving.',
  registers: [registry],
  collect() {
    this.set([...apps].reduce((n, app) => n + app.hub.totalListeners(), 0));
  },
});
new Gauge({
  name: 'fingraph_jobs',
  help: 'Jobs in the queues (pg-boss) by queue and state: created/retry = depth, active = running, completed = drained (kept for pg-boss retention).',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    const app = latest();
    if (!app) return;
    try {
      const rows = (await app.database.db.execute(sql`select name, state::text as state, count(*)::int as n from pgboss.job group by name, state`)) as unknown;
      const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { name: string; state: string; n: number }[];
      for (const r of list) this.set({ queue: r.name, state: r.state }, Number(r.n));
    } catch (err) {
      log.warn({ err }, 'metrics: job queue depth unavailable');
    }
  },
});

/** Makes an app's pool, queues and subscriptions visible to the gauges; returns the undo (app stop). */
export function registerAppGauges(database: Database, hub: Hub, poolSize: number): () => void {
  const app = { database, hub, poolSize };
  apps.add(app);
  return () => apps.delete(app);
}

interface RequestInfo {
  start: number;
  operation: string;
  type: string;
  accountId?: string;
  livemode?: boolean;
  requestId?: string;
}

/**
 * Times every GraphQL HTTP request, counts it and its errors, and logs one line at `info`:
 * method, operation name and type, status, duration, account, request id. Not the query text,
 * variables or headers (they carry amounts, account numbers and keys).
 */
export function observabilityPlugin(): Plugin {
  const info = new WeakMap<Request, RequestInfo>();
  return {
    onRequest({ request }) {
      info.set(request, { start: performance.now(), operation: 'unknown', type: 'unknown' });
    },
    onParams({ params, request }) {
      const i = info.get(request);
      if (i && typeof params.operationName === 'string' && params.operationName.length <= 100) i.operation = params.operationName;
    },
    onExecute({ args }) {
      const ctx = args.contextValue as { request?: Request; scope?: { accountId: string; livemode: boolean }; requestId?: string };
      const i = ctx.request ? info.get(ctx.request) : undefined;
      if (!i) return;
      const op = getOperationAST(args.document, args.operationName);
      i.operation = op?.name?.value ?? 'anonymous';
      i.type = op?.operation ?? 'unknown';
      i.accountId = ctx.scope?.accountId;
      i.livemode = ctx.scope?.livemode;
      i.requestId = ctx.requestId;
    },
    onResultProcess({ result }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      for (const e of (result.errors ?? []) as GraphQLError[]) errors.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
    },
    onResponse({ request, response }) {
      const i = info.get(request);
      if (!i) return;
      const seconds = (performance.now() - i.start) / 1000;
      requests.inc({ operation: i.operation, type: i.type, status: String(response.status) });
      latency.observe({ operation: i.operation, type: i.type }, seconds);
      log.info(
        {
          method: request.method,
          operation: i.operation,
          type: i.type,
          status: response.status,
          ms: Math.round(seconds * 10_000) / 10,
          account: i.accountId,
          livemode: i.livemode,
          requestId: i.requestId,
        },
        'request',
      );
    },
  };
}

/**
 * A request the HTTP layer refused before GraphQL saw it (no key, rate limited, body too large):
 * counted and logged like the others, without an operation (its body was never read).
 */
export function recordRefusal(method: string | undefined, status: number, code: string, startedAt: number) {
  const seconds = (performance.now() - startedAt) / 1000;
  requests.inc({ operation: 'unknown', type: 'unknown', status: String(status) });
  latency.observe({ operation: 'unknown', type: 'unknown' }, seconds);
  errors.inc({ code });
  log.info({ method, operation: 'unknown', type: 'unknown', status, code, ms: Math.round(seconds * 10_000) / 10 }, 'request');
}

/** Answers GET /metrics in Prometheus' text format. */
export async function serveMetrics(res: http.ServerResponse) {
  try {
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType }).end(body);
  } catch (err) {
    log.error({ err }, 'metrics failed');
    res.writeHead(500).end();
  }
}

/** A separate listener for /metrics (FINGRAPH_METRICS_PORT), so the API port need not expose it. */
export async function startMetricsServer(port: number, host: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') void serveMetrics(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: p } = server.address() as AddressInfo;
  return { url: `http://${host}:${p}/metrics`, close: () => new Promise((r) => server.close(() => r())) };
}
