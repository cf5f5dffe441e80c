import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createAccount, type CreatedAccount } from '../src/auth/auth.js';
import { createApp, type App } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import type { Database } from '../src/db/client.js';
import { graphql } from './gql/index.js';
import { freshDatabase } from './support/databases.js';
import { limits } from './support/harness.js';
import { spawnServer, stopAllServers } from './support/processes.js';

/**
 * Per-API-key rate limits over real HTTP and websockets: past the limit a request is answered 429
 * with a RATE_LIMITED GraphQL error and a Retry-After header, before it executes; another key is not
 * affected; the key recovers once the window has passed; FINGRAPH_RATE_LIMIT_* are validated.
 */

const PER_SECOND = 5;
const BURST = 3;
/** More than a key can be granted in two adjacent one-second windows plus its burst (5 + 5 + 3). */
const FLOOD = 30;

const CreateCustomer = graphql(`
  mutation RateLimitCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }
`);
const Accounts = graphql(`
  query RateLimitAccounts { treasuryFinancialAccounts(first: 1) { nodes { id } } }
`);

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

let database: Database;
let drop: () => Promise<void>;
let app: App;
let url: string;
let a: CreatedAccount;
let b: CreatedAccount;

async function post(key: string | null, doc: Parameters<typeof print>[0], variables?: Record<string, unknown>, target = url): Promise<Answer> {
  const res = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}

const customersOf = async (accountId: string) => {
  const r: any = await database.db.execute(`select count(*)::int as n from customers where account_id = '${accountId}'` as never);
  return (Array.isArray(r) ? r : r.rows)[0].n as number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function expectRateLimited(answer: Answer) {
  expect(answer.status).toBe(429);
  const seconds = Number(answer.retryAfter);
  expect(Number.isInteger(seconds) && seconds >= 1).toBe(true);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0]).toMatchObject({
    message: expect.stringContaining('Too many requests'),
    extensions: { code: 'RATE_LIMITED', retryAfter: seconds },
  });
  return seconds;
}

beforeAll(async () => {
  ({ database, drop } = await freshDatabase(inject('pgliteTemplate')));
  app = await createApp(database, { ...limits, rateLimit: { perSecond: PER_SECOND, burst: BURST } });
  url = await app.start(0);
  a = await createAccount(database.db, 'Rate A');
  b = await createAccount(database.db, 'Rate B');
});
afterAll(async () => {
  await app?.stop();
  await drop?.();
  await stopAllServers();
});

describe('per-key rate limits over HTTP', () => {
  let retryAfter = 1;

  it('answers 429 RATE_LIMITED with Retry-After once a key is over its limit, and refused requests do not execute', async () => {
    const answers = await Promise.all(Array.from({ length: FLOOD }, (_, i) => post(a.testKey, CreateCustomer, { input: { name: `c${i}` } })));
    const accepted = answers.filter((r) => r.status === 200);
    const refused = answers.filter((r) => r.status !== 200);
    expect(accepted.length).toBeGreaterThanOrEqual(PER_SECOND);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of accepted) expect(r.body.data.createCustomer.userErrors).toEqual([]);
    for (const r of refused) retryAfter = expectRateLimited(r);
    // Exactly the accepted requests wrote a Customer.
    expect(await customersOf(a.accountId)).toBe(accepted.length);
  });

  it('does not limit another key (another account, or the same account in the other mode)', async () => {
    const other = await post(b.testKey, Accounts);
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ data: { treasuryFinancialAccounts: { nodes: [] } } });
    const live = await post(a.liveKey, Accounts);
    expect(live.status).toBe(200);
    expect(live.body.errors).toBeUndefined();
  });

  it('does not count requests without a valid key: they stay 401 UNAUTHENTICATED', async () => {
    const answers = await Promise.all(Array.from({ length: 3 }, () => post(`sk_test_${'x'.repeat(24)}`, Accounts)));
    for (const r of answers) {
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets the key through again once Retry-After has passed', async () => {
    await sleep(retryAfter * 1000 + 100);
    const again = await post(a.testKey, Accounts);
    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();
  });
});

describe('per-key rate limits over websockets', () => {
  it('refuses the operations over the limit with a RATE_LIMITED error and keeps the socket open', async () => {
    const client = createClient({
      url: url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${b.testKey}` },
      retryAttempts: 0,
      lazy: true,
    });
    const run = () =>
      new Promise<{ data?: unknown; errors?: any[] }>((resolve) => {
        let result: { data?: unknown; errors?: any[] } = {};
        client.subscribe(
          { query: print(Accounts) },
          { next: (v) => (result = v as typeof result), error: (e) => resolve({ errors: Array.isArray(e) ? e : [e] }), complete: () => resolve(result) },
        );
      });
    try {
      const results = await Promise.all(Array.from({ length: FLOOD }, run));
      const refused = results.filter((r) => r.errors);
      expect(results.filter((r) => r.data).length).toBeGreaterThanOrEqual(PER_SECOND);
      expect(refused.length).toBeGreaterThan(0);
      let seconds = 1;
      for (const r of refused) {
        expect(r.errors).toHaveLength(1);
        expect(r.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
        seconds = r.errors![0].extensions.retryAfter;
        expect(Number.isInteger(seconds) && seconds >= 1).toBe(true);
      }
      // HTTP and websocket share the key's budget.
      expectRateLimited(await post(b.testKey, Accounts));
      await sleep(seconds * 1000 + 100);
      // Same socket, after the window: served.
      expect(await run()).toEqual({ data: { treasuryFinancialAccounts: { nodes: [] } } });
    } finally {
      await client.dispose();
    }
  });
});

describe('requests without a valid key (#13 item 2)', () => {
  it('are answered 401 before the body is read, without schema suggestions, and limited per client address (429)', async () => {
    const anon = await createApp(database, { ...limits, anonymousRateLimit: { perSecond: 3, burst: 0 } });
    const anonUrl = await anon.start(0);
    const raw = async (headers: Record<string, string>, body: string) => {
      const res = await fetch(anonUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
    };
    try {
      // Not JSON and a misspelt field: without a key, neither is looked at (no 400, no "Did you mean").
      const notJson = await raw({}, '{"query": ');
      expect(notJson.status).toBe(401);
      expect(notJson.body.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
      const typo = await raw({ authorization: `Bearer sk_test_${'z'.repeat(24)}` }, JSON.stringify({ query: '{ treasuryFinancialAcount { id } }' }));
      expect(typo.status).toBe(401);
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
      // With a key, the same typo is a validation error with its suggestion.
      const keyed = await raw({ authorization: `Bearer ${a.liveKey}` }, JSON.stringify({ query: '{ treasuryFinancialAcount(id: "x") { id } }' }));
      expect(JSON.stringify(keyed.body)).toMatch(/Did you mean/);
      // Over the address's limit (3 per second): 429 RATE_LIMITED with Retry-After, before anything else.
      const flood = await Promise.all(Array.from({ length: 10 }, () => raw({}, JSON.stringify({ query: '{ __typename }' }))));
      const refused = flood.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      for (const r of flood) expect([401, 429]).toContain(r.status);
      for (const r of refused) {
        expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(r.body.errors![0]).toMatchObject({ message: expect.stringContaining('without a valid API key'), extensions: { code: 'RATE_LIMITED' } });
      }
      // A valid key from the same address is not limited by it.
      expect((await post(b.testKey, Accounts, undefined, anonUrl)).status).toBe(200);
    } finally {
      await anon.stop();
    }
  });

  it('defaults to 10 per second plus a burst of 20 per address', () => {
    expect(loadConfig({}).anonymousRateLimit).toEqual({ perSecond: 10, burst: 20 });
  });
});

describe('configuration', () => {
  it('defaults to 100 requests per second plus a burst of 200, and 0 turns limiting off', async () => {
    expect(loadConfig({}).rateLimit).toEqual({ perSecond: 100, burst: 200 });
    expect(loadConfig({ FINGRAPH_RATE_LIMIT_PER_SECOND: '0', FINGRAPH_RATE_LIMIT_BURST: '0' }).rateLimit).toEqual({ perSecond: 0, burst: 0 });

    const off = await createApp(database, { ...limits, rateLimit: loadConfig({ FINGRAPH_RATE_LIMIT_PER_SECOND: '0' }).rateLimit });
    const offUrl = await off.start(0);
    try {
      const answers = await Promise.all(Array.from({ length: FLOOD }, () => post(b.liveKey, Accounts, undefined, offUrl)));
      expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    } finally {
      await off.stop();
    }
  });

  it.each([
    ['FINGRAPH_RATE_LIMIT_PER_SECOND', 'lots', 'must be a whole number of requests (0 turns rate limiting off)'],
    ['FINGRAPH_RATE_LIMIT_PER_SECOND', '2.5', 'must be a whole number of requests (0 turns rate limiting off)'],
    ['FINGRAPH_RATE_LIMIT_PER_SECOND', '-1', 'must be 0 (off) or more'],
    ['FINGRAPH_RATE_LIMIT_BURST', '-5', 'must be 0 (off) or more'],
    ['FINGRAPH_RATE_LIMIT_BURST', '5000000', 'must be at most 1000000'],
  ])('refuses %s=%s: "%s"', (name, value, reason) => {
    let message = '';
    try {
      loadConfig({ [name]: value });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toBe(`Invalid configuration:\n  ${name}: ${reason}`);
  });

  it('the server process reads FINGRAPH_RATE_LIMIT_* (and exits 1 naming a bad one)', async () => {
    const bad = spawnServer({ FINGRAPH_RATE_LIMIT_PER_SECOND: 'fast', FINGRAPH_DATA_DIR: '/nonexistent/never-created' });
    expect(await bad.exited).toEqual({ code: 1, signal: null });
    expect(bad.stderr()).toContain('FINGRAPH_RATE_LIMIT_PER_SECOND: must be a whole number');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fingraph-rate-'));
    const key = `sk_test_${'r4te'.repeat(6)}`;
    const proc = spawnServer({
      FINGRAPH_DATA_DIR: dir,
      FINGRAPH_DEMO_KEY: key,
      PORT: '0',
      FINGRAPH_RATE_LIMIT_PER_SECOND: '2',
      FINGRAPH_RATE_LIMIT_BURST: '0',
      FINGRAPH_WEBHOOK_WORKER: 'off',
    });
    try {
      const serverUrl = await proc.ready(30_000);
      const answers = await Promise.all(Array.from({ length: FLOOD }, () => post(key, Accounts, undefined, serverUrl)));
      expect(answers.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(2);
      const refused = answers.filter((r) => r.status !== 200);
      expect(refused.length).toBeGreaterThan(0);
      refused.forEach(expectRateLimited);
    } finally {
      await proc.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
