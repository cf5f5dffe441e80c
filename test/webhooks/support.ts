import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, inject } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createAccount, type CreatedAccount } from '../../src/auth/auth.js';
import { createApp, type App } from '../../src/app.js';
import type { WebhookConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { freshDatabase, type TestDatabase } from '../support/databases.js';
import { limits, type GqlResult } from '../support/harness.js';

export interface ReceivedRequest {
  path: string;
  body: string;
  headers: http.IncomingHttpHeaders;
  /** performance.now() when the request arrived. */
  at: number;
  /** The Stripe event id in the body (when it parses). */
  eventId: string | null;
}

/** What the receiver answers: a status code, or 'hang' to never answer. */
export type Answer = number | 'hang';

/**
 * A real HTTP receiver on 127.0.0.1. `answer` decides each response from the request and how many
 * requests for the same event id (on the same path) came before it.
 */
export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  answer: (req: ReceivedRequest, previousForEvent: number) => Answer = () => 200;
  /** Requests answered 'hang' and still open (release() answers them). */
  private held: http.ServerResponse[] = [];
  private waiters = new Set<() => void>();
  private constructor(
    private readonly server: http.Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<Receiver> {
    let self: Receiver;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let eventId: string | null = null;
        try {
          eventId = (JSON.parse(body) as { id?: string }).id ?? null;
        } catch {
          /* not JSON */
        }
        const r: ReceivedRequest = { path: req.url ?? '/', body, headers: req.headers, at: performance.now(), eventId };
        const previous = self.requests.filter((x) => x.path === r.path && x.eventId === eventId).length;
        const answer = self.answer(r, previous);
        self.requests.push(r);
        self.waiters.forEach((w) => w());
        if (answer === 'hang') self.held.push(res);
        else res.writeHead(answer, { 'content-type': 'application/json' }).end('{"received":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new Receiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return self;
  }

  url(path = '/hook') {
    return `${this.origin}${path}`;
  }

  on(path: string) {
    return this.requests.filter((r) => r.path === path);
  }

  /** Resolves once `predicate` holds over the requests so far. */
  waitUntil(predicate: (requests: ReceivedRequest[]) => boolean, timeoutMs = 15_000, what = 'requests'): Promise<ReceivedRequest[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (predicate(this.requests)) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(this.requests);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}; received ${JSON.stringify(this.requests.map((r) => [r.path, r.eventId]))}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** Answers every held request with `status` now. */
  release(status: number) {
    for (const res of this.held.splice(0)) if (!res.writableEnded && !res.destroyed) res.writeHead(status).end();
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Polls `read` until `accept` holds (for state the worker writes after the receiver answered). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface WebhookTestApp {
  db: TestDatabase;
  database: Database;
  account: CreatedAccount;
  app: App;
  url: string;
  gql<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, key?: string): Promise<GqlResult<T>>;
  ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, key?: string): Promise<T>;
  /** Stops the app (deliveries may be pending) and starts a new one on the same database. */
  restart(webhooks?: Partial<WebhookConfig>): Promise<void>;
  close(): Promise<void>;
}

/** The real app on a fresh database with its own webhook settings (tiny retry delays in tests). */
export async function startWebhookApp(webhooks: Partial<WebhookConfig>): Promise<WebhookTestApp> {
  const db = await freshDatabase(inject('pgliteTemplate'));
  const account = await createAccount(db.database.db, 'Webhooks');
  const env = {
    db,
    database: db.database,
    account,
    app: null as unknown as App,
    url: '',
    async gql<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, key = account.testKey): Promise<GqlResult<T>> {
      const res = await fetch(env.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: print(doc as DocumentNode), variables }),
      });
      return { ...((await res.json()) as GqlResult<T>), status: res.status };
    },
    async ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, key?: string): Promise<T> {
      const r = await env.gql(doc, variables, key);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data as T;
    },
    async restart(next: Partial<WebhookConfig> = webhooks) {
      await env.app.stop();
      env.app = await createApp(db.database, { ...limits, webhooks: next });
      env.url = await env.app.start(0);
    },
    async close() {
      await env.app.stop();
      await db.drop();
    },
  };
  env.app = await createApp(db.database, { ...limits, webhooks });
  env.url = await env.app.start(0);
  return env;
}
