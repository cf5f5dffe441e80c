import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A fixed demo key for server processes the suites start (FINGRAPH_DEMO_KEY). */
export const DEMO_KEY = 'sk_test_reliabilityDemoKey0000000001';

export interface ServerChild {
  child: ChildProcess;
  pid: number;
  /** The GraphQL URL the server printed. */
  url: string;
  output(): string;
  /** Resident memory of the process in bytes (Linux /proc; falls back to null elsewhere). */
  rss(): number | null;
  alive(): boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill9(): Promise<void>;
  /** SIGTERM (graceful drain), then SIGKILL after graceMs. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * `npm start` as a child process (`node --import tsx src/server.ts`) on 127.0.0.1 and a free port,
 * with a clean fingraph environment plus `env`. Resolves once it prints its URL.
 */
export async function startServer(env: Record<string, string>, opts: { timeoutMs?: number; nodeArgs?: string[] } = {}): Promise<ServerChild> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('FINGRAPH_') && !['DATABASE_URL', 'PORT', 'HOST', 'NODE_OPTIONS', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'].includes(k),
    ),
  );
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    // Rate limiting off unless `env` sets it: the suites and benchmarks load one key on purpose
    // (test/rate-limit.test.ts covers the limits); the same for requests without a valid key.
    env: {
      ...base,
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      FINGRAPH_DEMO_KEY: DEMO_KEY,
      FINGRAPH_RATE_LIMIT_PER_SECOND: '0',
      FINGRAPH_RATE_LIMIT_ANONYMOUS_PER_SECOND: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      done = true;
      setImmediate(() => resolve({ code, signal }));
    }),
  );
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  let url: string | undefined;
  while (!url) {
    url = /GraphiQL:\s+(http:\/\/\S+\/graphql)/.exec(out)?.[1];
    if (url) break;
    if (done) throw new Error(`server exited before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const pid = child.pid!;
  return {
    child,
    pid,
    url,
    output: () => out,
    alive: () => !done,
    rss() {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : null;
      } catch {
        return null;
      }
    },
    exited,
    async kill9() {
      if (!done) child.kill('SIGKILL');
      await exited;
    },
    async stop(graceMs = 10_000) {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
