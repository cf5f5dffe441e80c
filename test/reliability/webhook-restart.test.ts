import { afterAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { print } from 'graphql';
import { emptyDatabase, spawnServer, stopAllServers, type EmptyDatabase } from '../support/processes.js';
import { eventually, Receiver, startWebhookApp, type ReceivedRequest, type WebhookTestApp } from '../webhooks/support.js';

/**
 * No event is lost across restarts: deliveries are jobs in the database, committed with their events.
 * An app stopped with deliveries pending (one of them mid-POST) and a server process killed with
 * SIGKILL mid-delivery both leave them to the next process on the same database, which delivers all.
 */

const CreateEndpoint = graphql(`
  mutation WhRestartCreateEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret } userErrors { code message } }
  }
`);
const CreateFa = graphql(`
  mutation WhRestartCreateFa($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }
  }
`);
const Pending = graphql(`
  query WhRestartPending { events(first: 100, type: "treasury.financial_account.created") { nodes { id pendingWebhooks } } }
`);
const Attempts = graphql(`
  query WhRestartAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus event { id } } } } }
`);

const receivers: Receiver[] = [];
afterAll(async () => {
  await stopAllServers();
  for (const r of receivers) await r.close();
});

/** Events whose last request (after `since`) was answered 200, by the answers recorded in `answered`. */
const deliveredSince = (answered: Map<ReceivedRequest, number>, since: number) =>
  new Set([...answered].filter(([r, status]) => r.at >= since && status === 200).map(([r]) => r.eventId));

function recordAnswers(receiver: Receiver, decide: (r: ReceivedRequest, previous: number) => number | 'hang') {
  const answered = new Map<ReceivedRequest, number>();
  receiver.answer = (r, previous) => {
    const a = decide(r, previous);
    if (a !== 'hang') answered.set(r, a);
    return a;
  };
  return answered;
}

describe('restart safety', () => {
  let t: WebhookTestApp;
  afterAll(() => t?.close());

  it('an app stopped with deliveries pending (one mid-POST, others awaiting retries) leaves them to the next app, which delivers every event', async () => {
    const config = { retryLimit: 6, retryDelayMs: 300, timeoutMs: 3000, concurrency: 3 };
    t = await startWebhookApp(config);
    const receiver = await Receiver.start();
    receivers.push(receiver);
    let phase: 'down' | 'up' = 'down';
    let hung = 0;
    // While "down": the very first request hangs (it is in flight when the app stops), the others get 500.
    const answered = recordAnswers(receiver, () => (phase === 'up' ? 200 : hung++ === 0 ? 'hang' : 500));
    const we = (await t.ok(CreateEndpoint, { input: { url: receiver.url(), enabledEvents: ['treasury.financial_account.created'] } })).createWebhookEndpoint
      .webhookEndpoint!;
    for (let i = 0; i < 3; i++) await t.ok(CreateFa, { input: { supportedCurrencies: ['usd'] } });
    const ids = (await t.ok(Pending, {})).events.nodes.map((e) => e.id);
    expect(ids).toHaveLength(3);
    await receiver.waitUntil((rs) => ids.every((id) => rs.some((r) => r.eventId === id)), 15_000, 'a first attempt of each event');

    // Stop with deliveries pending; an event committed while no worker runs is kept too.
    await t.restart({ ...config, worker: false });
    await t.ok(CreateFa, { input: { supportedCurrencies: ['usd'] } });
    const all = (await t.ok(Pending, {})).events.nodes;
    expect(all).toHaveLength(4);
    expect(all.every((e) => e.pendingWebhooks === 1)).toBe(true);

    phase = 'up';
    const since = performance.now();
    await t.restart(config);
    await receiver.waitUntil(() => all.every((e) => deliveredSince(answered, since).has(e.id)), 20_000, 'every event delivered after the restart');
    await eventually(
      () => t.ok(Pending, {}),
      (r) => r.events.nodes.every((e) => e.pendingWebhooks === 0),
    );
    // Attempts are numbered without gaps or repeats: the abandoned POST recorded nothing.
    const attempts = (await t.ok(Attempts, { id: we.id })).webhookEndpoint!.deliveryAttempts.nodes;
    for (const e of all) {
      const numbers = attempts
        .filter((a) => a.event.id === e.id)
        .map((a) => a.attemptNumber)
        .sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
      expect(attempts.filter((a) => a.event.id === e.id && a.responseStatus === 200)).toHaveLength(1);
    }
  });
});

describe('crash safety', () => {
  let db: EmptyDatabase;
  afterAll(() => db?.cleanup());

  it('a server killed (SIGKILL) mid-delivery loses nothing: the next server process on the same database delivers every event', async () => {
    db = await emptyDatabase(inject('pgliteTemplate'));
    const key = 'sk_test_webhookcrash0000000000';
    const env = {
      ...db.env,
      PORT: '0',
      FINGRAPH_DEMO_KEY: key,
      FINGRAPH_WEBHOOK_TIMEOUT_MS: '1000',
      FINGRAPH_WEBHOOK_RETRY_DELAY_MS: '300',
      FINGRAPH_WEBHOOK_RETRY_LIMIT: '6',
      FINGRAPH_WEBHOOK_CONCURRENCY: '4',
    };
    const receiver = await Receiver.start();
    receivers.push(receiver);
    let up = false;
    const answered = recordAnswers(receiver, () => (up ? 200 : 'hang'));
    const first = spawnServer(env);
    const url = await first.ready();
    const gql = async (server: string, doc: Parameters<typeof print>[0], variables: unknown) => {
      const res = await fetch(server, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: print(doc), variables }),
      });
      const body = (await res.json()) as { data: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    await gql(url, CreateEndpoint, { input: { url: receiver.url(), enabledEvents: ['*'] } });
    for (let i = 0; i < 3; i++) await gql(url, CreateFa, { input: { supportedCurrencies: ['usd'] } });
    const ids: string[] = (await gql(url, Pending, {})).events.nodes.map((e: { id: string }) => e.id);
    expect(ids).toHaveLength(3);
    // All three POSTs are in flight (the receiver holds them) when the process dies.
    await receiver.waitUntil((rs) => ids.every((id) => rs.some((r) => r.eventId === id)), 15_000, 'the first POSTs');
    first.child.kill('SIGKILL');
    await first.exited;

    up = true;
    const since = performance.now();
    const second = spawnServer(env);
    const url2 = await second.ready();
    await receiver.waitUntil(() => ids.every((id) => deliveredSince(answered, since).has(id)), 40_000, 'every event delivered by the next process');
    const events = await eventually(
      () => gql(url2, Pending, {}),
      (r: { events: { nodes: { id: string; pendingWebhooks: number }[] } }) => r.events.nodes.every((e) => e.pendingWebhooks === 0),
    );
    expect(events.events.nodes.map((e: { id: string }) => e.id).sort()).toEqual([...ids].sort());
    await second.stop();
  }, 90_000);
});
