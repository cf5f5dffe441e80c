import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount } from '../src/auth/auth.js';
import { demoKeyFile } from '../src/auth/demo.js';
import { openDatabase } from '../src/db/client.js';
import { emptyDatabase, ROOT, spawnServer, stopAllServers, type EmptyDatabase } from './support/processes.js';

/**
 * The demo key survives what used to lose it (issue 12, item 3): another account created before the
 * first start, and restarts (on PGlite the remembered key; on PostgreSQL a new one each start, the
 * previous one revoked). `npm run demo:key` issues a new one. GraphiQL is filled in only for a
 * browser on this machine.
 */

let database: EmptyDatabase;
const KEY_LINE = /Demo test key( \(new\))?: (sk_test_\w+)\n/;
const keyIn = (out: string) => KEY_LINE.exec(out);
// The banner's key line follows the GraphiQL line that `ready()` waits for: wait for it too.
const bannerKey = (proc: { waitForOutput(re: RegExp): Promise<RegExpMatchArray> }) => proc.waitForOutput(KEY_LINE);

const status = (url: string, key: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ treasuryFinancialAccounts { nodes { id } } }' }),
  }).then((r) => r.status);
const graphiql = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers: { accept: 'text/html', ...headers } }).then((r) => r.text());

beforeAll(async () => {
  database = await emptyDatabase(inject('pgliteTemplate'));
  // An account made with `npm run account:create` before the first start.
  const db = await openDatabase({ databaseUrl: database.env.DATABASE_URL, dataDir: database.dataDir ?? undefined });
  await createAccount(db.db, 'Acme');
  await db.close();
});
afterAll(async () => {
  await stopAllServers();
  await database?.cleanup();
});

describe('demo key', () => {
  let first: string;

  it('is made on the first start even when another account exists', async () => {
    const proc = spawnServer({ ...database.env, PORT: '0' });
    const url = await proc.ready();
    const m = await bannerKey(proc);
    expect(m?.[1]).toBe(' (new)');
    first = m![2]!;
    expect(await status(url, first)).toBe(200);
    expect(await graphiql(url)).toContain(`Bearer ${first}`);
    await proc.stop();
  }, 120_000);

  it('works after a restart, in the banner and in GraphiQL; never in a page for another machine', async () => {
    const proc = spawnServer({ ...database.env, PORT: '0', HOST: '0.0.0.0' });
    const port = new URL(await proc.ready()).port;
    const local = `http://127.0.0.1:${port}/graphql`;
    const key = (await bannerKey(proc))[2]!;
    expect(await status(local, key)).toBe(200);
    expect(await graphiql(local)).toContain(`Bearer ${key}`);
    if (database.dataDir) {
      // The embedded database remembers it, readable by its owner only.
      expect(key).toBe(first);
      expect(fs.statSync(demoKeyFile(database.dataDir)).mode & 0o777).toBe(0o600);
    } else {
      // PostgreSQL keeps only hashes: a new key each start, the previous one revoked.
      expect(key).not.toBe(first);
      expect(await status(local, first)).toBe(401);
    }
    // Through a proxy, or from another machine's address, the page has no key.
    expect(await graphiql(local, { 'x-forwarded-for': '203.0.113.9' })).not.toContain('sk_test_');
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && !a.internal && a.family === 'IPv4');
    if (outside) {
      const page = await graphiql(`http://${outside.address}:${port}/graphql`);
      expect(page).toContain('renderYogaGraphiQL');
      expect(page).not.toContain('sk_test_');
    }
    await proc.stop();
  }, 120_000);

  it('`npm run demo:key` issues a new key; the old one stops working and the next start shows the new one', async () => {
    const env = { ...process.env, ...database.env, LOG_LEVEL: 'silent' };
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/demo-key.ts'], { cwd: ROOT, env });
    const rotated = keyIn(stdout)![2]!;
    const proc = spawnServer({ ...database.env, PORT: '0' });
    const url = await proc.ready();
    const shown = (await bannerKey(proc))[2]!;
    if (database.dataDir) expect(shown).toBe(rotated);
    expect(await status(url, shown)).toBe(200);
    expect(await status(url, first)).toBe(401);
    expect(await graphiql(url)).toContain(`Bearer ${shown}`);
    await proc.stop();
  }, 120_000);
});
