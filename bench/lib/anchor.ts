import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type postgres from 'postgres';

/**
 * The money-movement anchor (issue 15 part 2): the fewest statements any PostgreSQL ledger needs for
 * create + post (a pgbench script, `../shared/bench-anchors/money-movement/` beside the repository, or
 * BENCH_MM_ANCHOR_DIR). Its tables (`a_*`) live in the bench database, so both sides share one server.
 */
export const ANCHOR_DIR =
  process.env.BENCH_MM_ANCHOR_DIR || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/bench-anchors/money-movement');

export const anchorAvailable = () => fs.existsSync(path.join(ANCHOR_DIR, 'flow.sql')) && fs.existsSync(path.join(ANCHOR_DIR, 'setup.sql'));

export async function setUpAnchor(sql: postgres.Sql): Promise<void> {
  await sql.unsafe(fs.readFileSync(path.join(ANCHOR_DIR, 'setup.sql'), 'utf8'));
}

/** One pgbench run of the anchor flow: flows per second (pgbench's tps, one script run = one flow) and its latency average. */
export function runAnchor(url: string, clients: number, seconds: number): Promise<{ flowsPerSecond: number; latencyMs: number; flows: number }> {
  const u = new URL(url);
  const args = [
    '-h',
    u.hostname,
    '-p',
    u.port || '5432',
    '-U',
    decodeURIComponent(u.username || 'postgres'),
    '-n',
    '-c',
    String(clients),
    '-j',
    '2',
    '-T',
    String(Math.max(1, Math.round(seconds))),
    '-f',
    path.join(ANCHOR_DIR, 'flow.sql'),
    u.pathname.slice(1),
  ];
  const env = { ...process.env, ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}) };
  return new Promise((resolve, reject) =>
    execFile(process.env.BENCH_PGBENCH || 'pgbench', args, { env }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`pgbench failed: ${err.message} ${stderr.slice(0, 300)}`));
      const tps = /tps = ([\d.]+)/.exec(stdout);
      const latency = /latency average = ([\d.]+) ms/.exec(stdout);
      const flows = /number of transactions actually processed: (\d+)/.exec(stdout);
      if (!tps) return reject(new Error(`pgbench printed no tps: ${stdout.slice(0, 300)}`));
      resolve({ flowsPerSecond: Number(tps[1]), latencyMs: latency ? Number(latency[1]) : NaN, flows: flows ? Number(flows[1]) : 0 });
    }),
  );
}
