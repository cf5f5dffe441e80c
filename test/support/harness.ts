import { inject } from 'vitest';
import { expect } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createAccount, type CreatedAccount } from '../../src/auth/auth.js';
import { createApp, type App } from '../../src/app.js';
import type { Database } from '../../src/db/client.js';
import { freshDatabase } from './databases.js';

export const limits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000, maxBodyBytes: 1_000_000, shutdownTimeoutMs: 2_000 };

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: App;
  url: string;
  wsUrl: string;
  database: Database;
  /** Connection URL of this file's database on the real server, null on PGlite. */
  dbUrl: string | null;
  account: CreatedAccount;
  newAccount(): Promise<CreatedAccount>;
  gql<T, V>(doc: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V, key?: string | null): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, key?: string): Promise<T>;
  wsClient(key?: string): Client;
  subscribe<T, V>(doc: TypedDocumentNode<T, V>, variables: V, opts?: { key?: string; accountId?: string; client?: Client }): Promise<Subscription<T>>;
  close(): Promise<void>;
}

export interface Subscription<T> {
  values: T[];
  errors: unknown[];
  /** Resolves once `count` values have arrived (or rejects after timeoutMs). */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  dispose(): void;
}

const docText = (doc: DocumentNode | string) => (typeof doc === 'string' ? doc : print(doc));

/** Starts the real app on a random port over a fresh database, with one account and its keys. */
export async function startTestApp(): Promise<TestApp> {
  const { database, url: dbUrl, drop } = await freshDatabase(inject('pgliteTemplate'));
  const app = await createApp(database, limits);
  const url = await app.start(0);
  const wsUrl = url.replace('http', 'ws');
  const account = await createAccount(database.db, 'Test');
  const clients: Client[] = [];

  const gql: TestApp['gql'] = async (doc, variables, key = account.testKey) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query: docText(doc as DocumentNode), variables }),
    });
    const body = (await res.json()) as GqlResult<never>;
    return { ...body, status: res.status };
  };

  const wsClient = (key = account.testKey) => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0, lazy: true });
    clients.push(client);
    return client;
  };

  return {
    app,
    url,
    wsUrl,
    database,
    dbUrl,
    account,
    newAccount: () => createAccount(database.db, 'Other'),
    gql,
    async ok(doc, variables, key) {
      const result = await gql(doc, variables, key);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data as never;
    },
    wsClient,
    async subscribe(doc, variables, opts = {}) {
      const client = opts.client ?? wsClient(opts.key);
      const values: any[] = [];
      const errors: unknown[] = [];
      const waiters: (() => void)[] = [];
      const accountId = opts.accountId ?? account.accountId;
      const before = app.services.hub.listenerCount(accountId);
      const dispose = client.subscribe(
        { query: docText(doc as DocumentNode), variables: variables as Record<string, unknown> },
        {
          next: (v) => {
            if (v.errors) errors.push(...v.errors);
            else values.push(v.data);
            waiters.forEach((w) => w());
          },
          error: (e) => {
            errors.push(e);
            waiters.forEach((w) => w());
          },
          complete: () => {},
        },
      );
      // The server registers the listener asynchronously: wait for it so no change is missed.
      const deadline = Date.now() + 5000;
      while (app.services.hub.listenerCount(accountId) <= before && errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      return {
        values,
        errors,
        dispose,
        waitFor(count, timeoutMs = 5000) {
          return new Promise((resolve, reject) => {
            const check = () => {
              if (values.length >= count) resolve(values.slice(0, count));
              else if (errors.length) reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
            };
            waiters.push(check);
            check();
            setTimeout(() => reject(new Error(`timed out waiting for ${count} values, got ${values.length}`)), timeoutMs).unref();
          });
        },
      };
    },
    async close() {
      for (const c of clients) await c.dispose();
      await app.stop();
      await drop();
    },
  };
}

/** Asserts a mutation payload succeeded and returns it. */
export function expectOk<P extends { userErrors: { code: string }[] }>(payload: P): P {
  expect(payload.userErrors).toEqual([]);
  return payload;
}

/** Asserts a mutation payload was refused with `code` (and nothing else). */
export function expectUserError<E extends { code: string; field?: readonly string[] | null }>(
  payload: { userErrors: E[] } & Record<string, unknown>,
  code: string,
): E {
  expect(payload.userErrors.map((e) => e.code)).toEqual([code]);
  for (const [k, v] of Object.entries(payload)) if (k !== 'userErrors' && k !== '__typename') expect(v).toBeNull();
  return payload.userErrors[0]!;
}
