import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { idempotencyKeys } from '../../kernel/idempotency.table.js';
import { webhookDeliveries, webhookEndpoints } from './webhook-endpoint.table.js';

/**
 * WebhookEndpoint: Stripe's object and its five operations, and every refusal writing nothing.
 * (Delivery itself is tested in test/webhooks/.)
 */

const Create = graphql(`
  mutation WeCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      webhookEndpoint { id object apiVersion application created description enabledEvents livemode metadata secret status url }
      userErrors { code type message field }
    }
  }
`);
const Update = graphql(`
  mutation WeUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      webhookEndpoint { id description enabledEvents metadata secret status url }
      userErrors { code type message field }
    }
  }
`);
const Delete = graphql(`
  mutation WeDelete($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id object deleted } userErrors { code message field } }
  }
`);
const Get = graphql(`query WeGet($id: ID!) { webhookEndpoint(id: $id) { id secret status url enabledEvents } }`);
const List = graphql(`
  query WeList($first: Int, $after: String) {
    webhookEndpoints(first: $first, after: $after) { nodes { id secret } pageInfo { hasNextPage endCursor } }
  }
`);
const Node = graphql(`query WeNode($id: ID!) { node(id: $id) { __typename id } }`);
const Resend = graphql(`
  mutation WeResend($input: ResendEventInput!) { resendEvent(input: $input) { event { id } userErrors { code message field } } }
`);
const FirstEvent = graphql(`query WeFirstEvent { events(first: 1) { nodes { id } } }`);
const CreateFa = graphql(`
  mutation WeCreateFa($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }
  }
`);
const Updated = graphql(`subscription WeUpdated($id: ID!) { webhookEndpointUpdated(id: $id) { id status description } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const HOOK = 'https://example.com/stripe/webhooks';

async function create(input: Record<string, unknown>, key?: string) {
  return (await t.ok(Create, { input: { url: HOOK, enabledEvents: ['*'], ...input } as never }, key)).createWebhookEndpoint;
}
async function created(input: Record<string, unknown> = {}, key?: string) {
  const r = await create(input, key);
  expect(r.userErrors).toEqual([]);
  return r.webhookEndpoint!;
}

/** Rows that any webhook endpoint command could write: refused commands must leave them all unchanged. */
async function snapshot() {
  const db = t.database.db;
  const [e] = await db.select({ n: count() }).from(webhookEndpoints);
  const [d] = await db.select({ n: count() }).from(webhookDeliveries);
  const [k] = await db.select({ n: count() }).from(idempotencyKeys);
  const rows = await db.select().from(webhookEndpoints).orderBy(sql`id`);
  return { endpoints: e!.n, deliveries: d!.n, idempotencyKeys: k!.n, rows: JSON.stringify(rows) };
}

describe('create, retrieve, list', () => {
  it("returns every field of Stripe's object, with the whsec_ secret in the create payload only", async () => {
    const before = Date.now();
    const we = await created({
      url: 'https://example.com/hooks?source=fingraph',
      enabledEvents: ['treasury.outbound_transfer.posted', 'treasury.outbound_transfer.failed', 'treasury.outbound_transfer.posted'],
      description: 'Treasury money movement',
      metadata: { team: 'payments' },
      idempotencyKey: 'we-create-1',
    });
    expect(we).toMatchObject({
      object: 'webhook_endpoint',
      apiVersion: null,
      application: null,
      description: 'Treasury money movement',
      enabledEvents: ['treasury.outbound_transfer.posted', 'treasury.outbound_transfer.failed'],
      livemode: false,
      metadata: { team: 'payments' },
      status: 'enabled',
      url: 'https://example.com/hooks?source=fingraph',
    });
    expect(we.id).toMatch(/^we_/);
    expect(we.secret).toMatch(/^whsec_[A-Za-z0-9]{32}$/);
    expect(Date.parse(we.created)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);

    // The same idempotency key replays the first result (secret included) and creates nothing more.
    const counted = await snapshot();
    const again = await created({
      url: 'https://example.com/hooks?source=fingraph',
      enabledEvents: ['treasury.outbound_transfer.posted', 'treasury.outbound_transfer.failed', 'treasury.outbound_transfer.posted'],
      description: 'Treasury money movement',
      metadata: { team: 'payments' },
      idempotencyKey: 'we-create-1',
    });
    expect(again).toEqual(we);
    expect(await snapshot()).toEqual(counted);

    expect((await t.ok(Get, { id: we.id })).webhookEndpoint).toEqual({
      id: we.id,
      secret: null,
      status: 'enabled',
      url: 'https://example.com/hooks?source=fingraph',
      enabledEvents: ['treasury.outbound_transfer.posted', 'treasury.outbound_transfer.failed'],
    });
    expect((await t.ok(Node, { id: we.id })).node).toEqual({ __typename: 'WebhookEndpoint', id: we.id });
    const listed = (await t.ok(List, { first: 100 })).webhookEndpoints.nodes.find((n) => n.id === we.id);
    expect(listed).toEqual({ id: we.id, secret: null });
  });

  it('accepts the one API version it renders and a Connect endpoint; http only for loopback hosts in test mode, https only in live mode', async () => {
    expect((await created({ apiVersion: '2026-10-28.endive' })).apiVersion).toBe('2026-10-28.endive');
    for (const url of ['http://localhost:4242/webhook', 'http://127.0.0.1:4242/webhook', 'http://[::1]:4242/webhook', 'https://user:pass@example.com/hook'])
      expect((await created({ url })).url).toBe(url);
    expect((await created({ connect: true })).status).toBe('enabled');
    const live = await created({ url: 'https://example.com/live' }, t.account.liveKey);
    expect(live.livemode).toBe(true);
    const r = await create({ url: 'http://127.0.0.1:4242/webhook' }, t.account.liveKey);
    expect(expectUserError(r, 'url_invalid').field).toEqual(['url']);
    // Test and live endpoints are separate lists.
    expect((await t.ok(List, { first: 100 }, t.account.liveKey)).webhookEndpoints.nodes).toEqual([{ id: live.id, secret: null }]);
  });

  it("lists newest first with cursors, only the caller's own endpoints of this mode", async () => {
    const other = await t.newAccount();
    const theirs = await created({}, other.testKey);
    const mine = [await created(), await created(), await created()];
    const page1 = (await t.ok(List, { first: 2 })).webhookEndpoints;
    expect(page1.nodes.map((n) => n.id)).toEqual([mine[2]!.id, mine[1]!.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await t.ok(List, { first: 1, after: page1.pageInfo.endCursor })).webhookEndpoints;
    expect(page2.nodes.map((n) => n.id)).toEqual([mine[0]!.id]);
    const all = (await t.ok(List, { first: 100 })).webhookEndpoints.nodes.map((n) => n.id);
    expect(all).not.toContain(theirs.id);
    expect((await t.ok(Get, { id: theirs.id })).webhookEndpoint).toBeNull();
    expect((await t.ok(Node, { id: theirs.id })).node).toBeNull();
  });
});

describe('update and delete', () => {
  it('updates url, events, status, description and metadata, announcing each change to webhookEndpointUpdated', async () => {
    const we = await created({ description: 'first', metadata: { a: '1', b: '2' } });
    const sub = await t.subscribe(Updated, { id: we.id });
    const r = (
      await t.ok(Update, {
        input: {
          id: we.id,
          url: 'http://localhost:9999/new',
          enabledEvents: ['treasury.received_credit.created'],
          disabled: true,
          description: '',
          metadata: { a: '', c: '3' },
        },
      })
    ).updateWebhookEndpoint;
    expect(r.userErrors).toEqual([]);
    expect(r.webhookEndpoint).toEqual({
      id: we.id,
      description: null,
      enabledEvents: ['treasury.received_credit.created'],
      metadata: { b: '2', c: '3' },
      secret: null,
      status: 'disabled',
      url: 'http://localhost:9999/new',
    });
    const enabled = (await t.ok(Update, { input: { id: we.id, disabled: false, description: 'back' } })).updateWebhookEndpoint.webhookEndpoint;
    expect(enabled).toMatchObject({ status: 'enabled', description: 'back', url: 'http://localhost:9999/new' });
    expect(await sub.waitFor(2)).toEqual([
      { webhookEndpointUpdated: { id: we.id, status: 'disabled', description: null } },
      { webhookEndpointUpdated: { id: we.id, status: 'enabled', description: 'back' } },
    ]);
    sub.dispose();
  });

  it("deletes: Stripe's deleted object, then the endpoint is gone for every operation", async () => {
    const we = await created();
    const r = (await t.ok(Delete, { input: { id: we.id } })).deleteWebhookEndpoint;
    expect(r).toEqual({ deletedWebhookEndpoint: { id: we.id, object: 'webhook_endpoint', deleted: true }, userErrors: [] });
    expect((await t.ok(Get, { id: we.id })).webhookEndpoint).toBeNull();
    expect((await t.ok(List, { first: 100 })).webhookEndpoints.nodes.map((n) => n.id)).not.toContain(we.id);
    const before = await snapshot();
    expect(expectUserError((await t.ok(Update, { input: { id: we.id, description: 'x' } })).updateWebhookEndpoint, 'resource_missing').field).toEqual(['id']);
    expectUserError((await t.ok(Delete, { input: { id: we.id } })).deleteWebhookEndpoint, 'resource_missing');
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad input gets a clear error, and nothing is written', () => {
  it.each([
    ['an invalid URL', { url: 'not a url' }, 'url_invalid', ['url']],
    ['a non-http(s) URL', { url: 'ftp://example.com/hook' }, 'url_invalid', ['url']],
    ['a non-loopback http URL', { url: 'http://example.com/hook' }, 'url_invalid', ['url']],
    ['a missing URL', { url: '' }, 'parameter_missing', ['url']],
    ['empty enabledEvents', { enabledEvents: [] }, 'parameter_missing', ['enabledEvents']],
    ['an unknown event type', { enabledEvents: ['charge.succeeded', 'treasury.outbound_transfer.teleported'] }, 'parameter_invalid', ['enabledEvents', '1']],
    ['a partial wildcard', { enabledEvents: ['treasury.*'] }, 'parameter_invalid', ['enabledEvents', '0']],
    ['an API version fingraph does not render', { apiVersion: '2020-08-27' }, 'parameter_invalid', ['apiVersion']],
    ['a too long description', { description: 'x'.repeat(5001) }, 'parameter_invalid', ['description']],
    ['invalid metadata', { metadata: { k: 1 } }, 'parameter_invalid', ['metadata', 'k']],
  ])('create refuses %s', async (_what, input, code, field) => {
    const before = await snapshot();
    const r = await create({ ...input, idempotencyKey: `bad-${code}-${field.join('.')}` });
    const err = expectUserError(r, code);
    expect(err.field).toEqual(field);
    expect(r.userErrors[0]!.message.length).toBeGreaterThan(10);
    expect(await snapshot()).toEqual(before);
  });

  it('update refuses unknown, foreign and malformed ids, and bad values, writing nothing', async () => {
    const mine = await created();
    const other = await t.newAccount();
    const theirs = await created({}, other.testKey);
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ id: theirs.id, description: 'mine now' }, 'resource_missing', ['id']],
      [{ id: 'we_doesnotexist000000000000', description: 'x' }, 'resource_missing', ['id']],
      [{ id: 'fa_1234567890abcdefghij', description: 'x' }, 'resource_missing', ['id']],
      [{ id: mine.id, url: 'http://example.org/x' }, 'url_invalid', ['url']],
      [{ id: mine.id, enabledEvents: [] }, 'parameter_missing', ['enabledEvents']],
      [{ id: mine.id, enabledEvents: ['*', 'nope'] }, 'parameter_invalid', ['enabledEvents', '1']],
    ];
    for (const [input, code, field] of cases) {
      const r = (await t.ok(Update, { input: input as never })).updateWebhookEndpoint;
      expect(expectUserError(r, code).field, JSON.stringify(input)).toEqual(field);
    }
    expectUserError((await t.ok(Delete, { input: { id: theirs.id } })).deleteWebhookEndpoint, 'resource_missing');
    expect(await snapshot()).toEqual(before);
    expect((await t.ok(Get, { id: theirs.id }, other.testKey)).webhookEndpoint?.id).toBe(theirs.id);
  });

  it('resendEvent refuses foreign or unknown events and endpoints, and disabled endpoints', async () => {
    const fa = await t.ok(CreateFa, { input: { supportedCurrencies: ['usd'] } });
    expect(fa.createTreasuryFinancialAccount.userErrors).toEqual([]);
    const eventId = (await t.ok(FirstEvent, {})).events.nodes[0]!.id;
    const mine = await created({ url: 'http://127.0.0.1:9/unused' });
    const disabled = await created({ url: 'http://127.0.0.1:9/unused' });
    await t.ok(Update, { input: { id: disabled.id, disabled: true } });
    const other = await t.newAccount();
    const theirs = await created({}, other.testKey);
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ id: 'evt_doesnotexist00000000000', webhookEndpoint: mine.id }, 'resource_missing', ['id']],
      [{ id: eventId, webhookEndpoint: theirs.id }, 'resource_missing', ['webhookEndpoint']],
      [{ id: eventId, webhookEndpoint: 'we_doesnotexist000000000000' }, 'resource_missing', ['webhookEndpoint']],
      [{ id: eventId, webhookEndpoint: disabled.id }, 'invalid_state', ['webhookEndpoint']],
    ];
    for (const [input, code, field] of cases) {
      const r = (await t.ok(Resend, { input: input as never })).resendEvent;
      expect(expectUserError(r, code).field, JSON.stringify(input)).toEqual(field);
    }
    // Another account cannot resend this account's event either.
    expect(
      expectUserError((await t.ok(Resend, { input: { id: eventId, webhookEndpoint: theirs.id } }, other.testKey)).resendEvent, 'resource_missing').field,
    ).toEqual(['id']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a 17th endpoint in one mode (Stripe allows 16)', async () => {
    const account = await t.newAccount();
    for (let i = 0; i < 16; i++) await created({}, account.testKey);
    const before = await snapshot();
    expectUserError(await create({}, account.testKey), 'webhook_endpoint_limit_reached');
    expect(await snapshot()).toEqual(before);
    // Live mode has its own 16; deleting one frees a place.
    expect((await created({}, account.liveKey)).livemode).toBe(true);
    const first = (await t.ok(List, { first: 1 }, account.testKey)).webhookEndpoints.nodes[0]!;
    await t.ok(Delete, { input: { id: first.id } }, account.testKey);
    expect((await create({}, account.testKey)).userErrors).toEqual([]);
    const [row] = await t.database.db.select({ n: count() }).from(webhookEndpoints).where(sql`account_id = ${account.accountId}`);
    expect(row!.n).toBe(18);
  });
});
