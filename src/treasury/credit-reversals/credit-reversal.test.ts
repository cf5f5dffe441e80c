import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, seedFinancialAccount } from '../../../test/support/seed.js';
import { clock } from '../../kernel/clock.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { financialAccountInitiatingDetails } from '../received-credits/initiating-details.js';
import { configureTestMode } from '../../layer/schedule.js';
import { eventTypesOf, receiveCreditForTest, receivedFlowCounts, settleScheduled } from '../received-credits/received.fixtures.js';

const Credit = graphql(`
  mutation CrCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {
    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code message } }
  }
`);
const Debit = graphql(`
  mutation CrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {
    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status } userErrors { code message } }
  }
`);
const Reverse = graphql(`
  mutation CrCreate($input: CreateTreasuryCreditReversalInput!) {
    createTreasuryCreditReversal(input: $input) {
      treasuryCreditReversal {
        id object status amount currency network metadata livemode
        financialAccount { id }
        receivedCredit { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } }
        statusTransitions { postedAt }
        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }
          flow { __typename ... on TreasuryCreditReversal { id } }
          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }
      }
      userErrors { code type message field }
    }
  }
`);
const GetRc = graphql(`
  query CrGetRc($id: ID!) {
    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason } linkedFlows { creditReversal { id status } } }
  }
`);
const List = graphql(`
  query CrList($fa: ID!, $receivedCredit: ID, $status: TreasuryCreditReversalStatus) {
    treasuryCreditReversals(financialAccount: $fa, receivedCredit: $receivedCredit, status: $status) { nodes { id status } }
    treasuryFinancialAccount(id: $fa) { creditReversals(first: 100) { nodes { id } } }
  }
`);
const SenderCredits = graphql(`
  query CrSenderCredits($fa: ID!) {
    treasuryReceivedCredits(financialAccount: $fa, linkedFlows: { sourceFlowType: CREDIT_REVERSAL }) {
      nodes { id status amount network
        initiatingPaymentMethodDetails { type financialAccount { id network } }
        linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryCreditReversal { id } } sourceFlowDetails { type creditReversal { id } } }
        reversalDetails { restrictedReason } }
    }
  }
`);
const UpdateFa = graphql(`
  mutation CrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }
  }
`);
const ClockCreate = graphql(`
  mutation CrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }
`);
const ClockAdvance = graphql(`
  mutation CrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }
`);
const ClockDelete = graphql(`
  mutation CrClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }
`);
const RcList = graphql(`
  query CrRcList($fa: ID!) {
    treasuryReceivedCredits(financialAccount: $fa) { nodes { id reversalDetails { deadline restrictedReason } } }
    treasuryFinancialAccount(id: $fa) { receivedCredits { nodes { id reversalDetails { restrictedReason } } } }
  }
`);
const GetCr = graphql(`
  query CrGet($id: ID!) {
    treasuryCreditReversal(id: $id) {
      id status statusTransitions { postedAt }
      transaction { status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }
    }
  }
`);
const EventsSub = graphql(
  `subscription CrEvents { events(types: ["treasury.credit_reversal.*"]) { type created request { id } data { object previousAttributes } } }`,
);
const RcUpdated = graphql(
  `subscription CrRcUpdated($id: ID!) { treasuryReceivedCreditUpdated(id: $id) { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } } }`,
);

let t: TestApp;
let fa: string;
beforeAll(async () => {
  t = await startTestApp();
  // Reversals post on a scheduled step: in real time, after this delay (the job queue).
  configureTestMode({ delayMs: 20, returnDelayMs: 20 });
  fa = await seedFinancialAccount(t);
});
afterAll(() => t?.close());
afterEach(() => vi.restoreAllMocks());

const credit = async (input: Record<string, unknown> = {}, account = fa) =>
  expectOk(
    (await t.ok(Credit, { input: { amount: 1000, currency: 'usd', financialAccount: account, network: 'ACH', ...input } as never }))
      .testHelpersCreateTreasuryReceivedCredit,
  ).treasuryReceivedCredit!.id;
/** The refusal's message, after checking its code (and that nothing else came back). */
const refusal = (payload: { userErrors: { code: string; message: string }[] } & Record<string, unknown>, code: string) => {
  expectUserError(payload, code);
  return payload.userErrors[0]!.message;
};
const reverse = async (receivedCredit: string, extra: Record<string, unknown> = {}, key?: string) =>
  (await t.ok(Reverse, { input: { receivedCredit, ...extra } }, key)).createTreasuryCreditReversal;

describe('TreasuryCreditReversal', () => {
  it('reverses an ACH credit once: created processing (cash → outbound_pending, open Transaction, postedAt null), then posted by its scheduled step (issue 14 #2)', async () => {
    const rc = await credit({ amount: 4000 });
    const start = await balanceOf(t, fa);
    const events = await t.subscribe(EventsSub, {});
    const rcUpdates = await t.subscribe(RcUpdated, { id: rc });
    const cr = expectOk(await reverse(rc, { metadata: { reason: 'fraud' } })).treasuryCreditReversal!;
    // Seed 002: the create answers `processing`, `posted_at` null, the funds held by an open Transaction.
    expect(cr).toMatchObject({
      object: 'treasury.credit_reversal',
      status: 'PROCESSING',
      amount: 4000,
      currency: 'usd',
      network: 'ACH',
      metadata: { reason: 'fraud' },
      livemode: false,
      financialAccount: { id: fa },
      statusTransitions: { postedAt: null },
      receivedCredit: { id: rc, linkedFlows: { creditReversal: { id: cr.id } }, reversalDetails: { restrictedReason: 'ALREADY_REVERSED' } },
      transaction: {
        status: 'OPEN',
        amount: -4000,
        flowType: 'CREDIT_REVERSAL',
        balanceImpact: { cash: -4000, inboundPending: 0, outboundPending: 4000 },
        statusTransitions: { postedAt: null },
        flow: { __typename: 'TreasuryCreditReversal', id: cr.id },
      },
    });
    expect(cr.transaction!.entries.nodes).toEqual([
      { type: 'CREDIT_REVERSAL', flowType: 'CREDIT_REVERSAL', balanceImpact: { cash: -4000, inboundPending: 0, outboundPending: 4000 } },
    ]);

    // Subscribers see created (processing, open Transaction) then, from the job queue (no request), posted.
    const seen = await events.waitFor(2);
    expect(seen.map((s) => s.events.type)).toEqual(['treasury.credit_reversal.created', 'treasury.credit_reversal.posted']);
    expect(seen[0]!.events.data.object).toMatchObject({
      id: cr.id,
      status: 'processing',
      status_transitions: { posted_at: null },
      received_credit: rc,
      transaction: cr.transaction!.id,
    });
    expect(seen[0]!.events.request?.id).toMatch(/^req_/);
    expect(seen[1]!.events.data.object).toMatchObject({ id: cr.id, status: 'posted' });
    expect(seen[1]!.events.request?.id ?? null).toBeNull();
    expect(seen[1]!.events.data.previousAttributes).toEqual({ status: 'processing', status_transitions: { posted_at: null } });
    const posted = (await t.ok(GetCr, { id: cr.id })).treasuryCreditReversal!;
    expect(posted.status).toBe('POSTED');
    expect(posted.statusTransitions.postedAt).not.toBeNull();
    expect(posted.transaction).toMatchObject({ status: 'POSTED', balanceImpact: { cash: -4000, inboundPending: 0, outboundPending: 0 } });
    expect(posted.transaction!.statusTransitions.postedAt).toBe(posted.statusTransitions.postedAt);
    expect([...posted.transaction!.entries.nodes].sort((a, b) => b.type.localeCompare(a.type))).toEqual([
      { type: 'CREDIT_REVERSAL_POSTING', balanceImpact: { cash: 0, inboundPending: 0, outboundPending: -4000 } },
      { type: 'CREDIT_REVERSAL', balanceImpact: { cash: -4000, inboundPending: 0, outboundPending: 4000 } },
    ]);
    expect(await balanceOf(t, fa)).toEqual({ cash: start.cash - 4000, inboundPending: 0, outboundPending: 0 });
    const rcSeen = await rcUpdates.waitFor(1);
    expect(rcSeen[0]!.treasuryReceivedCreditUpdated).toEqual({
      id: rc,
      linkedFlows: { creditReversal: { id: cr.id } },
      reversalDetails: { restrictedReason: 'ALREADY_REVERSED' },
    });
    events.dispose();
    rcUpdates.dispose();
    expect(await eventTypesOf(t.database.db, cr.id)).toEqual(['treasury.credit_reversal.created', 'treasury.credit_reversal.posted']);

    // Once only.
    const counts = await receivedFlowCounts(t.database.db);
    expect(refusal(await reverse(rc), 'invalid_state')).toMatch(/already_reversed/);
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);

    const list = await t.ok(List, { fa, receivedCredit: rc });
    expect(list.treasuryCreditReversals.nodes).toEqual([{ id: cr.id, status: 'POSTED' }]);
    expect((await t.ok(List, { fa, status: 'PROCESSING' })).treasuryCreditReversals.nodes).toEqual([]);
    expect(list.treasuryFinancialAccount!.creditReversals.nodes.map((n) => n.id)).toContain(cr.id);
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });

  it('a stripe-network credit from an OutboundPayment is reversible without deadline; the money returns to the sender as a ReceivedCredit', async () => {
    const sender = await seedFinancialAccount(t);
    const received = await receiveCreditForTest(t, fa, {
      amount: 600,
      network: 'stripe',
      description: 'Payment',
      initiatingPaymentMethodDetails: financialAccountInitiatingDetails(sender),
      sourceFlow: { id: 'obp_test00000000000000000000', type: 'outbound_payment' },
    });
    expect(received.reversal_details).toEqual({ deadline: null, restricted_reason: null });
    const start = await balanceOf(t, fa);
    const cr = expectOk(await reverse(received.id)).treasuryCreditReversal!;
    expect(cr).toMatchObject({ status: 'PROCESSING', network: 'STRIPE', amount: 600 });
    // The stripe network submits at once: the scheduled post runs right away (real time: the job queue).
    await settleScheduled(t.database.db);
    expect((await t.ok(GetCr, { id: cr.id })).treasuryCreditReversal!.status).toBe('POSTED');
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash - 600 });
    expect(await balanceOf(t, sender)).toEqual({ cash: 600, inboundPending: 0, outboundPending: 0 });
    const back = (await t.ok(SenderCredits, { fa: sender })).treasuryReceivedCredits.nodes;
    expect(back).toEqual([
      {
        id: expect.any(String),
        status: 'SUCCEEDED',
        amount: 600,
        network: 'STRIPE',
        initiatingPaymentMethodDetails: { type: 'FINANCIAL_ACCOUNT', financialAccount: { id: fa, network: 'STRIPE' } },
        linkedFlows: {
          sourceFlowType: 'credit_reversal',
          sourceFlow: { __typename: 'TreasuryCreditReversal', id: cr.id },
          sourceFlowDetails: { type: 'CREDIT_REVERSAL', creditReversal: { id: cr.id } },
        },
        reversalDetails: { restrictedReason: 'SOURCE_FLOW_RESTRICTED' },
      },
    ]);
    expect(await ledgerViolations(t.database.db, [fa, sender])).toEqual([]);
  });

  it('concurrent reversals of one credit: exactly one succeeds, the others see already_reversed', async () => {
    const rc = await credit({ amount: 700 });
    await settleScheduled(t.database.db);
    const start = await balanceOf(t, fa);
    const results = await Promise.all(Array.from({ length: 6 }, () => reverse(rc)));
    const codes = results.map((r) => r.userErrors[0]?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'invalid_state')).toBe(true);
    await settleScheduled(t.database.db);
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash - 700 });
    expect((await t.ok(List, { fa, receivedCredit: rc })).treasuryCreditReversals.nodes).toHaveLength(1);
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });

  it('refuses what reversal_details forbids: wires, stripe credits not from an OutboundPayment, failed credits, past the deadline', async () => {
    const wire = await credit({ network: 'US_DOMESTIC_WIRE' });
    const viaStripe = (await receiveCreditForTest(t, fa)).id;
    const frozen = await seedFinancialAccount(t);
    expectOk((await t.ok(UpdateFa, { input: { id: frozen, platformRestrictions: { inboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount);
    const failed = await credit({}, frozen);
    const ach = await credit({ amount: 10 });
    const counts = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, fa);
    expect(refusal(await reverse(wire), 'invalid_state')).toMatch(/network_restricted/);
    expect(refusal(await reverse(viaStripe), 'invalid_state')).toMatch(/source_flow_restricted/);
    expect(refusal(await reverse(failed), 'invalid_state')).toMatch(/failed/);
    const { deadline } = (await t.ok(GetRc, { id: ach })).treasuryReceivedCredit!.reversalDetails!;
    vi.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(deadline!) + 1000));
    expect((await t.ok(GetRc, { id: ach })).treasuryReceivedCredit!.reversalDetails).toEqual({ deadline, restrictedReason: 'DEADLINE_PASSED' });
    expect(refusal(await reverse(ach), 'invalid_state')).toMatch(/deadline_passed/);
    vi.restoreAllMocks();
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    expect(await balanceOf(t, fa)).toEqual(balance);
  });

  it('under a test clock, a reversal stays processing (funds held) until the clock passes its ACH submission, then posts at that time (issue 14 #2)', async () => {
    const owner = await t.newAccount();
    const key = owner.testKey;
    const at = (iso: string) => new Date(iso).toISOString();
    // Wednesday 2025-06-04, 10am Central Time: the ACH submission cutoff is 6pm CT (23:00 UTC).
    const clockId = expectOk((await t.ok(ClockCreate, { input: { frozenTime: at('2025-06-04T15:00:00Z') } }, key)).createTestHelpersTestClock)
      .testHelpersTestClock!.id;
    const own = await seedFinancialAccount(t, { key });
    const rc = expectOk(
      (await t.ok(Credit, { input: { amount: 800, currency: 'usd', financialAccount: own, network: 'ACH' } }, key)).testHelpersCreateTreasuryReceivedCredit,
    ).treasuryReceivedCredit!.id;
    const cr = expectOk(await reverse(rc, {}, key)).treasuryCreditReversal!;
    expect(cr).toMatchObject({ status: 'PROCESSING', statusTransitions: { postedAt: null }, transaction: { status: 'OPEN' } });
    const held = { cash: 0, inboundPending: 0, outboundPending: 800 };
    expect(await balanceOf(t, own, key)).toEqual(held);
    const read = async () => (await t.ok(GetCr, { id: cr.id }, key)).treasuryCreditReversal!;
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-04T22:59:59Z') } }, key);
    expect((await read()).status).toBe('PROCESSING');
    expect(await balanceOf(t, own, key)).toEqual(held);
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-05T12:00:00Z') } }, key);
    expect(await read()).toMatchObject({
      status: 'POSTED',
      statusTransitions: { postedAt: at('2025-06-04T23:00:00Z') },
      transaction: { status: 'POSTED', statusTransitions: { postedAt: at('2025-06-04T23:00:00Z') } },
    });
    expect(await balanceOf(t, own, key)).toEqual({ cash: 0, inboundPending: 0, outboundPending: 0 });
    expect(await eventTypesOf(t.database.db, cr.id)).toEqual(['treasury.credit_reversal.created', 'treasury.credit_reversal.posted']);
    expect(await ledgerViolations(t.database.db, [own])).toEqual([]);
    expectOk((await t.ok(ClockDelete, { input: { id: clockId } }, key)).deleteTestHelpersTestClock);
  });

  it('under a test clock, reversal_details say deadline_passed from the clock’s deadline on, as the refusal does (issue 14 #10)', async () => {
    const owner = await t.newAccount();
    const key = owner.testKey;
    const at = (iso: string) => new Date(iso).toISOString();
    // Wednesday 2025-06-04, 10am Central Time: long before real time, so only the clock's time can be right.
    const clockId = expectOk((await t.ok(ClockCreate, { input: { frozenTime: at('2025-06-04T15:00:00Z') } }, key)).createTestHelpersTestClock)
      .testHelpersTestClock!.id;
    const own = await seedFinancialAccount(t, { key });
    const rc = expectOk(
      (await t.ok(Credit, { input: { amount: 900, currency: 'usd', financialAccount: own, network: 'ACH' } }, key)).testHelpersCreateTreasuryReceivedCredit,
    ).treasuryReceivedCredit!.id;
    const read = async () => (await t.ok(GetRc, { id: rc }, key)).treasuryReceivedCredit!.reversalDetails;
    // Stripe's example: created Wednesday → deadline Friday 00:00 UTC.
    const deadline = at('2025-06-06T00:00:00Z');
    expect(await read()).toEqual({ deadline, restrictedReason: null });
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-05T23:59:59Z') } }, key);
    expect(await read()).toEqual({ deadline, restrictedReason: null });
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: deadline } }, key);
    expect(await read()).toEqual({ deadline, restrictedReason: 'DEADLINE_PASSED' });
    const lists = await t.ok(RcList, { fa: own }, key);
    expect(lists.treasuryReceivedCredits.nodes).toEqual([{ id: rc, reversalDetails: { deadline, restrictedReason: 'DEADLINE_PASSED' } }]);
    expect(lists.treasuryFinancialAccount!.receivedCredits.nodes).toEqual([{ id: rc, reversalDetails: { restrictedReason: 'DEADLINE_PASSED' } }]);
    const counts = await receivedFlowCounts(t.database.db);
    expect(refusal(await reverse(rc, {}, key), 'invalid_state')).toMatch(/deadline_passed/);
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    // Without the clock the account is back on real time, which is past the deadline as well.
    expectOk((await t.ok(ClockDelete, { input: { id: clockId } }, key)).deleteTestHelpersTestClock);
    expect(await read()).toEqual({ deadline, restrictedReason: 'DEADLINE_PASSED' });
  });

  it('refuses when the account cannot send the money (outbound restricted, insufficient cash) and on bad input; nothing written', async () => {
    const own = await seedFinancialAccount(t);
    const rc = await credit({ amount: 500 }, own);
    // Spend the credit, so the reversal cannot be covered.
    expect(
      expectOk((await t.ok(Debit, { input: { amount: 200, currency: 'usd', financialAccount: own, network: 'ACH' } })).testHelpersCreateTreasuryReceivedDebit)
        .treasuryReceivedDebit!.status,
    ).toBe('SUCCEEDED');
    const counts = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, own);
    expectUserError(await reverse(rc), 'insufficient_funds');
    expectUserError(await reverse(rc, { metadata: { k: 'x'.repeat(501) } }), 'metadata_value_too_long');
    expect(expectUserError(await reverse('rc_doesnotexist000000000000'), 'resource_missing').field).toEqual(['receivedCredit']);
    expectUserError(await reverse('rd_doesnotexist000000000000'), 'resource_missing');
    const other = await t.newAccount();
    expectUserError(await reverse(rc, {}, other.testKey), 'resource_missing');
    expectUserError(await reverse(rc, {}, t.account.liveKey), 'resource_missing');
    const restricted = await seedFinancialAccount(t);
    const rc2 = await credit({ amount: 50 }, restricted);
    expectOk((await t.ok(UpdateFa, { input: { id: restricted, platformRestrictions: { outboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount);
    const counts2 = await receivedFlowCounts(t.database.db);
    expectUserError(await reverse(rc2), 'financial_account_restricted');
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts2);
    expect((await receivedFlowCounts(t.database.db)).creditReversals).toBe(counts.creditReversals);
    expect(await balanceOf(t, own)).toEqual(balance);
    expect((await t.ok(GetRc, { id: rc })).treasuryReceivedCredit!).toMatchObject({
      linkedFlows: { creditReversal: null },
      reversalDetails: { restrictedReason: null },
    });
  });
});
