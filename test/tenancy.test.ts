import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedAccount } from '../src/auth/auth.js';
import { graphql } from './gql/index.js';
import { accountCounts, eventsOf } from './support/counts.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from './support/harness.js';

/**
 * Every object belongs to one account and one mode. Another account's key, or the same account's
 * key of the other mode, sees "not found" everywhere: retrieve, node(s), lists, mutations and
 * subscriptions. Nothing of the object leaks, and nothing about it changes.
 */

const Create = graphql(`
  mutation TenancyCreate($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) {
      treasuryFinancialAccount { id livemode nickname }
      userErrors { code message field }
    }
  }
`);
const Reads = graphql(`
  query TenancyReads($fa: ID!, $evt: ID!, $ids: [ID!]!) {
    treasuryFinancialAccount(id: $fa) { id nickname }
    treasuryFinancialAccountFeatures(financialAccount: $fa) { object }
    faNode: node(id: $fa) { id }
    evtNode: node(id: $evt) { id }
    nodes(ids: $ids) { id }
    event(id: $evt) { id type }
  }
`);
const Lists = graphql(`
  query TenancyLists {
    treasuryFinancialAccounts(first: 100) { nodes { id } }
    open: treasuryFinancialAccounts(first: 100, status: OPEN) { nodes { id } }
    events(first: 100) { nodes { id data { object } } }
  }
`);
const Update = graphql(`
  mutation TenancyUpdate($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code type field } }
  }
`);
const UpdateFeatures = graphql(`
  mutation TenancyUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {
    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type field } }
  }
`);
const Close = graphql(`
  mutation TenancyClose($input: CloseTreasuryFinancialAccountInput!) {
    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type field } }
  }
`);
const Get = graphql(`
  query TenancyGet($id: ID!) {
    treasuryFinancialAccount(id: $id) { id nickname status metadata activeFeatures }
  }
`);
const FirstEvent = graphql(`
  query TenancyFirstEvent { events(first: 1) { nodes { id type data { object } } } }
`);
const Updated = graphql(`
  subscription TenancyUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }
`);
const BalanceUpdated = graphql(`
  subscription TenancyBalanceUpdated($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount currency } } }
`);
const Stream = graphql(`
  subscription TenancyStream($after: ID) { events(after: $after) { id type livemode data { object } } }
`);

let t: TestApp;
let b: CreatedAccount;
/** Account A's test-mode FinancialAccount and its created event. */
let fa: { id: string };
let evtId: string;
/** Account B's own FinancialAccount (B can see it; it proves B's key works). */
let bFa: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  b = await t.newAccount();
  fa = expectOk(
    (
      await t.ok(Create, {
        input: { supportedCurrencies: ['usd'], nickname: 'A secret', metadata: { owner: 'A' }, features: { financialAddresses: { aba: { requested: true } } } },
      })
    ).createTreasuryFinancialAccount,
  ).treasuryFinancialAccount!;
  evtId = (await t.ok(FirstEvent, {})).events.nodes[0]!.id;
  bFa = expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'] } }, b.testKey)).createTreasuryFinancialAccount).treasuryFinancialAccount!;
});
afterAll(() => t?.close());

/** What A's object looks like to its owner: checked after every foreign attempt, it never changes. */
async function expectUntouched() {
  expect((await t.ok(Get, { id: fa.id })).treasuryFinancialAccount).toEqual({
    id: fa.id,
    nickname: 'A secret',
    status: 'OPEN',
    metadata: { owner: 'A' },
    activeFeatures: ['FINANCIAL_ADDRESSES_ABA'],
  });
  expect(await eventsOf(t.database.db, fa.id)).toBe(2); // only its own: created, then features_status_updated when ABA activated
}

/** Runs update, updateFeatures and close on A's object with `key`: each is resource_missing and writes nothing. */
async function expectMutationsRefused(key: string) {
  const before = await accountCounts(t.database.db, t.account.accountId);
  const update = (await t.ok(Update, { input: { id: fa.id, nickname: 'pwned', metadata: { owner: 'B' } } }, key)).updateTreasuryFinancialAccount;
  expect(expectUserError(update, 'resource_missing')).toMatchObject({ field: ['id'], type: 'invalid_request_error' });
  const features = (await t.ok(UpdateFeatures, { input: { id: fa.id, cardIssuing: { requested: true } } }, key)).updateTreasuryFinancialAccountFeatures;
  expect(expectUserError(features, 'resource_missing').field).toEqual(['id']);
  const close = (await t.ok(Close, { input: { id: fa.id } }, key)).closeTreasuryFinancialAccount;
  expect(expectUserError(close, 'resource_missing').field).toEqual(['id']);
  // Even with an idempotency key: nothing claimed, nothing written.
  expectUserError((await t.ok(Close, { input: { id: fa.id, idempotencyKey: 'tenancy-close' } }, key)).closeTreasuryFinancialAccount, 'resource_missing');
  expect(await accountCounts(t.database.db, t.account.accountId)).toEqual(before);
  await expectUntouched();
}

/** Retrieve, node, nodes, event and features: all null for `key`. */
async function expectReadsNull(key: string, ownId: string) {
  const r = await t.ok(Reads, { fa: fa.id, evt: evtId, ids: [fa.id, evtId, ownId] }, key);
  expect(r).toEqual({
    treasuryFinancialAccount: null,
    treasuryFinancialAccountFeatures: null,
    faNode: null,
    evtNode: null,
    nodes: [null, null, { id: ownId }],
    event: null,
  });
}

/** Lists of `key` contain nothing of A's test-mode data. */
async function expectListsClean(key: string, ownFaIds: string[]) {
  const r = await t.ok(Lists, {}, key);
  expect(r.treasuryFinancialAccounts.nodes.map((n) => n.id)).toEqual(ownFaIds);
  expect(r.open.nodes.map((n) => n.id)).toEqual(ownFaIds);
  const eventIds = r.events.nodes.map((e) => e.id);
  expect(eventIds).not.toContain(evtId);
  expect(r.events.nodes.every((e) => ownFaIds.includes((e.data.object as { id: string }).id))).toBe(true);
  expect(JSON.stringify(r)).not.toContain('A secret');
}

describe('another account', () => {
  it("sees its own objects and A's owner sees A's (the keys work)", async () => {
    expect((await t.ok(Get, { id: bFa.id }, b.testKey)).treasuryFinancialAccount?.id).toBe(bFa.id);
    expect((await t.ok(Reads, { fa: fa.id, evt: evtId, ids: [fa.id, evtId, bFa.id] })).nodes).toEqual([{ id: fa.id }, { id: evtId }, null]);
    await expectUntouched();
  });

  it("cannot read A's FinancialAccount or event: treasuryFinancialAccount, features, node, nodes and event are null", async () => {
    await expectReadsNull(b.testKey, bFa.id);
  });

  it("does not list A's objects", async () => {
    await expectListsClean(b.testKey, [bFa.id]);
  });

  it("cannot update, updateFeatures or close A's FinancialAccount: resource_missing, nothing changes", async () => {
    await expectMutationsRefused(b.testKey);
  });

  it("cannot subscribe to A's FinancialAccount, its balance, or resume after A's event", async () => {
    const updated = await t.subscribe(Updated, { id: fa.id }, { key: b.testKey, accountId: b.accountId });
    const balance = await t.subscribe(BalanceUpdated, { id: fa.id }, { key: b.testKey, accountId: b.accountId });
    const resumed = await t.subscribe(Stream, { after: evtId }, { key: b.testKey, accountId: b.accountId });
    for (const sub of [updated, balance, resumed]) {
      await expect(sub.waitFor(1)).rejects.toThrow(/subscription failed/);
      expect(sub.values).toEqual([]);
      // graphql-ws reports a refused subscription as an `error` message carrying the GraphQL errors.
      expect(sub.errors.flat()).toHaveLength(1);
      expect(sub.errors.flat()[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', stripeCode: 'resource_missing' } });
      expect(JSON.stringify(sub.errors)).not.toContain('A secret');
    }
  });

  it("never receives A's events or object updates on its own streams", async () => {
    const stream = await t.subscribe(Stream, {}, { key: b.testKey, accountId: b.accountId });
    const own = await t.subscribe(Updated, { id: bFa.id }, { key: b.testKey, accountId: b.accountId });
    // A changes first, then B: were A's changes delivered to B, they would arrive first.
    expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'], nickname: 'A again' } })).createTreasuryFinancialAccount);
    const bNew = expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'] } }, b.testKey)).createTreasuryFinancialAccount)
      .treasuryFinancialAccount!;
    expectOk((await t.ok(Update, { input: { id: bFa.id, nickname: 'B renamed' } }, b.testKey)).updateTreasuryFinancialAccount);
    const [first] = await stream.waitFor(1);
    expect(first!.events).toMatchObject({ type: 'treasury.financial_account.created', livemode: false, data: { object: { id: bNew.id } } });
    expect((await own.waitFor(1))[0]!.treasuryFinancialAccountUpdated).toEqual({ id: bFa.id, nickname: 'B renamed' });
    expect(stream.values).toHaveLength(1);
    stream.dispose();
    own.dispose();
  });
});

describe('the same account in live mode', () => {
  it('cannot see or change test-mode objects, and test mode cannot see live ones', async () => {
    const live = expectOk(
      (await t.ok(Create, { input: { supportedCurrencies: ['usd'], nickname: 'live one' } }, t.account.liveKey)).createTreasuryFinancialAccount,
    ).treasuryFinancialAccount!;
    expect(live.livemode).toBe(true);

    await expectReadsNull(t.account.liveKey, live.id);
    await expectListsClean(t.account.liveKey, [live.id]);
    await expectMutationsRefused(t.account.liveKey);

    // The other way round: the test key does not see the live object.
    expect((await t.ok(Get, { id: live.id })).treasuryFinancialAccount).toBeNull();
    expect((await t.ok(Lists, {})).treasuryFinancialAccounts.nodes.map((n) => n.id)).not.toContain(live.id);
    expectUserError((await t.ok(Update, { input: { id: live.id, nickname: 'x' } })).updateTreasuryFinancialAccount, 'resource_missing');
    expect((await t.ok(Get, { id: live.id }, t.account.liveKey)).treasuryFinancialAccount?.nickname).toBe('live one');
  });

  it('cannot subscribe to test-mode objects, and its event stream carries live events only', async () => {
    const denied = await t.subscribe(Updated, { id: fa.id }, { key: t.account.liveKey });
    await expect(denied.waitFor(1)).rejects.toThrow(/subscription failed/);
    expect(denied.errors.flat()[0]).toMatchObject({ extensions: { stripeCode: 'resource_missing' } });

    const liveStream = await t.subscribe(Stream, {}, { key: t.account.liveKey });
    // Test mode changes first, then live mode.
    expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'] } })).createTreasuryFinancialAccount);
    const liveFa = expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'] } }, t.account.liveKey)).createTreasuryFinancialAccount)
      .treasuryFinancialAccount!;
    const [first] = await liveStream.waitFor(1);
    expect(first!.events).toMatchObject({ livemode: true, data: { object: { id: liveFa.id, livemode: true } } });
    expect(liveStream.values).toHaveLength(1);
    liveStream.dispose();
  });
});
