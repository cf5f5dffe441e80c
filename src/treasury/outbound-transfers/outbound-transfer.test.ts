import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clock } from '../../kernel/clock.js';
import { submissionTime } from '../shared/arrival.js';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount, seedPaymentMethod } from '../../../test/support/seed.js';
import { ledgerViolations } from '../../ledger/invariants.js';

const Obt = `id status amount currency cancelable statementDescriptor expectedArrivalDate
  statusTransitions { postedAt failedAt canceledAt returnedAt }
  returnedDetails { code transaction { id status amount balanceImpact { cash inboundPending outboundPending } flowType } }
  trackingDetails { type ach { traceId } }
  transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }
    statusTransitions { postedAt voidAt }
    entries(first: 10) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }
  destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } billingDetails { name } }`;

const Create = graphql(`
  mutation ObtCreate($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) {
      treasuryOutboundTransfer { id status amount currency cancelable statementDescriptor expectedArrivalDate
        statusTransitions { postedAt failedAt canceledAt returnedAt }
        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 10) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }
        destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } billingDetails { name } } }
      userErrors { code type message field }
    }
  }
`);
const Post = graphql(`
  mutation ObtPost($input: TestHelpersPostTreasuryOutboundTransferInput!) {
    testHelpersPostTreasuryOutboundTransfer(input: $input) {
      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt } transaction { status statusTransitions { postedAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }
      userErrors { code message }
    }
  }
`);
const Fail = graphql(`
  mutation ObtFail($input: TestHelpersFailTreasuryOutboundTransferInput!) {
    testHelpersFailTreasuryOutboundTransfer(input: $input) {
      treasuryOutboundTransfer { id status statusTransitions { failedAt } transaction { status statusTransitions { voidAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }
      userErrors { code message }
    }
  }
`);
const Cancel = graphql(`
  mutation ObtCancel($input: CancelTreasuryOutboundTransferInput!) {
    cancelTreasuryOutboundTransfer(input: $input) {
      treasuryOutboundTransfer { id status cancelable statusTransitions { canceledAt } transaction { status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }
      userErrors { code message }
    }
  }
`);
const Return = graphql(`
  mutation ObtReturn($input: TestHelpersReturnTreasuryOutboundTransferInput!) {
    testHelpersReturnTreasuryOutboundTransfer(input: $input) {
      treasuryOutboundTransfer { id status statusTransitions { postedAt returnedAt }
        returnedDetails { code transaction { id status amount flowType balanceImpact { cash outboundPending } entries(first: 5) { nodes { type } } } }
        transaction { status } }
      userErrors { code message }
    }
  }
`);
const Track = graphql(`
  mutation ObtTrack($input: TestHelpersUpdateTreasuryOutboundTransferInput!) {
    testHelpersUpdateTreasuryOutboundTransfer(input: $input) {
      treasuryOutboundTransfer { id trackingDetails { type ach { traceId } } }
      userErrors { code message field }
    }
  }
`);
const CreateFull = graphql(`
  mutation ObtCreateFull($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) {
      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt failedAt }
        transaction { description status balanceImpact { cash outboundPending } }
        destinationPaymentMethodDetails { type financialAccount { id network } billingDetails { name address { line1 city postalCode country } } usBankAccount { network } } }
      userErrors { code message field }
    }
  }
`);
const Received = graphql(`query ObtReceived($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa) { nodes { id amount status network } } }`);
const Events = graphql(`query ObtEvents { events(first: 100, type: "treasury.outbound_transfer.*") { nodes { type data { object } } } }`);
const Updated = graphql(
  `subscription ObtUpdated($id: ID!) { treasuryOutboundTransferUpdated(id: $id) { id status statusTransitions { postedAt returnedAt } } }`,
);
void Obt;
const ObtRead = graphql(`query ObtCancelable($id: ID!) { treasuryOutboundTransfer(id: $id) { id status cancelable created } }`);
const ObtClockCreate = graphql(`
  mutation ObtClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }
`);
const ObtClockAdvance = graphql(`
  mutation ObtClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } } }
`);

let t: TestApp;
let fa: string;
let pm: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
  pm = await seedPaymentMethod(t);
  await fundForTest(t, fa, 100_000);
});
afterAll(() => t?.close());

const create = async (amount: number, extra: Record<string, unknown> = {}) =>
  (await t.ok(Create, { input: { amount, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm, ...extra } as never }))
    .createTreasuryOutboundTransfer;

describe('TreasuryOutboundTransfer', () => {
  it('create holds the amount: cash → outbound_pending, Transaction open with one entry', async () => {
    const before = await balanceOf(t, fa);
    const obt = expectOk(await create(1000)).treasuryOutboundTransfer!;
    expect(obt).toMatchObject({ status: 'PROCESSING', amount: 1000, cancelable: true, statementDescriptor: 'transfer' });
    expect(obt.transaction).toMatchObject({
      status: 'OPEN',
      amount: -1000,
      flowType: 'OUTBOUND_TRANSFER',
      balanceImpact: { cash: -1000, inboundPending: 0, outboundPending: 1000 },
    });
    expect(obt.transaction.entries.nodes).toEqual([{ type: 'OUTBOUND_TRANSFER', balanceImpact: { cash: -1000, inboundPending: 0, outboundPending: 1000 } }]);
    expect(obt.destinationPaymentMethodDetails).toEqual({
      type: 'US_BANK_ACCOUNT',
      usBankAccount: { last4: '6789', routingNumber: '110000000', network: 'ACH', bankName: 'STRIPE TEST BANK' },
      billingDetails: { name: 'Jenny Rosen' },
    });
    expect(new Date(obt.expectedArrivalDate).getUTCHours()).toBe(0);
    expect(await balanceOf(t, fa)).toEqual({ cash: before.cash - 1000, inboundPending: 0, outboundPending: before.outboundPending + 1000 });
  });

  it('processing → posted → returned, seen in order by a websocket subscriber, ledger right after each step', async () => {
    const obt = expectOk(await create(2500)).treasuryOutboundTransfer!;
    const sub = await t.subscribe(Updated, { id: obt.id });
    const start = await balanceOf(t, fa);

    const posted = expectOk((await t.ok(Post, { input: { id: obt.id } })).testHelpersPostTreasuryOutboundTransfer).treasuryOutboundTransfer!;
    expect(posted).toMatchObject({
      status: 'POSTED',
      cancelable: false,
      transaction: { status: 'POSTED', balanceImpact: { cash: -2500, outboundPending: 0 } },
    });
    expect(posted.transaction.entries.nodes.map((e) => e.type)).toEqual(['OUTBOUND_TRANSFER_POSTING', 'OUTBOUND_TRANSFER']);
    expect(await balanceOf(t, fa)).toEqual({ cash: start.cash, inboundPending: 0, outboundPending: start.outboundPending - 2500 });
    expectUserError((await t.ok(Post, { input: { id: obt.id } })).testHelpersPostTreasuryOutboundTransfer, 'invalid_state');
    expectUserError((await t.ok(Cancel, { input: { id: obt.id } })).cancelTreasuryOutboundTransfer, 'invalid_state');
    expectUserError((await t.ok(Fail, { input: { id: obt.id } })).testHelpersFailTreasuryOutboundTransfer, 'invalid_state');

    const returned = expectOk(
      (await t.ok(Return, { input: { id: obt.id, returnedDetails: { code: 'ACCOUNT_CLOSED' } } })).testHelpersReturnTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    expect(returned.status).toBe('RETURNED');
    expect(returned.returnedDetails).toMatchObject({
      code: 'ACCOUNT_CLOSED',
      transaction: {
        status: 'POSTED',
        amount: 2500,
        flowType: 'OUTBOUND_TRANSFER',
        balanceImpact: { cash: 2500, outboundPending: 0 },
        entries: { nodes: [{ type: 'OUTBOUND_TRANSFER_RETURN' }] },
      },
    });
    expect(returned.transaction.status).toBe('POSTED');
    expect(await balanceOf(t, fa)).toEqual({ cash: start.cash + 2500, inboundPending: 0, outboundPending: start.outboundPending - 2500 });
    expectUserError((await t.ok(Return, { input: { id: obt.id } })).testHelpersReturnTreasuryOutboundTransfer, 'invalid_state');

    const seen = await sub.waitFor(2);
    expect(seen.map((s) => s.treasuryOutboundTransferUpdated.status)).toEqual(['POSTED', 'RETURNED']);
    sub.dispose();
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });

  it('return from processing passes through posted; the default code is declined', async () => {
    const obt = expectOk(await create(300)).treasuryOutboundTransfer!;
    const r = expectOk((await t.ok(Return, { input: { id: obt.id } })).testHelpersReturnTreasuryOutboundTransfer).treasuryOutboundTransfer!;
    expect(r.status).toBe('RETURNED');
    expect(r.returnedDetails!.code).toBe('DECLINED');
    expect(r.statusTransitions.postedAt).not.toBeNull();
    expect(r.statusTransitions.returnedAt).not.toBeNull();
    expect(r.transaction.status).toBe('POSTED');
    // Stripe announces the posting before the return, in order.
    const types = (await t.ok(Events)).events.nodes
      .filter((e) => (e.data.object as { id: string }).id === obt.id)
      .map((e) => e.type)
      .reverse();
    expect(types).toEqual(['treasury.outbound_transfer.created', 'treasury.outbound_transfer.posted', 'treasury.outbound_transfer.returned']);
  });

  it('cancel and fail void the Transaction and give the cash back', async () => {
    const start = await balanceOf(t, fa);
    const a = expectOk(await create(700)).treasuryOutboundTransfer!;
    const canceled = expectOk((await t.ok(Cancel, { input: { id: a.id } })).cancelTreasuryOutboundTransfer).treasuryOutboundTransfer!;
    expect(canceled).toMatchObject({ status: 'CANCELED', cancelable: false, transaction: { status: 'VOID', balanceImpact: { cash: 0, outboundPending: 0 } } });
    expect(canceled.transaction.entries.nodes.map((e) => e.type)).toEqual(['OUTBOUND_TRANSFER_CANCELLATION', 'OUTBOUND_TRANSFER']);
    const b = expectOk(await create(800)).treasuryOutboundTransfer!;
    const failed = expectOk((await t.ok(Fail, { input: { id: b.id } })).testHelpersFailTreasuryOutboundTransfer).treasuryOutboundTransfer!;
    expect(failed).toMatchObject({ status: 'FAILED', transaction: { status: 'VOID', balanceImpact: { cash: 0, outboundPending: 0 } } });
    expect(failed.statusTransitions.failedAt).not.toBeNull();
    expect(await balanceOf(t, fa)).toEqual(start);
    for (const id of [a.id, b.id]) {
      expectUserError((await t.ok(Post, { input: { id } })).testHelpersPostTreasuryOutboundTransfer, 'invalid_state');
      expectUserError((await t.ok(Return, { input: { id } })).testHelpersReturnTreasuryOutboundTransfer, 'invalid_state');
      expectUserError(
        (await t.ok(Track, { input: { id, trackingDetails: { type: 'ACH', ach: { traceId: 'T1' } } } })).testHelpersUpdateTreasuryOutboundTransfer,
        'invalid_state',
      );
    }
  });

  it('tracking details: only once, only after submission, matching the network', async () => {
    const obt = expectOk(await create(100)).treasuryOutboundTransfer!;
    expectUserError(
      (await t.ok(Track, { input: { id: obt.id, trackingDetails: { type: 'ACH', ach: { traceId: 'T1' } } } })).testHelpersUpdateTreasuryOutboundTransfer,
      'invalid_state',
    );
    await t.ok(Post, { input: { id: obt.id } });
    expectUserError(
      (await t.ok(Track, { input: { id: obt.id, trackingDetails: { type: 'US_DOMESTIC_WIRE', usDomesticWire: { imad: 'X' } } } }))
        .testHelpersUpdateTreasuryOutboundTransfer,
      'parameter_invalid',
    );
    const tracked = expectOk(
      (await t.ok(Track, { input: { id: obt.id, trackingDetails: { type: 'ACH', ach: { traceId: '123456789' } } } })).testHelpersUpdateTreasuryOutboundTransfer,
    );
    expect(tracked.treasuryOutboundTransfer!.trackingDetails).toEqual({ type: 'ACH', ach: { traceId: '123456789' } });
    expectUserError(
      (await t.ok(Track, { input: { id: obt.id, trackingDetails: { type: 'ACH', ach: { traceId: '2' } } } })).testHelpersUpdateTreasuryOutboundTransfer,
      'tracking_details_already_set',
    );
    const types = (await t.ok(Events)).events.nodes.filter((e) => (e.data.object as { id: string }).id === obt.id).map((e) => e.type);
    expect(types).toEqual(['treasury.outbound_transfer.tracking_details_updated', 'treasury.outbound_transfer.posted', 'treasury.outbound_transfer.created']);
  });

  it('refuses bad input and writes nothing', async () => {
    const count = async () =>
      Number(
        ((await t.database.db.execute('select count(*)::int as n from treasury_outbound_transfers' as never)) as any).rows?.[0]?.n ??
          ((await t.database.db.execute('select count(*)::int as n from treasury_outbound_transfers' as never)) as any)[0].n,
      );
    const before = await count();
    const balance = await balanceOf(t, fa);
    expectUserError(await create(0), 'amount_too_small');
    expectUserError(await create(-5), 'amount_too_small');
    expectUserError(await create(100_000_000_00), 'amount_too_large');
    expectUserError(await create(1_000_000), 'insufficient_funds');
    expectUserError(await create(100, { statementDescriptor: 'elevenchars' }), 'statement_descriptor_too_long');
    expectUserError(await create(100, { currency: 'eur' }), 'currency_not_supported');
    expectUserError(await create(100, { destinationPaymentMethod: 'pm_doesnotexist000000000000' }), 'resource_missing');
    expectUserError(await create(100, { financialAccount: 'fa_doesnotexist000000000000' }), 'resource_missing');
    const other = await t.newAccount();
    const foreignPm = await seedPaymentMethod(t, { key: other.testKey });
    expectUserError(await create(100, { destinationPaymentMethod: foreignPm }), 'resource_missing');
    const live = await t.gql(Post, { input: { id: 'obt_doesnotexist000000000000' } }, t.account.liveKey);
    expectUserError(live.data!.testHelpersPostTreasuryOutboundTransfer, 'livemode_mismatch');
    const nonInteger = await t.gql(Create, { input: { amount: 1.5, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } });
    expect(nonInteger.errors?.[0]?.message).toMatch(/SafeInt/);
    expect(await count()).toBe(before);
    expect(await balanceOf(t, fa)).toEqual(balance);
  });

  it("the Transaction's description has Stripe's form: counterparty (last4) | Outbound transfer | statement descriptor", async () => {
    const obt = expectOk(
      (await t.ok(CreateFull, { input: { amount: 100, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } })).createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    expect(obt.transaction.description).toBe('Jenny Rosen (6789) | Outbound transfer | transfer');
  });

  it('to another FinancialAccount of the owner (destinationPaymentMethodData): stripe network, posts at once, the receiver gets a ReceivedCredit', async () => {
    const to = await seedFinancialAccount(t);
    const start = await balanceOf(t, fa);
    const input = { amount: 1200, currency: 'usd', financialAccount: fa, destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: to } };
    const obt = expectOk((await t.ok(CreateFull, { input: input as never })).createTreasuryOutboundTransfer).treasuryOutboundTransfer!;
    expect(obt).toMatchObject({ status: 'POSTED', cancelable: false, transaction: { status: 'POSTED', balanceImpact: { cash: -1200, outboundPending: 0 } } });
    expect(obt.destinationPaymentMethodDetails).toMatchObject({ type: 'FINANCIAL_ACCOUNT', financialAccount: { id: to, network: 'STRIPE' } });
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash - 1200 });
    expect(await balanceOf(t, to)).toEqual({ cash: 1200, inboundPending: 0, outboundPending: 0 });
    expect((await t.ok(Received, { fa: to })).treasuryReceivedCredits.nodes).toEqual([
      { id: expect.stringMatching(/^rc_/), amount: 1200, status: 'SUCCEEDED', network: 'STRIPE' },
    ]);
    // A receiver that declines (closed) fails the transfer; the money stays with the sender.
    const closed = await seedFinancialAccount(t);
    await t.database.db.execute(`update treasury_financial_accounts set status = 'closed' where id = '${closed}'` as never);
    const declined = expectOk(
      (await t.ok(CreateFull, { input: { ...input, destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: closed } } as never }))
        .createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    expect(declined).toMatchObject({ status: 'FAILED', transaction: { status: 'VOID', balanceImpact: { cash: 0, outboundPending: 0 } } });
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash - 1200 });
    // Refusals: both destinations, the same account, an account of another owner.
    expectUserError(
      (await t.ok(CreateFull, { input: { ...input, destinationPaymentMethod: pm } as never })).createTreasuryOutboundTransfer,
      'parameter_invalid',
    );
    expectUserError(
      (await t.ok(CreateFull, { input: { ...input, destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: fa } } as never }))
        .createTreasuryOutboundTransfer,
      'parameter_invalid',
    );
    const other = await t.newAccount();
    const foreign = await seedFinancialAccount(t, { key: other.testKey });
    expectUserError(
      (await t.ok(CreateFull, { input: { ...input, destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: foreign } } as never }))
        .createTreasuryOutboundTransfer,
      'resource_missing',
    );
    expect(await ledgerViolations(t.database.db, [fa, to])).toEqual([]);
  });

  it("a wire to a bank account without a complete billing address carries the platform's address (Stripe defaults to the platform's legal entity)", async () => {
    const bare = await seedPaymentMethod(t, { billingDetails: { name: 'No Address' } });
    const wire = { usBankAccount: { network: 'US_DOMESTIC_WIRE' } };
    const a = expectOk(
      (
        await t.ok(CreateFull, {
          input: { amount: 100, currency: 'usd', financialAccount: fa, destinationPaymentMethod: bare, destinationPaymentMethodOptions: wire } as never,
        })
      ).createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    expect(a.destinationPaymentMethodDetails.billingDetails).toEqual({
      name: 'No Address',
      address: { line1: '354 Oyster Point Blvd', city: 'South San Francisco', postalCode: '94080', country: 'US' },
    });
    const b = expectOk(
      (
        await t.ok(CreateFull, {
          input: { amount: 100, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm, destinationPaymentMethodOptions: wire } as never,
        })
      ).createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    expect(b.destinationPaymentMethodDetails.billingDetails.address).toEqual({ line1: '1 Main St', city: 'Austin', postalCode: '78701', country: 'US' });
  });

  it('cancelable turns false once the transfer is submitted to the network (its cutoff), and cancel is then refused (issue 14, item 6)', async () => {
    const owner = await t.newAccount();
    const key = owner.testKey;
    // Wednesday 2025-06-04, 10am Central Time: ACH is submitted at 6pm CT (23:00 UTC).
    const clockId = expectOk((await t.ok(ObtClockCreate, { input: { frozenTime: '2025-06-04T15:00:00.000Z' } }, key)).createTestHelpersTestClock)
      .testHelpersTestClock!.id;
    const own = await seedFinancialAccount(t, { key });
    await fundForTest(t, own, 10_000, owner);
    const dest = await seedPaymentMethod(t, { key });
    const transfer = async () =>
      expectOk(
        (await t.ok(Create, { input: { amount: 100, currency: 'usd', financialAccount: own, destinationPaymentMethod: dest } }, key))
          .createTreasuryOutboundTransfer,
      ).treasuryOutboundTransfer!;
    const [a, b] = [await transfer(), await transfer()];
    expect(a.cancelable).toBe(true);
    const cancelIt = async (id: string, k?: string) => (await t.ok(Cancel, { input: { id } }, k)).cancelTreasuryOutboundTransfer;
    await t.ok(ObtClockAdvance, { input: { id: clockId, frozenTime: '2025-06-04T22:59:59.000Z' } }, key);
    expect(expectOk(await cancelIt(a.id, key)).treasuryOutboundTransfer!.status).toBe('CANCELED');
    await t.ok(ObtClockAdvance, { input: { id: clockId, frozenTime: '2025-06-04T23:00:01.000Z' } }, key);
    expect((await t.ok(ObtRead, { id: b.id }, key)).treasuryOutboundTransfer).toMatchObject({ status: 'PROCESSING', cancelable: false });
    expectUserError(await cancelIt(b.id, key), 'not_cancelable');

    // Real time: past the cutoff after its creation, the same.
    const now = expectOk(await create(100)).treasuryOutboundTransfer!;
    const created = (await t.ok(ObtRead, { id: now.id })).treasuryOutboundTransfer!.created;
    vi.spyOn(clock, 'now').mockReturnValue(new Date(submissionTime('ach', new Date(created)).getTime() + 1000));
    try {
      expect((await t.ok(ObtRead, { id: now.id })).treasuryOutboundTransfer!.cancelable).toBe(false);
      expectUserError(await cancelIt(now.id), 'not_cancelable');
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('50 concurrent creates against an account that affords 10: exactly 10 succeed, cash never negative', async () => {
    const poor = await seedFinancialAccount(t);
    await fundForTest(t, poor, 10_000);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => t.ok(Create, { input: { amount: 1000, currency: 'usd', financialAccount: poor, destinationPaymentMethod: pm } })),
    );
    const codes = results.map((r) => r.createTreasuryOutboundTransfer.userErrors[0]?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(10);
    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'insufficient_funds')).toBe(true);
    expect(await balanceOf(t, poor)).toEqual({ cash: 0, inboundPending: 0, outboundPending: 10_000 });
    expect(await ledgerViolations(t.database.db, [poor])).toEqual([]);
  });
});
