import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { sql } from 'drizzle-orm';
import { balanceOf, fundForTest, seedFinancialAccount, seedPaymentMethod } from '../../../test/support/seed.js';
import { runCommand } from '../../kernel/command.js';
import { addEntry, impact, openTransaction } from '../../ledger/ledger.js';
import { configureTestMode } from '../../layer/schedule.js';
import { ledgerViolations } from '../../ledger/invariants.js';

// biome-ignore lint/suspicious/noExportsInTest: the FinancialAccount fields other tests select
export const FaFields = `
  id object status country livemode nickname metadata supportedCurrencies created isDefault
  activeFeatures pendingFeatures restrictedFeatures
  balance { cash { amount currency } inboundPending { amount currency } outboundPending { amount currency } }
  features { object cardIssuing { requested status statusDetails { code resolution restriction } }
    financialAddresses { aba { requested status } }
    outboundTransfers { ach { requested status statusDetails { code resolution restriction } } usDomesticWire { requested status } } }
  financialAddresses { type supportedNetworks aba { accountHolderName accountNumberLast4 bankName routingNumber } }
  platformRestrictions { inboundFlows outboundFlows }
  statusDetails { closed { reasons } }
`;

const Create = graphql(`
  mutation CreateFa($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) {
      treasuryFinancialAccount { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures
        balance { cash { amount currency } outboundPending { amount currency } inboundPending { amount currency } }
        features { outboundTransfers { ach { requested status statusDetails { code resolution restriction } } } financialAddresses { aba { status } } }
        financialAddresses { type supportedNetworks aba { routingNumber accountNumberLast4 bankName } }
        platformRestrictions { inboundFlows outboundFlows } statusDetails { closed { reasons } } supportedCurrencies livemode country }
      userErrors { code type message field }
    }
  }
`);
const Get = graphql(`
  query GetFa($id: ID!) {
    treasuryFinancialAccount(id: $id) { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures statusDetails { closed { reasons } } }
  }
`);
const Update = graphql(`
  mutation UpdateFa($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) {
      treasuryFinancialAccount { id nickname metadata activeFeatures restrictedFeatures
        features { outboundTransfers { ach { status statusDetails { code restriction resolution } } } } }
      userErrors { code message field }
    }
  }
`);
const UpdateFeatures = graphql(`
  mutation UpdateFaFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {
    updateTreasuryFinancialAccountFeatures(input: $input) {
      treasuryFinancialAccountFeatures { cardIssuing { requested status } outboundTransfers { ach { requested status statusDetails { code } } } }
      userErrors { code message field }
    }
  }
`);
const GetFeatures = graphql(`
  query GetFaFeatures($id: ID!) { treasuryFinancialAccountFeatures(financialAccount: $id) { cardIssuing { requested status } } }
`);
const Close = graphql(`
  mutation CloseFa($input: CloseTreasuryFinancialAccountInput!) {
    closeTreasuryFinancialAccount(input: $input) {
      treasuryFinancialAccount { id status statusDetails { closed { reasons } } restrictedFeatures activeFeatures }
      userErrors { code message field }
    }
  }
`);
const CreateClock = graphql(`
  mutation FaClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code message } } }
`);
const Advance = graphql(`
  mutation FaClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status } userErrors { code message } } }
`);
const List = graphql(`
  query ListFa($first: Int, $after: String, $last: Int, $before: String, $status: TreasuryFinancialAccountStatus) {
    treasuryFinancialAccounts(first: $first, after: $after, last: $last, before: $before, status: $status) {
      edges { cursor node { id } }
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);
const Events = graphql(`
  query FaEvents($types: [String!]) { events(types: $types, first: 100) { nodes { id type data { object previousAttributes } request { id idempotencyKey } } } }
`);
const Updated = graphql(`
  subscription FaUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id status nickname activeFeatures } }
`);
const EventStream = graphql(`
  subscription FaEventStream($types: [String!]) { events(types: $types) { id type data { object } } }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const createFa = async (input: Record<string, unknown> = {}) =>
  (await t.ok(Create, { input: { supportedCurrencies: ['usd'], ...input } as never })).createTreasuryFinancialAccount;

describe('TreasuryFinancialAccount', () => {
  it('creates with features, metadata and restrictions, Stripe-shaped', async () => {
    const p = expectOk(
      await createFa({
        nickname: 'Operating',
        metadata: { team: 'ops' },
        features: { outboundTransfers: { ach: { requested: true } }, financialAddresses: { aba: { requested: true } } },
      }),
    );
    const fa = p.treasuryFinancialAccount!;
    expect(fa.id).toMatch(/^fa_[A-Za-z0-9]{24}$/);
    expect(fa).toMatchObject({
      status: 'OPEN',
      nickname: 'Operating',
      metadata: { team: 'ops' },
      country: 'US',
      livemode: false,
      supportedCurrencies: ['usd'],
      activeFeatures: ['FINANCIAL_ADDRESSES_ABA', 'OUTBOUND_TRANSFERS_ACH'],
      restrictedFeatures: [],
      balance: { cash: [{ amount: 0, currency: 'usd' }], inboundPending: [{ amount: 0, currency: 'usd' }], outboundPending: [{ amount: 0, currency: 'usd' }] },
      platformRestrictions: null,
      statusDetails: { closed: null },
    });
    expect(fa.features?.outboundTransfers?.ach).toEqual({ requested: true, status: 'ACTIVE', statusDetails: [] });
    expect(fa.financialAddresses).toEqual([
      {
        type: 'ABA',
        supportedNetworks: ['ACH', 'US_DOMESTIC_WIRE'],
        aba: { routingNumber: '110000000', accountNumberLast4: expect.stringMatching(/^\d{4}$/), bankName: 'STRIPE TEST BANK' },
      },
    ]);
    // Requested features pass through pending (Stripe's `activating`), then activate: with the default
    // zero delay, in the same request, so the created event shows them pending and the next one active.
    const { events } = await t.ok(Events, { types: ['treasury.financial_account.*'] });
    const mine = events.nodes.filter((e) => (e.data.object as { id: string }).id === fa.id).reverse();
    expect(mine.map((e) => e.type)).toEqual(['treasury.financial_account.created', 'treasury.financial_account.features_status_updated']);
    const [created, activated] = mine;
    expect(created!.data.object).toMatchObject({
      object: 'treasury.financial_account',
      status: 'open',
      active_features: [],
      pending_features: ['financial_addresses.aba', 'outbound_transfers.ach'],
      features: { outbound_transfers: { ach: { requested: true, status: 'pending', status_details: [{ code: 'activating', resolution: null }] } } },
    });
    expect(activated!.data.object).toMatchObject({ active_features: ['financial_addresses.aba', 'outbound_transfers.ach'], pending_features: [] });
    expect(activated!.data.previousAttributes).toMatchObject({ pending_features: ['financial_addresses.aba', 'outbound_transfers.ach'], active_features: [] });
    expect(created!.request?.id).toMatch(/^req_/);
  });

  it('runs create → retrieve → update → features → close, with events over a real websocket', async () => {
    const fa = expectOk(await createFa({ features: { outboundTransfers: { ach: { requested: true } } } })).treasuryFinancialAccount!;
    const updates = await t.subscribe(Updated, { id: fa.id });
    const stream = await t.subscribe(EventStream, { types: ['treasury.financial_account.*'] });

    expect((await t.ok(Get, { id: fa.id })).treasuryFinancialAccount).toMatchObject({ id: fa.id, status: 'OPEN' });

    const upd = expectOk((await t.ok(Update, { input: { id: fa.id, nickname: 'Payroll', metadata: { a: '1', b: '2' } } })).updateTreasuryFinancialAccount);
    expect(upd.treasuryFinancialAccount).toMatchObject({ nickname: 'Payroll', metadata: { a: '1', b: '2' } });
    // Stripe's metadata rule: an empty value unsets the key, others merge.
    const upd2 = expectOk((await t.ok(Update, { input: { id: fa.id, metadata: { a: '', c: '3' } } })).updateTreasuryFinancialAccount);
    expect(upd2.treasuryFinancialAccount!.metadata).toEqual({ b: '2', c: '3' });

    // Platform restriction on outbound flows restricts the outbound features.
    const restricted = expectOk(
      (await t.ok(Update, { input: { id: fa.id, platformRestrictions: { outboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount,
    );
    expect(restricted.treasuryFinancialAccount!.features?.outboundTransfers?.ach).toEqual({
      status: 'RESTRICTED',
      statusDetails: [{ code: 'RESTRICTED_BY_PLATFORM', restriction: 'OUTBOUND_FLOWS', resolution: 'REMOVE_RESTRICTION' }],
    });
    expect(restricted.treasuryFinancialAccount!.restrictedFeatures).toEqual(['OUTBOUND_TRANSFERS_ACH']);

    const feat = expectOk(
      (await t.ok(UpdateFeatures, { input: { id: fa.id, cardIssuing: { requested: true }, outboundTransfers: { ach: { requested: false } } } }))
        .updateTreasuryFinancialAccountFeatures,
    );
    expect(feat.treasuryFinancialAccountFeatures).toEqual({
      cardIssuing: { requested: true, status: 'ACTIVE' },
      outboundTransfers: { ach: { requested: false, status: 'RESTRICTED', statusDetails: [{ code: 'CAPABILITY_NOT_REQUESTED' }] } },
    });
    expect((await t.ok(GetFeatures, { id: fa.id })).treasuryFinancialAccountFeatures).toEqual({ cardIssuing: { requested: true, status: 'ACTIVE' } });

    const closed = expectOk((await t.ok(Close, { input: { id: fa.id } })).closeTreasuryFinancialAccount);
    expect(closed.treasuryFinancialAccount).toMatchObject({
      status: 'CLOSED',
      statusDetails: { closed: { reasons: ['CLOSED_BY_PLATFORM'] } },
      activeFeatures: [],
    });
    expect(closed.treasuryFinancialAccount!.restrictedFeatures).toEqual(['CARD_ISSUING', 'OUTBOUND_TRANSFERS_ACH']);
    expectUserError((await t.ok(Close, { input: { id: fa.id } })).closeTreasuryFinancialAccount, 'invalid_state');

    const seen = await updates.waitFor(6);
    expect(seen.map((v) => v.treasuryFinancialAccountUpdated.nickname)).toEqual(['Payroll', 'Payroll', 'Payroll', 'Payroll', 'Payroll', 'Payroll']);
    expect(seen.at(-1)!.treasuryFinancialAccountUpdated.status).toBe('CLOSED');

    const evs = await stream.waitFor(5);
    expect(evs.map((e) => e.events.type)).toEqual([
      'treasury.financial_account.features_status_updated', // outbound restricted
      'treasury.financial_account.features_status_updated', // card issuing requested (pending), ach off
      'treasury.financial_account.features_status_updated', // card issuing active
      'treasury.financial_account.closed',
      'treasury.financial_account.features_status_updated', // everything restricted by the closure
    ]);
    const stored = (await t.ok(Events, { types: ['treasury.financial_account.closed'] })).events.nodes.find(
      (e) => (e.data.object as { id: string }).id === fa.id,
    )!;
    expect(stored.data.previousAttributes).toMatchObject({ status: 'open' });
    updates.dispose();
    stream.dispose();
  });

  it('requested features stay pending (activating) until the test-mode schedule activates them: after the delay, or a test clock advance', async () => {
    const pendingView = { pendingFeatures: ['OUTBOUND_TRANSFERS_ACH'], activeFeatures: [] };
    configureTestMode({ featureDelayMs: 150 });
    try {
      const fa = expectOk(await createFa({ features: { outboundTransfers: { ach: { requested: true } } } })).treasuryFinancialAccount!;
      expect(fa).toMatchObject(pendingView);
      expect(fa.features?.outboundTransfers?.ach).toEqual({
        requested: true,
        status: 'PENDING',
        statusDetails: [{ code: 'ACTIVATING', resolution: null, restriction: null }],
      });
      let now = (await t.ok(Get, { id: fa.id })).treasuryFinancialAccount!;
      for (let i = 0; i < 100 && now.activeFeatures?.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        now = (await t.ok(Get, { id: fa.id })).treasuryFinancialAccount!;
      }
      expect(now).toMatchObject({ activeFeatures: ['OUTBOUND_TRANSFERS_ACH'], pendingFeatures: [] });
    } finally {
      configureTestMode({ featureDelayMs: 0 });
    }

    // Under a test clock, activation waits for the clock: an advance past the delay runs it.
    configureTestMode({ featureDelayMs: 500 });
    const other = await t.newAccount();
    const clock = expectOk((await t.ok(CreateClock, { input: { frozenTime: '2026-03-02T15:00:00Z' } }, other.testKey)).createTestHelpersTestClock)
      .testHelpersTestClock!;
    const r = await t.gql(Create, { input: { supportedCurrencies: ['usd'], features: { outboundTransfers: { ach: { requested: true } } } } }, other.testKey);
    const fa = expectOk(r.data!.createTreasuryFinancialAccount).treasuryFinancialAccount!;
    expect(fa).toMatchObject(pendingView);
    configureTestMode({ featureDelayMs: 0 });
    expectOk((await t.ok(Advance, { input: { id: clock.id, frozenTime: '2026-03-02T15:00:01Z' } }, other.testKey)).advanceTestHelpersTestClock);
    expect((await t.gql(Get, { id: fa.id }, other.testKey)).data!.treasuryFinancialAccount).toMatchObject({ activeFeatures: ['OUTBOUND_TRANSFERS_ACH'] });
    const types = (await t.gql(Events, { types: ['treasury.financial_account.*'] }, other.testKey)).data!.events.nodes.map((e) => e.type).reverse();
    expect(types).toEqual(['treasury.financial_account.created', 'treasury.financial_account.features_status_updated']);
  });

  it('forwarding_settings: close sends the remaining cash to another FinancialAccount or a bank account, then closes', async () => {
    const features = { intraStripeFlows: { requested: true }, outboundTransfers: { ach: { requested: true } } };
    const from = expectOk(await createFa({ features })).treasuryFinancialAccount!;
    const to = expectOk(await createFa({ features })).treasuryFinancialAccount!;
    await fundForTest(t, from.id, 2500);
    const closed = expectOk(
      (await t.ok(Close, { input: { id: from.id, forwardingSettings: { type: 'FINANCIAL_ACCOUNT', financialAccount: to.id } } })).closeTreasuryFinancialAccount,
    );
    expect(closed.treasuryFinancialAccount).toMatchObject({ status: 'CLOSED' });
    expect(await balanceOf(t, from.id)).toEqual({ cash: 0, inboundPending: 0, outboundPending: 0 });
    expect(await balanceOf(t, to.id)).toEqual({ cash: 2500, inboundPending: 0, outboundPending: 0 });

    // Settings given by an update are used at close; a bank account receives the cash by ACH (in flight at close).
    const pm = await seedPaymentMethod(t);
    const second = expectOk(await createFa({ features })).treasuryFinancialAccount!;
    await fundForTest(t, second.id, 700);
    expectOk(
      (await t.ok(Update, { input: { id: second.id, forwardingSettings: { type: 'PAYMENT_METHOD', paymentMethod: pm } } })).updateTreasuryFinancialAccount,
    );
    expectOk((await t.ok(Close, { input: { id: second.id } })).closeTreasuryFinancialAccount);
    expect(await balanceOf(t, second.id)).toEqual({ cash: 0, inboundPending: 0, outboundPending: 700 });
    expect(await ledgerViolations(t.database.db, [from.id, to.id, second.id])).toEqual([]);

    // Without settings, money still blocks the close; bad settings are refused and nothing is written.
    const third = expectOk(await createFa({ features })).treasuryFinancialAccount!;
    await fundForTest(t, third.id, 100);
    expectUserError((await t.ok(Close, { input: { id: third.id } })).closeTreasuryFinancialAccount, 'financial_account_not_empty');
    const self = (await t.ok(Close, { input: { id: third.id, forwardingSettings: { type: 'FINANCIAL_ACCOUNT', financialAccount: third.id } } }))
      .closeTreasuryFinancialAccount;
    expect(expectUserError(self, 'parameter_invalid').field).toEqual(['forwardingSettings', 'financialAccount']);
    expectUserError(
      (await t.ok(Close, { input: { id: third.id, forwardingSettings: { type: 'FINANCIAL_ACCOUNT' } } })).closeTreasuryFinancialAccount,
      'parameter_missing',
    );
    expect(await balanceOf(t, third.id)).toEqual({ cash: 100, inboundPending: 0, outboundPending: 0 });
  });

  it('refuses to close an account holding money, and writes nothing', async () => {
    const fa = expectOk(await createFa()).treasuryFinancialAccount!;
    // Money arrives through the ledger; until flows exist the test credits the balance row directly.
    await t.database.db.execute(`update treasury_balances set cash = 500 where financial_account_id = '${fa.id}'` as never);
    const before = (await t.ok(Events, {})).events.nodes.length;
    expectUserError((await t.ok(Close, { input: { id: fa.id } })).closeTreasuryFinancialAccount, 'financial_account_not_empty');
    expect((await t.ok(Get, { id: fa.id })).treasuryFinancialAccount!.status).toBe('OPEN');
    expect((await t.ok(Events, {})).events.nodes.length).toBe(before);
  });

  it('lists newest first with stable keyset cursors, forward and backward', async () => {
    const other = await t.newAccount(); // an empty account: this test sees only its own accounts
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await t.gql(Create, { input: { supportedCurrencies: ['usd'], nickname: `n${i}` } }, other.testKey);
      ids.push(r.data!.createTreasuryFinancialAccount.treasuryFinancialAccount!.id);
    }
    const newestFirst = [...ids].reverse();
    const page1 = (await t.gql(List, { first: 3 }, other.testKey)).data!.treasuryFinancialAccounts;
    expect(page1.nodes.map((n) => n.id)).toEqual(newestFirst.slice(0, 3));
    expect(page1.edges.map((e) => e.node.id)).toEqual(newestFirst.slice(0, 3));
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    // A concurrent insert does not shift the next page.
    await t.gql(Create, { input: { supportedCurrencies: ['usd'] } }, other.testKey);
    const page2 = (await t.gql(List, { first: 3, after: page1.pageInfo.endCursor }, other.testKey)).data!.treasuryFinancialAccounts;
    expect(page2.nodes.map((n) => n.id)).toEqual(newestFirst.slice(3, 6));
    const page3 = (await t.gql(List, { first: 3, after: page2.pageInfo.endCursor }, other.testKey)).data!.treasuryFinancialAccounts;
    expect(page3.nodes.map((n) => n.id)).toEqual(newestFirst.slice(6));
    expect(page3.pageInfo.hasNextPage).toBe(false);

    const back = (await t.gql(List, { last: 3, before: page3.pageInfo.startCursor }, other.testKey)).data!.treasuryFinancialAccounts;
    expect(back.nodes.map((n) => n.id)).toEqual(newestFirst.slice(3, 6));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

    const all = (await t.gql(List, { first: 100 }, other.testKey)).data!.treasuryFinancialAccounts;
    expect(all.nodes).toHaveLength(8);
    expect((await t.gql(List, {}, other.testKey)).data!.treasuryFinancialAccounts.nodes).toHaveLength(8); // default page size 10
  });
});

describe('close under concurrency', () => {
  it('a close that waited for a credit holding the account sees the credit: refused, and the money stays on an open account', async () => {
    const fa = await seedFinancialAccount(t);
    const scope = { accountId: t.account.accountId, livemode: false };
    let closing: ReturnType<typeof closeIt> | null = null;
    const closeIt = () => t.ok(Close, { input: { id: fa } });
    await runCommand(t.database.db, scope, { operation: 'test.fund', input: {}, requestId: 'req_race' }, async (cmd) => {
      // The credit holds the FinancialAccount's lock while the close starts and waits for it.
      await cmd.tx.execute(sql`select id from treasury_financial_accounts where id = ${fa} for update`);
      const flow = { id: null as never, type: 'other' as const, financialAccountId: fa, currency: 'usd' };
      const trxn = await openTransaction(cmd, flow, { amount: 500, description: 'Test funding', status: 'posted' });
      await addEntry(cmd, flow, trxn, 'other', impact(500, 0, 0));
      closing = closeIt();
      await new Promise((r) => setTimeout(r, 300));
    });
    expectUserError((await closing!).closeTreasuryFinancialAccount, 'financial_account_not_empty');
    expect(await balanceOf(t, fa)).toEqual({ cash: 500, inboundPending: 0, outboundPending: 0 });
    expect((await t.ok(Get, { id: fa })).treasuryFinancialAccount!.status).toBe('OPEN');
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });
});
