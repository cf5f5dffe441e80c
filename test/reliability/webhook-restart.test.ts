import { afterAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { print } from 'graphql';
import { WEBHOOK_DEFAULTS } from '../../src/config.js';
import { INTERRUPTED } from '../../src/events/webhooks/webhook-delivery.service.js';
import { WebhookWorker } from '../../src/events/webhooks/webhook.worker.js';
import { emptyDatabase, spawnServer, stopAllServers, type EmptyDatabase } from '../support/processes.js';
import { eventually, Receiver, sleep, startWebhookApp, type ReceivedRequest, type WebhookTestApp } from '../webhooks/support.js';

/**
 * Every POST is on record as its own attempt (each event's requests at the receiver = its attempts).
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
  query WhRestartAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus error event { id } } } } }
`);

const EndpointIds = graphql(`
  query WhRestartEndpoints { webhookEndpoints(first: 10) { nodes { id } } }
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
    // Attempts are numbered without gaps or repeats, one per POST: the abandoned POST is an interrupted attempt.
    const attempts = (await t.ok(Attempts, { id: we.id })).webhookEndpoint!.deliveryAttempts.nodes;
    for (const e of all) {
      const numbers = attempts
        .filter((a) => a.event.id === e.id)
        .map((a) => a.attemptNumber)
        .sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
      expect(numbers).toHaveLength(receiver.requests.filter((r) => r.eventId === e.id).length);
      expect(attempts.filter((a) => a.event.id === e.id && a.responseStatus === 200)).toHaveLength(1);
    }
    expect(attempts.filter((a) => a.error === INTERRUPTED)).toHaveLength(1);
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
    // The POSTs in flight at the kill are on record (interrupted, taken over by the next process), each POST one attempt.
    const endpointId = (await gql(url2, EndpointIds, {})).webhookEndpoints.nodes[0].id as string;
    const attempts: { attemptNumber: number; responseStatus: number | null; error: string | null; event: { id: string } }[] = (
      await gql(url2, Attempts, { id: endpointId })
    ).webhookEndpoint.deliveryAttempts.nodes;
    for (const id of ids) {
      const mine = attempts.filter((a) => a.event.id === id);
      expect(mine).toHaveLength(receiver.requests.filter((r) => r.eventId === id).length);
      expect(mine.filter((a) => a.error === INTERRUPTED).length).toBeGreaterThanOrEqual(1);
      expect(mine.filter((a) => a.responseStatus === 200)).toHaveLength(1);
    }
    await second.stop();
  }, 90_000);
});

describe('a job run that outlives its expiry', () => {
  let t: WebhookTestApp;
  afterAll(() => t?.close());

  it('sends nothing while its first run is still POSTing or recording (here or in another worker): one POST per attempt, all on record', async () => {
    // pg-boss gives each job 1 s, a POST takes up to 3 s: the job of every hung POST expires and runs
    // again while its first run is alive, in this worker or in the second one (which stands for another process).
    const config = { retryLimit: 2, retryDelayMs: 200, timeoutMs: 3000, concurrency: 2, jobExpireSeconds: 1 };
    t = await startWebhookApp(config);
    const other = new WebhookWorker(t.database, { ...WEBHOOK_DEFAULTS, ...config, worker: true });
    await other.start();
    const receiver = await Receiver.start();
    receivers.push(receiver);
    try {
      // Each event's first POST hangs until the worker gives up (3 s); its retry is answered 200.
      receiver.answer = (_r, previous) => (previous === 0 ? 'hang' : 200);
      const we = (await t.ok(CreateEndpoint, { input: { url: receiver.url(), enabledEvents: ['treasury.financial_account.created'] } })).createWebhookEndpoint
        .webhookEndpoint!;
      for (let i = 0; i < 2; i++) await t.ok(CreateFa, { input: { supportedCurrencies: ['usd'] } });
      const ids = (await t.ok(Pending, {})).events.nodes.map((e) => e.id);
      expect(ids).toHaveLength(2);
      await eventually(
        () => t.ok(Pending, {}),
        (r) => r.events.nodes.every((e) => e.pendingWebhooks === 0),
        30_000,
      );
      // The expired jobs ran again in the meantime (at 1 s, 2-3 s…) and must not have sent anything more.
      await sleep(1500);
      const attempts = (await t.ok(Attempts, { id: we.id })).webhookEndpoint!.deliveryAttempts.nodes;
      for (const id of ids) {
        const mine = attempts.filter((a) => a.event.id === id).sort((a, b) => a.attemptNumber - b.attemptNumber);
        expect(mine.map((a) => [a.attemptNumber, a.responseStatus, a.error])).toEqual([
          [1, null, 'Timed out after 3000 ms'],
          [2, 200, null],
        ]);
        const posts = receiver.requests.filter((r) => r.eventId === id);
        expect(posts).toHaveLength(2);
        // The second POST is the scheduled retry after the first timed out, not a re-run's duplicate while it hung.
        expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(config.timeoutMs - 20);
      }
    } finally {
      await other.stop();
    }
  }, 60_000);
});
