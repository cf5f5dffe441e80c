import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { print, type DocumentNode } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql } from './gql/index.js';
import { serverUrl } from './support/databases.js';
import { expectOk, startTestApp, type TestApp } from './support/harness.js';
import { acquireDataDirLock } from '../src/db/lock.js';
import { emptyDatabase, spawnServer, stopAllServers, type EmptyDatabase, type ServerProcess } from './support/processes.js';

/**
 * Several server processes on one PostgreSQL database behave as one service: changes committed
 * through one process reach subscribers on another (LISTEN/NOTIFY), and idempotency holds across
 * them. PGlite is one process per data folder: a second process on the same folder is refused.
 * Each database mode registers the tests that are meaningful for it.
 */

const Create = graphql(`
  mutation MultiCreate($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }
  }
`);
const Update = graphql(`
  mutation MultiUpdate($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }
  }
`);
const Updated = graphql(`
  subscription MultiUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }
`);
const Stream = graphql(`
  subscription MultiStream($after: ID) { events(after: $after) { id type data { object } } }
`);
const Latest = graphql(`
  query MultiLatest { events(first: 1) { nodes { id } } }
`);

afterAll(() => stopAllServers());

if (serverUrl) {
  describe('two server processes on one PostgreSQL database', () => {
    let t: TestApp;
    let second: ServerProcess;
    let secondUrl: string;
    let ws: Client;

    beforeAll(async () => {
      t = await startTestApp();
      second = spawnServer({ DATABASE_URL: t.dbUrl!, PORT: '0', FINGRAPH_DEMO: 'off', LOG_LEVEL: 'silent' });
      secondUrl = await second.ready();
      ws = createClient({
        url: secondUrl.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${t.account.testKey}` },
        retryAttempts: 0,
      });
    });
    afterAll(async () => {
      await ws?.dispose();
      await second?.stop();
      await t?.close();
    });

    /** GraphQL over HTTP to the second process. */
    const viaSecond = async <T>(doc: DocumentNode, variables: unknown): Promise<T> => {
      const res = await fetch(secondUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.account.testKey}` },
        body: JSON.stringify({ query: print(doc), variables }),
      });
      const body = (await res.json()) as { data: T; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };

    /** Subscribes on the second process; values and errors are collected as they arrive. */
    function subscribeOnSecond<T>(doc: DocumentNode, variables: Record<string, unknown>) {
      const values: T[] = [];
      const errors: unknown[] = [];
      const waiters = new Set<() => void>();
      const dispose = ws.subscribe<T>(
        { query: print(doc), variables },
        {
          next: (v) => (v.errors ? errors.push(...v.errors) : values.push(v.data as T), waiters.forEach((w) => w())),
          error: (e) => (errors.push(e), waiters.forEach((w) => w())),
          complete: () => {},
        },
      );
      const waitFor = (n: number, timeoutMs = 10_000) =>
        new Promise<T[]>((resolve, reject) => {
          const check = () => {
            if (values.length >= n) waiters.delete(check), resolve(values.slice(0, n));
            else if (errors.length) reject(new Error(JSON.stringify(errors)));
          };
          waiters.add(check);
          setTimeout(() => reject(new Error(`timed out waiting for ${n} values, got ${values.length}`)), timeoutMs).unref();
          check();
        });
      return { values, errors, dispose, waitFor };
    }

    const createVia1 = async (nickname: string) =>
      expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'], nickname } })).createTreasuryFinancialAccount).treasuryFinancialAccount!;

    it('a subscriber on process 2 receives a change committed through process 1, live', async () => {
      await createVia1('anchor');
      const before = (await t.ok(Latest, {})).events.nodes[0]!.id;
      const warmup = await createVia1('warm-up');
      // Resuming after `before` makes the warm-up event arrive whenever process 2 starts listening:
      // once it has arrived the subscription is live, and the next event can only come by NOTIFY.
      const stream = subscribeOnSecond<{ events: { id: string; type: string; data: { object: { id: string; nickname: string } } } }>(Stream, {
        after: before,
      });
      await stream.waitFor(1);
      expect(stream.values[0]!.events.data.object.id).toBe(warmup.id);

      const fa = await createVia1('from process 1');
      const [, created] = await stream.waitFor(2);
      expect(created!.events).toMatchObject({ type: 'treasury.financial_account.created', data: { object: { id: fa.id, nickname: 'from process 1' } } });

      // Alternating writers keep one commit order on every process.
      const order = [fa.id];
      for (let i = 0; i < 3; i++) {
        order.push((await createVia1(`p1-${i}`)).id);
        const data = await viaSecond<{ createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } } }>(Create, {
          input: { supportedCurrencies: ['usd'], nickname: `p2-${i}` },
        });
        order.push(data.createTreasuryFinancialAccount.treasuryFinancialAccount.id);
      }
      await stream.waitFor(1 + order.length);
      expect(stream.values.slice(1).map((v) => v.events.data.object.id)).toEqual(order);
      stream.dispose();
    });

    it('a subscriber on process 1 receives a change committed through process 2', async () => {
      const fa = await createVia1('watched');
      const sub = await t.subscribe(Updated, { id: fa.id });
      await viaSecond(Update, { input: { id: fa.id, nickname: 'renamed by process 2' } });
      expect((await sub.waitFor(1))[0]!.treasuryFinancialAccountUpdated).toEqual({ id: fa.id, nickname: 'renamed by process 2' });
      sub.dispose();
    });

    it('an idempotency key used concurrently on both processes creates one FinancialAccount', async () => {
      const input = { supportedCurrencies: ['usd'], nickname: 'once across processes', idempotencyKey: 'multi-process-key' };
      const results = await Promise.all([
        ...Array.from({ length: 5 }, () => t.ok(Create, { input }).then((d) => d.createTreasuryFinancialAccount.treasuryFinancialAccount!.id)),
        ...Array.from({ length: 5 }, () =>
          viaSecond<{ createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } } }>(Create, { input }).then(
            (d) => d.createTreasuryFinancialAccount.treasuryFinancialAccount.id,
          ),
        ),
      ]);
      expect(new Set(results).size).toBe(1);
    });
  });
} else {
  describe('PGlite: one process per data folder', () => {
    let db: EmptyDatabase;
    beforeAll(async () => {
      db = await emptyDatabase(inject('pgliteTemplate'));
    });
    afterAll(async () => {
      await stopAllServers();
      await db?.cleanup();
    });

    it('refuses a second server process on the same folder with a clear message, and the first keeps serving', async () => {
      const env = { ...db.env, PORT: '0', FINGRAPH_DEMO: 'off', LOG_LEVEL: 'silent' };
      const first = spawnServer(env);
      const url = await first.ready();

      const second = spawnServer(env);
      const { code } = await second.exited;
      expect(code).not.toBe(0);
      const message = second.stderr();
      expect(message).toContain(db.dataDir!);
      expect(message).toMatch(/in use by process \d+/);
      expect(message).toMatch(/DATABASE_URL/); // it says how to run several processes
      expect(second.stdout()).not.toContain('GraphiQL');

      // The first process is unaffected, and still owns the folder.
      const health = await fetch(url.replace('/graphql', '/healthz'));
      expect(health.status).toBe(200);
      expect(fs.readFileSync(path.join(db.dataDir!, 'fingraph.lock'), 'utf8').trim()).toBe(String(first.child.pid));

      // Once the first has stopped, the folder is free again.
      await first.stop();
      expect(fs.existsSync(path.join(db.dataDir!, 'fingraph.lock'))).toBe(false);
    });
  });
}

describe('the PGlite data folder lock', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fingraph-lock-'));

  it('is refused while a live process holds it, naming the folder and the holder', () => {
    const dir = tmp();
    try {
      fs.writeFileSync(path.join(dir, 'fingraph.lock'), String(process.ppid)); // a live process that is not us
      expect(() => acquireDataDirLock(dir)).toThrow(`The embedded database in ${dir} is in use by process ${process.ppid}`);
      expect(fs.readFileSync(path.join(dir, 'fingraph.lock'), 'utf8')).toBe(String(process.ppid));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a stale lock left by a process that no longer exists, and releases it', () => {
    const dir = tmp();
    try {
      fs.writeFileSync(path.join(dir, 'fingraph.lock'), '2147483646'); // beyond any real pid: a crashed holder
      const lock = acquireDataDirLock(dir);
      expect(fs.readFileSync(path.join(dir, 'fingraph.lock'), 'utf8')).toBe(String(process.pid));
      lock.release();
      expect(fs.existsSync(path.join(dir, 'fingraph.lock'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
