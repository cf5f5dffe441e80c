import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness.js';
import { copyDataDir, emptyDatabase, spawnServer, stopAllServers, type EmptyDatabase, type ServerProcess } from './support/processes.js';

/**
 * The server process as `npm start` runs it: health check, first start on an empty database (demo
 * account and key, GraphiQL URL), FINGRAPH_DEMO=off, and a graceful shutdown that lets in-flight
 * requests finish. Child processes run on an empty database of the current mode (a seeded PGlite
 * folder, or a fresh database on the PostgreSQL server).
 */

const DEMO_KEY = `sk_test_${'Demo'.repeat(6)}`; // sk_test_ + 24 letters

let t: TestApp;
const databases: EmptyDatabase[] = [];
let demo: { proc: ServerProcess; url: string; dataDir: string | null };
let demoOff: { proc: ServerProcess; url: string };
let configured: { proc: ServerProcess; url: string; dataDir: string | null };

/** Empty databases for three processes; on PGlite one seeded folder is copied (cheaper than seeding three). */
async function threeEmptyDatabases(): Promise<{ env: Record<string, string>; dataDir: string | null }[]> {
  const first = await emptyDatabase(inject('pgliteTemplate'));
  databases.push(first);
  if (!first.dataDir) {
    const others = await Promise.all([emptyDatabase(undefined), emptyDatabase(undefined)]);
    databases.push(...others);
    return [first, ...others];
  }
  const copies = [copyDataDir(first.dataDir), copyDataDir(first.dataDir)];
  databases.push(...copies.map((dir) => ({ env: {}, dataDir: dir, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) })));
  return [first, ...copies.map((dir) => ({ env: { FINGRAPH_DATA_DIR: dir }, dataDir: dir }))];
}

beforeAll(async () => {
  t = await startTestApp();
  const [a, b, c] = await threeEmptyDatabases();
  // Start the three processes at once; each test then inspects its own.
  const procs = {
    demo: spawnServer({ ...a!.env, PORT: '0' }),
    demoOff: spawnServer({ ...b!.env, PORT: '0', FINGRAPH_DEMO: 'off' }),
    configured: spawnServer({ ...c!.env, PORT: '0', FINGRAPH_DEMO_KEY: DEMO_KEY, LOG_LEVEL: 'info', FINGRAPH_SHUTDOWN_TIMEOUT_MS: '10000' }),
  };
  const [demoUrl, offUrl, configuredUrl] = await Promise.all([procs.demo.ready(), procs.demoOff.ready(), procs.configured.ready()]);
  demo = { proc: procs.demo, url: demoUrl, dataDir: a!.dataDir };
  demoOff = { proc: procs.demoOff, url: offUrl };
  configured = { proc: procs.configured, url: configuredUrl, dataDir: c!.dataDir };
});
afterAll(async () => {
  await stopAllServers();
  for (const db of databases) await db.cleanup();
  await t?.close();
});

const query = (url: string, key: string | null, q = '{ treasuryFinancialAccounts { nodes { id } } }') =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: q }),
  });

const graphiql = async (url: string) => (await fetch(url, { headers: { accept: 'text/html' } })).text();

describe('GET /healthz', () => {
  it('answers 200 with a JSON status, without credentials', async () => {
    const res = await fetch(t.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers the same from a server process', async () => {
    const res = await fetch(demo.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('first start', () => {
  it('on an empty database creates the demo account and prints its test key and the GraphiQL URL', async () => {
    const out = demo.proc.stdout();
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/graphql$/); // PORT=0: the real port is printed
    expect(out).toContain(`GraphiQL:  ${demo.url}`);
    const key = /Demo test key \(new\): (sk_test_[A-Za-z0-9]{32})\n/.exec(out)?.[1];
    expect(key).toBeDefined();
    expect(out).toContain(`Health:    ${demo.url.replace('/graphql', '/healthz')}`);

    // The printed key works, and GraphiQL opens with it in the Authorization header.
    const res = await query(demo.url, key!);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { treasuryFinancialAccounts: { nodes: [] } } });
    expect(await graphiql(demo.url)).toContain(`Bearer ${key}`);
    // With the embedded database the key is remembered for the next start.
    if (demo.dataDir) expect(fs.readFileSync(path.join(demo.dataDir, 'demo-key'), 'utf8').trim()).toBe(key);
    expect((await query(demo.url, null)).status).toBe(401);
  });

  it('uses FINGRAPH_DEMO_KEY as the demo key when it is set', async () => {
    expect((await configured.proc.waitForOutput(/Demo test key \(new\): (\S+)\n/))[1]).toBe(DEMO_KEY);
    expect((await query(configured.url, DEMO_KEY)).status).toBe(200);
    // A configured key is not written to the data folder.
    if (configured.dataDir) expect(fs.existsSync(path.join(configured.dataDir, 'demo-key'))).toBe(false);
  });

  it('with FINGRAPH_DEMO=off creates no demo account and prints no key', async () => {
    const out = demoOff.proc.stdout();
    expect(out).toContain(`GraphiQL:  ${demoOff.url}`);
    expect(out).not.toMatch(/Demo test key/);
    expect(out).not.toMatch(/sk_test_/);
    expect(await graphiql(demoOff.url)).not.toContain('Bearer sk_');
    // No account exists, so no key (not even the other processes' demo keys) is accepted.
    expect((await query(demoOff.url, DEMO_KEY)).status).toBe(401);
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, lets the in-flight request complete, and exits 0', async () => {
    const { proc, url } = configured;
    const body = JSON.stringify({ query: '{ treasuryFinancialAccounts { nodes { id } } }' });
    // `Expect: 100-continue` makes the server acknowledge the request (its handler has started)
    // before the client sends the body: the request is provably in flight when the signal arrives.
    const req = http.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${DEMO_KEY}`, expect: '100-continue' },
    });
    const inFlight = new Promise<void>((resolve) => req.once('continue', resolve));
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.once('error', reject);
    });
    await inFlight;

    proc.child.kill('SIGTERM');
    await proc.waitForOutput(/"msg":"shutting down"/);
    // New connections are refused from now on.
    await expect(fetch(url.replace('/graphql', '/healthz'))).rejects.toThrow();

    req.end(body);
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ data: { treasuryFinancialAccounts: { nodes: [] } } });
    expect(await proc.exited).toEqual({ code: 0, signal: null });
    expect(proc.stderr()).toBe('');
    // The embedded database was closed properly: its folder lock is released.
    if (configured.dataDir) expect(fs.existsSync(path.join(configured.dataDir, 'fingraph.lock'))).toBe(false);
  });
});
