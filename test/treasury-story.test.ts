import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { ledgerViolations } from '../src/ledger/invariants.js';
import { expectOk, startTestApp, type TestApp } from './support/harness.js';
import { balanceOf, seedFinancialAccount } from './support/seed.js';
import { configureTestMode } from '../src/layer/schedule.js';
import { settleScheduled } from '../src/treasury/received-credits/received.fixtures.js';

/**
 * One account's money through every received flow and reversal (issue: received flows), with both
 * FinancialAccounts' ledgers checked after every step and the whole story heard over a websocket.
 */
const Credit = graphql(`
  mutation StoryCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {
    testHelpersCreateTreasuryReceivedCredit(input: $input) {
      treasuryReceivedCredit { id status network linkedFlows { sourceFlowType } transaction { status entries(first: 5) { nodes { type } } } }
      userErrors { code message }
    }
  }
`);
const Pay = graphql(`
  mutation StoryPay($input: CreateTreasuryOutboundPaymentInput!) {
    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status transaction { status } } userErrors { code message } }
  }
`);
const Credits = graphql(`
  query StoryCredits($fa: ID!) {
    treasuryReceivedCredits(financialAccount: $fa, first: 10) {
      nodes { id status amount network reversalDetails { restrictedReason }
        linkedFlows { sourceFlowType creditReversal { id }
          sourceFlow { __typename ... on TreasuryOutboundPayment { id } ... on TreasuryCreditReversal { id } } } }
    }
  }
`);
const Reverse = graphql(`
  mutation StoryReverse($input: CreateTreasuryCreditReversalInput!) {
    createTreasuryCreditReversal(input: $input) {
      treasuryCreditReversal { id status amount network receivedCredit { id linkedFlows { creditReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }
      userErrors { code message }
    }
  }
`);
const Debit = graphql(`
  mutation StoryDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {
    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status transaction { status } } userErrors { code message } }
  }
`);
const DisputeDebit = graphql(`
  mutation StoryDisputeDebit($input: CreateTreasuryDebitReversalInput!) {
    createTreasuryDebitReversal(input: $input) {
      treasuryDebitReversal { id status amount receivedDebit { id linkedFlows { debitReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }
      userErrors { code message }
    }
  }
`);
const Stream = graphql(`subscription StoryStream($types: [String!]) { events(types: $types) { type data { object } } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Reversals settle on scheduled steps, run by the job queue after this delay.
  configureTestMode({ delayMs: 20, returnDelayMs: 20 });
});
afterAll(() => t?.close());

describe('a Treasury story on one account', () => {
  it('received credit → payment to a second FinancialAccount over stripe → credit there → its reversal → a received debit and its reversal', async () => {
    const a = await seedFinancialAccount(t);
    const b = await seedFinancialAccount(t);
    const stream = await t.subscribe(Stream, {
      types: [
        'treasury.received_credit.*',
        'treasury.received_debit.*',
        'treasury.outbound_payment.*',
        'treasury.credit_reversal.*',
        'treasury.debit_reversal.*',
      ],
    });
    const expectBalances = async (cashA: number, cashB: number) => {
      expect(await balanceOf(t, a)).toEqual({ cash: cashA, inboundPending: 0, outboundPending: 0 });
      expect(await balanceOf(t, b)).toEqual({ cash: cashB, inboundPending: 0, outboundPending: 0 });
      expect(await ledgerViolations(t.database.db, [a, b])).toEqual([]);
    };

    // 1. A third party sends 10,000 to A over ACH.
    const rc = expectOk(
      (await t.ok(Credit, { input: { amount: 10_000, currency: 'usd', financialAccount: a, network: 'ACH' } })).testHelpersCreateTreasuryReceivedCredit,
    ).treasuryReceivedCredit!;
    expect(rc).toMatchObject({
      status: 'SUCCEEDED',
      network: 'ACH',
      linkedFlows: { sourceFlowType: null },
      transaction: { status: 'POSTED', entries: { nodes: [{ type: 'RECEIVED_CREDIT' }] } },
    });
    await expectBalances(10_000, 0);

    // 2. A pays 3,000 to B over the stripe network: posted at once.
    const obp = expectOk(
      (
        await t.ok(Pay, {
          input: { amount: 3_000, currency: 'usd', financialAccount: a, destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: b } },
        })
      ).createTreasuryOutboundPayment,
    ).treasuryOutboundPayment!;
    expect(obp).toMatchObject({ status: 'POSTED', transaction: { status: 'POSTED' } });
    await expectBalances(7_000, 3_000);

    // 3. B received it as a ReceivedCredit whose source flow is the payment (linked both ways).
    const [atB] = (await t.ok(Credits, { fa: b })).treasuryReceivedCredits.nodes;
    expect(atB).toMatchObject({
      status: 'SUCCEEDED',
      amount: 3_000,
      network: 'STRIPE',
      reversalDetails: { restrictedReason: null },
      linkedFlows: { sourceFlowType: 'outbound_payment', creditReversal: null, sourceFlow: { __typename: 'TreasuryOutboundPayment', id: obp.id } },
    });

    // 4. B reverses that credit: the funds are held, then the reversal posts (a scheduled step) and the
    // money comes back to A as a ReceivedCredit from the reversal.
    const cr = expectOk((await t.ok(Reverse, { input: { receivedCredit: atB!.id } })).createTreasuryCreditReversal).treasuryCreditReversal!;
    expect(cr).toMatchObject({
      status: 'PROCESSING',
      amount: 3_000,
      network: 'STRIPE',
      receivedCredit: { id: atB!.id, linkedFlows: { creditReversal: { id: cr.id } } },
    });
    expect(cr.transaction).toEqual({ status: 'OPEN', balanceImpact: { cash: -3_000, inboundPending: 0, outboundPending: 3_000 } });
    await settleScheduled(t.database.db);
    await expectBalances(10_000, 0);
    const backAtA = (await t.ok(Credits, { fa: a })).treasuryReceivedCredits.nodes;
    expect(backAtA.map((c) => [c.amount, c.network, c.linkedFlows.sourceFlowType, (c.linkedFlows.sourceFlow as { id?: string } | null)?.id ?? null])).toEqual([
      [3_000, 'STRIPE', 'credit_reversal', cr.id],
      [10_000, 'ACH', null, null],
    ]);
    expect((await t.ok(Credits, { fa: b })).treasuryReceivedCredits.nodes[0]!.reversalDetails!.restrictedReason).toBe('ALREADY_REVERSED');

    // 5. A bank pulls 2,000 from A; A disputes the debit and wins it back.
    const rd = expectOk(
      (await t.ok(Debit, { input: { amount: 2_000, currency: 'usd', financialAccount: a, network: 'ACH' } })).testHelpersCreateTreasuryReceivedDebit,
    ).treasuryReceivedDebit!;
    expect(rd).toMatchObject({ status: 'SUCCEEDED', transaction: { status: 'POSTED' } });
    await expectBalances(8_000, 0);
    const dr = expectOk((await t.ok(DisputeDebit, { input: { receivedDebit: rd.id } })).createTreasuryDebitReversal).treasuryDebitReversal!;
    // The funds come back provisionally at once; the network's resolution (a scheduled step) confirms them.
    expect(dr).toMatchObject({ status: 'PROCESSING', amount: 2_000, receivedDebit: { id: rd.id, linkedFlows: { debitReversal: { id: dr.id } } } });
    expect(dr.transaction).toEqual({ status: 'OPEN', balanceImpact: { cash: 2_000, inboundPending: 0, outboundPending: 0 } });
    await settleScheduled(t.database.db);
    await expectBalances(10_000, 0);

    // The whole story, in commit order, over the websocket.
    const heard = (await stream.waitFor(14)).map((s) => [s.events.type, (s.events.data.object as { id: string }).id]);
    stream.dispose();
    expect(heard).toEqual([
      ['treasury.received_credit.created', rc.id],
      ['treasury.received_credit.succeeded', rc.id],
      ['treasury.outbound_payment.created', obp.id],
      ['treasury.received_credit.created', atB!.id],
      ['treasury.received_credit.succeeded', atB!.id],
      ['treasury.outbound_payment.posted', obp.id],
      ['treasury.credit_reversal.created', cr.id],
      ['treasury.credit_reversal.posted', cr.id],
      ['treasury.received_credit.created', backAtA[0]!.id],
      ['treasury.received_credit.succeeded', backAtA[0]!.id],
      ['treasury.received_debit.created', rd.id],
      ['treasury.debit_reversal.created', dr.id],
      ['treasury.debit_reversal.initial_credit_granted', dr.id],
      ['treasury.debit_reversal.completed', dr.id],
    ]);
  });
});
