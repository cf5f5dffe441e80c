import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setAdminKey } from '../src/auth/admin.route.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { emptyDatabase, ROOT, spawnServer, stopAllServers, type EmptyDatabase } from './support/processes.js';

/**
 * Operators create accounts and keys while the server runs: the admin API (/admin/…, platform admin
 * key) in process, and `npm run account:create` as a real child process next to a running server
 * process — on the embedded database it goes through the server, which holds the data folder.
 */

const ADMIN_KEY = `fgadmin_${'k'.repeat(40)}`;
let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = t.url.replace('/graphql', '/admin');
});
afterAll(async () => {
  setAdminKey(null);
  await t?.close();
});

const adminPost = async (route: string, body: unknown, key: string | null = ADMIN_KEY) => {
  const res = await fetch(`${admin}/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};
const graphqlStatus = async (key: string) =>
  (await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: '{"query":"{ __typename }"}' }))
    .status;

describe('admin API', () => {
  it('does not exist without a platform admin key', async () => {
    setAdminKey(null);
    expect((await adminPost('accounts', { name: 'x' })).status).toBe(404);
  });

  it('creates an account whose keys work at once, adds a live key, revokes a key', async () => {
    setAdminKey(ADMIN_KEY);
    const created = await adminPost('accounts', { name: 'Acme' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ account: { id: expect.stringMatching(/^acct_/), name: 'Acme' } });
    const [test, live] = created.body.keys;
    expect(test).toMatchObject({ id: expect.stringMatching(/^key_/), livemode: false, secret: expect.stringMatching(/^sk_test_/) });
    expect(live).toMatchObject({ livemode: true, secret: expect.stringMatching(/^sk_live_/) });
    expect(await graphqlStatus(test.secret)).toBe(200);

    const more = await adminPost('keys', { account: created.body.account.id, livemode: true });
    expect(more.status).toBe(201);
    const extra = more.body.keys[0];
    expect(extra).toMatchObject({ livemode: true, secret: expect.stringMatching(/^sk_live_/) });
    expect(await graphqlStatus(extra.secret)).toBe(200);

    expect((await adminPost('keys/revoke', { id: extra.id })).body).toEqual({ id: extra.id, revoked: true });
    expect(await graphqlStatus(extra.secret)).toBe(401);
    expect(await graphqlStatus(live.secret)).toBe(200);
    expect((await adminPost('keys/revoke', { id: extra.id })).status).toBe(404);
  });

  it('refuses bad credentials and bad input in Stripe REST error shape, writing nothing', async () => {
    setAdminKey(ADMIN_KEY);
    expect(await adminPost('accounts', { name: 'x' }, null)).toMatchObject({ status: 401, body: { error: { code: 'api_key_missing' } } });
    expect(await adminPost('accounts', { name: 'x' }, `fgadmin_${'w'.repeat(40)}`)).toMatchObject({
      status: 401,
      body: { error: { code: 'api_key_invalid' } },
    });
    expect(await adminPost('accounts', t.account.testKey ? { name: 'x' } : {}, t.account.testKey)).toMatchObject({ status: 401 });
    expect(await adminPost('accounts', {})).toMatchObject({
      status: 400,
      body: { error: { code: 'parameter_missing', param: 'name', type: 'invalid_request_error' } },
    });
    expect(await adminPost('accounts', { name: 'x', extra: 1 })).toMatchObject({ status: 400, body: { error: { code: 'parameter_invalid' } } });
    expect(await adminPost('accounts', 'not json')).toMatchObject({ status: 400, body: { error: { code: 'parameter_invalid' } } });
    expect(await adminPost('keys', { account: 'acct_nope' })).toMatchObject({ status: 404, body: { error: { code: 'resource_missing', param: 'account' } } });
    expect((await adminPost('teleport', {})).status).toBe(404);
  });
});

/** `npm run account:create -- …` as a child process with `env`. */
function cli(args: string[], env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FINGRAPH_') && k !== 'DATABASE_URL'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/account-create.ts', ...args], {
    cwd: ROOT,
    env: { ...base, LOG_LEVEL: 'silent', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run account:create', () => {
  let db: EmptyDatabase;
  let url: string;
  beforeAll(async () => {
    db = await emptyDatabase(inject('pgliteTemplate'));
    const server = spawnServer({ ...db.env, PORT: '0', FINGRAPH_DEMO: 'off' });
    url = await server.ready(120_000);
  }, 150_000);
  afterAll(async () => {
    await stopAllServers();
    await db?.cleanup();
  });

  it('--help prints the usage and exits 0; bad options print it with the reason and exit 2, without a stack trace', async () => {
    const help = await cli(['--help'], {});
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/usage:\n\s+npm run account:create -- --name "Acme"/);
    const cases = [['--nmae', 'x'], [], ['--name', 'a', '--revoke', 'key_x'], ['--name', '  ']];
    const answers = await Promise.all(cases.map((args) => cli(args, {})));
    for (const [i, args] of cases.entries()) {
      const bad = answers[i]!;
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain('usage:');
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);

  it('creates an account and keys while the server runs on the same database (embedded: through the server)', async () => {
    if (db.dataDir) expect(fs.existsSync(path.join(db.dataDir, 'admin.json'))).toBe(true);
    const created = await cli(['--name', 'Acme'], db.env);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const account = /account (acct_\w+) \(Acme\)/.exec(created.stdout)![1]!;
    const testKey = /test key: (sk_test_\w+)/.exec(created.stdout)![1]!;
    const ok = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey}` },
      body: '{"query":"{ treasuryFinancialAccounts { nodes { id } } }"}',
    });
    expect(ok.status).toBe(200);

    const live = await cli(['--account', account, '--live'], db.env);
    expect(live.code).toBe(0);
    const [, liveKey, liveId] = /live key: (sk_live_\w+) {2}\(id (key_\w+)\)/.exec(live.stdout)!;
    expect(
      (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${liveKey}` },
          body: '{"query":"{ __typename }"}',
        })
      ).status,
    ).toBe(200);
    expect((await cli(['--revoke', liveId!], db.env)).stdout).toContain(`key ${liveId} revoked`);
    expect(
      (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${liveKey}` },
          body: '{"query":"{ __typename }"}',
        })
      ).status,
    ).toBe(401);

    const missing = await cli(['--account', 'acct_nope'], db.env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No such account: 'acct_nope'/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  }, 180_000);
});
