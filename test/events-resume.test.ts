import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedAccount } from '../src/auth/auth.js';
import { events } from '../src/events/event.table.js';
import { graphql } from './gql/index.js';
import { expectOk, startTestApp, type Subscription, type TestApp } from './support/harness.js';

/**
 * `events(types:, after:)` over a real websocket: a client that disconnects and reconnects with the
 * last event id it received gets every event committed meanwhile, once, in commit order, and then
 * the live stream continues with no duplicate at the seam.
 */

const Create = graphql(`
  mutation ResumeCreate($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }
  }
`);
const UpdateFeatures = graphql(`
  mutation ResumeUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {
    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code message field } }
  }
`);
const Close = graphql(`
  mutation ResumeClose($input: CloseTreasuryFinancialAccountInput!) {
    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }
  }
`);
const Stream = graphql(`
  subscription ResumeStream($types: [String!], $after: ID) { events(types: $types, after: $after) { id type data { object } } }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** Event ids of `account` in commit (sequence) order, after `afterId` (exclusive), optionally of some types. */
async function committedAfter(account: CreatedAccount, afterId: string | null, types?: string[]): Promise<string[]> {
  let afterSeq = -1;
  if (afterId) {
    const [row] = await t.database.db.select({ seq: events.seq }).from(events).where(eq(events.id, afterId));
    afterSeq = row!.seq;
  }
  const rows = await t.database.db
    .select({ id: events.id, type: events.type })
    .from(events)
    .where(and(eq(events.accountId, account.accountId), eq(events.livemode, false), gt(events.seq, afterSeq)))
    .orderBy(asc(events.seq));
  return rows.filter((r) => !types || types.includes(r.type)).map((r) => r.id);
}

const ids = (sub: Subscription<{ events: { id: string } }>) => sub.values.map((v) => v.events.id);

/** Waits until the server has dropped every subscription of the account (the client really is gone). */
async function untilDisconnected(accountId: string) {
  const deadline = Date.now() + 5000;
  while (t.app.services.hub.listenerCount(accountId) > 0) {
    if (Date.now() > deadline) throw new Error('the server still holds the subscription');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('events(after:) resume', () => {
  it('replays what was missed while disconnected, once and in order, then continues live', async () => {
    const acct = await t.newAccount();
    const key = acct.testKey;
    const create = async () =>
      expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'] } }, key)).createTreasuryFinancialAccount).treasuryFinancialAccount!.id;
    const types = ['treasury.financial_account.created', 'treasury.financial_account.closed'];

    // 1. Connected: receive some events.
    const client1 = t.wsClient(key);
    const first = await t.subscribe(Stream, { types }, { client: client1, accountId: acct.accountId });
    const fa1 = await create();
    await create();
    await create();
    await first.waitFor(3);
    expect(ids(first)).toEqual(await committedAfter(acct, null, types));
    const lastSeen = ids(first).at(-1)!;

    // 2. Disconnect, and commit more while away (including an event of a type not asked for).
    await client1.dispose();
    await untilDisconnected(acct.accountId);
    await create();
    const fa5 = await create();
    expectOk((await t.ok(UpdateFeatures, { input: { id: fa5, cardIssuing: { requested: true } } }, key)).updateTreasuryFinancialAccountFeatures);
    expectOk((await t.ok(Close, { input: { id: fa1 } }, key)).closeTreasuryFinancialAccount);
    const missed = await committedAfter(acct, lastSeen, types);
    expect(missed).toHaveLength(3); // two created, one closed; the features_status_updated events are filtered out
    expect(first.values).toHaveLength(3); // nothing reached the disposed client

    // 3. Reconnect after the last event seen: the missed events arrive first, in commit order.
    const second = await t.subscribe(Stream, { types, after: lastSeen }, { client: t.wsClient(key), accountId: acct.accountId });
    await second.waitFor(missed.length);
    expect(ids(second)).toEqual(missed);
    expect(second.values.map((v) => v.events.type)).toEqual([
      'treasury.financial_account.created',
      'treasury.financial_account.created',
      'treasury.financial_account.closed',
    ]);

    // 4. Then live events continue; a final sentinel proves no duplicate arrived in between.
    await create();
    await create();
    const sentinel = await create();
    await second.waitFor(missed.length + 3);
    const all = await committedAfter(acct, lastSeen, types);
    expect(ids(second)).toEqual(all);
    expect(new Set(ids(second)).size).toBe(all.length);
    expect((second.values.at(-1)!.events.data.object as { id: string }).id).toBe(sentinel);
    second.dispose();
  });

  it('loses and repeats nothing when commits race with the reconnect', async () => {
    const acct = await t.newAccount();
    const key = acct.testKey;
    const create = (i: number) => t.ok(Create, { input: { supportedCurrencies: ['usd'], nickname: `race ${i}` } }, key);
    for (let i = 0; i < 3; i++) expectOk((await create(i)).createTreasuryFinancialAccount);
    const [resumeFrom] = await committedAfter(acct, null);

    // Commits run while the subscription replays from the database and switches to live.
    const writing = Promise.all(Array.from({ length: 10 }, (_, i) => create(100 + i)));
    const sub = await t.subscribe(Stream, { after: resumeFrom }, { key, accountId: acct.accountId });
    for (const r of await writing) expectOk(r.createTreasuryFinancialAccount);
    const sentinel = expectOk((await create(999)).createTreasuryFinancialAccount).treasuryFinancialAccount!.id;

    const expected = await committedAfter(acct, resumeFrom!);
    expect(expected).toHaveLength(2 + 10 + 1);
    await sub.waitFor(expected.length);
    expect((sub.values.at(-1)!.events.data.object as { id: string }).id).toBe(sentinel);
    expect(ids(sub)).toEqual(expected);
    sub.dispose();
  });

  it('resuming from the newest event replays nothing, then goes live', async () => {
    const acct = await t.newAccount();
    const key = acct.testKey;
    expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'] } }, key)).createTreasuryFinancialAccount);
    const [newest] = (await committedAfter(acct, null)).slice(-1);
    const sub = await t.subscribe(Stream, { after: newest }, { key, accountId: acct.accountId });
    const next = expectOk((await t.ok(Create, { input: { supportedCurrencies: ['usd'] } }, key)).createTreasuryFinancialAccount).treasuryFinancialAccount!.id;
    await sub.waitFor(1);
    expect(sub.values).toHaveLength(1);
    expect((sub.values[0]!.events.data.object as { id: string }).id).toBe(next);
    sub.dispose();
  });

  it('an unknown after id is refused with resource_missing', async () => {
    const sub = await t.subscribe(Stream, { after: `evt_${'Q'.repeat(24)}` });
    await expect(sub.waitFor(1)).rejects.toThrow(/subscription failed/);
    expect(sub.errors.flat()[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', stripeCode: 'resource_missing', param: ['after'] } });
  });
});
