import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { graphql } from '../gql/index.js';
import { WEBHOOK_DEFAULTS } from '../../src/config.js';
import { WebhookWorker } from '../../src/events/webhooks/webhook.worker.js';
import { serverUrl } from '../support/databases.js';
import { ROOT, spawnServer, stopAllServers } from '../support/processes.js';
import { eventually, Receiver, sleep, startWebhookApp, type WebhookTestApp } from './support.js';

/**
 * Several consumers of one queue deliver each event once per attempt, not once per consumer: on
 * PostgreSQL, a server in this process, another server process and an `npm run worker` process; on
 * PGlite (one process per database), extra delivery workers in the same process, and `npm run worker`
 * refusing to start.
 */

const CreateEndpoint = graphql(`
  mutation WhMultiCreateEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message } }
  }
`);
const CreateFa = graphql(`
  mutation WhMultiCreateFa($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }
  }
`);
const Events = graphql(`
  query WhMultiEvents { events(first: 100, type: "treasury.financial_account.created") { nodes { id pendingWebhooks } } }
`);
const Attempts = graphql(`
  query WhMultiAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus event { id } } } } }
`);

const CONFIG = { retryLimit: 3, retryDelayMs: 200, timeoutMs: 3000, concurrency: 2 };
const ENV = {
  FINGRAPH_WEBHOOK_RETRY_LIMIT: String(CONFIG.retryLimit),
  FINGRAPH_WEBHOOK_RETRY_DELAY_MS: String(CONFIG.retryDelayMs),
  FINGRAPH_WEBHOOK_TIMEOUT_MS: String(CONFIG.timeoutMs),
  FINGRAPH_WEBHOOK_CONCURRENCY: String(CONFIG.concurrency),
};

let t: WebhookTestApp;
let receiver: Receiver;
afterAll(async () => {
  await stopAllServers();
  await t?.close();
  await receiver?.close();
});

/** Runs `npm run worker`'s entry with a clean fingraph environment plus `env`. */
function spawnWorker(env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FINGRAPH_') && k !== 'DATABASE_URL'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: ROOT,
    env: { ...base, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/**
 * Commits `n` FinancialAccount events (through `create`), the receiver answering 500 to each event's
 * first request and 200 to its second; then checks every event got exactly two requests and two
 * recorded attempts, however many consumers raced for the jobs.
 */
async function deliverEachOncePerAttempt(endpointId: string, create: (i: number) => Promise<void>, n: number) {
  receiver.answer = (_r, previous) => (previous === 0 ? 500 : 200);
  for (let i = 0; i < n; i++) await create(i);
  const ids = (await t.ok(Events, {})).events.nodes.map((e) => e.id);
  expect(ids).toHaveLength(n);
  await receiver.waitUntil((rs) => ids.every((id) => rs.filter((r) => r.eventId === id).length >= 2), 20_000, 'two attempts per event');
  await eventually(
    () => t.ok(Events, {}),
    (r) => r.events.nodes.every((e) => e.pendingWebhooks === 0),
  );
  await sleep(4 * CONFIG.retryDelayMs); // room for any duplicate to show up
  for (const id of ids)
    expect(
      receiver.requests.filter((r) => r.eventId === id),
      id,
    ).toHaveLength(2);
  const attempts = (await t.ok(Attempts, { id: endpointId })).webhookEndpoint!.deliveryAttempts.nodes;
  for (const id of ids)
    expect(
      attempts.filter((a) => a.event.id === id).map((a) => [a.attemptNumber, a.responseStatus]),
      id,
    ).toEqual([
      [2, 200],
      [1, 500],
    ]);
}

if (serverUrl) {
  describe('one PostgreSQL database, three processes delivering', () => {
    it('a server here, another server process and an `npm run worker` process deliver each event once per attempt', async () => {
      t = await startWebhookApp(CONFIG);
      receiver = await Receiver.start();
      const second = spawnServer({ DATABASE_URL: t.db.url!, PORT: '0', FINGRAPH_DEMO: 'off', ...ENV });
      const worker = spawnWorker({ DATABASE_URL: t.db.url!, ...ENV });
      const secondUrl = await second.ready();
      await eventually(
        async () => worker.output(),
        (out) => out.includes('webhook worker running'),
        20_000,
      );
      const we = (await t.ok(CreateEndpoint, { input: { url: receiver.url(), enabledEvents: ['treasury.financial_account.created'] } })).createWebhookEndpoint
        .webhookEndpoint!;
      await deliverEachOncePerAttempt(
        we.id,
        async (i) => {
          if (i % 2 === 0) {
            await t.ok(CreateFa, { input: { supportedCurrencies: ['usd'] } });
            return;
          }
          const res = await fetch(secondUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${t.account.testKey}` },
            body: JSON.stringify({ query: print(CreateFa), variables: { input: { supportedCurrencies: ['usd'] } } }),
          });
          expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
        },
        8,
      );
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      await second.stop();
    }, 90_000);
  });
} else {
  describe('PGlite: one process per database', () => {
    it('`npm run worker` refuses to start without PostgreSQL, with a clear message', async () => {
      const worker = spawnWorker({});
      expect(await worker.exited).toBe(2);
      expect(worker.output()).toMatch(/npm run worker needs PostgreSQL: set DATABASE_URL/);
    }, 30_000);

    it('extra delivery workers in the same process on the same database deliver each event once per attempt', async () => {
      t = await startWebhookApp(CONFIG);
      receiver = await Receiver.start();
      const extra = [
        new WebhookWorker(t.database, { ...WEBHOOK_DEFAULTS, ...CONFIG, worker: true }),
        new WebhookWorker(t.database, { ...WEBHOOK_DEFAULTS, ...CONFIG, worker: true }),
      ];
      for (const w of extra) await w.start();
      try {
        const we = (await t.ok(CreateEndpoint, { input: { url: receiver.url(), enabledEvents: ['treasury.financial_account.created'] } })).createWebhookEndpoint
          .webhookEndpoint!;
        await deliverEachOncePerAttempt(we.id, async () => void (await t.ok(CreateFa, { input: { supportedCurrencies: ['usd'] } })), 8);
      } finally {
        for (const w of extra) await w.stop();
      }
    }, 60_000);
  });
}
