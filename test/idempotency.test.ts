import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { accountCounts, eventsOf, tableCounts } from './support/counts.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from './support/harness.js';

/**
 * `idempotencyKey` on every mutation input: the same key with the same input replays the first
 * result without repeating the effect; with a different input it is `idempotency_key_in_use`.
 * Keys are scoped to the account (and mode).
 */

const Create = graphql(`
  mutation IdemCreate($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) {
      treasuryFinancialAccount { id nickname metadata status created livemode }
      userErrors { code type message field }
    }
  }
`);
const Update = graphql(`
  mutation IdemUpdate($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname metadata } userErrors { code type message field } }
  }
`);
const UpdateFeatures = graphql(`
  mutation IdemUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {
    updateTreasuryFinancialAccountFeatures(input: $input) {
      treasuryFinancialAccountFeatures { cardIssuing { requested status } }
      userErrors { code type message field }
    }
  }
`);
const Close = graphql(`
  mutation IdemClose($input: CloseTreasuryFinancialAccountInput!) {
    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type message field } }
  }
`);
const EventsOf = graphql(`
  query IdemEvents { events(first: 100) { nodes { id type data { object } request { id idempotencyKey } } } }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const db = () => t.database.db;
const create = async (input: Record<string, unknown>, key?: string) =>
  (await t.ok(Create, { input: { supportedCurrencies: ['usd'], ...input } as never }, key)).createTreasuryFinancialAccount;

describe('idempotencyKey', () => {
  it('replays the first result for the same key and input, writing once', async () => {
    const before = await accountCounts(db(), t.account.accountId);
    const input = { nickname: 'Once', metadata: { a: '1', b: '2' }, idempotencyKey: 'create-once' };
    const first = expectOk(await create(input)).treasuryFinancialAccount!;
    const again = expectOk(await create(input)).treasuryFinancialAccount!;
    // Key order inside the input does not make it a different request.
    const reordered = expectOk(await create({ idempotencyKey: 'create-once', metadata: { b: '2', a: '1' }, nickname: 'Once' })).treasuryFinancialAccount!;
    expect(again).toEqual(first);
    expect(reordered).toEqual(first);
    expect(await accountCounts(db(), t.account.accountId)).toEqual({ financialAccounts: before.financialAccounts + 1, events: before.events + 1 });
    expect(await eventsOf(db(), first.id, 'treasury.financial_account.created')).toBe(1);
    // The one event records the request and its key.
    const event = (await t.ok(EventsOf, {})).events.nodes.find((e) => (e.data.object as { id: string }).id === first.id)!;
    expect(event.request).toEqual({ id: expect.stringMatching(/^req_/), idempotencyKey: 'create-once' });
  });

  it('refuses the same key with a different input: idempotency_key_in_use, nothing written', async () => {
    const first = expectOk(await create({ nickname: 'First', idempotencyKey: 'create-conflict' })).treasuryFinancialAccount!;
    const before = await tableCounts(db());
    const refused = await create({ nickname: 'Second', idempotencyKey: 'create-conflict' });
    expectUserError(refused, 'idempotency_key_in_use');
    expect(refused.userErrors[0]).toMatchObject({ type: 'idempotency_error', field: ['idempotencyKey'], message: expect.stringContaining('create-conflict') });
    // The same key on another operation is a different request too.
    expectUserError(
      (await t.ok(Close, { input: { id: first.id, idempotencyKey: 'create-conflict' } })).closeTreasuryFinancialAccount,
      'idempotency_key_in_use',
    );
    expect(await tableCounts(db())).toEqual(before);
    // The original request still replays.
    expect(expectOk(await create({ nickname: 'First', idempotencyKey: 'create-conflict' })).treasuryFinancialAccount!.id).toBe(first.id);
  });

  it('10 concurrent requests with one key create exactly one FinancialAccount and one event', async () => {
    const before = await accountCounts(db(), t.account.accountId);
    const results = await Promise.all(Array.from({ length: 10 }, () => create({ nickname: 'Racer', idempotencyKey: 'create-race' })));
    const ids = results.map((r) => expectOk(r).treasuryFinancialAccount!.id);
    expect(new Set(ids).size).toBe(1);
    expect(await accountCounts(db(), t.account.accountId)).toEqual({ financialAccounts: before.financialAccounts + 1, events: before.events + 1 });
    expect(await eventsOf(db(), ids[0]!)).toBe(1);
  });

  it('replays updates, feature updates and closes without repeating their effects or events', async () => {
    const fa = expectOk(await create({})).treasuryFinancialAccount!;
    const upd = { id: fa.id, metadata: { n: '1' }, idempotencyKey: 'update-1' };
    const u1 = expectOk((await t.ok(Update, { input: upd })).updateTreasuryFinancialAccount);
    // Change the account in between: a replay returns the first result, it does not re-apply.
    expectOk((await t.ok(Update, { input: { id: fa.id, metadata: { n: '' } } })).updateTreasuryFinancialAccount);
    const u2 = expectOk((await t.ok(Update, { input: upd })).updateTreasuryFinancialAccount);
    expect(u2).toEqual(u1);
    expect(u2.treasuryFinancialAccount!.metadata).toEqual({ n: '1' });

    const feat = { id: fa.id, cardIssuing: { requested: true }, idempotencyKey: 'features-1' };
    const f1 = expectOk((await t.ok(UpdateFeatures, { input: feat })).updateTreasuryFinancialAccountFeatures);
    const f2 = expectOk((await t.ok(UpdateFeatures, { input: feat })).updateTreasuryFinancialAccountFeatures);
    expect(f2).toEqual(f1);
    // One event as card_issuing turns pending, one as it activates (zero test-mode delay): none from the replay.
    expect(await eventsOf(db(), fa.id, 'treasury.financial_account.features_status_updated')).toBe(2);

    // Without a key a second close is invalid_state; with the same key it replays the success.
    const c1 = expectOk((await t.ok(Close, { input: { id: fa.id, idempotencyKey: 'close-1' } })).closeTreasuryFinancialAccount);
    const c2 = expectOk((await t.ok(Close, { input: { id: fa.id, idempotencyKey: 'close-1' } })).closeTreasuryFinancialAccount);
    expect(c2).toEqual(c1);
    expect(c1.treasuryFinancialAccount).toEqual({ id: fa.id, status: 'CLOSED' });
    expect(await eventsOf(db(), fa.id, 'treasury.financial_account.closed')).toBe(1);
    expectUserError((await t.ok(Close, { input: { id: fa.id } })).closeTreasuryFinancialAccount, 'invalid_state');
  });

  it('scopes keys to the account and mode: another account (or live mode) may reuse a key', async () => {
    const input = { nickname: 'Shared key', idempotencyKey: 'shared-key' };
    const a = expectOk(await create(input)).treasuryFinancialAccount!;
    const other = await t.newAccount();
    const before = await accountCounts(db(), other.accountId);
    const b = expectOk(await create(input, other.testKey)).treasuryFinancialAccount!;
    const bAgain = expectOk(await create(input, other.testKey)).treasuryFinancialAccount!;
    expect(b.id).not.toBe(a.id);
    expect(bAgain.id).toBe(b.id);
    expect(await accountCounts(db(), other.accountId)).toEqual({ financialAccounts: before.financialAccounts + 1, events: before.events + 1 });
    // B using the key with a different input conflicts only with B's own first use.
    expectUserError(await create({ nickname: 'B differs', idempotencyKey: 'shared-key' }, other.testKey), 'idempotency_key_in_use');

    const live = expectOk(await create(input, t.account.liveKey)).treasuryFinancialAccount!;
    expect(live).toMatchObject({ livemode: true });
    expect(live.id).not.toBe(a.id);
    // A's own replay is unaffected by the others.
    expect(expectOk(await create(input)).treasuryFinancialAccount!.id).toBe(a.id);
  });

  it('does not claim a key for a refused request: the corrected request may use it', async () => {
    const before = await tableCounts(db());
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expectUserError(await create({ metadata: tooMany, idempotencyKey: 'fix-and-retry' }), 'metadata_too_many_keys');
    expectUserError(await create({ supportedCurrencies: ['eur'], idempotencyKey: 'fix-and-retry' }), 'currency_not_supported');
    expect(await tableCounts(db())).toEqual(before);
    const fixed = expectOk(await create({ metadata: { k: 'v' }, idempotencyKey: 'fix-and-retry' })).treasuryFinancialAccount!;
    expect(fixed.metadata).toEqual({ k: 'v' });
  });

  it('rejects keys that are empty or longer than 255 characters', async () => {
    const before = await tableCounts(db());
    expect(expectUserError(await create({ idempotencyKey: '' }), 'parameter_invalid').field).toEqual(['idempotencyKey']);
    expect(expectUserError(await create({ idempotencyKey: 'k'.repeat(256) }), 'parameter_invalid').field).toEqual(['idempotencyKey']);
    expect(await tableCounts(db())).toEqual(before);
    expectOk(await create({ idempotencyKey: 'k'.repeat(255) }));
  });
});
