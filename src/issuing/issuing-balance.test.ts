import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../test/support/harness.js';
import { query } from '../db/sql.js';
import { issuingBalanceViolations } from './balance/issuing-balance.js';

/**
 * Issuing without Treasury: funding instructions, the Issuing balance that cards without a
 * FinancialAccount spend from, the default personalization design, and disputes that expire.
 */
const CreateInstructions = graphql(`
  mutation IbInstructions($input: CreateIssuingFundingInstructionsInput!) {
    createIssuingFundingInstructions(input: $input) {
      fundingInstructions {
        id currency fundingType livemode
        bankTransfer { country type financialAddresses { type supportedNetworks iban { iban bic country accountHolderName } sortCode { sortCode accountNumber } aba { routingNumber accountNumber } } }
      }
      userErrors { code field message }
    }
  }
`);
const ListInstructions = graphql(`query IbInstructionList { issuingFundingInstructions(first: 10) { nodes { id currency bankTransfer { type } } } }`);
const Fund = graphql(`
  mutation IbFund($input: TestHelpersFundIssuingBalanceInput!) {
    testHelpersFundIssuingBalance(input: $input) { fundingInstructions { id currency bankTransfer { type } } userErrors { code field } }
  }
`);
const Balance = graphql(`query IbBalance { issuingBalance { available { amount currency } held { amount currency } } }`);
const BalanceUpdated = graphql(`subscription IbBalanceUpdated { issuingBalanceUpdated { available { amount currency } held { amount } } }`);
const CreateHolder = graphql(`
  mutation IbHolder($input: CreateIssuingCardholderInput!) { createIssuingCardholder(input: $input) { issuingCardholder { id } userErrors { code } } }
`);
const CreateCard = graphql(`
  mutation IbCard($input: CreateIssuingCardInput!) {
    createIssuingCard(input: $input) { issuingCard { id personalizationDesign { id } } userErrors { code message field } }
  }
`);
const Authorize = graphql(`
  mutation IbAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {
    testHelpersCreateIssuingAuthorization(input: $input) {
      issuingAuthorization { id status approved amount requestHistory { reason } treasury { transaction { id } } } userErrors { code }
    }
  }
`);
const Increment = graphql(`
  mutation IbIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {
    testHelpersIncrementIssuingAuthorization(input: $input) { issuingAuthorization { id amount requestHistory { approved reason } } userErrors { code } }
  }
`);
const Reverse = graphql(`
  mutation IbReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {
    testHelpersReverseIssuingAuthorization(input: $input) { issuingAuthorization { id status amount } userErrors { code } }
  }
`);
const Capture = graphql(`
  mutation IbCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {
    testHelpersCaptureIssuingAuthorization(input: $input) { issuingAuthorization { id status transactions { id amount treasury { receivedDebit { id } } } } userErrors { code } }
  }
`);
const Refund = graphql(`
  mutation IbRefund($input: TestHelpersRefundIssuingTransactionInput!) {
    testHelpersRefundIssuingTransaction(input: $input) { issuingTransaction { id type amount } userErrors { code } }
  }
`);
const ForceCapture = graphql(`
  mutation IbForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {
    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id amount created } userErrors { code } }
  }
`);
const CreateDispute = graphql(`
  mutation IbDispute($input: CreateIssuingDisputeInput!) {
    createIssuingDispute(input: $input) { issuingDispute { id status amount treasury { debitReversal { id } } } userErrors { code message field } }
  }
`);
const SubmitDispute = graphql(`
  mutation IbSubmit($input: SubmitIssuingDisputeInput!) { submitIssuingDispute(input: $input) { issuingDispute { id status } userErrors { code } } }
`);
const GetDispute = graphql(`query IbGetDispute($id: ID!) { issuingDispute(id: $id) { id status } }`);
const CreateClock = graphql(`
  mutation IbClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }
`);
const Advance = graphql(`
  mutation IbAdvance($input: AdvanceTestHelpersTestClockInput!) {
    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime } userErrors { code } }
  }
`);
const CreateDesign = graphql(`
  mutation IbDesign($input: CreateIssuingPersonalizationDesignInput!) {
    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }
  }
`);
const UpdateDesign = graphql(`
  mutation IbUpdateDesign($input: UpdateIssuingPersonalizationDesignInput!) {
    updateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }
  }
`);
const ActivateDesign = graphql(`
  mutation IbActivateDesign($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {
    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code } }
  }
`);
const Designs = graphql(`
  query IbDesigns($isDefault: Boolean) { issuingPersonalizationDesigns(first: 10, preferences: { isDefault: $isDefault }) { nodes { id preferences { isDefault } } } }
`);

let t: TestApp;
const address = { line1: '1234 Main Street', city: 'San Francisco', state: 'CA', postalCode: '94111', country: 'US' };

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const events = async (id: string) => (await query(t.database.db, sql`select type from events where object_id = ${id} order by seq`)).map((r) => r.type);
const entries = async (accountId: string) =>
  (
    await query(
      t.database.db,
      sql`select type, available, held from issuing_balance_entries where account_id = ${accountId} and livemode = false order by created, id`,
    )
  ).map((r) => [r.type, Number(r.available), Number(r.held)]);
const balanceIn = async (key: string) => (await t.ok(Balance, {}, key)).issuingBalance;
/** A cardholder and an active virtual card without a FinancialAccount (it spends from the Issuing balance). */
async function balanceCard(key: string, currency = 'usd') {
  const h = expectOk((await t.ok(CreateHolder, { input: { name: 'Jenny Rosen', billing: { address } } as never }, key)).createIssuingCardholder)
    .issuingCardholder!;
  return expectOk((await t.ok(CreateCard, { input: { cardholder: h.id, currency, type: 'VIRTUAL', status: 'ACTIVE' } as never }, key)).createIssuingCard)
    .issuingCard!;
}

/** ISO 13616: an IBAN's rearranged number is 1 mod 97. */
function validIban(iban: string) {
  const numeric = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of numeric) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

describe('Funding instructions', () => {
  it('are made once per currency and answered the same each time; the bank type must fit the currency', async () => {
    const acct = await t.newAccount();
    const key = acct.testKey;
    const create = async (currency: string, type: string) =>
      (await t.ok(CreateInstructions, { input: { currency, fundingType: 'BANK_TRANSFER', bankTransfer: { type } } as never }, key))
        .createIssuingFundingInstructions;
    const eur = expectOk(await create('eur', 'EU_BANK_TRANSFER')).fundingInstructions!;
    expect(eur).toMatchObject({ currency: 'eur', fundingType: 'BANK_TRANSFER', livemode: false, bankTransfer: { country: 'DE', type: 'EU_BANK_TRANSFER' } });
    const [iban] = eur.bankTransfer.financialAddresses;
    expect(iban).toMatchObject({ type: 'IBAN', supportedNetworks: ['SEPA'], iban: { bic: 'SXPYDEHHXXX', country: 'DE' } });
    expect(iban!.iban!.iban).toMatch(/^DE\d{20}$/);
    expect(validIban(iban!.iban!.iban)).toBe(true);
    expect(expectOk(await create('eur', 'EU_BANK_TRANSFER')).fundingInstructions).toEqual(eur);

    const gbp = expectOk(await create('gbp', 'GB_BANK_TRANSFER')).fundingInstructions!;
    expect(gbp.bankTransfer).toMatchObject({
      country: 'GB',
      type: 'GB_BANK_TRANSFER',
      financialAddresses: [{ type: 'SORT_CODE', supportedNetworks: ['BACS', 'FPS'] }],
    });
    expect(gbp.bankTransfer.financialAddresses[0]!.sortCode!.accountNumber).toMatch(/^\d{8}$/);

    const mismatch = expectUserError(await create('usd', 'EU_BANK_TRANSFER'), 'parameter_invalid');
    expect(mismatch.field).toEqual(['currency']);
    expect((await t.ok(ListInstructions, {}, key)).issuingFundingInstructions.nodes.map((n) => n.currency)).toEqual(['gbp', 'eur']);
    // Another account has none of these.
    expect((await t.ok(ListInstructions, {}, (await t.newAccount()).testKey)).issuingFundingInstructions.nodes).toEqual([]);
    expect(await events(eur.id)).toEqual([]);
  });
});

describe('The Issuing balance', () => {
  it('story: funded by the fund helper; a card without a FinancialAccount holds, captures and is refunded against it', async () => {
    const acct = await t.newAccount();
    const key = acct.testKey;
    const c = await balanceCard(key);
    const authorize = async (amount: number) =>
      expectOk((await t.ok(Authorize, { input: { card: c.id, amount } as never }, key)).testHelpersCreateIssuingAuthorization).issuingAuthorization!;

    // Nothing funded: declined for insufficient funds, nothing held.
    const broke = await authorize(1000);
    expect(broke).toMatchObject({ status: 'CLOSED', approved: false, requestHistory: [{ reason: 'INSUFFICIENT_FUNDS' }], treasury: null });
    expect(await balanceIn(key)).toEqual({ available: [], held: [] });

    // A bank transfer of 10000 arrives: the usd instructions (ABA) are made, the balance is credited, balance.available announced.
    const sub = await t.subscribe(BalanceUpdated, {}, { key, accountId: acct.accountId });
    const funded = expectOk((await t.ok(Fund, { input: { amount: 10_000, currency: 'usd' } }, key)).testHelpersFundIssuingBalance).fundingInstructions!;
    expect(funded).toMatchObject({ currency: 'usd', bankTransfer: { type: 'US_BANK_TRANSFER' } });
    expect(await balanceIn(key)).toEqual({ available: [{ amount: 10_000, currency: 'usd' }], held: [{ amount: 0, currency: 'usd' }] });
    const [announced] = await query(
      t.database.db,
      sql`select data from events where account_id = ${acct.accountId} and type = 'balance.available' order by seq desc limit 1`,
    );
    expect((announced!.data as { object: unknown }).object).toMatchObject({ object: 'balance', issuing: { available: [{ amount: 10_000, currency: 'usd' }] } });
    // Funding again answers the same instructions.
    expect(expectOk((await t.ok(Fund, { input: { amount: 500, currency: 'usd' } }, key)).testHelpersFundIssuingBalance).fundingInstructions!.id).toBe(
      funded.id,
    );

    // Authorize 3000: held on the Issuing balance (no Treasury Transaction).
    const a = await authorize(3000);
    expect(a).toMatchObject({ status: 'PENDING', approved: true, treasury: null });
    expect(await balanceIn(key)).toEqual({ available: [{ amount: 7_500, currency: 'usd' }], held: [{ amount: 3_000, currency: 'usd' }] });
    // More than what is available is declined; an increment within it is held too.
    expect((await authorize(7_501)).requestHistory[0]!.reason).toBe('INSUFFICIENT_FUNDS');
    const inc = (await t.ok(Increment, { input: { id: a.id, incrementAmount: 1_000 } }, key)).testHelpersIncrementIssuingAuthorization.issuingAuthorization!;
    expect(inc.amount).toBe(4_000);
    const tooMuch = (await t.ok(Increment, { input: { id: a.id, incrementAmount: 6_501 } }, key)).testHelpersIncrementIssuingAuthorization
      .issuingAuthorization!;
    expect(tooMuch.requestHistory.at(-1)).toEqual({ approved: false, reason: 'INSUFFICIENT_FUNDS' });
    // A partial reversal gives 1500 back.
    expect((await t.ok(Reverse, { input: { id: a.id, reverseAmount: 1_500 } }, key)).testHelpersReverseIssuingAuthorization.issuingAuthorization).toMatchObject(
      {
        status: 'PENDING',
        amount: 2_500,
      },
    );
    expect(await balanceIn(key)).toEqual({ available: [{ amount: 8_000, currency: 'usd' }], held: [{ amount: 2_500, currency: 'usd' }] });

    // Capture 3000 (over the 2500 held): the hold is released and the capture taken.
    const cap = expectOk((await t.ok(Capture, { input: { id: a.id, captureAmount: 3_000 } }, key)).testHelpersCaptureIssuingAuthorization)
      .issuingAuthorization!;
    expect(cap).toMatchObject({ status: 'CLOSED', transactions: [{ amount: -3_000, treasury: null }] });
    expect(await balanceIn(key)).toEqual({ available: [{ amount: 7_500, currency: 'usd' }], held: [{ amount: 0, currency: 'usd' }] });

    // Refund 1000: credited back. A reversed authorization releases all it held.
    expectOk((await t.ok(Refund, { input: { id: cap.transactions[0]!.id, refundAmount: 1_000 } }, key)).testHelpersRefundIssuingTransaction);
    const b = await authorize(2_000);
    expectOk((await t.ok(Reverse, { input: { id: b.id } }, key)).testHelpersReverseIssuingAuthorization);
    expect(await balanceIn(key)).toEqual({ available: [{ amount: 8_500, currency: 'usd' }], held: [{ amount: 0, currency: 'usd' }] });

    // Entries of one command share its time: compared as a set.
    const sorted = (list: unknown[][]) => list.map((e) => JSON.stringify(e)).sort();
    expect(sorted(await entries(acct.accountId))).toEqual(
      sorted([
        ['funding', 10_000, 0],
        ['funding', 500, 0],
        ['issuing_authorization_hold', -3_000, 3_000],
        ['issuing_authorization_hold', -1_000, 1_000],
        ['issuing_authorization_release', 1_500, -1_500],
        ['issuing_transaction', -3_000, 0],
        ['issuing_authorization_release', 2_500, -2_500],
        ['issuing_transaction', 1_000, 0],
        ['issuing_authorization_hold', -2_000, 2_000],
        ['issuing_authorization_release', 2_000, -2_000],
      ]),
    );
    expect(await issuingBalanceViolations(t.database.db, [acct.accountId])).toEqual([]);
    // One notice per command that moved the balance, as committed: the capture's release and its transaction entry are one.
    const seen = await sub.waitFor(9);
    expect(seen.at(-1)!.issuingBalanceUpdated).toEqual({ available: [{ amount: 8_500, currency: 'usd' }], held: [{ amount: 0 }] });
    sub.dispose();
  });

  it('is per account and currency; the fund helper refuses bad amounts and currencies', async () => {
    const acct = await t.newAccount();
    const key = acct.testKey;
    expectOk((await t.ok(Fund, { input: { amount: 2_000, currency: 'eur' } }, key)).testHelpersFundIssuingBalance);
    const eurCard = await balanceCard(key, 'eur');
    const usdCard = await balanceCard(key, 'usd');
    const reason = async (card: string, currency: string) =>
      expectOk((await t.ok(Authorize, { input: { card, amount: 1_000, currency } as never }, key)).testHelpersCreateIssuingAuthorization).issuingAuthorization!
        .requestHistory[0]!.reason;
    expect(await reason(eurCard.id, 'eur')).toBe('CARD_ACTIVE');
    expect(await reason(usdCard.id, 'usd')).toBe('INSUFFICIENT_FUNDS');
    // Another account's balance is its own.
    expect(await balanceIn((await t.newAccount()).testKey)).toEqual({ available: [], held: [] });
    expectUserError((await t.ok(Fund, { input: { amount: 0, currency: 'usd' } }, key)).testHelpersFundIssuingBalance, 'amount_too_small');
    expectUserError((await t.ok(Fund, { input: { amount: 100, currency: 'jpy' } }, key)).testHelpersFundIssuingBalance, 'currency_not_supported');
    expectUserError((await t.ok(Fund, { input: { amount: 100, currency: 'usd' } }, acct.liveKey)).testHelpersFundIssuingBalance, 'livemode_mismatch');
    expect(await balanceIn(key)).toEqual({ available: [{ amount: 1_000, currency: 'eur' }], held: [{ amount: 1_000, currency: 'eur' }] });
    expect(await issuingBalanceViolations(t.database.db, [acct.accountId])).toEqual([]);
  });
});

describe('Disputes expire', () => {
  it('when not submitted within 110 days of the capture (test clock); a submitted one is decided instead; a won one credits the Issuing balance', async () => {
    const acct = await t.newAccount();
    const key = acct.testKey;
    const clock = expectOk((await t.ok(CreateClock, { input: { frozenTime: '2025-03-03T17:00:00Z' } }, key)).createTestHelpersTestClock).testHelpersTestClock!;
    expectOk((await t.ok(Fund, { input: { amount: 5_000, currency: 'usd' } }, key)).testHelpersFundIssuingBalance);
    const c = await balanceCard(key);
    const capture = async (amount: number) =>
      expectOk((await t.ok(ForceCapture, { input: { card: c.id, amount } }, key)).testHelpersCreateForceCaptureIssuingTransaction).issuingTransaction!;
    const dispute = async (transaction: string) =>
      expectOk(
        (await t.ok(CreateDispute, { input: { transaction, evidence: { reason: 'FRAUDULENT', fraudulent: { explanation: 'Not me.' } } } }, key))
          .createIssuingDispute,
      ).issuingDispute!;
    const left = await dispute((await capture(1_000)).id);
    const submitted = await dispute((await capture(700)).id);
    expectOk((await t.ok(SubmitDispute, { input: { id: submitted.id } }, key)).submitIssuingDispute);
    expect(await balanceIn(key)).toEqual({ available: [{ amount: 3_300, currency: 'usd' }], held: [{ amount: 0, currency: 'usd' }] });

    // Day 109: still open. Day 111: the unsubmitted one has expired; the submitted one was won (a day after submission).
    const advance = async (frozenTime: string) => expectOk((await t.ok(Advance, { input: { id: clock.id, frozenTime } }, key)).advanceTestHelpersTestClock);
    await advance('2025-06-20T17:00:00Z');
    expect((await t.ok(GetDispute, { id: left.id }, key)).issuingDispute!.status).toBe('UNSUBMITTED');
    expect((await t.ok(GetDispute, { id: submitted.id }, key)).issuingDispute!.status).toBe('WON');
    await advance('2025-06-22T17:00:00Z');
    expect((await t.ok(GetDispute, { id: left.id }, key)).issuingDispute!.status).toBe('EXPIRED');
    expect(await events(left.id)).toEqual(['issuing_dispute.created', 'issuing_dispute.closed']);
    expect(await events(submitted.id)).toEqual([
      'issuing_dispute.created',
      'issuing_dispute.submitted',
      'issuing_dispute.closed',
      'issuing_dispute.funds_reinstated',
    ]);
    const [skipped] = await query(t.database.db, sql`select outcome from scheduled_transitions where flow_id = ${submitted.id} and action = 'expire'`);
    expect(skipped!.outcome).toBe('invalid_state');
    // The won dispute credited 700 back; an expired one cannot be submitted; a capture past the window cannot be disputed.
    expect(await balanceIn(key)).toEqual({ available: [{ amount: 4_000, currency: 'usd' }], held: [{ amount: 0, currency: 'usd' }] });
    expectUserError((await t.ok(SubmitDispute, { input: { id: left.id } }, key)).submitIssuingDispute, 'invalid_state');
    const old = await capture(100);
    await advance('2025-10-20T17:00:00Z');
    const late = (await t.ok(CreateDispute, { input: { transaction: old.id, evidence: { reason: 'OTHER', other: { explanation: 'x' } } } }, key))
      .createIssuingDispute;
    expectUserError(late, 'invalid_state');
    expect(late.userErrors[0]!.message).toBe('This transaction was captured more than 110 days ago: it can no longer be disputed.');
    expect(await issuingBalanceViolations(t.database.db, [acct.accountId])).toEqual([]);
  });
});

describe('Default personalization design', () => {
  it('at most one per account: setting one unsets the previous (with its event); physical cards without a design print the active default', async () => {
    const acct = await t.newAccount();
    const key = acct.testKey;
    const design = async (isDefault: boolean) =>
      expectOk(
        (await t.ok(CreateDesign, { input: { physicalBundle: 'ics_fingraphStandardLogo', preferences: { isDefault } } }, key))
          .createIssuingPersonalizationDesign,
      ).issuingPersonalizationDesign!;
    const defaults = async () => (await t.ok(Designs, { isDefault: true }, key)).issuingPersonalizationDesigns.nodes.map((d) => d.id);
    const a = await design(true);
    const plain = await design(false);
    expect(await defaults()).toEqual([a.id]);
    const b = await design(true);
    expect(await defaults()).toEqual([b.id]);
    expect(await events(a.id)).toEqual(['issuing_personalization_design.updated']);
    const back = expectOk((await t.ok(UpdateDesign, { input: { id: a.id, preferences: { isDefault: true } } }, key)).updateIssuingPersonalizationDesign);
    expect(back.issuingPersonalizationDesign!.preferences.isDefault).toBe(true);
    expect(await defaults()).toEqual([a.id]);
    expect(await events(b.id)).toEqual(['issuing_personalization_design.updated']);
    expect(await events(plain.id)).toEqual([]);
    // Another account's default is its own.
    const other = await t.newAccount();
    expectOk(
      (await t.ok(CreateDesign, { input: { physicalBundle: 'ics_fingraphStandardLogo', preferences: { isDefault: true } } }, other.testKey))
        .createIssuingPersonalizationDesign,
    );
    expect(await defaults()).toEqual([a.id]);

    // A physical card without a design: none while the default is in review, the default once active.
    const h = expectOk((await t.ok(CreateHolder, { input: { name: 'Jenny Rosen', billing: { address } } as never }, key)).createIssuingCardholder)
      .issuingCardholder!;
    const physical = async () =>
      expectOk(
        (await t.ok(CreateCard, { input: { cardholder: h.id, currency: 'usd', type: 'PHYSICAL', shipping: { name: 'Jenny Rosen', address } } as never }, key))
          .createIssuingCard,
      ).issuingCard!;
    expect((await physical()).personalizationDesign).toBeNull();
    expectOk((await t.ok(ActivateDesign, { input: { id: a.id } }, key)).testHelpersActivateIssuingPersonalizationDesign);
    expect((await physical()).personalizationDesign).toEqual({ id: a.id });
  });
});
