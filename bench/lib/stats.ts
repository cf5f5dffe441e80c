/** Latency samples (ms) → the figures the benchmarks report. */
export interface Summary {
  count: number;
  errors: number;
  seconds: number;
  /** Operations per second. */
  throughput: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(samples: number[], seconds: number, errors = 0): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    count: s.length,
    errors,
    seconds: r(seconds),
    throughput: r(s.length / seconds),
    p50: r(percentile(s, 50)),
    p90: r(percentile(s, 90)),
    p99: r(percentile(s, 99)),
    max: r(s.at(-1) ?? NaN),
    mean: r(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
  };
}

export interface LoopRun {
  samples: number[];
  seconds: number;
  errors: number;
}

/**
 * A closed loop: `concurrency` workers run `op` back to back for `seconds` after `warmupSeconds`
 * (warm-up operations are not counted). Failed operations are counted, not timed.
 */
export async function closedLoop(opts: {
  concurrency: number;
  seconds: number;
  warmupSeconds?: number;
  op: (worker: number) => Promise<void>;
}): Promise<Summary> {
  const run = await loop(opts);
  return summarize(run.samples, run.seconds, run.errors);
}

/** Several closed-loop runs as one: their samples, seconds and errors added up. */
export function combine(runs: LoopRun[]): Summary {
  return summarize(
    runs.flatMap((r) => r.samples),
    runs.reduce((a, r) => a + r.seconds, 0),
    runs.reduce((a, r) => a + r.errors, 0),
  );
}

/** closedLoop's raw samples (for combining several runs). */
export async function loop(opts: { concurrency: number; seconds: number; warmupSeconds?: number; op: (worker: number) => Promise<void> }): Promise<LoopRun> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const warmupEnd = Date.now() + (opts.warmupSeconds ?? 0) * 1000;
  const end = warmupEnd + opts.seconds * 1000;
  let measuredStart = 0;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async (_, w) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const counted = Date.now() >= warmupEnd;
        try {
          await opts.op(w);
          if (counted) samples.push(performance.now() - t0);
        } catch (err) {
          if (counted) errors++;
          firstError ??= err;
        }
      }
    }),
  );
  measuredStart = warmupEnd;
  const seconds = (Date.now() - measuredStart) / 1000;
  if (errors && samples.length === 0) throw new Error(`every operation failed, first: ${String(firstError)}`);
  if (firstError) console.warn(`  (${errors} failed operations; first: ${String(firstError).slice(0, 200)})`);
  return { samples, seconds, errors };
}

/** Sequential timing of `op`, `iterations` times after `warmup` untimed runs. */
export async function sequential(iterations: number, op: () => Promise<void>, warmup = Math.min(20, iterations)): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await op();
  const samples: number[] = [];
  const start = Date.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await op();
    samples.push(performance.now() - t0);
  }
  return summarize(samples, (Date.now() - start) / 1000);
}
