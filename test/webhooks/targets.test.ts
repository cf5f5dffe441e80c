import net, { type AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureWebhookTargets, webhookTargetPolicy } from '../../src/events/webhooks/webhook-target.js';
import { UNREACHABLE } from '../../src/events/webhooks/webhook.worker.js';
import { graphql } from '../gql/index.js';
import { eventually, Receiver, startWebhookApp, type WebhookTestApp } from './support.js';

/**
 * Where webhooks may go (SSRF, #13 item 3) and URLs that cannot be sent (item 5), at delivery time:
 * private targets are never connected to, every failure without an HTTP answer records one uniform
 * error, redirects are not followed. (Create and update refusals: webhook.unit.test.ts, webhook-endpoint.test.ts.)
 */

const CreateEndpoint = graphql(`
  mutation WhTargetCreateEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }
  }
`);
const UpdateEndpoint = graphql(`
  mutation WhTargetUpdateEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }
  }
`);
const DeleteEndpoint = graphql(`
  mutation WhTargetDeleteEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id } userErrors { code } } }
`);
const CreateFa = graphql(`
  mutation WhTargetCreateFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }
`);
const Attempts = graphql(`
  query WhTargetAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 20) { nodes { succeeded responseStatus error } } } }
`);

let t: WebhookTestApp;
let receiver: Receiver;
beforeAll(async () => {
  t = await startWebhookApp({ retryLimit: 0, retryDelayMs: 200, timeoutMs: 2_000, concurrency: 3 });
  receiver = await Receiver.start();
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

async function endpoint(url: string) {
  const r = await t.ok(CreateEndpoint, { input: { url, enabledEvents: ['treasury.financial_account.created'] } });
  expect(r.createWebhookEndpoint.userErrors).toEqual([]);
  return r.createWebhookEndpoint.webhookEndpoint!;
}
const createFa = async () => (await t.ok(CreateFa, { input: { supportedCurrencies: ['usd'] } })).createTreasuryFinancialAccount.treasuryFinancialAccount!.id;
const first = async (endpointId: string) =>
  (
    await eventually(
      async () => (await t.ok(Attempts, { id: endpointId })).webhookEndpoint!.deliveryAttempts.nodes,
      (a) => a.length >= 1,
    )
  )[0]!;

describe('delivery targets', () => {
  it('a closed port, a service that does not speak HTTP and a TLS mismatch record one uniform error; a redirect is not followed', async () => {
    const garbage = net.createServer((sock) => sock.end('\u0000\u0003SFATAL not http\n'));
    await new Promise<void>((r) => garbage.listen(0, '127.0.0.1', r));
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    try {
      const targets = [
        `http://127.0.0.1:${closedPort}/closed`,
        `http://127.0.0.1:${(garbage.address() as AddressInfo).port}/garbage`,
        receiver.url('/tls').replace('http:', 'https:'),
      ];
      const eps = [];
      for (const url of targets) eps.push(await endpoint(url));
      const redirect = await endpoint(receiver.url('/redirect'));
      receiver.answer = (r) => (r.path === '/redirect' ? 302 : 200);
      await createFa();
      const errors = [];
      for (const we of eps) {
        const a = await first(we.id);
        expect(a).toMatchObject({ succeeded: false, responseStatus: null });
        errors.push(a.error);
      }
      expect(errors).toEqual([UNREACHABLE, UNREACHABLE, UNREACHABLE]);
      expect(await first(redirect.id)).toMatchObject({ succeeded: false, responseStatus: 302 });
      for (const we of [...eps, redirect]) await t.ok(DeleteEndpoint, { input: { id: we.id } });
    } finally {
      garbage.close();
    }
  });

  it('an address that may no longer be reached at delivery time is not connected to: a failed attempt with the same error', async () => {
    const we = await endpoint(receiver.url('/private-now'));
    const before = webhookTargetPolicy();
    configureWebhookTargets({ allowLoopback: false });
    try {
      await createFa();
      expect(await first(we.id)).toMatchObject({ succeeded: false, responseStatus: null, error: UNREACHABLE });
      expect(receiver.on('/private-now')).toEqual([]);
    } finally {
      configureWebhookTargets(before);
    }
    await t.ok(DeleteEndpoint, { input: { id: we.id } });
  });

  it('a stored URL that cannot be sent (bad percent-encoding) records a failed attempt instead of failing the job unseen', async () => {
    const we = await endpoint(receiver.url('/bad-escape'));
    // Written before create validated URLs fully: create and update now refuse it (webhook.unit.test.ts).
    await t.database.db.execute(
      sql`update webhook_endpoints set url = ${receiver.url('/bad-escape').replace('http://', 'http://us%zz:pw@')} where id = ${we.id}`,
    );
    await createFa();
    expect(await first(we.id)).toMatchObject({ succeeded: false, responseStatus: null, error: expect.stringMatching(/percent-encoding/) });
    const r = await t.ok(UpdateEndpoint, { input: { id: we.id, url: 'https://us%zz:pw@example.com/x' } });
    expect(r.updateWebhookEndpoint.userErrors).toMatchObject([{ code: 'url_invalid' }]);
    await t.ok(DeleteEndpoint, { input: { id: we.id } });
  });
});
