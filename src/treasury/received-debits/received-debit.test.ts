import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount } from '../../../test/support/seed.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { bankInitiatingDetails } from '../received-credits/initiating-details.js';
import { eventTypesOf, receiveDebitForTest, receivedFlowCounts } from '../received-credits/received.fixtures.js';

const Create = graphql(`
  mutation RdCreate($input: TestHelpersCreateTreasuryReceivedDebitInput!) {
    testHelpersCreateTreasuryReceivedDebit(input: $input) {
      treasuryReceivedDebit {
        id object status failureCode amount currency description network
        financialAccount { id }
        initiatingPaymentMethodDetails { type billingDetails { name } usBankAccount { bankName last4 routingNumber } }
        linkedFlows { debitReversal { id } inboundTransfer { id } issuingAuthorization { id } issuingTransaction { id } payout topup }
        reversalDetails { deadline restrictedReason }
        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }
          flow { __typename ... on TreasuryReceivedDebit { id } }
          entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }
      }
      userErrors { code type message field }
    }
  }
`);
const Get = graphql(`
  query RdGet($id: ID!) {
    treasuryReceivedDebit(id: $id) {
      id status failureCode network transaction { id } initiatingPaymentMethodDetails { type }
      reversalDetails { deadline restrictedReason } linkedFlows { inboundTransfer { id } }
    }
    node(id: $id) { __typename id }
  }
`);
const List = graphql(`
  query RdList($fa: ID!, $status: TreasuryReceivedDebitStatus) {
    treasuryReceivedDebits(financialAccount: $fa, status: $status) { nodes { id status failureCode } }
    treasuryFinancialAccount(id: $fa) { receivedDebits(first: 100) { nodes { id } } }
  }
`);
const UpdateFa = graphql(`
  mutation RdUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }
  }
`);
const CloseFa = graphql(`
  mutation RdCloseFa($input: CloseTreasuryFinancialAccountInput!) {
    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }
  }
`);
const NetworkEnum = graphql(`query RdNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }`);

let t: TestApp;
let fa: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
  await fundForTest(t, fa, 10_000);
});
afterAll(() => t?.close());

const create = async (input: Record<string, unknown>, key?: string) =>
  (await t.ok(Create, { input: { amount: 1000, currency: 'usd', financialAccount: fa, network: 'ACH', ...input } as never }, key))
    .testHelpersCreateTreasuryReceivedDebit;

describe('TreasuryReceivedDebit', () => {
  it('an ACH debit succeeds: one posted Transaction with one received_debit entry, cash −amount, reversible until the deadline', async () => {
    const before = await balanceOf(t, fa);
    const rd = expectOk(
      await create({
        amount: 2500,
        initiatingPaymentMethodDetails: { type: 'US_BANK_ACCOUNT', usBankAccount: { accountHolderName: 'Utility Co', accountNumber: '000111222333' } },
      }),
    ).treasuryReceivedDebit!;
    expect(rd).toMatchObject({
      object: 'treasury.received_debit',
      status: 'SUCCEEDED',
      failureCode: null,
      amount: 2500,
      description: 'Stripe Test',
      network: 'ACH',
      financialAccount: { id: fa },
      initiatingPaymentMethodDetails: {
        type: 'US_BANK_ACCOUNT',
        billingDetails: { name: 'Utility Co' },
        usBankAccount: { bankName: 'STRIPE TEST BANK', last4: '2333', routingNumber: '110000000' },
      },
      linkedFlows: { debitReversal: null, inboundTransfer: null, issuingAuthorization: null, issuingTransaction: null, payout: null, topup: null },
      reversalDetails: { restrictedReason: null },
      transaction: {
        status: 'POSTED',
        amount: -2500,
        flowType: 'RECEIVED_DEBIT',
        balanceImpact: { cash: -2500, inboundPending: 0, outboundPending: 0 },
        flow: { __typename: 'TreasuryReceivedDebit', id: rd.id },
      },
    });
    expect(rd.transaction!.entries.nodes).toEqual([{ type: 'RECEIVED_DEBIT', balanceImpact: { cash: -2500, inboundPending: 0, outboundPending: 0 } }]);
    expect(new Date(rd.reversalDetails!.deadline!).getUTCHours()).toBe(0);
    expect(await balanceOf(t, fa)).toEqual({ ...before, cash: before.cash - 2500 });
    expect(await eventTypesOf(t.database.db, rd.id)).toEqual(['treasury.received_debit.created']);
    expect((await t.ok(Get, { id: rd.id })).node).toEqual({ __typename: 'TreasuryReceivedDebit', id: rd.id });
  });

  it('a debit larger than cash is created failed (insufficient_funds): not an error, nothing posted', async () => {
    const before = await balanceOf(t, fa);
    const counts = await receivedFlowCounts(t.database.db);
    const rd = expectOk(await create({ amount: before.cash + 1 })).treasuryReceivedDebit!;
    expect(rd).toMatchObject({ status: 'FAILED', failureCode: 'INSUFFICIENT_FUNDS', transaction: null, reversalDetails: null });
    expect(await balanceOf(t, fa)).toEqual(before);
    const after = await receivedFlowCounts(t.database.db);
    expect(after).toMatchObject({
      receivedDebits: counts.receivedDebits + 1,
      transactions: counts.transactions,
      entries: counts.entries,
      events: counts.events + 1,
    });
    expect(await eventTypesOf(t.database.db, rd.id)).toEqual(['treasury.received_debit.created']);
    // Exactly the cash is fine.
    const exact = expectOk(await create({ amount: before.cash })).treasuryReceivedDebit!;
    expect(exact.status).toBe('SUCCEEDED');
    expect(await balanceOf(t, fa)).toEqual({ ...before, cash: 0 });
    await fundForTest(t, fa, 10_000);
  });

  it('declines: frozen (outbound flows restricted) → account_frozen, feature inactive → other, closed → account_closed', async () => {
    const check = async (account: string, input: Record<string, unknown>, code: string) => {
      const before = await balanceOf(t, account);
      const rd = expectOk(await create({ financialAccount: account, amount: 100, ...input })).treasuryReceivedDebit!;
      expect(rd).toMatchObject({ status: 'FAILED', failureCode: code, transaction: null, reversalDetails: null });
      expect(await balanceOf(t, account)).toEqual(before);
      return rd;
    };
    const frozen = await seedFinancialAccount(t);
    await fundForTest(t, frozen, 1000);
    expectOk((await t.ok(UpdateFa, { input: { id: frozen, platformRestrictions: { outboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount);
    await check(frozen, {}, 'ACCOUNT_FROZEN');
    const noAba = await seedFinancialAccount(t, { features: { intraStripeFlows: { requested: true } } });
    await fundForTest(t, noAba, 1000);
    await check(noAba, {}, 'OTHER');
    // stripe-network debits (reported by other flows; the test helper takes ach only) need intra-Stripe flows, and cannot be reversed.
    const viaStripe = (await t.ok(Get, { id: (await receiveDebitForTest(t, noAba, { amount: 100 })).id })).treasuryReceivedDebit!;
    expect(viaStripe).toMatchObject({
      status: 'SUCCEEDED',
      network: 'STRIPE',
      initiatingPaymentMethodDetails: { type: 'STRIPE' },
      reversalDetails: { deadline: null, restrictedReason: 'NETWORK_RESTRICTED' },
    });
    const noIntra = await seedFinancialAccount(t, { features: { financialAddresses: { aba: { requested: true } } } });
    await fundForTest(t, noIntra, 1000);
    expect((await t.ok(Get, { id: (await receiveDebitForTest(t, noIntra, { amount: 100 })).id })).treasuryReceivedDebit).toMatchObject({
      status: 'FAILED',
      failureCode: 'OTHER',
      transaction: null,
      reversalDetails: null,
    });
    expect(await balanceOf(t, noIntra)).toEqual({ cash: 1000, inboundPending: 0, outboundPending: 0 });
    const closed = await seedFinancialAccount(t);
    expectOk((await t.ok(CloseFa, { input: { id: closed } })).closeTreasuryFinancialAccount);
    // Closed outranks insufficient funds.
    const failed = await check(closed, {}, 'ACCOUNT_CLOSED');
    const list = await t.ok(List, { fa: closed, status: 'FAILED' });
    expect(list.treasuryReceivedDebits.nodes).toEqual([{ id: failed.id, status: 'FAILED', failureCode: 'ACCOUNT_CLOSED' }]);
    expect((await t.ok(List, { fa: closed, status: 'SUCCEEDED' })).treasuryReceivedDebits.nodes).toEqual([]);
    expect(list.treasuryFinancialAccount!.receivedDebits.nodes).toEqual([{ id: failed.id }]);
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });

  it('receiveDebit inside another command: an InboundTransfer return is forced through (cash may go negative) and cannot be reversed', async () => {
    const poor = await seedFinancialAccount(t);
    await fundForTest(t, poor, 300);
    const rd = await receiveDebitForTest(t, poor, {
      amount: 1000,
      network: 'ach',
      description: 'InboundTransfer return',
      initiatingPaymentMethodDetails: bankInitiatingDetails(null),
      linkedFlows: { inboundTransfer: 'ibt_test00000000000000000000' },
      force: true,
    });
    expect(rd).toMatchObject({
      status: 'succeeded',
      linked_flows: { inbound_transfer: 'ibt_test00000000000000000000' },
      reversal_details: { restricted_reason: 'source_flow_restricted' },
    });
    expect(await balanceOf(t, poor)).toEqual({ cash: -700, inboundPending: 0, outboundPending: 0 });
    const got = (await t.ok(Get, { id: rd.id })).treasuryReceivedDebit!;
    expect(got).toMatchObject({ status: 'SUCCEEDED', transaction: { id: rd.transaction }, reversalDetails: { restrictedReason: 'SOURCE_FLOW_RESTRICTED' } });
    expect(await ledgerViolations(t.database.db, [poor])).toEqual([]);
  });

  it('the test helper takes Stripe’s one network, ach (issue 14 #8); stripe and wire debits are refused before anything is written', async () => {
    const values = (await t.ok(NetworkEnum, { name: 'TestHelpersCreateTreasuryReceivedDebitNetwork' })).__type?.enumValues?.map((v) => v.name);
    expect(values).toEqual(['ACH']);
    const counts = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, fa);
    for (const network of ['STRIPE', 'US_DOMESTIC_WIRE', 'RTP']) {
      const refused = await t.gql(Create, { input: { amount: 1, currency: 'usd', financialAccount: fa, network: network as never } });
      expect(refused.errors?.[0]?.message).toMatch(new RegExp(`"${network}" does not exist in "TestHelpersCreateTreasuryReceivedDebitNetwork"`));
    }
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    expect(await balanceOf(t, fa)).toEqual(balance);
  });

  it('refuses bad input and writes nothing', async () => {
    const before = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, fa);
    expectUserError(await create({ amount: -1 }), 'amount_too_small');
    expectUserError(await create({ currency: 'eur' }), 'currency_not_supported');
    expectUserError(await create({ financialAccount: 'fa_doesnotexist000000000000' }), 'resource_missing');
    expectUserError(
      await create({ initiatingPaymentMethodDetails: { type: 'US_BANK_ACCOUNT', usBankAccount: { routingNumber: 'abcdefghi' } } }),
      'parameter_invalid',
    );
    const other = await t.newAccount();
    expectUserError(await create({}, other.testKey), 'resource_missing');
    expectUserError(await create({}, t.account.liveKey), 'livemode_mismatch');
    const unknownNetwork = await t.gql(Create, { input: { amount: 1, currency: 'usd', financialAccount: fa, network: 'US_DOMESTIC_WIRE' as never } });
    expect(unknownNetwork.errors?.[0]?.message).toMatch(/TestHelpersCreateTreasuryReceivedDebitNetwork/);
    expect((await t.ok(Get, { id: 'rd_doesnotexist000000000000' })).treasuryReceivedDebit).toBeNull();
    expect(await receivedFlowCounts(t.database.db)).toEqual(before);
    expect(await balanceOf(t, fa)).toEqual(balance);
  });
});
