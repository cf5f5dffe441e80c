import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clock } from '../../kernel/clock.js';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { ALL_FEATURES, balanceOf, fundForTest, seedFinancialAccount, seedPaymentMethod } from '../../../test/support/seed.js';
import { isEnumType, isObjectType } from 'graphql';
import { schema } from '../../graphql/schema.js';
import { shapeOf, specOf } from '../../layer/spec.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { expectedArrivalDate, submissionTime } from '../shared/arrival.js';

graphql(`
  fragment ObpFields on TreasuryOutboundPayment {
    id status amount currency cancelable statementDescriptor expectedArrivalDate created metadata
    customer { id }
    financialAccount { id }
    destinationPaymentMethod { id customer { id } usBankAccount { last4 routingNumber } }
    destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } financialAccount { id network } billingDetails { name } }
    endUserDetails { present ipAddress }
    statusTransitions { postedAt failedAt canceledAt returnedAt }
    returnedDetails { code transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }
    trackingDetails { type ach { traceId } usDomesticWire { imad } }
    transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt }
      flow { __typename ... on TreasuryOutboundPayment { id } }
      entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }
  }
`);
const Create = graphql(`
  mutation ObpCreate($input: CreateTreasuryOutboundPaymentInput!) {
    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code type message field } }
  }
`);
const Post = graphql(`
  mutation ObpPost($input: TestHelpersPostTreasuryOutboundPaymentInput!) {
    testHelpersPostTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }
  }
`);
const Fail = graphql(`
  mutation ObpFail($input: TestHelpersFailTreasuryOutboundPaymentInput!) {
    testHelpersFailTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }
  }
`);
const Cancel = graphql(`
  mutation ObpCancel($input: CancelTreasuryOutboundPaymentInput!) {
    cancelTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }
  }
`);
const Return = graphql(`
  mutation ObpReturn($input: TestHelpersReturnTreasuryOutboundPaymentInput!) {
    testHelpersReturnTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }
  }
`);
const Track = graphql(`
  mutation ObpTrack($input: TestHelpersUpdateTreasuryOutboundPaymentInput!) {
    testHelpersUpdateTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }
  }
`);
const Retrieve = graphql(`
  query ObpRetrieve($id: ID!) {
    treasuryOutboundPayment(id: $id) { ...ObpFields }
    node(id: $id) { __typename id }
  }
`);
const List = graphql(`
  query ObpList($fa: ID!, $customer: ID, $status: TreasuryOutboundPaymentStatus, $created: DateTimeRange) {
    treasuryOutboundPayments(financialAccount: $fa, customer: $customer, status: $status, created: $created, first: 10) { nodes { id status } pageInfo { hasNextPage } }
    treasuryFinancialAccount(id: $fa) { outboundPayments(customer: $customer, status: $status, first: 10) { nodes { id } } }
  }
`);
const CreateCustomer = graphql(`
  mutation ObpCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }
`);
const ReceiverCredits = graphql(`
  query ObpReceiverCredits($fa: ID!) {
    treasuryReceivedCredits(financialAccount: $fa, first: 10) { nodes { status amount network
      initiatingPaymentMethodDetails { type financialAccount { id network } }
      linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryOutboundPayment { id } } }
      transaction { status balanceImpact { cash inboundPending outboundPending } } } }
  }
`);
const Events = graphql(`query ObpEvents { events(first: 100, type: "treasury.outbound_payment.*") { nodes { type data { object } } } }`);
const Receipt = graphql(`query ObpReceipt($id: ID!) { treasuryOutboundPayment(id: $id) { hostedRegulatoryReceiptUrl transaction { description } } }`);
const EventsJson = graphql(`query ObpEventsJson { events(first: 100, type: "treasury.outbound_payment.created") { nodes { type data { object } } } }`);
const ClockCreate = graphql(`
  mutation ObpClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }
`);
const ClockAdvance = graphql(`
  mutation ObpClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }
`);
const ClockDelete = graphql(`
  mutation ObpClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }
`);
const Updated = graphql(
  `subscription ObpUpdated($id: ID!) { treasuryOutboundPaymentUpdated(id: $id) { id status cancelable statusTransitions { postedAt returnedAt } } }`,
);
const EventStream = graphql(`subscription ObpEventStream($types: [String!]) { events(types: $types) { type data { object } } }`);

let t: TestApp;
let fa: string; // pays everything below; funded with 100_000
let fa2: string; // another FinancialAccount of the same account (stripe-network destination)
let cus: string;
let cus2: string;
let pmOfCus: string; // attached to cus
let pm: string; // attached to no customer

beforeAll(async () => {
  t = await startTestApp();
  [fa, fa2] = [await seedFinancialAccount(t), await seedFinancialAccount(t)];
  cus = (await t.ok(CreateCustomer, { input: { name: 'Payee One' } })).createCustomer.customer!.id;
  cus2 = (await t.ok(CreateCustomer, { input: { name: 'Payee Two' } })).createCustomer.customer!.id;
  pmOfCus = await seedPaymentMethod(t, { customer: cus });
  pm = await seedPaymentMethod(t, { accountNumber: '000987654321' });
  await fundForTest(t, fa, 100_000);
});
afterAll(() => t?.close());

type Input = Record<string, unknown>;
const create = async (amount: number, extra: Input = {}) =>
  (await t.ok(Create, { input: { amount, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pmOfCus, customer: cus, ...extra } as never }))
    .createTreasuryOutboundPayment;
const created = async (amount: number, extra: Input = {}) => expectOk(await create(amount, extra)).treasuryOutboundPayment!;
const post = async (id: string) => (await t.ok(Post, { input: { id } })).testHelpersPostTreasuryOutboundPayment;
const fail = async (id: string) => (await t.ok(Fail, { input: { id } })).testHelpersFailTreasuryOutboundPayment;
const cancel = async (id: string) => (await t.ok(Cancel, { input: { id } })).cancelTreasuryOutboundPayment;
const ret = async (id: string, code?: string) =>
  (await t.ok(Return, { input: { id, ...(code ? { returnedDetails: { code: code as never } } : {}) } })).testHelpersReturnTreasuryOutboundPayment;
const track = async (id: string, trackingDetails: Input) =>
  (await t.ok(Track, { input: { id, trackingDetails: trackingDetails as never } })).testHelpersUpdateTreasuryOutboundPayment;
const eventsOf = async (id: string) =>
  (await t.ok(Events)).events.nodes
    .filter((e) => (e.data.object as { id: string }).id === id)
    .map((e) => e.type)
    .reverse();
const count = async (table: string) => {
  const r = (await t.database.db.execute(`select count(*)::int as n from ${table}` as never)) as unknown as { rows?: { n: number }[] } & { n: number }[];
  return Number((r.rows ?? r)[0]!.n);
};
/** Everything a create could write: rows of each table, and the paying account's balance. */
const written = async (financialAccount = fa) => ({
  payments: await count('treasury_outbound_payments'),
  paymentMethods: await count('payment_methods'),
  transactions: await count('treasury_transactions'),
  entries: await count('treasury_transaction_entries'),
  events: await count('events'),
  balance: await balanceOf(t, financialAccount),
});
const impactOf = (cash: number, outboundPending: number) => ({ cash, inboundPending: 0, outboundPending });

describe('TreasuryOutboundPayment', () => {
  it('create holds the amount: cash → outbound_pending, an open Transaction with one entry, created event', async () => {
    const before = await balanceOf(t, fa);
    const obp = await created(1000, { endUserDetails: { present: true, ipAddress: '203.0.113.7' }, metadata: { order: '42' }, description: 'Invoice 42' });
    expect(obp).toMatchObject({
      status: 'PROCESSING',
      amount: 1000,
      currency: 'usd',
      cancelable: true,
      statementDescriptor: 'payment',
      metadata: { order: '42' },
      customer: { id: cus },
      financialAccount: { id: fa },
      destinationPaymentMethod: { id: pmOfCus },
      endUserDetails: { present: true, ipAddress: '203.0.113.7' },
      statusTransitions: { postedAt: null, failedAt: null, canceledAt: null, returnedAt: null },
      returnedDetails: null,
      trackingDetails: null,
    });
    expect(obp.id).toMatch(/^obp_/);
    expect(obp.destinationPaymentMethodDetails).toEqual({
      type: 'US_BANK_ACCOUNT',
      usBankAccount: { last4: '6789', routingNumber: '110000000', network: 'ACH', bankName: 'STRIPE TEST BANK' },
      financialAccount: null,
      billingDetails: { name: 'Jenny Rosen' },
    });
    expect(obp.transaction).toMatchObject({
      status: 'OPEN',
      amount: -1000,
      flowType: 'OUTBOUND_PAYMENT',
      balanceImpact: impactOf(-1000, 1000),
      flow: { __typename: 'TreasuryOutboundPayment', id: obp.id },
    });
    expect(obp.transaction.entries.nodes).toEqual([{ type: 'OUTBOUND_PAYMENT', flowType: 'OUTBOUND_PAYMENT', balanceImpact: impactOf(-1000, 1000) }]);
    expect(new Date(obp.expectedArrivalDate).getUTCHours()).toBe(0);
    expect(await balanceOf(t, fa)).toEqual({ cash: before.cash - 1000, inboundPending: 0, outboundPending: before.outboundPending + 1000 });
    expect(await eventsOf(obp.id)).toEqual(['treasury.outbound_payment.created']);

    const got = await t.ok(Retrieve, { id: obp.id });
    expect(got.treasuryOutboundPayment).toEqual(obp);
    expect(got.node).toEqual({ __typename: 'TreasuryOutboundPayment', id: obp.id });
    // Without endUserDetails, Stripe reports { present: false, ip_address: null }.
    const plain = await created(10);
    expect(plain.endUserDetails).toEqual({ present: false, ipAddress: null });
  });

  it('processing → posted → returned: ledger after each step, refusals, and websocket subscribers see every step', async () => {
    const stream = await t.subscribe(EventStream, { types: ['treasury.outbound_payment.*'] });
    const obp = await created(2500);
    const sub = await t.subscribe(Updated, { id: obp.id });
    const start = await balanceOf(t, fa);

    const posted = expectOk(await post(obp.id)).treasuryOutboundPayment!;
    expect(posted).toMatchObject({ status: 'POSTED', cancelable: false, transaction: { status: 'POSTED', amount: -2500, balanceImpact: impactOf(-2500, 0) } });
    expect(posted.statusTransitions.postedAt).not.toBeNull();
    expect(posted.transaction.statusTransitions.postedAt).not.toBeNull();
    expect(posted.transaction.entries.nodes).toEqual([
      { type: 'OUTBOUND_PAYMENT_POSTING', flowType: 'OUTBOUND_PAYMENT', balanceImpact: impactOf(0, -2500) },
      { type: 'OUTBOUND_PAYMENT', flowType: 'OUTBOUND_PAYMENT', balanceImpact: impactOf(-2500, 2500) },
    ]);
    expect(await balanceOf(t, fa)).toEqual({ cash: start.cash, inboundPending: 0, outboundPending: start.outboundPending - 2500 });
    const afterPost = await t.ok(Retrieve, { id: obp.id });
    expectUserError(await post(obp.id), 'invalid_state');
    expectUserError(await cancel(obp.id), 'invalid_state');
    expectUserError(await fail(obp.id), 'invalid_state');
    expect((await t.ok(Retrieve, { id: obp.id })).treasuryOutboundPayment).toEqual(afterPost.treasuryOutboundPayment);

    const returned = expectOk(await ret(obp.id, 'ACCOUNT_CLOSED')).treasuryOutboundPayment!;
    expect(returned).toMatchObject({ status: 'RETURNED', cancelable: false, transaction: { status: 'POSTED', balanceImpact: impactOf(-2500, 0) } });
    expect(returned.statusTransitions.returnedAt).not.toBeNull();
    expect(returned.returnedDetails).toMatchObject({
      code: 'ACCOUNT_CLOSED',
      transaction: {
        status: 'POSTED',
        amount: 2500,
        flowType: 'OUTBOUND_PAYMENT',
        balanceImpact: impactOf(2500, 0),
        entries: { nodes: [{ type: 'OUTBOUND_PAYMENT_RETURN', balanceImpact: impactOf(2500, 0) }] },
      },
    });
    expect(returned.returnedDetails!.transaction.id).not.toBe(returned.transaction.id);
    expect(await balanceOf(t, fa)).toEqual({ cash: start.cash + 2500, inboundPending: 0, outboundPending: start.outboundPending - 2500 });
    for (const refused of [await ret(obp.id), await post(obp.id), await cancel(obp.id), await fail(obp.id)]) expectUserError(refused, 'invalid_state');

    const seen = await sub.waitFor(2);
    expect(seen.map((s) => [s.treasuryOutboundPaymentUpdated.status, s.treasuryOutboundPaymentUpdated.cancelable])).toEqual([
      ['POSTED', false],
      ['RETURNED', false],
    ]);
    const events = (await stream.waitFor(3)).map((e) => [e.events.type, (e.events.data.object as { status: string }).status]);
    expect(events).toEqual([
      ['treasury.outbound_payment.created', 'processing'],
      ['treasury.outbound_payment.posted', 'posted'],
      ['treasury.outbound_payment.returned', 'returned'],
    ]);
    sub.dispose();
    stream.dispose();
    expect(await eventsOf(obp.id)).toEqual(['treasury.outbound_payment.created', 'treasury.outbound_payment.posted', 'treasury.outbound_payment.returned']);
  });

  it('return from processing passes through posted; the default code is declined', async () => {
    const start = await balanceOf(t, fa);
    const obp = await created(300);
    const r = expectOk(await ret(obp.id)).treasuryOutboundPayment!;
    expect(r.status).toBe('RETURNED');
    expect(r.returnedDetails!.code).toBe('DECLINED');
    expect(r.statusTransitions.postedAt).not.toBeNull();
    expect(r.statusTransitions.returnedAt).not.toBeNull();
    expect(r.transaction.status).toBe('POSTED');
    expect(r.transaction.entries.nodes.map((e) => e.type)).toEqual(['OUTBOUND_PAYMENT_POSTING', 'OUTBOUND_PAYMENT']);
    expect(r.returnedDetails!.transaction.entries.nodes.map((e) => e.type)).toEqual(['OUTBOUND_PAYMENT_RETURN']);
    expect(await balanceOf(t, fa)).toEqual(start);
    // Issue 14 item 9: the payment passes through posted, and says so, before it is returned.
    expect(await eventsOf(obp.id)).toEqual(['treasury.outbound_payment.created', 'treasury.outbound_payment.posted', 'treasury.outbound_payment.returned']);
  });

  it('cancel and fail void the Transaction and give the cash back; nothing moves them afterwards', async () => {
    const start = await balanceOf(t, fa);
    const a = await created(700);
    const canceled = expectOk(await cancel(a.id)).treasuryOutboundPayment!;
    expect(canceled).toMatchObject({ status: 'CANCELED', cancelable: false, transaction: { status: 'VOID', balanceImpact: impactOf(0, 0) } });
    expect(canceled.statusTransitions.canceledAt).not.toBeNull();
    expect(canceled.transaction.statusTransitions.voidAt).not.toBeNull();
    expect(canceled.transaction.entries.nodes).toEqual([
      { type: 'OUTBOUND_PAYMENT_CANCELLATION', flowType: 'OUTBOUND_PAYMENT', balanceImpact: impactOf(700, -700) },
      { type: 'OUTBOUND_PAYMENT', flowType: 'OUTBOUND_PAYMENT', balanceImpact: impactOf(-700, 700) },
    ]);
    expect(await balanceOf(t, fa)).toEqual(start);

    const b = await created(800);
    const failed = expectOk(await fail(b.id)).treasuryOutboundPayment!;
    expect(failed).toMatchObject({ status: 'FAILED', cancelable: false, transaction: { status: 'VOID', balanceImpact: impactOf(0, 0) } });
    expect(failed.statusTransitions.failedAt).not.toBeNull();
    expect(failed.transaction.entries.nodes.map((e) => e.type)).toEqual(['OUTBOUND_PAYMENT_FAILURE', 'OUTBOUND_PAYMENT']);
    expect(await balanceOf(t, fa)).toEqual(start);

    for (const id of [a.id, b.id]) {
      for (const refused of [await post(id), await ret(id), await cancel(id), await fail(id), await track(id, { type: 'ACH', ach: { traceId: 'T1' } })])
        expectUserError(refused, 'invalid_state');
    }
    expect(await balanceOf(t, fa)).toEqual(start);
    expect(await eventsOf(a.id)).toEqual(['treasury.outbound_payment.created', 'treasury.outbound_payment.canceled']);
    expect(await eventsOf(b.id)).toEqual(['treasury.outbound_payment.created', 'treasury.outbound_payment.failed']);
  });

  it('tracking details: only once, only after submission, matching the network (ACH and wire)', async () => {
    const obp = await created(100);
    expectUserError(await track(obp.id, { type: 'ACH', ach: { traceId: 'T1' } }), 'invalid_state');
    expectOk(await post(obp.id));
    expectUserError(await track(obp.id, { type: 'US_DOMESTIC_WIRE', usDomesticWire: { imad: 'X' } }), 'parameter_invalid');
    const tracked = expectOk(await track(obp.id, { type: 'ACH', ach: { traceId: '123456789' } })).treasuryOutboundPayment!;
    expect(tracked.trackingDetails).toEqual({ type: 'ACH', ach: { traceId: '123456789' }, usDomesticWire: null });
    expectUserError(await track(obp.id, { type: 'ACH', ach: { traceId: '2' } }), 'tracking_details_already_set');
    expect(await eventsOf(obp.id)).toEqual([
      'treasury.outbound_payment.created',
      'treasury.outbound_payment.posted',
      'treasury.outbound_payment.tracking_details_updated',
    ]);

    const wire = await created(100, { destinationPaymentMethodOptions: { usBankAccount: { network: 'US_DOMESTIC_WIRE' } } });
    expect(wire.destinationPaymentMethodDetails!.usBankAccount!.network).toBe('US_DOMESTIC_WIRE');
    expectOk(await ret(wire.id));
    const wired = expectOk(await track(wire.id, { type: 'US_DOMESTIC_WIRE', usDomesticWire: { imad: '20240101MMQFMP0100001' } })).treasuryOutboundPayment!;
    expect(wired).toMatchObject({
      status: 'RETURNED',
      trackingDetails: { type: 'US_DOMESTIC_WIRE', ach: null, usDomesticWire: { imad: '20240101MMQFMP0100001' } },
    });
  });

  it('destinationPaymentMethodData us_bank_account creates a PaymentMethod attached to the customer', async () => {
    const pms = await count('payment_methods');
    const obp = await created(400, {
      destinationPaymentMethod: null,
      customer: cus2,
      destinationPaymentMethodData: {
        type: 'US_BANK_ACCOUNT',
        usBankAccount: { routingNumber: '110000000', accountNumber: '000111222333', accountHolderType: 'COMPANY' },
        billingDetails: { name: 'Acme Supplies' },
        metadata: { vendor: 'acme' },
      },
    });
    expect(await count('payment_methods')).toBe(pms + 1);
    expect(obp.destinationPaymentMethod).toMatchObject({ customer: { id: cus2 }, usBankAccount: { last4: '2333', routingNumber: '110000000' } });
    expect(obp.destinationPaymentMethod!.id).toMatch(/^pm_/);
    expect(obp.customer).toEqual({ id: cus2 });
    expect(obp.destinationPaymentMethodDetails).toEqual({
      type: 'US_BANK_ACCOUNT',
      usBankAccount: { last4: '2333', routingNumber: '110000000', network: 'ACH', bankName: 'STRIPE TEST BANK' },
      financialAccount: null,
      billingDetails: { name: 'Acme Supplies' },
    });
    // The generated PaymentMethod is a normal one: it can be the destination of the next payment.
    const again = await created(50, { destinationPaymentMethod: obp.destinationPaymentMethod!.id, customer: cus2 });
    expect(again.destinationPaymentMethodDetails!.usBankAccount!.last4).toBe('2333');
    // Bad bank details are refused before anything is written.
    const before = await written();
    const bad = await create(100, {
      destinationPaymentMethod: null,
      destinationPaymentMethodData: { type: 'US_BANK_ACCOUNT', usBankAccount: { routingNumber: '123456789', accountNumber: '000111222333' } },
    });
    expect(expectUserError(bad, 'routing_number_invalid').field).toEqual(['destinationPaymentMethodData', 'usBankAccount', 'routingNumber']);
    expectUserError(await create(100, { destinationPaymentMethod: null, destinationPaymentMethodData: { type: 'US_BANK_ACCOUNT' } }), 'parameter_missing');
    expect(await written()).toEqual(before);
  });

  it('financial_account destination: the stripe network posts at once and credits the receiver with a linked ReceivedCredit, or fails when it declines', async () => {
    const receiver = await balanceOf(t, fa2);
    const start = await balanceOf(t, fa);
    const data = { type: 'FINANCIAL_ACCOUNT', financialAccount: fa2 };
    const obp = await created(600, { destinationPaymentMethod: null, customer: null, destinationPaymentMethodData: data });
    expect(obp).toMatchObject({ status: 'POSTED', cancelable: false, statementDescriptor: 'payment', destinationPaymentMethod: null, customer: null });
    expect(obp.statusTransitions.postedAt).not.toBeNull();
    expect(obp.destinationPaymentMethodDetails).toEqual({
      type: 'FINANCIAL_ACCOUNT',
      usBankAccount: null,
      financialAccount: { id: fa2, network: 'STRIPE' },
      billingDetails: { name: null },
    });
    expect(obp.transaction).toMatchObject({ status: 'POSTED', balanceImpact: impactOf(-600, 0) });
    expect(obp.transaction!.entries.nodes.map((e) => e.type).sort()).toEqual(['OUTBOUND_PAYMENT', 'OUTBOUND_PAYMENT_POSTING']);
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash - 600 });
    expect(await balanceOf(t, fa2)).toEqual({ ...receiver, cash: receiver.cash + 600 });
    const credits = (await t.ok(ReceiverCredits, { fa: fa2 })).treasuryReceivedCredits.nodes;
    expect(credits).toEqual([
      {
        status: 'SUCCEEDED',
        amount: 600,
        network: 'STRIPE',
        initiatingPaymentMethodDetails: { type: 'FINANCIAL_ACCOUNT', financialAccount: { id: fa, network: 'STRIPE' } },
        linkedFlows: { sourceFlowType: 'outbound_payment', sourceFlow: { __typename: 'TreasuryOutboundPayment', id: obp.id } },
        transaction: { status: 'POSTED', balanceImpact: impactOf(600, 0) },
      },
    ]);
    expect(await eventsOf(obp.id)).toEqual(['treasury.outbound_payment.created', 'treasury.outbound_payment.posted']);
    // Same day (the stripe network), where ACH takes the next banking day.
    const at = new Date(obp.created);
    expect(Date.parse(obp.expectedArrivalDate) / 1000).toBe(expectedArrivalDate('stripe', at));
    expect(expectedArrivalDate('stripe', at)).toBeLessThan(expectedArrivalDate('ach', at));
    // Posted already; not returned by a bank (the receiver reverses its credit instead).
    expectUserError(await post(obp.id), 'invalid_state');
    expectUserError(await ret(obp.id), 'invalid_state');
    expectUserError(await track(obp.id, { type: 'ACH', ach: { traceId: 'T1' } }), 'parameter_invalid');
    expect(await ledgerViolations(t.database.db, [fa, fa2])).toEqual([]);

    // A receiver that takes no intra-Stripe credits: its ReceivedCredit fails, and so does the payment (money back).
    const closedDoor = await seedFinancialAccount(t, { features: { ...ALL_FEATURES, intraStripeFlows: { requested: false } } });
    const mid = await balanceOf(t, fa);
    const declined = await created(250, {
      destinationPaymentMethod: null,
      customer: null,
      destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: closedDoor },
    });
    expect(declined).toMatchObject({ status: 'FAILED', transaction: { status: 'VOID', balanceImpact: impactOf(0, 0) } });
    expect(await balanceOf(t, fa)).toEqual(mid);
    expect((await balanceOf(t, closedDoor)).cash).toBe(0);
    expect((await t.ok(ReceiverCredits, { fa: closedDoor })).treasuryReceivedCredits.nodes).toMatchObject([
      { status: 'FAILED', amount: 250, transaction: null, linkedFlows: { sourceFlow: { id: declined.id } } },
    ]);
    expect(await eventsOf(declined.id)).toEqual(['treasury.outbound_payment.created', 'treasury.outbound_payment.failed']);
    expect(await ledgerViolations(t.database.db, [fa, closedDoor])).toEqual([]);

    // Its own refusals, each writing nothing.
    const noIntra = await seedFinancialAccount(t, { features: { ...ALL_FEATURES, intraStripeFlows: { requested: false } } });
    await fundForTest(t, noIntra, 1000);
    const before = await written(noIntra);
    expectUserError(
      await create(100, { financialAccount: noIntra, destinationPaymentMethod: null, customer: null, destinationPaymentMethodData: data }),
      'feature_not_active',
    );
    expect(await written(noIntra)).toEqual(before);
    const refusals: [Input, string, string[]][] = [
      [
        { destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: fa } },
        'parameter_invalid',
        ['destinationPaymentMethodData', 'financialAccount'],
      ],
      [{ destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT' } }, 'parameter_missing', ['destinationPaymentMethodData', 'financialAccount']],
      [
        { destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: 'fa_doesnotexist000000000000' } },
        'resource_missing',
        ['destinationPaymentMethodData', 'financialAccount'],
      ],
      [
        { destinationPaymentMethodData: data, destinationPaymentMethodOptions: { usBankAccount: { network: 'ACH' } } },
        'parameter_invalid',
        ['destinationPaymentMethodOptions', 'usBankAccount'],
      ],
      [
        { destinationPaymentMethodData: { ...data, usBankAccount: { routingNumber: '110000000', accountNumber: '000111222333' } } },
        'parameter_invalid',
        ['destinationPaymentMethodData', 'usBankAccount'],
      ],
      [
        { destinationPaymentMethodData: { type: 'US_BANK_ACCOUNT', financialAccount: fa2 } },
        'parameter_invalid',
        ['destinationPaymentMethodData', 'financialAccount'],
      ],
    ];
    // Another account's FinancialAccount does not exist for this one.
    const other = await t.newAccount();
    const foreignFa = await seedFinancialAccount(t, { key: other.testKey });
    const snapshot = await written();
    for (const [extra, code, field] of refusals)
      expect(expectUserError(await create(100, { destinationPaymentMethod: null, customer: null, ...extra }), code).field).toEqual(field);
    expectUserError(
      await create(100, {
        destinationPaymentMethod: null,
        customer: null,
        destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: foreignFa },
      }),
      'resource_missing',
    );
    expect(await written()).toEqual(snapshot);
  });

  it('statement descriptor limits by network: 10 for ACH, 140 for wires, 500 for stripe', async () => {
    const wire = { destinationPaymentMethodOptions: { usBankAccount: { network: 'US_DOMESTIC_WIRE' } } };
    const stripe = { destinationPaymentMethod: null, customer: null, destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: fa2 } };
    const before = await written();
    expectUserError(await create(10, { statementDescriptor: 'a'.repeat(11) }), 'statement_descriptor_too_long');
    expectUserError(await create(10, { ...wire, statementDescriptor: 'a'.repeat(141) }), 'statement_descriptor_too_long');
    expectUserError(await create(10, { ...stripe, statementDescriptor: 'a'.repeat(501) }), 'statement_descriptor_too_long');
    expectUserError(await create(10, { statementDescriptor: 'pay/ment' }), 'parameter_invalid');
    expect(await written()).toEqual(before);
    expect((await created(10, { statementDescriptor: 'a'.repeat(10) })).statementDescriptor).toBe('a'.repeat(10));
    expect((await created(10, { ...wire, statementDescriptor: 'b'.repeat(140) })).statementDescriptor).toBe('b'.repeat(140));
    expect((await created(10, { ...stripe, statementDescriptor: 'c'.repeat(500) })).statementDescriptor).toBe('c'.repeat(500));
    expect((await created(10, { ...wire, statementDescriptor: 'Inv #4-2 $&*.' })).statementDescriptor).toBe('Inv #4-2 $&*.');
  });

  it('refuses bad input and writes nothing', async () => {
    const before = await written();
    const other = await t.newAccount();
    const foreignPm = await seedPaymentMethod(t, { key: other.testKey });
    const noAch = await seedFinancialAccount(t, {
      features: { ...ALL_FEATURES, outboundPayments: { ach: { requested: false }, usDomesticWire: { requested: true } } },
    });
    await fundForTest(t, noAch, 1000);
    const base = await written();
    expect(base.payments).toBe(before.payments);
    const cases: [number, Input, string, string[] | null][] = [
      [100, { destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: fa2 } }, 'parameter_invalid', ['destinationPaymentMethodData']],
      [100, { destinationPaymentMethod: null }, 'parameter_missing', ['destinationPaymentMethod']],
      [100, { customer: cus2 }, 'parameter_invalid', ['customer']],
      [100, { destinationPaymentMethod: pm, customer: cus }, 'parameter_invalid', ['customer']],
      [100, { customer: 'cus_doesnotexist000000000000' }, 'resource_missing', ['customer']],
      [100, { destinationPaymentMethod: 'pm_doesnotexist000000000000' }, 'resource_missing', ['destinationPaymentMethod']],
      [100, { destinationPaymentMethod: foreignPm, customer: null }, 'resource_missing', ['destinationPaymentMethod']],
      [100, { financialAccount: 'fa_doesnotexist000000000000' }, 'resource_missing', ['financialAccount']],
      [100, { endUserDetails: { present: true } }, 'parameter_missing', ['endUserDetails', 'ipAddress']],
      [100, { endUserDetails: { present: true, ipAddress: 'not-an-ip' } }, 'parameter_invalid', ['endUserDetails', 'ipAddress']],
      [100, { currency: 'eur' }, 'currency_not_supported', ['currency']],
      [100, { financialAccount: noAch }, 'feature_not_active', ['financialAccount']],
      [0, {}, 'amount_too_small', ['amount']],
      [100_000_000_00, {}, 'amount_too_large', ['amount']],
      [1_000_000, {}, 'insufficient_funds', ['amount']],
      [
        1_000_000,
        {
          destinationPaymentMethod: null,
          destinationPaymentMethodData: { type: 'US_BANK_ACCOUNT', usBankAccount: { routingNumber: '110000000', accountNumber: '000555666777' } },
        },
        'insufficient_funds',
        ['amount'],
      ],
    ];
    for (const [amount, extra, code, field] of cases) expect(expectUserError(await create(amount, extra), code).field, code).toEqual(field);
    const live = await t.gql(Post, { input: { id: 'obp_doesnotexist000000000000' } }, t.account.liveKey);
    expectUserError(live.data!.testHelpersPostTreasuryOutboundPayment, 'livemode_mismatch');
    const liveReturn = await t.gql(Return, { input: { id: 'obp_doesnotexist000000000000' } }, t.account.liveKey);
    expectUserError(liveReturn.data!.testHelpersReturnTreasuryOutboundPayment, 'livemode_mismatch');
    expectUserError(await post('obp_doesnotexist000000000000'), 'resource_missing');
    expectUserError(await cancel('obt_doesnotexist000000000000'), 'resource_missing');
    expect(await written()).toEqual(base);
    expect(await balanceOf(t, noAch)).toEqual({ cash: 1000, inboundPending: 0, outboundPending: 0 });
    // The wire feature alone still allows wires from that account.
    const wire = await create(100, { financialAccount: noAch, destinationPaymentMethodOptions: { usBankAccount: { network: 'US_DOMESTIC_WIRE' } } });
    expect(expectOk(wire).treasuryOutboundPayment!.status).toBe('PROCESSING');
  });

  it('lists newest first, filtered by customer, status and created; also as FinancialAccount.outboundPayments', async () => {
    const payer = await seedFinancialAccount(t);
    await fundForTest(t, payer, 1000);
    const a = await created(100, { financialAccount: payer });
    const b = await created(100, { financialAccount: payer, destinationPaymentMethod: pm, customer: null });
    const c = await created(100, { financialAccount: payer });
    expectOk(await cancel(b.id));
    const list = async (vars: Input = {}) => {
      const r = await t.ok(List, { fa: payer, ...vars });
      expect(r.treasuryFinancialAccount!.outboundPayments.nodes.map((n) => n.id)).toEqual(r.treasuryOutboundPayments.nodes.map((n) => n.id));
      return r.treasuryOutboundPayments.nodes.map((n) => n.id);
    };
    expect(await list()).toEqual([c.id, b.id, a.id]);
    expect(await list({ customer: cus })).toEqual([c.id, a.id]);
    expect(await list({ status: 'CANCELED' })).toEqual([b.id]);
    expect(await list({ status: 'PROCESSING', customer: cus })).toEqual([c.id, a.id]);
    const r = await t.ok(List, { fa: payer, created: { gt: new Date(Date.parse(c.created) + 60_000).toISOString() } });
    expect(r.treasuryOutboundPayments.nodes).toEqual([]);
    const missing = await t.gql(List, { fa: 'fa_doesnotexist000000000000' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', stripeCode: 'resource_missing' });
  });

  it('concurrent payments between two FinancialAccounts in opposite directions all go through (both rows locked in id order)', async () => {
    const [x, y] = [await seedFinancialAccount(t), await seedFinancialAccount(t)];
    await fundForTest(t, x, 1000);
    await fundForTest(t, y, 1000);
    const pay = (from: string, to: string) =>
      t.ok(Create, {
        input: { amount: 100, currency: 'usd', financialAccount: from, destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: to } },
      });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? pay(x, y) : pay(y, x))));
    expect(results.map((r) => r.createTreasuryOutboundPayment.userErrors)).toEqual(Array.from({ length: 12 }, () => []));
    // Each side paid 6 × 100 and received 6 × 100, all posted at once: money conserved, nothing held.
    expect(await balanceOf(t, x)).toEqual({ cash: 1000, inboundPending: 0, outboundPending: 0 });
    expect(await balanceOf(t, y)).toEqual({ cash: 1000, inboundPending: 0, outboundPending: 0 });
    expect(results.map((r) => r.createTreasuryOutboundPayment.treasuryOutboundPayment!.status)).toEqual(Array.from({ length: 12 }, () => 'POSTED'));
    expect(await ledgerViolations(t.database.db, [x, y])).toEqual([]);
  });

  it("the Transaction's description has Stripe's form, and a regulatory receipt is served for the payment", async () => {
    const obp = await created(1234, { statementDescriptor: 'rent' });
    const read = (await t.ok(Receipt, { id: obp.id })).treasuryOutboundPayment!;
    expect(read.transaction.description).toBe('Jenny Rosen (6789) | Outbound payment | rent');
    const url = read.hostedRegulatoryReceiptUrl!;
    expect(url).toMatch(/\/regulatory-receipt\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{24}$/);
    const res = await fetch(url); // no API key, as Stripe's
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const shown of [obp.id, '12.34 USD', 'processing', 'Jenny Rosen', '••••6789', 'rent']) expect(html).toContain(shown);
  });

  it('a wire needs a complete billing address on the destination, else it is refused and nothing is written (issue 14, item 11)', async () => {
    const wire = { destinationPaymentMethodOptions: { usBankAccount: { network: 'US_DOMESTIC_WIRE' } } };
    const noAddress = await seedPaymentMethod(t, { customer: cus2, billingDetails: { name: 'No Address', address: { line1: '1 Main St', country: 'US' } } });
    const before = await written();
    const refused = await create(100, { ...wire, destinationPaymentMethod: noAddress, customer: cus2 });
    expect(expectUserError(refused, 'parameter_invalid').field).toEqual(['destinationPaymentMethod']);
    const data = {
      type: 'US_BANK_ACCOUNT',
      usBankAccount: { routingNumber: '110000000', accountNumber: '000222333444' },
      billingDetails: { name: 'Partial', address: { city: 'Austin' } },
    };
    const missing = await create(100, { ...wire, destinationPaymentMethod: null, destinationPaymentMethodData: data });
    expect(expectUserError(missing, 'parameter_missing').field).toEqual(['destinationPaymentMethodData', 'billingDetails', 'address']);
    expect(await written()).toEqual(before);
    // ACH needs no address.
    expect((await created(100, { destinationPaymentMethod: noAddress, customer: cus2 })).status).toBe('PROCESSING');
  });

  it("destination_payment_method_details has exactly the spec's shape: mandate present, no phone, enums (issue 14, item 13)", async () => {
    const enumValues = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type)
        ? type
            .getValues()
            .map((v) => v.value)
            .sort()
        : null;
    };
    const fieldsOf = (name: string) => {
      const type = schema.getType(name);
      return isObjectType(type) ? Object.keys(type.getFields()).sort() : null;
    };
    expect(enumValues('TreasuryOutboundPaymentDestinationPaymentMethodDetailsType')).toEqual(['financial_account', 'us_bank_account']);
    expect(enumValues('TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork')).toEqual(['ach', 'us_domestic_wire']);
    expect(fieldsOf('TreasuryOutboundPaymentDestinationPaymentMethodDetails')).toEqual(['billingDetails', 'financialAccount', 'type', 'usBankAccount']);
    expect(fieldsOf('TreasuryOutboundPaymentDestinationPaymentMethodDetailsBillingDetails')).toEqual(['address', 'email', 'name']);
    expect(fieldsOf('TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccount')).toEqual([
      'accountHolderType',
      'accountType',
      'bankName',
      'fingerprint',
      'last4',
      'mandate',
      'network',
      'routingNumber',
    ]);
    // Stripe's JSON (events, webhooks): every key a spec field, every closed enum a spec value, every required field present.
    const ach = await created(100);
    const internal = await created(100, {
      destinationPaymentMethod: null,
      customer: null,
      destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: fa2 },
    });
    const spec = specOf('treasury.outbound_payment');
    const problems: string[] = [];
    const check = (value: Record<string, unknown>, shapeKey: string, path: string) => {
      const shape = shapeOf(spec, shapeKey);
      for (const key of Object.keys(value)) if (!shape.fields.some((f) => f.name === key)) problems.push(`${path}.${key} is not in the spec`);
      for (const f of shape.fields) {
        const v = value[f.name];
        if (v === undefined) {
          if (!f.optional) problems.push(`${path}.${f.name} is missing`);
          continue;
        }
        if (v === null) continue;
        if (f.type.kind === 'enum' && !f.type.open && !f.type.values.includes(String(v))) problems.push(`${path}.${f.name} = ${String(v)} is not a spec value`);
        if (f.type.kind === 'object') check(v as Record<string, unknown>, f.type.shape, `${path}.${f.name}`);
      }
    };
    const objects = (await t.ok(EventsJson)).events.nodes.map(
      (e) => e.data.object as { id: string; destination_payment_method_details: Record<string, unknown> },
    );
    for (const id of [ach.id, internal.id]) {
      const object = objects.find((o) => o.id === id)!;
      check(object as unknown as Record<string, unknown>, 'treasury.outbound_payment', id);
    }
    expect(objects.find((o) => o.id === ach.id)!.destination_payment_method_details).toMatchObject({ us_bank_account: { mandate: null, network: 'ach' } });
    expect(problems).toEqual([]);
  });

  it('cancelable turns false once the payment is submitted to the network (its cutoff), and cancel is then refused: under a test clock and in real time (issue 14, item 6)', async () => {
    const owner = await t.newAccount();
    const key = owner.testKey;
    const at = (iso: string) => new Date(iso).toISOString();
    // Wednesday 2025-06-04, 10am Central Time: ACH is submitted at 6pm CT (23:00 UTC), wires at 3pm CT (20:00 UTC).
    const clockId = expectOk((await t.ok(ClockCreate, { input: { frozenTime: at('2025-06-04T15:00:00Z') } }, key)).createTestHelpersTestClock)
      .testHelpersTestClock!.id;
    const own = await seedFinancialAccount(t, { key });
    await fundForTest(t, own, 10_000, owner);
    const payee = await seedPaymentMethod(t, { key });
    const pay = async (input: Input = {}) =>
      expectOk(
        (await t.ok(Create, { input: { amount: 100, currency: 'usd', financialAccount: own, destinationPaymentMethod: payee, ...input } as never }, key))
          .createTreasuryOutboundPayment,
      ).treasuryOutboundPayment!;
    const ach = await pay();
    const wire = await pay({ destinationPaymentMethodOptions: { usBankAccount: { network: 'US_DOMESTIC_WIRE' } } });
    const late = await pay();
    expect([ach.cancelable, wire.cancelable, late.cancelable]).toEqual([true, true, true]);
    const read = async (id: string) => (await t.ok(Retrieve, { id }, key)).treasuryOutboundPayment!;
    const cancelIt = async (id: string) => (await t.ok(Cancel, { input: { id } }, key)).cancelTreasuryOutboundPayment;
    // Past the wire cutoff, before the ACH one.
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-04T20:00:01Z') } }, key);
    expect((await read(wire.id)).cancelable).toBe(false);
    expect((await read(ach.id)).cancelable).toBe(true);
    const balance = await balanceOf(t, own, key);
    expectUserError(await cancelIt(wire.id), 'not_cancelable');
    expect((await read(wire.id)).status).toBe('PROCESSING');
    expect(await balanceOf(t, own, key)).toEqual(balance);
    expect(expectOk(await cancelIt(ach.id)).treasuryOutboundPayment!).toMatchObject({ status: 'CANCELED', cancelable: false });
    // Past the ACH cutoff.
    await t.ok(ClockAdvance, { input: { id: clockId, frozenTime: at('2025-06-04T23:00:01Z') } }, key);
    expect((await read(late.id)).cancelable).toBe(false);
    expectUserError(await cancelIt(late.id), 'not_cancelable');
    // A payment made after the cutoff is submitted the next banking day: cancelable until then.
    const next = await pay();
    expect(next.cancelable).toBe(true);
    expectOk((await t.ok(ClockDelete, { input: { id: clockId } }, key)).deleteTestHelpersTestClock);

    // Real time (no clock): cancelable until the cutoff after its creation.
    const now = await created(100);
    expect(now.cancelable).toBe(true);
    vi.spyOn(clock, 'now').mockReturnValue(new Date(submissionTime('ach', new Date(now.created)).getTime() + 1000));
    try {
      expect((await t.ok(Retrieve, { id: now.id })).treasuryOutboundPayment!.cancelable).toBe(false);
      expectUserError(await cancel(now.id), 'not_cancelable');
    } finally {
      vi.restoreAllMocks();
    }
    expect(expectOk(await cancel(now.id)).treasuryOutboundPayment!.status).toBe('CANCELED');
  });

  it('leaves the ledger consistent', async () => {
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });
});
