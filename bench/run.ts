import { envList } from '../test/reliability/support/env.js';
import { benchDatabase } from './lib/db.js';
import { machine, saveResult, writeSummary, type BenchResult } from './lib/report.js';
import { moneyMovement } from './money-movement.js';

/**
 * `npm run bench [-- name…]`: the benchmarks, on a fresh PostgreSQL database (BENCH_DATABASE_URL or
 * DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres). Each prints a table and writes
 * JSON + SVG under bench/results (BENCH_RESULTS_DIR); summary.md collects the latest of each.
 */
const ALL: Record<string, (db: Awaited<ReturnType<typeof benchDatabase>>) => Promise<BenchResult>> = {
  'money-movement': moneyMovement,
};

void envList;
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
  for (const name of wanted.length ? wanted : Object.keys(ALL)) {
    const started = Date.now();
    const result = await ALL[name]!(db);
    saveResult(m, result);
    console.log(`  (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  }
  writeSummary();
} finally {
  await db.drop();
}
