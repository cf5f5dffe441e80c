import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type postgres from 'postgres';
import { barChart, type BarGroup } from './svg.js';

export const RESULTS_DIR = path.resolve(process.env.BENCH_RESULTS_DIR || path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'results'));

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  loadAverageAtStart: number[];
}

export async function machine(sql: postgres.Sql): Promise<Machine> {
  const [v] = await sql`select version() as v`;
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: String(v!.v).split(' on ')[0]!,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export type Row = Record<string, string | number>;

export interface BenchResult {
  name: string;
  title: string;
  /** What was measured, one line. */
  what: string;
  params: Record<string, unknown>;
  rows: Row[];
  /** The headline figures for the summary (a few short rows). */
  headline: Row[];
  /** The target and whether this run met it. */
  target?: { text: string; met: boolean };
  notes?: string[];
  chart: { title: string; unit: string; groups: BarGroup[] };
  details?: unknown;
}

export function printTable(rows: Row[]) {
  if (!rows.length) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(2)) : String(v ?? ''));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => `  ${vals.map((v, i) => v.padStart(widths[i]!)).join('  ')}`;
  console.log(line(cols));
  console.log(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

/** Prints the result and writes `<name>.json` and `<name>.svg` under the results folder. */
export function saveResult(m: Machine, r: BenchResult) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  console.log(`\n${r.title}\n  ${r.what}`);
  printTable(r.rows);
  if (r.target) console.log(`  target: ${r.target.text} → ${r.target.met ? 'met' : 'NOT met'}`);
  for (const n of r.notes ?? []) console.log(`  note: ${n}`);
  fs.writeFileSync(path.join(RESULTS_DIR, `${r.name}.json`), `${JSON.stringify({ ...r, machine: m }, null, 2)}\n`);
  const subtitle = `${m.cpu} × ${m.cores}, ${m.postgres}, Node ${m.node}, ${m.date.slice(0, 10)}`;
  fs.writeFileSync(path.join(RESULTS_DIR, `${r.name}.svg`), `${barChart({ ...r.chart, subtitle })}\n`);
}

/** bench/results/summary.md from every result JSON in the folder (the README links or embeds it). */
export function writeSummary() {
  const files = fs.existsSync(RESULTS_DIR)
    ? fs
        .readdirSync(RESULTS_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const results = files.map((f) => JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, f), 'utf8')) as BenchResult & { machine: Machine });
  const order = ['money-movement', 'deep-reads', 'data-scale', 'subscriptions', 'transport', 'queue-drain', 'cpu-per-request'];
  results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const out: string[] = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/). Ratios are measured side by side in the same run; absolute figures depend on the machine.',
    '',
  ];
  const machines = new Map(
    results.map((r) => [
      `${r.machine.cpu} × ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os}, Node ${r.machine.node}, ${r.machine.postgres}`,
      r.machine.date,
    ]),
  );
  out.push('Machine:', '');
  for (const [desc, date] of machines) out.push(`- ${desc} (run ${date.slice(0, 16).replace('T', ' ')} UTC)`);
  out.push('');
  for (const r of results) {
    out.push(`## ${r.title}`, '', r.what, '');
    const cols = [...new Set(r.headline.flatMap((x) => Object.keys(x)))];
    out.push(`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`);
    for (const row of r.headline) out.push(`| ${cols.map((c) => String(row[c] ?? '')).join(' | ')} |`);
    out.push('');
    if (r.target) out.push(`Target: ${r.target.text} — **${r.target.met ? 'met' : 'not met'}**.`, '');
    for (const n of r.notes ?? []) out.push(`- ${n}`);
    if (r.notes?.length) out.push('');
    out.push(
      `Parameters: \`${JSON.stringify(r.params)}\`; 1-minute load average when it started: ${r.machine.loadAverageAtStart[0]}.`,
      '',
      `![${r.title}](${r.name}.svg)`,
      '',
    );
  }
  fs.writeFileSync(path.join(RESULTS_DIR, 'summary.md'), out.join('\n'));
  console.log(`\nwrote ${path.join(RESULTS_DIR, 'summary.md')}`);
}
