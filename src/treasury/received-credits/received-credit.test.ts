import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, seedFinancialAccount } from '../../../test/support/seed.js';
import { fieldAt, specOf } from '../../layer/spec.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { financialAccountInitiatingDetails, NO_ADDRESS } from './initiating-details.js';
import { eventTypesOf, receiveCreditForTest, receivedFlowCounts } from './received.fixtures.js';

const Create = graphql(`
  mutation RcCreate($input: TestHelpersCreateTreasuryReceivedCreditInput!) {
    testHelpersCreateTreasuryReceivedCredit(input: $input) {
      treasuryReceivedCredit {
        id object status failureCode amount currency description network livemode
        financialAccount { id }
        initiatingPaymentMethodDetails { type billingDetails { name email address { line1 } } usBankAccount { bankName last4 routingNumber } financialAccount { id network } }
        linkedFlows { creditReversal { id } issuingAuthorization { id } issuingTransaction { id } sourceFlowType sourceFlow { __typename } sourceFlowDetails { type } }
        reversalDetails { deadline restrictedReason }
        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }
          flow { __typename ... on TreasuryReceivedCredit { id } }
          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }
      }
      userErrors { code type message field }
    }
  }
`);
const Read = graphql(`
  query RcRead($id: ID!) {
    treasuryReceivedCredit(id: $id) {
      id status failureCode network initiatingPaymentMethodDetails { type usBankAccount { last4 } }
      reversalDetails { deadline restrictedReason } transaction { id entries(first: 5) { nodes { type } } }
    }
  }
`);
const Get = graphql(`
  query RcGet($id: ID!) {
    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason }
      linkedFlows { sourceFlowType sourceFlow { __typename } sourceFlowDetails { type creditReversal { id } outboundPayment { id } outboundTransfer { id } payout } } }
    node(id: $id) { __typename id }
  }
`);
const List = graphql(`
  query RcList($fa: ID!, $status: TreasuryReceivedCreditStatus, $linkedFlows: TreasuryReceivedCreditListLinkedFlowsInput, $first: Int, $after: String) {
    treasuryReceivedCredits(financialAccount: $fa, status: $status, linkedFlows: $linkedFlows, first: $first, after: $after) {
      nodes { id status } pageInfo { hasNextPage endCursor }
    }
    treasuryFinancialAccount(id: $fa) { receivedCredits(first: 100) { nodes { id } } }
  }
`);
const UpdateFa = graphql(`
  mutation RcUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }
  }
`);
const CloseFa = graphql(`
  mutation RcCloseFa($input: CloseTreasuryFinancialAccountInput!) {
    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }
  }
`);
const NetworkEnum = graphql(`query RcNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }`);
const TypeFields = graphql(`
  query RcTypeFields($name: String!) {
    __type(name: $name) { fields { name type { kind name ofType { kind name } } } }
  }
`);
const ReadDetails = graphql(`
  query RcReadDetails($id: ID!) {
    treasuryReceivedCredit(id: $id) { initiatingPaymentMethodDetails { type balance financialAccount { id network } billingDetails { name } } }
  }
`);
const Events = graphql(`query RcEvents { events(first: 100, type: "treasury.received_credit.*") { nodes { type data { object } } } }`);

let t: TestApp;
let fa: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
});
afterAll(() => t?.close());

const create = async (input: Record<string, unknown>, key?: string) =>
  (await t.ok(Create, { input: { amount: 1000, currency: 'usd', financialAccount: fa, network: 'ACH', ...input } as never }, key))
    .testHelpersCreateTreasuryReceivedCredit;
const eventsFor = (id: string) => eventTypesOf(t.database.db, id);

describe('TreasuryReceivedCredit', () => {
  it('an ACH credit succeeds: one posted Transaction with one received_credit entry, cash +amount, reversible until the deadline', async () => {
    const before = await balanceOf(t, fa);
    const rc = expectOk(await create({ amount: 1234 })).treasuryReceivedCredit!;
    expect(rc).toMatchObject({
      object: 'treasury.received_credit',
      status: 'SUCCEEDED',
      failureCode: null,
      amount: 1234,
      currency: 'usd',
      description: 'Stripe Test',
      network: 'ACH',
      livemode: false,
      financialAccount: { id: fa },
      initiatingPaymentMethodDetails: {
        type: 'US_BANK_ACCOUNT',
        billingDetails: { name: 'Jane Austen', email: null, address: { line1: null } },
        usBankAccount: { bankName: 'STRIPE TEST BANK', last4: '6789', routingNumber: '110000000' },
        financialAccount: null,
      },
      linkedFlows: {
        creditReversal: null,
        issuingAuthorization: null,
        issuingTransaction: null,
        sourceFlowType: null,
        sourceFlow: null,
        sourceFlowDetails: null,
      },
      transaction: {
        status: 'POSTED',
        amount: 1234,
        flowType: 'RECEIVED_CREDIT',
        balanceImpact: { cash: 1234, inboundPending: 0, outboundPending: 0 },
        flow: { __typename: 'TreasuryReceivedCredit', id: rc.id },
      },
    });
    expect(rc.transaction!.statusTransitions.postedAt).not.toBeNull();
    expect(rc.transaction!.entries.nodes).toEqual([
      { type: 'RECEIVED_CREDIT', flowType: 'RECEIVED_CREDIT', balanceImpact: { cash: 1234, inboundPending: 0, outboundPending: 0 } },
    ]);
    // Stripe's examples: the ACH reversal deadline is a midnight UTC, one or more banking days ahead.
    const deadline = new Date(rc.reversalDetails!.deadline!);
    expect(deadline.getUTCHours()).toBe(0);
    expect(deadline.getTime()).toBeGreaterThan(Date.now() + 86_400_000);
    expect(rc.reversalDetails!.restrictedReason).toBeNull();
    expect(await balanceOf(t, fa)).toEqual({ cash: before.cash + 1234, inboundPending: 0, outboundPending: 0 });
    expect(await eventsFor(rc.id)).toEqual(['treasury.received_credit.created', 'treasury.received_credit.succeeded']);
    const payloads = (await t.ok(Events)).events.nodes.filter((e) => (e.data.object as { id: string }).id === rc.id).map((e) => e.data.object);
    expect(payloads).toHaveLength(2);
    for (const object of payloads)
      expect(object).toMatchObject({
        object: 'treasury.received_credit',
        status: 'succeeded',
        failure_code: null,
        network: 'ach',
        financial_account: fa,
        transaction: rc.transaction!.id,
        linked_flows: { credit_reversal: null, issuing_authorization: null, issuing_transaction: null, source_flow: null, source_flow_type: null },
        reversal_details: { deadline: Date.parse(rc.reversalDetails!.deadline!) / 1000, restricted_reason: null },
        initiating_payment_method_details: {
          type: 'us_bank_account',
          us_bank_account: { bank_name: 'STRIPE TEST BANK', last4: '6789', routing_number: '110000000' },
        },
      });
    const got = await t.ok(Get, { id: rc.id });
    expect(got.treasuryReceivedCredit!.id).toBe(rc.id);
    expect(got.node).toEqual({ __typename: 'TreasuryReceivedCredit', id: rc.id });
  });

  it('wire credits carry the given sender and are not reversible (network_restricted); stripe-network credits not from an OutboundPayment are source_flow_restricted', async () => {
    const wire = expectOk(
      await create({
        network: 'US_DOMESTIC_WIRE',
        description: 'Invoice 7',
        initiatingPaymentMethodDetails: {
          type: 'US_BANK_ACCOUNT',
          usBankAccount: { accountHolderName: 'Ada Lovelace', accountNumber: '987654321', routingNumber: '021000021' },
        },
      }),
    ).treasuryReceivedCredit!;
    expect(wire).toMatchObject({
      status: 'SUCCEEDED',
      network: 'US_DOMESTIC_WIRE',
      description: 'Invoice 7',
      initiatingPaymentMethodDetails: {
        type: 'US_BANK_ACCOUNT',
        billingDetails: { name: 'Ada Lovelace' },
        usBankAccount: { bankName: null, last4: '4321', routingNumber: '021000021' },
      },
      reversalDetails: { deadline: null, restrictedReason: 'NETWORK_RESTRICTED' },
    });
    // The test helper takes Stripe's networks (ach, rtp, us_domestic_wire); other flows report stripe-network credits.
    const { id: viaStripeId } = await receiveCreditForTest(t, fa);
    const viaStripe = (await t.ok(Read, { id: viaStripeId })).treasuryReceivedCredit!;
    expect(viaStripe).toMatchObject({
      status: 'SUCCEEDED',
      network: 'STRIPE',
      initiatingPaymentMethodDetails: { type: 'STRIPE', usBankAccount: null },
      reversalDetails: { deadline: null, restrictedReason: 'SOURCE_FLOW_RESTRICTED' },
    });
    expect(viaStripe.transaction!.entries.nodes.map((e) => e.type)).toEqual(['RECEIVED_CREDIT']);
  });

  it('the test helper takes Stripe’s networks, ach, rtp and us_domestic_wire (issue 14 #8): an RTP credit arrives at the ABA address and cannot be reversed', async () => {
    const values = (await t.ok(NetworkEnum, { name: 'TestHelpersCreateTreasuryReceivedCreditNetwork' })).__type?.enumValues?.map((v) => v.name);
    expect(values).toEqual(['ACH', 'RTP', 'US_DOMESTIC_WIRE']);
    const before = await balanceOf(t, fa);
    const rtp = expectOk(await create({ network: 'RTP', amount: 321 })).treasuryReceivedCredit!;
    expect(rtp).toMatchObject({
      status: 'SUCCEEDED',
      network: 'RTP',
      amount: 321,
      initiatingPaymentMethodDetails: { type: 'US_BANK_ACCOUNT', usBankAccount: { bankName: 'STRIPE TEST BANK', last4: '6789', routingNumber: '110000000' } },
      reversalDetails: { deadline: null, restrictedReason: 'NETWORK_RESTRICTED' },
      transaction: { status: 'POSTED', amount: 321, balanceImpact: { cash: 321, inboundPending: 0, outboundPending: 0 } },
    });
    expect(await balanceOf(t, fa)).toEqual({ ...before, cash: before.cash + 321 });
    expect(await eventsFor(rtp.id)).toEqual(['treasury.received_credit.created', 'treasury.received_credit.succeeded']);
    // Without the ABA financial address an RTP credit is declined, like ACH and wires.
    const noAba = await seedFinancialAccount(t, { features: { intraStripeFlows: { requested: true } } });
    expect(expectOk(await create({ financialAccount: noAba, network: 'RTP' })).treasuryReceivedCredit).toMatchObject({
      status: 'FAILED',
      failureCode: 'OTHER',
      transaction: null,
    });
    // `stripe` is a network credits arrive over (from other FinancialAccounts), not one the test helper sends on.
    const counts = await receivedFlowCounts(t.database.db);
    const stripe = await t.gql(Create, { input: { amount: 1, currency: 'usd', financialAccount: fa, network: 'STRIPE' as never } });
    expect(stripe.errors?.[0]?.message).toMatch(/"STRIPE" does not exist in "TestHelpersCreateTreasuryReceivedCreditNetwork"/);
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
  });

  it('initiating_payment_method_details: type, balance and financial_account.network are the spec’s enums, no invented values (issue 14 #13)', async () => {
    const enumOf = async (typeName: string, field: string) => {
      const f = (await t.ok(TypeFields, { name: typeName })).__type!.fields!.find((x) => x.name === field)!;
      const named = f.type.kind === 'NON_NULL' ? f.type.ofType! : f.type;
      expect(named.kind).toBe('ENUM');
      return (await t.ok(NetworkEnum, { name: named.name! })).__type!.enumValues!.map((v) => v.name);
    };
    const specValues = (object: string, path: string) => {
      const type = fieldAt(specOf(object), path).type;
      return type.kind === 'enum' ? type.values.map((v) => v.toUpperCase()) : type.kind;
    };
    for (const [object, prefix] of [
      ['treasury.received_credit', 'TreasuryReceivedCredit'],
      ['treasury.received_debit', 'TreasuryReceivedDebit'],
    ] as const) {
      expect(await enumOf(`${prefix}InitiatingPaymentMethodDetails`, 'type')).toEqual([
        'BALANCE',
        'FINANCIAL_ACCOUNT',
        'ISSUING_CARD',
        'STRIPE',
        'US_BANK_ACCOUNT',
      ]);
      expect(await enumOf(`${prefix}InitiatingPaymentMethodDetails`, 'balance')).toEqual(['PAYMENTS']);
      expect(await enumOf(`${prefix}InitiatingPaymentMethodDetailsFinancialAccount`, 'network')).toEqual(['STRIPE']);
      // Exactly the spec's values (the SDK types), none invented.
      expect(specValues(object, 'initiating_payment_method_details.type')).toEqual([
        'BALANCE',
        'FINANCIAL_ACCOUNT',
        'ISSUING_CARD',
        'STRIPE',
        'US_BANK_ACCOUNT',
      ]);
      expect(specValues(object, 'initiating_payment_method_details.balance')).toEqual(['PAYMENTS']);
      expect(specValues(object, 'initiating_payment_method_details.financial_account.network')).toEqual(['STRIPE']);
    }
    // Values as the graph serves them: a credit from another FinancialAccount, and one from a Stripe balance.
    const sender = await seedFinancialAccount(t);
    const fromAccount = await receiveCreditForTest(t, fa, { initiatingPaymentMethodDetails: financialAccountInitiatingDetails(sender, 'Sender Inc') });
    expect((await t.ok(ReadDetails, { id: fromAccount.id })).treasuryReceivedCredit!.initiatingPaymentMethodDetails).toEqual({
      type: 'FINANCIAL_ACCOUNT',
      balance: null,
      financialAccount: { id: sender, network: 'STRIPE' },
      billingDetails: { name: 'Sender Inc' },
    });
    const fromBalance = await receiveCreditForTest(t, fa, {
      initiatingPaymentMethodDetails: { type: 'balance', balance: 'payments', billing_details: { address: NO_ADDRESS, email: null, name: null } },
    });
    expect((await t.ok(ReadDetails, { id: fromBalance.id })).treasuryReceivedCredit!.initiatingPaymentMethodDetails).toEqual({
      type: 'BALANCE',
      balance: 'PAYMENTS',
      financialAccount: null,
      billingDetails: { name: null },
    });
  });

  it('receiveCredit inside another command links the source flow; stripe-network credits from an OutboundPayment are reversible without deadline', async () => {
    const sender = await seedFinancialAccount(t);
    const rc = await receiveCreditForTest(t, fa, {
      amount: 500,
      network: 'stripe',
      description: 'From sender',
      initiatingPaymentMethodDetails: financialAccountInitiatingDetails(sender),
      sourceFlow: { id: 'obp_test00000000000000000000', type: 'outbound_payment' },
    });
    expect(rc).toMatchObject({
      status: 'succeeded',
      network: 'stripe',
      linked_flows: { source_flow: 'obp_test00000000000000000000', source_flow_type: 'outbound_payment' },
      reversal_details: { deadline: null, restricted_reason: null },
    });
    const got = (await t.ok(Get, { id: rc.id })).treasuryReceivedCredit!;
    expect(got.linkedFlows).toMatchObject({
      sourceFlowType: 'outbound_payment',
      sourceFlowDetails: { type: 'OUTBOUND_PAYMENT', creditReversal: null, outboundTransfer: null, payout: null },
    });
    const bySource = (await t.ok(List, { fa, linkedFlows: { sourceFlowType: 'OUTBOUND_PAYMENT' } })).treasuryReceivedCredits.nodes;
    expect(bySource.map((n) => n.id)).toEqual([rc.id]);
    expect((await t.ok(List, { fa, linkedFlows: { sourceFlowType: 'OUTBOUND_TRANSFER' } })).treasuryReceivedCredits.nodes).toEqual([]);
  });

  it('declines: frozen (inbound flows restricted) → account_frozen, feature inactive → other, closed → account_closed; no Transaction, no balance change', async () => {
    const check = async (account: string, input: Record<string, unknown> | 'stripe', code: string) => {
      const before = await balanceOf(t, account);
      const rc =
        input === 'stripe'
          ? (await t.ok(Read, { id: (await receiveCreditForTest(t, account)).id })).treasuryReceivedCredit!
          : expectOk(await create({ financialAccount: account, ...input })).treasuryReceivedCredit!;
      expect(rc).toMatchObject({ status: 'FAILED', failureCode: code, transaction: null, reversalDetails: null });
      expect(await balanceOf(t, account)).toEqual(before);
      expect(await eventsFor(rc.id)).toEqual(['treasury.received_credit.created', 'treasury.received_credit.failed']);
      return rc;
    };
    const frozen = await seedFinancialAccount(t);
    expectOk((await t.ok(UpdateFa, { input: { id: frozen, platformRestrictions: { inboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount);
    await check(frozen, {}, 'ACCOUNT_FROZEN');
    await check(frozen, 'stripe', 'ACCOUNT_FROZEN');
    // ACH and wire credits arrive at the ABA financial address; stripe-network credits need intra-Stripe flows.
    const noAba = await seedFinancialAccount(t, { features: { intraStripeFlows: { requested: true } } });
    await check(noAba, {}, 'OTHER');
    await check(noAba, { network: 'US_DOMESTIC_WIRE' }, 'OTHER');
    expect((await receiveCreditForTest(t, noAba)).status).toBe('succeeded');
    const noIntra = await seedFinancialAccount(t, { features: { financialAddresses: { aba: { requested: true } } } });
    await check(noIntra, 'stripe', 'OTHER');
    const closed = await seedFinancialAccount(t);
    expect(expectOk((await t.ok(CloseFa, { input: { id: closed } })).closeTreasuryFinancialAccount).treasuryFinancialAccount!.status).toBe('CLOSED');
    const failed = await check(closed, {}, 'ACCOUNT_CLOSED');
    expect((await t.ok(List, { fa: closed, status: 'FAILED' })).treasuryReceivedCredits.nodes.map((n) => n.id)).toEqual([failed.id]);
    expect((await t.ok(List, { fa: closed, status: 'SUCCEEDED' })).treasuryReceivedCredits.nodes).toEqual([]);
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });

  it('lists newest first with keyset pages, on the query and on the FinancialAccount', async () => {
    const own = await seedFinancialAccount(t);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(expectOk(await create({ financialAccount: own, amount: 100 + i })).treasuryReceivedCredit!.id);
    const first = (await t.ok(List, { fa: own, first: 2 })).treasuryReceivedCredits;
    expect(first.nodes.map((n) => n.id)).toEqual([ids[2], ids[1]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await t.ok(List, { fa: own, first: 2, after: first.pageInfo.endCursor })).treasuryReceivedCredits;
    expect(second.nodes.map((n) => n.id)).toEqual([ids[0]]);
    expect((await t.ok(List, { fa: own })).treasuryFinancialAccount!.receivedCredits.nodes.map((n) => n.id)).toEqual([ids[2], ids[1], ids[0]]);
  });

  it('idempotency: the same key returns the first credit without crediting twice', async () => {
    const before = await balanceOf(t, fa);
    const a = expectOk(await create({ amount: 77, idempotencyKey: 'rc-once' })).treasuryReceivedCredit!;
    const b = expectOk(await create({ amount: 77, idempotencyKey: 'rc-once' })).treasuryReceivedCredit!;
    expect(b.id).toBe(a.id);
    expectUserError(await create({ amount: 78, idempotencyKey: 'rc-once' }), 'idempotency_key_in_use');
    expect(await balanceOf(t, fa)).toEqual({ ...before, cash: before.cash + 77 });
  });

  it('refuses bad input and writes nothing', async () => {
    const before = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, fa);
    expectUserError(await create({ amount: 0 }), 'amount_too_small');
    expectUserError(await create({ amount: 100_000_000_00 }), 'amount_too_large');
    expectUserError(await create({ currency: 'eur' }), 'currency_not_supported');
    expectUserError(await create({ description: 'x'.repeat(5001) }), 'parameter_invalid');
    expect(expectUserError(await create({ financialAccount: 'fa_doesnotexist000000000000' }), 'resource_missing').field).toEqual(['financialAccount']);
    expectUserError(await create({ financialAccount: 'obt_doesnotexist00000000000' }), 'resource_missing');
    expectUserError(await create({ initiatingPaymentMethodDetails: { type: 'US_BANK_ACCOUNT', usBankAccount: { routingNumber: '12' } } }), 'parameter_invalid');
    expectUserError(
      await create({ initiatingPaymentMethodDetails: { type: 'US_BANK_ACCOUNT', usBankAccount: { accountNumber: 'abc' } } }),
      'parameter_invalid',
    );
    // Another account's FinancialAccount does not exist for this caller; test helpers refuse live keys.
    const other = await t.newAccount();
    expectUserError(await create({}, other.testKey), 'resource_missing');
    expectUserError(await create({}, t.account.liveKey), 'livemode_mismatch');
    const unknownNetwork = await t.gql(Create, { input: { amount: 1, currency: 'usd', financialAccount: fa, network: 'STRIPE' as never } });
    expect(unknownNetwork.errors?.[0]?.message).toMatch(/TestHelpersCreateTreasuryReceivedCreditNetwork/);
    expect(await t.ok(Get, { id: 'rc_doesnotexist000000000000' })).toEqual({ treasuryReceivedCredit: null, node: null });
    expect(await receivedFlowCounts(t.database.db)).toEqual(before);
    expect(await balanceOf(t, fa)).toEqual(balance);
  });
});
