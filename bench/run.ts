import os from 'node:os';
import { benchDatabase, type BenchDatabase } from './lib/db.js';
import { machine, saveResult, writeSummary, type BenchResult } from './lib/report.js';
import { cpuPerRequest } from './cpu-per-request.js';
import { dataScale } from './data-scale.js';
import { deepReads } from './deep-reads.js';
import { moneyMovement } from './money-movement.js';
import { queueDrain } from './queue-drain.js';
import { subscriptions } from './subscriptions.js';
import { transport } from './transport.js';

/**
 * `npm run bench [-- name…]`: the benchmarks, on a fresh PostgreSQL database (BENCH_DATABASE_URL or
 * DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; dropped afterwards unless
 * BENCH_KEEP_DB=1). Each prints a table and writes JSON + SVG under bench/results (BENCH_RESULTS_DIR);
 * summary.md collects the latest of each. Sizes (modest defaults; scale up on a quiet machine):
 *   BENCH_DURATION_S=10, BENCH_WARMUP_S=2   timed load phases (money-movement, transport)
 *   BENCH_CLIENTS=16, BENCH_MM_ACCOUNTS     money-movement concurrency and accounts (one per client)
 *   BENCH_DEEP_PAGE_SIZES=10,50,100, BENCH_DEEP_ITERATIONS=200
 *   BENCH_SCALE_STEPS=10k,100k,1m, BENCH_SCALE_ITERATIONS=200, BENCH_SCALE_PAGE=100
 *   BENCH_SUB_CLIENTS=100,1000,5000, BENCH_SUB_EVENTS=20, BENCH_SUB_TIMEOUT_MS=60000
 *   BENCH_TRANSPORT_CLIENTS=32
 *   BENCH_CPU_ITERATIONS=300, BENCH_CPU_PAGE=100, BENCH_CPU_ROUNDS=2   cpu-per-request
 *   BENCH_DRAIN_WEBHOOKS=500, BENCH_DRAIN_TRANSITIONS=500, BENCH_DRAIN_CONCURRENCY (default: the server's 4)
 */
const ALL: Record<string, (db: BenchDatabase, ran: Map<string, BenchResult>) => Promise<BenchResult>> = {
  'money-movement': moneyMovement,
  'deep-reads': deepReads,
  'data-scale': dataScale,
  subscriptions,
  transport,
  'queue-drain': queueDrain,
  'cpu-per-request': cpuPerRequest,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !ALL[w]);
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(ALL).join(', ')}`);
  process.exit(2);
}
process.env.LOG_LEVEL ??= 'silent';
const db = await benchDatabase();
try {
  const m = await machine(db.sql(1));
  console.log(`fingraph benchmarks on ${m.cpu} × ${m.cores}, ${m.postgres}, Node ${m.node} (database ${db.name})`);
  const ran = new Map<string, BenchResult>();
  for (const name of wanted.length ? wanted : Object.keys(ALL)) {
    const started = Date.now();
    const loadAt = os.loadavg().map((x) => Math.round(x * 100) / 100);
    const result = await ALL[name]!(db, ran);
    ran.set(name, result);
    saveResult({ ...m, date: new Date(started).toISOString(), loadAverageAtStart: loadAt }, result);
    console.log(`  (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  }
  writeSummary();
} finally {
  await db.drop();
}
