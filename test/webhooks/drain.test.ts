import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { Receiver, startWebhookApp, type WebhookTestApp } from './support.js';

/**
 * Queues drain at once after a restart (#13 item 6): pg-boss 10 waited its whole poll interval (2 s)
 * after every job, so 201 pending webhooks took ~110 s. A worker now fetches again as soon as a job
 * ends, while jobs remain.
 */

const CreateEndpoint = graphql(`
  mutation WhDrainCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code } } }
`);
const CreateFa = graphql(`
  mutation WhDrainFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }
`);

const PENDING = 20;
let t: WebhookTestApp;
let receiver: Receiver;
beforeAll(async () => {
  // No delivery in this process until the restart below.
  t = await startWebhookApp({ worker: false, concurrency: 1 });
  receiver = await Receiver.start();
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

describe('drain after a restart', () => {
  it(`${PENDING} pending webhooks on one worker are delivered in well under one poll interval each`, async () => {
    const r = await t.ok(CreateEndpoint, { input: { url: receiver.url('/drain'), enabledEvents: ['treasury.financial_account.created'] } });
    expect(r.createWebhookEndpoint.userErrors).toEqual([]);
    for (let i = 0; i < PENDING; i++)
      expect((await t.ok(CreateFa, { input: { supportedCurrencies: ['usd'] } })).createTreasuryFinancialAccount.userErrors).toEqual([]);
    expect(receiver.on('/drain')).toEqual([]);
    const t0 = performance.now();
    await t.restart({ worker: true, concurrency: 1 });
    await receiver.waitUntil((rs) => new Set(rs.filter((x) => x.path === '/drain').map((x) => x.eventId)).size >= PENDING, 30_000);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`drained ${PENDING} webhooks in ${seconds.toFixed(2)} s (${(PENDING / seconds).toFixed(1)}/s)`);
    // Waiting a 2 s poll after each job would take 40 s; fetching at once, a fraction of that.
    expect(seconds).toBeLessThan(PENDING * 2 * 0.4);
  }, 90_000);
});
