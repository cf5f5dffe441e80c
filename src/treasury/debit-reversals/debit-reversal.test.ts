import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount } from '../../../test/support/seed.js';
import { clock } from '../../kernel/clock.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { configureTestMode } from '../../layer/schedule.js';
import { eventTypesOf, receiveDebitForTest, receivedFlowCounts, settleScheduled } from '../received-credits/received.fixtures.js';

const Debit = graphql(`
  mutation DrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {
    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status reversalDetails { deadline } } userErrors { code message } }
  }
`);
const Reverse = graphql(`
  mutation DrCreate($input: CreateTreasuryDebitReversalInput!) {
    createTreasuryDebitReversal(input: $input) {
      treasuryDebitReversal {
        id object status amount currency network metadata livemode
        financialAccount { id }
        linkedFlows { issuingDispute { id } }
        receivedDebit { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } }
        statusTransitions { completedAt }
        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }
          flow { __typename ... on TreasuryDebitReversal { id } }
          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }
      }
      userErrors { code type message field }
    }
  }
`);
const GetRd = graphql(
  `query DrGetRd($id: ID!) { treasuryReceivedDebit(id: $id) { id linkedFlows { debitReversal { id status } } reversalDetails { deadline restrictedReason } } }`,
);
const List = graphql(`
  query DrList($fa: ID!, $receivedDebit: ID, $resolution: TreasuryDebitReversalListResolution, $status: TreasuryDebitReversalListStatus) {
    treasuryDebitReversals(financialAccount: $fa, receivedDebit: $receivedDebit, resolution: $resolution, status: $status) { nodes { id status } }
    treasuryFinancialAccount(id: $fa) { debitReversals(first: 100) { nodes { id } } }
  }
`);
const Get = graphql(`query DrGet($id: ID!) { treasuryDebitReversal(id: $id) { id status } node(id: $id) { __typename id } }`);
const Read = graphql(`
  query DrRead($id: ID!) {
    treasuryDebitReversal(id: $id) {
      id status statusTransitions { completedAt }
      transaction { id status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type balanceImpact { cash } } } }
    }
  }
`);
const TypeInfo = graphql(`
  query DrTypeInfo($name: String!) { __type(name: $name) { fields { name } enumValues { name } } }
`);
const UpdateFa = graphql(`
  mutation DrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }
  }
`);
const ClockCreate = graphql(`
  mutation DrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }
`);
const ClockAdvance = graphql(`
  mutation DrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }
`);
const Events = graphql(`query DrEvents { events(first: 100, type: "treasury.debit_reversal.*") { nodes { type data { object previousAttributes } } } }`);
const Updated = graphql(
  `subscription DrRdUpdated($id: ID!) { treasuryReceivedDebitUpdated(id: $id) { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } } }`,
);

let t: TestApp;
let fa: string;
beforeAll(async () => {
  t = await startTestApp();
  // Reversals are resolved by a scheduled step: in real time, after this delay (the job queue).
  configureTestMode({ delayMs: 20, returnDelayMs: 20 });
  fa = await seedFinancialAccount(t);
  await fundForTest(t, fa, 50_000);
});
afterAll(() => t?.close());
afterEach(() => vi.restoreAllMocks());

const debit = async (input: Record<string, unknown> = {}, account = fa) =>
  expectOk(
    (await t.ok(Debit, { input: { amount: 1000, currency: 'usd', financialAccount: account, network: 'ACH', ...input } as never }))
      .testHelpersCreateTreasuryReceivedDebit,
  ).treasuryReceivedDebit!;
const reverse = async (receivedDebit: string, extra: Record<string, unknown> = {}, key?: string) =>
  (await t.ok(Reverse, { input: { receivedDebit, ...extra } }, key)).createTreasuryDebitReversal;
const refusal = (payload: { userErrors: { code: string; message: string }[] } & Record<string, unknown>, code: string) => {
  expectUserError(payload, code);
  return payload.userErrors[0]!.message;
};

describe('TreasuryDebitReversal', () => {
  it('a won reversal: processing with the funds credited provisionally (initial_credit_granted), then succeeded, its Transaction posted (issue 14 #3)', async () => {
    const rd = await debit({ amount: 3000 });
    await settleScheduled(t.database.db);
    const start = await balanceOf(t, fa);
    const sub = await t.subscribe(Updated, { id: rd.id });
    const dr = expectOk(await reverse(rd.id, { metadata: { ticket: '42' } })).treasuryDebitReversal!;
    // Seed 002: the create answers `processing` with `completed_at` null (and a Transaction).
    expect(dr).toMatchObject({
      object: 'treasury.debit_reversal',
      status: 'PROCESSING',
      amount: 3000,
      currency: 'usd',
      network: 'ACH',
      metadata: { ticket: '42' },
      livemode: false,
      financialAccount: { id: fa },
      linkedFlows: null,
      statusTransitions: { completedAt: null },
      receivedDebit: { id: rd.id, linkedFlows: { debitReversal: { id: dr.id } }, reversalDetails: { restrictedReason: 'ALREADY_REVERSED' } },
      transaction: {
        status: 'OPEN',
        amount: 3000,
        flowType: 'DEBIT_REVERSAL',
        balanceImpact: { cash: 3000, inboundPending: 0, outboundPending: 0 },
        flow: { __typename: 'TreasuryDebitReversal', id: dr.id },
      },
    });
    expect(dr.transaction!.entries.nodes).toEqual([
      { type: 'DEBIT_REVERSAL', flowType: 'DEBIT_REVERSAL', balanceImpact: { cash: 3000, inboundPending: 0, outboundPending: 0 } },
    ]);
    // The provisional credit is cash at once, and a won reversal keeps it.
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash + 3000 });
    await settleScheduled(t.database.db);
    const resolved = (await t.ok(Read, { id: dr.id })).treasuryDebitReversal!;
    expect(resolved).toMatchObject({
      status: 'SUCCEEDED',
      transaction: { id: dr.transaction!.id, status: 'POSTED', balanceImpact: { cash: 3000, inboundPending: 0, outboundPending: 0 } },
    });
    expect(resolved.statusTransitions.completedAt).not.toBeNull();
    expect(resolved.transaction!.statusTransitions.postedAt).toBe(resolved.statusTransitions.completedAt);
    expect(resolved.transaction!.entries.nodes).toEqual([{ type: 'DEBIT_REVERSAL', balanceImpact: { cash: 3000 } }]);
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash + 3000 });
    expect(await eventTypesOf(t.database.db, dr.id)).toEqual([
      'treasury.debit_reversal.created',
      'treasury.debit_reversal.initial_credit_granted',
      'treasury.debit_reversal.completed',
    ]);
    const payloads = (await t.ok(Events)).events.nodes.filter((e) => (e.data.object as { id: string }).id === dr.id);
    const created = payloads.find((e) => e.type === 'treasury.debit_reversal.created')!;
    const granted = payloads.find((e) => e.type === 'treasury.debit_reversal.initial_credit_granted')!;
    const completed = payloads.find((e) => e.type === 'treasury.debit_reversal.completed')!;
    expect(created.data.object).toMatchObject({
      status: 'processing',
      transaction: dr.transaction!.id,
      status_transitions: { completed_at: null },
      received_debit: rd.id,
      linked_flows: null,
    });
    expect(granted.data.object).toEqual(created.data.object);
    expect(completed.data.object).toMatchObject({ status: 'succeeded', transaction: dr.transaction!.id });
    expect(completed.data.previousAttributes).toEqual({ status: 'processing', status_transitions: { completed_at: null } });
    const seen = await sub.waitFor(1);
    expect(seen[0]!.treasuryReceivedDebitUpdated).toEqual({
      id: rd.id,
      linkedFlows: { debitReversal: { id: dr.id } },
      reversalDetails: { restrictedReason: 'ALREADY_REVERSED' },
    });
    sub.dispose();
    expect(await t.ok(Get, { id: dr.id })).toEqual({
      treasuryDebitReversal: { id: dr.id, status: 'SUCCEEDED' },
      node: { __typename: 'TreasuryDebitReversal', id: dr.id },
    });
    // Stripe's object has no `resolution` (only the list filters on it); its statuses are exactly the spec's.
    expect((await t.ok(TypeInfo, { name: 'TreasuryDebitReversal' })).__type!.fields!.map((f) => f.name)).not.toContain('resolution');
    expect((await t.ok(TypeInfo, { name: 'TreasuryDebitReversalStatus' })).__type!.enumValues!.map((v) => v.name)).toEqual([
      'FAILED',
      'PROCESSING',
      'SUCCEEDED',
    ]);
    expect((await t.ok(TypeInfo, { name: 'TreasuryDebitReversalListStatus' })).__type!.enumValues!.map((v) => v.name)).toEqual([
      'CANCELED',
      'COMPLETED',
      'PROCESSING',
    ]);
    expect((await t.ok(TypeInfo, { name: 'TreasuryDebitReversalListResolution' })).__type!.enumValues!.map((v) => v.name)).toEqual(['LOST', 'WON']);
    // Once only.
    const counts = await receivedFlowCounts(t.database.db);
    expect(refusal(await reverse(rd.id), 'invalid_state')).toMatch(/already_reversed/);
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });

  it('a lost reversal (debit from the failing test account …0234): the provisional credit is taken back, its Transaction voided, status failed (issue 14 #3)', async () => {
    const rd = await debit({
      amount: 800,
      initiatingPaymentMethodDetails: { type: 'US_BANK_ACCOUNT', usBankAccount: { accountNumber: '000000000234', routingNumber: '110000000' } },
    });
    await settleScheduled(t.database.db);
    const start = await balanceOf(t, fa);
    const dr = expectOk(await reverse(rd.id)).treasuryDebitReversal!;
    expect(dr).toMatchObject({
      status: 'PROCESSING',
      statusTransitions: { completedAt: null },
      transaction: { status: 'OPEN', amount: 800 },
      receivedDebit: { reversalDetails: { restrictedReason: 'ALREADY_REVERSED' } },
    });
    await settleScheduled(t.database.db);
    const resolved = (await t.ok(Read, { id: dr.id })).treasuryDebitReversal!;
    expect(resolved).toMatchObject({
      status: 'FAILED',
      transaction: { id: dr.transaction!.id, status: 'VOID', balanceImpact: { cash: 0, inboundPending: 0, outboundPending: 0 } },
    });
    expect(resolved.statusTransitions.completedAt).not.toBeNull();
    expect(resolved.transaction!.statusTransitions).toEqual({ postedAt: null, voidAt: resolved.statusTransitions.completedAt });
    expect(resolved.transaction!.entries.nodes.map((e) => e.balanceImpact.cash).sort()).toEqual([-800, 800]);
    expect(await balanceOf(t, fa)).toEqual(start);
    expect(await eventTypesOf(t.database.db, dr.id)).toEqual([
      'treasury.debit_reversal.created',
      'treasury.debit_reversal.initial_credit_granted',
      'treasury.debit_reversal.completed',
    ]);

    const won = (await t.ok(List, { fa, resolution: 'WON' })).treasuryDebitReversals.nodes;
    const lost = (await t.ok(List, { fa, resolution: 'LOST' })).treasuryDebitReversals.nodes;
    expect(lost).toEqual([{ id: dr.id, status: 'FAILED' }]);
    expect(won.every((n) => n.status === 'SUCCEEDED')).toBe(true);
    expect(won.length).toBeGreaterThan(0);
    // Stripe's list status names the phase: `completed` is either resolution.
    // (Objects made at one frozen clock time share `created`; their order is the id's, so compare as sets.)
    expect((await t.ok(List, { fa, status: 'COMPLETED' })).treasuryDebitReversals.nodes.map((n) => n.id).sort()).toEqual(
      [dr.id, ...won.map((n) => n.id)].sort(),
    );
    expect((await t.ok(List, { fa, status: 'PROCESSING' })).treasuryDebitReversals.nodes).toEqual([]);
    const byDebit = await t.ok(List, { fa, receivedDebit: rd.id });
    expect(byDebit.treasuryDebitReversals.nodes.map((n) => n.id)).toEqual([dr.id]);
    expect(byDebit.treasuryFinancialAccount!.debitReversals.nodes.map((n) => n.id).sort()).toEqual([dr.id, ...won.map((n) => n.id)].sort());
  });

  it('refuses what reversal_details forbids: stripe-network debits, failed debits, past the deadline; and inbound-restricted accounts', async () => {
    const viaStripe = await receiveDebitForTest(t, fa);
    const poor = await seedFinancialAccount(t);
    const failed = await debit({ amount: 1 }, poor);
    expect(failed.status).toBe('FAILED');
    const late = await debit({ amount: 10 });
    const restricted = await seedFinancialAccount(t);
    await fundForTest(t, restricted, 100);
    const rdRestricted = await debit({ amount: 100 }, restricted);
    expectOk((await t.ok(UpdateFa, { input: { id: restricted, platformRestrictions: { inboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount);
    const counts = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, fa);
    expect(refusal(await reverse(viaStripe.id), 'invalid_state')).toMatch(/network_restricted/);
    expect(refusal(await reverse(failed.id), 'invalid_state')).toMatch(/failed/);
    expectUserError(await reverse(rdRestricted.id), 'financial_account_restricted');
    vi.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(late.reversalDetails!.deadline!)));
    expect((await t.ok(GetRd, { id: late.id })).treasuryReceivedDebit!.reversalDetails!.restrictedReason).toBe('DEADLINE_PASSED');
    expect(refusal(await reverse(late.id), 'invalid_state')).toMatch(/deadline_passed/);
    vi.restoreAllMocks();
    expect((await t.ok(GetRd, { id: late.id })).treasuryReceivedDebit!).toMatchObject({
      linkedFlows: { debitReversal: null },
      reversalDetails: { restrictedReason: null },
    });
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    expect(await balanceOf(t, fa)).toEqual(balance);
  });

  it('under a test clock, reversals stay processing until the network resolves them the next banking day; the list takes Stripe’s status and resolution values (issue 14 #3)', async () => {
    const owner = await t.newAccount();
    const key = owner.testKey;
    const at = (iso: string) => new Date(iso).toISOString();
    // Wednesday 2025-06-04, 10am Central Time: resolved Thursday 10am CT (15:00 UTC), as ACH returns settle.
    const clockId = expectOk((await t.ok(ClockCreate, { input: { frozenTime: at('2025-06-04T15:00:00Z') } }, key)).createTestHelpersTestClock)
      .testHelpersTestClock!.id;
    const own = await seedFinancialAccount(t, { key });
    await fundForTest(t, own, 1_000);
    const toWin = expectOk(
      (await t.ok(Debit, { input: { amount: 300, currency: 'usd', financialAccount: own, network: 'ACH' } }, key)).testHelpersCreateTreasuryReceivedDebit,
    ).treasuryReceivedDebit!;
    const losingBank = { type: 'US_BANK_ACCOUNT', usBankAccount: { accountNumber: '000000000234', routingNumber: '110000000' } };
    const toLose = expectOk(
      (
        await t.ok(
          Debit,
          { input: { amount: 200, currency: 'usd', financialAccount: own, network: 'ACH', initiatingPaymentMethodDetails: losingBank } as never },
          key,
        )
      ).testHelpersCreateTreasuryReceivedDebit,
    ).treasuryReceivedDebit!;
    const won = expectOk(await reverse(toWin.id, {}, key)).treasuryDebitReversal!;
    const lost = expectOk(await reverse(toLose.id, {}, key)).treasuryDebitReversal!;
    expect([won.status, lost.status]).toEqual(['PROCESSING', 'PROCESSING']);
    expect(await balanceOf(t, own, key)).toEqual({ cash: 1_000, inboundPending: 0, outboundPending: 0 }); // both credited provisionally
    const ids = async (filters: Record<string, string>) => (await t.ok(List, { fa: own, ...filters }, key)).treasuryDebitReversals.nodes.map((n) => n.id);
    expect((await ids({ status: 'PROCESSING' })).sort()).toEqual([lost.id, won.id].sort()); // same frozen `created`: either order
    for (const filters of [{ status: 'COMPLETED' }, { status: 'CANCELED' }, { resolution: 'WON' }, { resolution: 'LOST' }] as Record<string, string>[])
      expect(await ids(filters)).toEqual([]);
    // The provisional credit is spendable: the account spends everything before the resolution.
    expect(
      expectOk(
        (await t.ok(Debit, { input: { amount: 1_000, currency: 'usd', financialAccount: own, network: 'ACH' } }, key)).testHelpersCreateTreasuryReceivedDebit,
      ).treasuryReceivedDebit!.status,
    ).toBe('SUCCEEDED');
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-05T14:59:59Z') } }, key);
    expect((await ids({ status: 'PROCESSING' })).sort()).toEqual([lost.id, won.id].sort()); // same frozen `created`: either order
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-05T16:00:00Z') } }, key);
    const read = async (id: string) => (await t.ok(Read, { id }, key)).treasuryDebitReversal!;
    expect(await read(won.id)).toMatchObject({
      status: 'SUCCEEDED',
      statusTransitions: { completedAt: at('2025-06-05T15:00:00Z') },
      transaction: { status: 'POSTED' },
    });
    expect(await read(lost.id)).toMatchObject({
      status: 'FAILED',
      statusTransitions: { completedAt: at('2025-06-05T15:00:00Z') },
      transaction: { status: 'VOID' },
    });
    // A lost reversal takes its provisional credit back even though it was spent.
    expect(await balanceOf(t, own, key)).toEqual({ cash: -200, inboundPending: 0, outboundPending: 0 });
    expect(await ids({ status: 'PROCESSING' })).toEqual([]);
    expect((await ids({ status: 'COMPLETED' })).sort()).toEqual([lost.id, won.id].sort()); // same frozen `created`: either order
    expect(await ids({ status: 'CANCELED' })).toEqual([]);
    expect(await ids({ resolution: 'WON' })).toEqual([won.id]);
    expect(await ids({ resolution: 'LOST' })).toEqual([lost.id]);
    expect(await ids({ status: 'COMPLETED', resolution: 'LOST' })).toEqual([lost.id]);
    expect(await eventTypesOf(t.database.db, won.id)).toEqual([
      'treasury.debit_reversal.created',
      'treasury.debit_reversal.initial_credit_granted',
      'treasury.debit_reversal.completed',
    ]);
    expect(await ledgerViolations(t.database.db, [own])).toEqual([]);
  });

  it('under a test clock, reversal_details say deadline_passed from the clock’s deadline on, as the refusal does (issue 14 #10)', async () => {
    const owner = await t.newAccount();
    const key = owner.testKey;
    const at = (iso: string) => new Date(iso).toISOString();
    // Friday 2025-06-06, noon Central Time: the deadline is the end of the next banking day, Monday.
    const clockId = expectOk((await t.ok(ClockCreate, { input: { frozenTime: at('2025-06-06T17:00:00Z') } }, key)).createTestHelpersTestClock)
      .testHelpersTestClock!.id;
    const own = await seedFinancialAccount(t, { key });
    await fundForTest(t, own, 1_000);
    const rd = expectOk(
      (await t.ok(Debit, { input: { amount: 400, currency: 'usd', financialAccount: own, network: 'ACH' } }, key)).testHelpersCreateTreasuryReceivedDebit,
    ).treasuryReceivedDebit!;
    const deadline = at('2025-06-10T00:00:00Z');
    expect(rd.reversalDetails).toEqual({ deadline });
    const read = async () => (await t.ok(GetRd, { id: rd.id }, key)).treasuryReceivedDebit!.reversalDetails;
    expect(await read()).toEqual({ deadline, restrictedReason: null });
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-09T23:59:59Z') } }, key);
    expect(await read()).toEqual({ deadline, restrictedReason: null });
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-10T09:00:00Z') } }, key);
    expect(await read()).toEqual({ deadline, restrictedReason: 'DEADLINE_PASSED' });
    const counts = await receivedFlowCounts(t.database.db);
    expect(refusal(await reverse(rd.id, {}, key), 'invalid_state')).toMatch(/deadline_passed/);
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    expect(await balanceOf(t, own, key)).toEqual({ cash: 600, inboundPending: 0, outboundPending: 0 });
  });

  it('refuses bad input and other accounts’ debits; nothing written', async () => {
    const rd = await debit({ amount: 5 });
    const counts = await receivedFlowCounts(t.database.db);
    expect(expectUserError(await reverse('rd_doesnotexist000000000000'), 'resource_missing').field).toEqual(['receivedDebit']);
    expectUserError(await reverse('rc_doesnotexist000000000000'), 'resource_missing');
    expectUserError(await reverse(rd.id, { metadata: { ['k'.repeat(41)]: 'v' } }), 'metadata_key_too_long');
    const other = await t.newAccount();
    expectUserError(await reverse(rd.id, {}, other.testKey), 'resource_missing');
    expectUserError(await reverse(rd.id, {}, t.account.liveKey), 'resource_missing');
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    // The idempotency key replays the first result without reversing twice.
    const a = expectOk(await reverse(rd.id, { idempotencyKey: 'dr-once' })).treasuryDebitReversal!;
    const b = expectOk(await reverse(rd.id, { idempotencyKey: 'dr-once' })).treasuryDebitReversal!;
    expect(b.id).toBe(a.id);
    expect((await receivedFlowCounts(t.database.db)).debitReversals).toBe(counts.debitReversals + 1);
  });
});
