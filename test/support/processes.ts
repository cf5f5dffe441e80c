import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { freshDatabase, serverUrl } from './databases.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `re` in stdout (or stderr); rejects if the process exits first or on timeout. */
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** The GraphQL URL the server printed (`GraphiQL:  http://…/graphql`). */
  ready(timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<ServerProcess>();

/** `npm start` as a child process: `node --import tsx src/server.ts` with a clean fingraph environment plus `env`. */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FINGRAPH_') && !['DATABASE_URL', 'PORT', 'HOST'].includes(k)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...base, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const watchers = new Set<() => void>();
  const notify = () => watchers.forEach((w) => w());
  child.stdout!.setEncoding('utf8').on('data', (d: string) => ((out += d), notify()));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => ((err += d), notify()));
  let done = false;
  // 'close' (not 'exit'): the process has exited and its output has been read to the end.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      done = true;
      running.delete(proc);
      resolve({ code, signal });
      notify();
    }),
  );

  const waitForOutput = (re: RegExp, timeoutMs = 45_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const m = re.exec(out) ?? re.exec(err);
        if (m) finish(() => resolve(m));
        else if (done) finish(() => reject(new Error(`server exited before printing ${re}\nstdout: ${out}\nstderr: ${err}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${re}\nstdout: ${out}\nstderr: ${err}`))), timeoutMs);
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        watchers.delete(check);
        fn();
      };
      watchers.add(check);
      check();
    });

  const proc: ServerProcess = {
    child,
    stdout: () => out,
    stderr: () => err,
    waitForOutput,
    ready: async (timeoutMs) => (await waitForOutput(/GraphiQL:\s+(http:\/\/\S+\/graphql)/, timeoutMs))[1]!,
    exited,
    async stop(graceMs = 5000) {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(proc);
  return proc;
}

/** Stops every server process this file started (afterAll). */
export async function stopAllServers() {
  await Promise.all([...running].map((p) => p.stop()));
}

export interface EmptyDatabase {
  /** Environment for a server process on it: DATABASE_URL on the real server, FINGRAPH_DATA_DIR on PGlite. */
  env: Record<string, string>;
  /** The PGlite data folder (null on the real server). */
  dataDir: string | null;
  cleanup(): Promise<void>;
}

/**
 * A migrated database with no accounts, for a server process: a fresh database on the real server
 * when DATABASE_URL is set, else a temporary PGlite folder seeded from the migrated template
 * (`template`, from inject('pgliteTemplate')) so the child does not spend seconds on initdb.
 */
export async function emptyDatabase(template: string | undefined): Promise<EmptyDatabase> {
  if (serverUrl) {
    const db = await freshDatabase();
    return { env: { DATABASE_URL: db.url! }, dataDir: null, cleanup: () => db.drop() };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fingraph-proc-'));
  fs.mkdirSync(path.join(dataDir, 'pglite'));
  const pg = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: new Blob([fs.readFileSync(template!)]) });
  await pg.close();
  return { env: { FINGRAPH_DATA_DIR: dataDir }, dataDir, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

/** A copy of a PGlite data folder (cheaper than seeding another one). */
export function copyDataDir(from: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'fingraph-proc-'));
  fs.cpSync(from, to, { recursive: true });
  return to;
}
