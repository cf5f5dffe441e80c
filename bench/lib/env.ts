import { envInt, envList } from '../../test/reliability/support/env.js';

export { envInt, envList };

/** Seconds each timed load phase runs: BENCH_DURATION_S (or its older name BENCH_SECONDS), default `fallback`. */
export function benchSeconds(fallback = 10): number {
  return envInt('BENCH_DURATION_S', envInt('BENCH_SECONDS', fallback));
}

/** Warm-up before each timed phase (not counted): BENCH_WARMUP_S (or BENCH_WARMUP_SECONDS). */
export function warmupSeconds(fallback = 2): number {
  return envInt('BENCH_WARMUP_S', envInt('BENCH_WARMUP_SECONDS', fallback));
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
