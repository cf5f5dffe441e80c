import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * PostGraphile 5 (amber preset), the peer side of the deep-read benchmark. It lives in its own
 * package (bench/postgraphile: package.json + lockfile), not in fingraph's dependencies: its
 * `engines` wants Node 22. `npm ci` installs it there on first use.
 */
const DIR = fileURLToPath(new URL('../postgraphile/', import.meta.url));

export function ensurePostGraphileInstalled(): void {
  if (fs.existsSync(`${DIR}node_modules/postgraphile/package.json`)) return;
  console.log('  installing bench/postgraphile (npm ci, first use only)…');
  execFileSync('npm', ['ci', '--prefix', DIR, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
}

export interface PeerServer {
  url: string;
  pid: number;
  /** SQL statements the process has sent so far (API-key lookups included). */
  statements(): Promise<number>;
  stop(): Promise<void>;
}

/** bench/postgraphile/server.mjs as a child process on `databaseUrl`, like fingraph's server. */
export async function postGraphileServer(databaseUrl: string): Promise<PeerServer> {
  ensurePostGraphileInstalled();
  const child = spawn(process.execPath, [`${DIR}server.mjs`], {
    cwd: DIR,
    env: { ...process.env, PGL_DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!(url = /listening (http:\/\/\S+)/.exec(out)?.[1])) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`PostGraphile did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const statsUrl = url.replace(/\/graphql$/, '/__stats');
  return {
    url,
    pid: child.pid!,
    async statements() {
      const r = await fetch(statsUrl);
      return ((await r.json()) as { statements: number }).statements;
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
