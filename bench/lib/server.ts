import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, type ServerChild } from '../../test/reliability/support/server.js';
import { HttpClient } from '../../test/reliability/support/http.js';

export { HttpClient, type ServerChild };

/** `npm start` as a child process on the bench database (so its CPU and memory are its own), in production mode as `npm start` runs. */
export function benchServer(url: string, env: Record<string, string> = {}): Promise<ServerChild> {
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server under load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  return startServer({ NODE_ENV: 'production', DATABASE_URL: url, ...env }, { nodeArgs });
}

/** A GraphQL call that must succeed: throws on transport errors, GraphQL errors and userErrors. */
export async function must<T = any>(client: HttpClient, query: string, variables: Record<string, unknown>, key: string): Promise<T> {
  const r = await client.gql(query, variables, key);
  if (r.status !== 200 || r.errors) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.errors).slice(0, 300)}`);
  for (const payload of Object.values<any>(r.data ?? {}))
    if (payload && Array.isArray(payload.userErrors) && payload.userErrors.length) throw new Error(`userErrors: ${JSON.stringify(payload.userErrors)}`);
  return r.data as T;
}

export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

/** bench/lib/bare-http.ts as a child process (the transport baseline); `databaseUrl` adds the API-key lookup. */
export async function bareServer(databaseUrl: string | null): Promise<BareServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./bare-http.ts', import.meta.url))], {
    env: { ...process.env, ...(databaseUrl ? { BARE_DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  let url: string | undefined;
  while (!(url = /listening (http:\/\/\S+)/.exec(out)?.[1])) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`bare server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** CPU time (ms) a process has used so far, user and system, from Linux /proc; null elsewhere. */
export function processCpuMs(pid: number): { user: number; system: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // stat fields 14 and 15 (utime, stime) are the 12th and 13th after the command name, in 10 ms clock ticks.
    return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
  } catch {
    return null;
  }
}

/** CPU time (ms) the whole machine has been busy so far (every core, /proc/stat), or null where there is none. */
export function machineBusyMs(): number | null {
  try {
    const [user, nice, system, , , irq, softirq, steal] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 10;
  } catch {
    return null;
  }
}
