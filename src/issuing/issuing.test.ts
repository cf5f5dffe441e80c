import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test/gql/index.js';
import { query } from '../db/sql.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../test/support/harness.js';
import { ALL_FEATURES, balanceOf, fundForTest, seedFinancialAccount } from '../../test/support/seed.js';
import { ledgerViolations } from '../ledger/invariants.js';
import { perform } from '../layer/perform.js';

const CreateHolder = graphql(`
  mutation IsHolder($input: CreateIssuingCardholderInput!) {
    createIssuingCardholder(input: $input) { issuingCardholder { id status requirements { disabledReason pastDue } } userErrors { code message field } }
  }
`);
const CreateCard = graphql(`
  mutation IsCard($input: CreateIssuingCardInput!) {
    createIssuingCard(input: $input) {
      issuingCard {
        id type status brand last4 expYear cancellationReason replacementReason
        financialAccount { id } cardholder { id } replacementFor { id } replacedBy { id }
        shipping { status carrier eta service trackingNumber trackingUrl shippedAt deliveredAt }
        spendingControls { spendingLimitsCurrency spendingLimits { amount interval } }
        wallets { applePay { eligible ineligibleReason } }
      }
      userErrors { code message field }
    }
  }
`);
const UpdateCard = graphql(`
  mutation IsUpdateCard($input: UpdateIssuingCardInput!) {
    updateIssuingCard(input: $input) { issuingCard { id status cancellationReason replacedBy { id } shipping { status } } userErrors { code message } }
  }
`);
const GetCard = graphql(`
  query IsGetCard($id: ID!) { issuingCard(id: $id) { id status cancellationReason replacedBy { id } shipping { status } } }
`);
const Ship = graphql(`
  mutation IsShip($input: TestHelpersShipIssuingCardInput!) {
    testHelpersShipIssuingCard(input: $input) { issuingCard { id status shipping { status carrier trackingNumber trackingUrl shippedAt } } userErrors { code message } }
  }
`);
const Deliver = graphql(`
  mutation IsDeliver($input: TestHelpersDeliverIssuingCardInput!) {
    testHelpersDeliverIssuingCard(input: $input) { issuingCard { id shipping { status deliveredAt } } userErrors { code message } }
  }
`);
const CardUpdated = graphql(`
  subscription IsCardUpdated($id: ID!) { issuingCardUpdated(id: $id) { id shipping { status } } }
`);
const Authorize = graphql(`
  mutation IsAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {
    testHelpersCreateIssuingAuthorization(input: $input) {
      issuingAuthorization {
        id status approved amount
        requestHistory { amount approved reason authorizationCode }
        treasury { transaction { id status flowType balanceImpact { cash outboundPending } } }
        fraudChallenges { channel status undeliverableReason }
      }
      userErrors { code message field }
    }
  }
`);
const Increment = graphql(`
  mutation IsIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {
    testHelpersIncrementIssuingAuthorization(input: $input) {
      issuingAuthorization { id status amount requestHistory { amount approved reason } } userErrors { code message }
    }
  }
`);
const Capture = graphql(`
  mutation IsCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {
    testHelpersCaptureIssuingAuthorization(input: $input) {
      issuingAuthorization {
        id status amount
        transactions { id type amount card { id } treasury { receivedDebit { id amount network status linkedFlows { issuingTransaction { id } issuingAuthorization { id } } } } }
        treasury { receivedDebits transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }
      }
      userErrors { code message }
    }
  }
`);
const Reverse = graphql(`
  mutation IsReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {
    testHelpersReverseIssuingAuthorization(input: $input) {
      issuingAuthorization { id status amount treasury { transaction { id status balanceImpact { cash outboundPending } } } } userErrors { code message }
    }
  }
`);
const Refund = graphql(`
  mutation IsRefund($input: TestHelpersRefundIssuingTransactionInput!) {
    testHelpersRefundIssuingTransaction(input: $input) {
      issuingTransaction { id type amount authorization { id transactions { id } treasury { receivedCredits } } treasury { receivedCredit { id amount status } } }
      userErrors { code message field }
    }
  }
`);
const ForceCapture = graphql(`
  mutation IsForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {
    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id type amount authorization { id } treasury { receivedDebit { id } } } userErrors { code message } }
  }
`);
const UnlinkedRefund = graphql(`
  mutation IsUnlinked($input: TestHelpersCreateUnlinkedRefundIssuingTransactionInput!) {
    testHelpersCreateUnlinkedRefundIssuingTransaction(input: $input) {
      issuingTransaction { id type amount treasury { receivedCredit { id network } } } userErrors { code message }
    }
  }
`);
const Graph = graphql(`
  query IsGraph($holder: ID!) {
    issuingCardholder(id: $holder) {
      cards(first: 10) { nodes { id authorizations(first: 10) { nodes { id status transactions { id type } } } transactions(first: 10) { nodes { id type } } } }
    }
  }
`);

const CreateDispute = graphql(`
  mutation IsDispute($input: CreateIssuingDisputeInput!) {
    createIssuingDispute(input: $input) { issuingDispute { id status amount transaction { id dispute { id } } treasury { receivedDebit { id } debitReversal { id } } } userErrors { code message field } }
  }
`);
const SubmitDispute = graphql(`
  mutation IsSubmit($input: SubmitIssuingDisputeInput!) {
    submitIssuingDispute(input: $input) {
      issuingDispute { id status treasury { debitReversal { id status amount linkedFlows { issuingDispute { id } } } } } userErrors { code message field }
    }
  }
`);
const GetDispute = graphql(`
  query IsGetDispute($id: ID!) { issuingDispute(id: $id) { id status lossReason treasury { debitReversal { id status } } } }
`);
const CreateDesign = graphql(`
  mutation IsDesign($input: CreateIssuingPersonalizationDesignInput!) {
    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status physicalBundle { id features { cardLogo } } } userErrors { code message field } }
  }
`);
const ActivateDesign = graphql(`
  mutation IsActivate($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {
    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code message } }
  }
`);
const RejectDesign = graphql(`
  mutation IsReject($input: TestHelpersRejectIssuingPersonalizationDesignInput!) {
    testHelpersRejectIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status rejectionReasons { cardLogo carrierText } } userErrors { code message } }
  }
`);
const Bundles = graphql(`query IsBundles { issuingPhysicalBundles(first: 10, type: STANDARD) { nodes { id type status } } }`);

let t: TestApp;
let fa: string;
const FUNDS = 100_000;
const address = { line1: '1234 Main Street', city: 'San Francisco', state: 'CA', postalCode: '94111', country: 'US' };

beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t, { features: { ...ALL_FEATURES, cardIssuing: { requested: true } } });
  await fundForTest(t, fa, FUNDS);
});
afterAll(() => t?.close());

const holder = async (input: Record<string, unknown> = {}) =>
  expectOk((await t.ok(CreateHolder, { input: { name: 'Jenny Rosen', billing: { address }, ...input } as never })).createIssuingCardholder).issuingCardholder!;
const card = async (input: Record<string, unknown>) =>
  (await t.ok(CreateCard, { input: { currency: 'usd', type: 'VIRTUAL', status: 'ACTIVE', ...input } as never })).createIssuingCard;
const authorize = async (input: Record<string, unknown>) =>
  expectOk((await t.ok(Authorize, { input: { amount: 1000, ...input } as never })).testHelpersCreateIssuingAuthorization).issuingAuthorization!;
const events = async (id: string) => (await query(t.database.db, sql`select type from events where object_id = ${id} order by seq`)).map((r) => r.type);

describe('Issuing on Treasury', () => {
  it('story: a physical card ships and is delivered, authorizes (hold), increments, captures (Transaction + ReceivedDebit), refunds (ReceivedCredit)', async () => {
    const h = await holder();
    expect(h.requirements.pastDue).toContain('INDIVIDUAL_FIRST_NAME');
    const c = expectOk(await card({ cardholder: h.id, type: 'PHYSICAL', financialAccount: fa, shipping: { name: 'Jenny Rosen', address } })).issuingCard!;
    expect(c).toMatchObject({ type: 'PHYSICAL', status: 'ACTIVE', brand: 'Visa', financialAccount: { id: fa }, cardholder: { id: h.id } });
    expect(c.shipping).toMatchObject({ status: 'PENDING', carrier: 'USPS', service: 'STANDARD', trackingNumber: null, shippedAt: null });
    expect(c.shipping!.eta).not.toBeNull();
    expect(c.wallets!.applePay).toEqual({ eligible: false, ineligibleReason: 'MISSING_CARDHOLDER_CONTACT' });

    // Shipping over the websocket: pending → shipped → delivered; deliver again is refused.
    const sub = await t.subscribe(CardUpdated, { id: c.id });
    const shipped = expectOk((await t.ok(Ship, { input: { id: c.id } })).testHelpersShipIssuingCard).issuingCard!;
    expect(shipped.shipping).toMatchObject({ status: 'SHIPPED', carrier: 'USPS' });
    expect(shipped.shipping!.trackingNumber).toMatch(/^\d{22}$/);
    expect(shipped.shipping!.trackingUrl).toBe(`https://tools.usps.com/go/TrackConfirmAction?tLabels=${shipped.shipping!.trackingNumber}`);
    expect(shipped.shipping!.shippedAt).not.toBeNull();
    expect((await t.ok(Deliver, { input: { id: c.id } })).testHelpersDeliverIssuingCard.issuingCard!.shipping!.status).toBe('DELIVERED');
    expect((await sub.waitFor(2)).map((v) => v.issuingCardUpdated.shipping!.status)).toEqual(['SHIPPED', 'DELIVERED']);
    sub.dispose();
    const again = (await t.ok(Ship, { input: { id: c.id } })).testHelpersShipIssuingCard;
    expectUserError(again, 'invalid_state');
    expect(again.userErrors[0]!.message).toBe("The card's shipping status is delivered: it cannot be shipped.");
    expect(await events(c.id)).toEqual(['issuing_card.created', 'issuing_card.updated', 'issuing_card.updated']);

    // Authorize 3000: held (cash → outbound_pending) on an open issuing_authorization Transaction.
    const a = await authorize({ card: c.id, amount: 3000 });
    expect(a).toMatchObject({ status: 'PENDING', approved: true, amount: 3000 });
    expect(a.requestHistory).toMatchObject([{ amount: 3000, approved: true, reason: 'CARD_ACTIVE' }]);
    expect(a.requestHistory[0]!.authorizationCode).toMatch(/^S\d{6}$/);
    expect(a.treasury!.transaction).toMatchObject({ status: 'OPEN', flowType: 'ISSUING_AUTHORIZATION', balanceImpact: { cash: -3000, outboundPending: 3000 } });
    expect(await balanceOf(t, fa)).toEqual({ cash: FUNDS - 3000, inboundPending: 0, outboundPending: 3000 });

    // Increment 500: a second approved request, held too.
    const inc = expectOk((await t.ok(Increment, { input: { id: a.id, incrementAmount: 500 } })).testHelpersIncrementIssuingAuthorization).issuingAuthorization!;
    expect(inc.amount).toBe(3500);
    expect(inc.requestHistory.map((r) => [r.amount, r.approved])).toEqual([
      [3000, true],
      [500, true],
    ]);
    expect(await balanceOf(t, fa)).toEqual({ cash: FUNDS - 3500, inboundPending: 0, outboundPending: 3500 });

    // Capture 4000 (a tip over the authorized amount): the hold is released, the capture debits 4000.
    const cap = expectOk((await t.ok(Capture, { input: { id: a.id, captureAmount: 4000 } })).testHelpersCaptureIssuingAuthorization).issuingAuthorization!;
    expect(cap.status).toBe('CLOSED');
    const [txn] = cap.transactions;
    expect(txn).toMatchObject({ type: 'CAPTURE', amount: -4000, card: { id: c.id } });
    expect(txn!.treasury!.receivedDebit).toMatchObject({
      amount: 4000,
      network: 'CARD',
      status: 'SUCCEEDED',
      linkedFlows: { issuingTransaction: { id: txn!.id }, issuingAuthorization: { id: a.id } },
    });
    expect(cap.treasury!.receivedDebits).toEqual([txn!.treasury!.receivedDebit!.id]);
    expect(cap.treasury!.transaction).toMatchObject({ status: 'POSTED', balanceImpact: { cash: 0, outboundPending: 0 } });
    expect(cap.treasury!.transaction!.entries.nodes.map((e) => e.type)).toEqual([
      'ISSUING_AUTHORIZATION_RELEASE',
      'ISSUING_AUTHORIZATION_HOLD',
      'ISSUING_AUTHORIZATION_HOLD',
    ]);
    expect(await balanceOf(t, fa)).toEqual({ cash: FUNDS - 4000, inboundPending: 0, outboundPending: 0 });

    // Refund 1500 of the capture: a refund Transaction linked to the authorization, credited by a ReceivedCredit.
    const refund = expectOk((await t.ok(Refund, { input: { id: txn!.id, refundAmount: 1500 } })).testHelpersRefundIssuingTransaction).issuingTransaction!;
    expect(refund).toMatchObject({
      type: 'REFUND',
      amount: 1500,
      authorization: { id: a.id },
      treasury: { receivedCredit: { amount: 1500, status: 'SUCCEEDED' } },
    });
    expect(refund.authorization!.transactions.map((x) => x.id)).toEqual([txn!.id, refund.id]);
    expect(refund.authorization!.treasury!.receivedCredits).toEqual([refund.treasury!.receivedCredit!.id]);
    expect(await balanceOf(t, fa)).toEqual({ cash: FUNDS - 2500, inboundPending: 0, outboundPending: 0 });
    const tooMuch = (await t.ok(Refund, { input: { id: txn!.id, refundAmount: 2501 } })).testHelpersRefundIssuingTransaction;
    expectUserError(tooMuch, 'parameter_invalid');

    // Relations: cardholder → cards → authorizations → transactions.
    const g = (await t.ok(Graph, { holder: h.id })).issuingCardholder!;
    expect(g.cards.nodes[0]!.authorizations.nodes[0]!.transactions.map((x) => x.type)).toEqual(['CAPTURE', 'REFUND']);
    expect(g.cards.nodes[0]!.transactions.nodes.map((x) => x.type).sort()).toEqual(['CAPTURE', 'REFUND']);
    expect(await events(a.id)).toEqual([
      'issuing_authorization.created',
      'issuing_authorization.updated',
      'issuing_authorization.updated',
      'issuing_authorization.updated',
    ]);
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });

  it('declines by spending controls, card and cardholder state and funds, recording the reason and holding nothing', async () => {
    const h = await holder({ spendingControls: { blockedCategories: ['TAXICABS_LIMOUSINES'] } });
    const c = expectOk(
      await card({
        cardholder: h.id,
        financialAccount: fa,
        spendingControls: {
          spendingLimits: [
            { amount: 5000, interval: 'PER_AUTHORIZATION' },
            { amount: 8000, interval: 'DAILY' },
          ],
        },
      }),
    ).issuingCard!;
    expect(c.spendingControls.spendingLimitsCurrency).toBe('usd');
    const before = await balanceOf(t, fa);
    const reasonOf = async (input: Record<string, unknown>) => {
      const a = await authorize({ card: c.id, ...input });
      return [a.status, a.approved, a.requestHistory.at(-1)!.reason, a.treasury?.transaction ?? null];
    };
    expect(await reasonOf({ amount: 100, merchantData: { category: 'TAXICABS_LIMOUSINES' } })).toEqual(['CLOSED', false, 'SPENDING_CONTROLS', null]);
    expect(await reasonOf({ amount: 5001 })).toEqual(['CLOSED', false, 'SPENDING_CONTROLS', null]);
    const ok = await authorize({ card: c.id, amount: 5000 });
    expect(ok.approved).toBe(true);
    // 5000 approved today: 3001 more exceeds the daily 8000; an increment is a request too.
    expect(await reasonOf({ amount: 3001 })).toEqual(['CLOSED', false, 'SPENDING_CONTROLS', null]);
    const inc = (await t.ok(Increment, { input: { id: ok.id, incrementAmount: 3001 } })).testHelpersIncrementIssuingAuthorization.issuingAuthorization!;
    expect(inc).toMatchObject({ status: 'PENDING', amount: 5000 });
    expect(inc.requestHistory.at(-1)).toMatchObject({ amount: 3001, approved: false, reason: 'SPENDING_CONTROLS' });
    expect(await balanceOf(t, fa)).toEqual({ ...before, cash: before.cash - 5000, outboundPending: before.outboundPending + 5000 });

    // A partial reversal releases part of the hold; the rest reverses it and voids its Transaction.
    const part = (await t.ok(Reverse, { input: { id: ok.id, reverseAmount: 2000 } })).testHelpersReverseIssuingAuthorization.issuingAuthorization!;
    expect(part).toMatchObject({
      status: 'PENDING',
      amount: 3000,
      treasury: { transaction: { status: 'OPEN', balanceImpact: { cash: -3000, outboundPending: 3000 } } },
    });
    const rest = (await t.ok(Reverse, { input: { id: ok.id } })).testHelpersReverseIssuingAuthorization.issuingAuthorization!;
    expect(rest).toMatchObject({ status: 'REVERSED', treasury: { transaction: { status: 'VOID', balanceImpact: { cash: 0, outboundPending: 0 } } } });
    expect(await balanceOf(t, fa)).toEqual(before);

    // Funds: more than the FinancialAccount's cash is declined (insufficient_funds); an inactive card or cardholder declines.
    const big = expectOk(await card({ cardholder: h.id, financialAccount: fa })).issuingCard!;
    expect((await authorize({ card: big.id, amount: before.cash + 1 })).requestHistory[0]!.reason).toBe('INSUFFICIENT_FUNDS');
    const inactive = expectOk(await card({ cardholder: h.id, status: 'INACTIVE' })).issuingCard!;
    expect((await authorize({ card: inactive.id })).requestHistory[0]!.reason).toBe('CARD_INACTIVE');
    // A high fraud risk is declined with an SMS challenge (undeliverable without a phone number).
    const risky = await authorize({ card: big.id, riskAssessment: { fraudRisk: { level: 'HIGHEST' } } });
    expect(risky).toMatchObject({ approved: false, fraudChallenges: [{ channel: 'SMS', status: 'UNDELIVERABLE', undeliverableReason: 'NO_PHONE_NUMBER' }] });
    expect(await balanceOf(t, fa)).toEqual(before);
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });

  it('replacements: a lost card is canceled at once; a damaged one when its replacement is activated; canceled cards stay canceled', async () => {
    const h = await holder({ email: 'jenny@example.com' });
    const lost = expectOk(await card({ cardholder: h.id, type: 'PHYSICAL', status: 'INACTIVE', shipping: { name: 'Jenny Rosen', address } })).issuingCard!;
    expect(lost.wallets!.applePay).toEqual({ eligible: true, ineligibleReason: null });
    const r1 = expectOk(await card({ replacementFor: lost.id, replacementReason: 'LOST', type: 'PHYSICAL' })).issuingCard!;
    expect(r1).toMatchObject({ cardholder: { id: h.id }, replacementFor: { id: lost.id }, replacementReason: 'LOST', shipping: { status: 'PENDING' } });
    expect((await t.ok(GetCard, { id: lost.id })).issuingCard).toMatchObject({
      status: 'CANCELED',
      cancellationReason: 'LOST',
      replacedBy: { id: r1.id },
      shipping: { status: 'CANCELED' },
    });
    expectUserError((await t.ok(Ship, { input: { id: lost.id } })).testHelpersShipIssuingCard, 'invalid_state');
    expectUserError((await t.ok(UpdateCard, { input: { id: lost.id, status: 'ACTIVE' } })).updateIssuingCard, 'invalid_state');

    const damaged = expectOk(await card({ cardholder: h.id })).issuingCard!;
    const r2 = expectOk(await card({ replacementFor: damaged.id, replacementReason: 'DAMAGED', status: 'INACTIVE' })).issuingCard!;
    expect((await t.ok(GetCard, { id: damaged.id })).issuingCard).toMatchObject({ status: 'ACTIVE', replacedBy: { id: r2.id } });
    expectOk((await t.ok(UpdateCard, { input: { id: r2.id, status: 'ACTIVE' } })).updateIssuingCard);
    expect((await t.ok(GetCard, { id: damaged.id })).issuingCard).toMatchObject({ status: 'CANCELED', cancellationReason: null });

    const other = await t.newAccount();
    const foreign = (await t.ok(CreateCard, { input: { currency: 'usd', type: 'VIRTUAL', cardholder: h.id } as never }, other.testKey)).createIssuingCard;
    expectUserError(foreign, 'resource_missing');
    expectUserError(await card({ cardholder: h.id, type: 'PHYSICAL' }), 'parameter_missing');
    expectUserError(await card({ cardholder: h.id, shipping: { name: 'X', address } }), 'parameter_invalid');
  });

  it('force captures and unlinked refunds move money without an authorization', async () => {
    const h = await holder();
    const c = expectOk(await card({ cardholder: h.id, financialAccount: fa })).issuingCard!;
    const before = await balanceOf(t, fa);
    const fc = expectOk((await t.ok(ForceCapture, { input: { card: c.id, amount: 700 } })).testHelpersCreateForceCaptureIssuingTransaction).issuingTransaction!;
    expect(fc).toMatchObject({ type: 'CAPTURE', amount: -700, authorization: null });
    const ur = expectOk((await t.ok(UnlinkedRefund, { input: { card: c.id, amount: 200 } })).testHelpersCreateUnlinkedRefundIssuingTransaction)
      .issuingTransaction!;
    expect(ur).toMatchObject({ type: 'REFUND', amount: 200, treasury: { receivedCredit: { network: 'CARD' } } });
    expect(await balanceOf(t, fa)).toEqual({ ...before, cash: before.cash - 500 });
    expect(await events(fc.id)).toEqual(['issuing_transaction.created']);
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });

  it('disputes: submitting reverses the capture ReceivedDebit (provisional credit); won keeps it, lost takes it back', async () => {
    const h = await holder();
    const c = expectOk(await card({ cardholder: h.id, financialAccount: fa })).issuingCard!;
    const caller = { db: t.database.db, scope: { accountId: t.account.accountId, livemode: false }, requestId: null };
    const capture = async (amount: number) =>
      expectOk((await t.ok(ForceCapture, { input: { card: c.id, amount } })).testHelpersCreateForceCaptureIssuingTransaction).issuingTransaction!;
    const before = await balanceOf(t, fa);
    const won = await capture(900);
    const d = expectOk(
      (await t.ok(CreateDispute, { input: { transaction: won.id, evidence: { reason: 'FRAUDULENT', fraudulent: { explanation: 'Not me.' } } } }))
        .createIssuingDispute,
    ).issuingDispute!;
    expect(d).toMatchObject({
      status: 'UNSUBMITTED',
      amount: 900,
      transaction: { id: won.id, dispute: { id: d.id } },
      treasury: { receivedDebit: { id: won.treasury!.receivedDebit!.id }, debitReversal: null },
    });
    expectUserError((await t.ok(CreateDispute, { input: { transaction: won.id } })).createIssuingDispute, 'invalid_state');
    const sub = expectOk((await t.ok(SubmitDispute, { input: { id: d.id } })).submitIssuingDispute).issuingDispute!;
    expect(sub).toMatchObject({
      status: 'SUBMITTED',
      treasury: { debitReversal: { status: 'PROCESSING', amount: 900, linkedFlows: { issuingDispute: { id: d.id } } } },
    });
    expect(await balanceOf(t, fa)).toEqual(before);
    await perform('issuing.dispute', 'win', caller, { id: d.id });
    expect((await t.ok(GetDispute, { id: d.id })).issuingDispute).toMatchObject({ status: 'WON', treasury: { debitReversal: { status: 'SUCCEEDED' } } });
    expect(await events(d.id)).toEqual(['issuing_dispute.created', 'issuing_dispute.submitted', 'issuing_dispute.closed', 'issuing_dispute.funds_reinstated']);

    const lost = await capture(400);
    const d2 = expectOk(
      (await t.ok(CreateDispute, { input: { transaction: lost.id, evidence: { reason: 'OTHER', other: { explanation: 'losing_evidence' } } } }))
        .createIssuingDispute,
    ).issuingDispute!;
    expectOk((await t.ok(SubmitDispute, { input: { id: d2.id } })).submitIssuingDispute);
    expect(await balanceOf(t, fa)).toEqual(before);
    await perform('issuing.dispute', 'lose', caller, { id: d2.id });
    expect((await t.ok(GetDispute, { id: d2.id })).issuingDispute).toMatchObject({
      status: 'LOST',
      lossReason: 'OTHER',
      treasury: { debitReversal: { status: 'FAILED' } },
    });
    expect(await balanceOf(t, fa)).toEqual({ ...before, cash: before.cash - 400 });
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });

  it('personalization designs: reviewed by the helpers; cards print only an active design; bundles are a catalogue', async () => {
    expect((await t.ok(Bundles, {})).issuingPhysicalBundles.nodes.map((b) => b.type)).toEqual(['STANDARD', 'STANDARD']);
    const missingLogo = (await t.ok(CreateDesign, { input: { physicalBundle: 'ics_fingraphCustomBlack' } })).createIssuingPersonalizationDesign;
    expectUserError(missingLogo, 'parameter_missing');
    const design = expectOk(
      (await t.ok(CreateDesign, { input: { physicalBundle: 'ics_fingraphStandardLogo', name: 'Ours' } })).createIssuingPersonalizationDesign,
    ).issuingPersonalizationDesign!;
    expect(design.status).toBe('REVIEW');
    const h = await holder();
    const physical = { cardholder: h.id, type: 'PHYSICAL', shipping: { name: 'Jenny Rosen', address }, personalizationDesign: design.id };
    expectUserError(await card(physical), 'parameter_invalid');
    expect(
      (await t.ok(ActivateDesign, { input: { id: design.id } })).testHelpersActivateIssuingPersonalizationDesign.issuingPersonalizationDesign!.status,
    ).toBe('ACTIVE');
    expectOk(await card(physical));
    const other = expectOk((await t.ok(CreateDesign, { input: { physicalBundle: 'ics_fingraphStandardWhite' } })).createIssuingPersonalizationDesign)
      .issuingPersonalizationDesign!;
    const rejected = (await t.ok(RejectDesign, { input: { id: other.id, rejectionReasons: { carrierText: ['INAPPROPRIATE'] } } }))
      .testHelpersRejectIssuingPersonalizationDesign;
    expect(rejected.issuingPersonalizationDesign).toMatchObject({ status: 'REJECTED', rejectionReasons: { cardLogo: null, carrierText: ['INAPPROPRIATE'] } });
    expectUserError((await t.ok(ActivateDesign, { input: { id: other.id } })).testHelpersActivateIssuingPersonalizationDesign, 'invalid_state');
  });
});
