import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type Subscription, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount, seedPaymentMethod } from '../../../test/support/seed.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { scheduledTransitions } from '../../layer/scheduled-transition.table.js';
import { configureTestMode } from '../../layer/schedule.js';

/**
 * Stripe's magic test values (treasury-guides.md §4.2, §4.4): a flow to or from one of them is
 * created `processing`, then moves on its own, on the job queue, through the test helpers' code.
 * Every outcome is observed as events on a real websocket subscription, then in the ledger.
 */

const CreateObt = graphql(`
  mutation MagicCreateObt($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status expectedArrivalDate } userErrors { code field } }
  }
`);
const CreateObp = graphql(`
  mutation MagicCreateObp($input: CreateTreasuryOutboundPaymentInput!) {
    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status expectedArrivalDate } userErrors { code field } }
  }
`);
const CreateIbt = graphql(`
  mutation MagicCreateIbt($input: CreateTreasuryInboundTransferInput!) {
    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code field } }
  }
`);
const Obt = graphql(`
  query MagicObt($id: ID!) {
    treasuryOutboundTransfer(id: $id) { status transaction { status } returnedDetails { code transaction { status amount } } }
  }
`);
const Ibt = graphql(`
  query MagicIbt($id: ID!) {
    treasuryInboundTransfer(id: $id) { status returned failureDetails { code } transaction { status amount } linkedFlows { receivedDebit { id amount status } } }
  }
`);
const Pm = graphql(`query MagicPm($id: ID!) { paymentMethod(id: $id) { id livemode usBankAccount { last4 routingNumber bankName } } }`);
const Events = graphql(`subscription MagicEvents($types: [String!]) { events(types: $types) { id type request { id } data { object } } }`);

type EventValue = { events: { type: string; request: { id: string | null } | null; data: { object: Record<string, any> } } };

let t: TestApp;
let fa: string;
let events: Subscription<EventValue>;

beforeAll(async () => {
  t = await startTestApp();
  configureTestMode({ delayMs: 20, returnDelayMs: 20 });
  fa = await seedFinancialAccount(t);
  await fundForTest(t, fa, 1_000_000);
  events = await t.subscribe(Events, { types: ['treasury.*'] });
});
afterAll(() => t?.close());

/** Waits (on the websocket) until the object has `count` events, and returns their types in order. */
async function eventsOf(id: string, count: number, timeoutMs = 10_000): Promise<{ type: string; object: Record<string, any>; requestId: string | null }[]> {
  const deadline = Date.now() + timeoutMs;
  const mine = () => events.values.filter((v) => v.events.data.object.id === id || v.events.data.object.linked_flows?.inbound_transfer === id);
  while (mine().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return mine().map((v) => ({ type: v.events.type, object: v.events.data.object, requestId: v.events.request?.id ?? null }));
}

const scheduledFor = async (id: string) => t.database.db.select().from(scheduledTransitions).where(eq(scheduledTransitions.flowId, id));
/** All of a flow's scheduled transitions have run (so "nothing more will happen" is a fact, not a wait). */
async function settled(id: string) {
  const deadline = Date.now() + 10_000;
  while ((await scheduledFor(id)).some((r) => !r.doneAt) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return scheduledFor(id);
}

const OUTBOUND_CASES: [string, string[], { status: string; code?: string; cash: 'kept' | 'spent' }][] = [
  ['pm_usBankAccount', ['created', 'posted'], { status: 'POSTED', cash: 'spent' }],
  ['pm_usBankAccount_processing', ['created'], { status: 'PROCESSING', cash: 'spent' }],
  ['pm_usBankAccount_expectedArrivalDateUpdated', ['created', 'expected_arrival_date_updated', 'posted'], { status: 'POSTED', cash: 'spent' }],
  ['pm_usBankAccount_canceledByUser', ['created', 'canceled'], { status: 'CANCELED', cash: 'kept' }],
  ['pm_usBankAccount_internalFailure', ['created', 'failed'], { status: 'FAILED', cash: 'kept' }],
  ['pm_usBankAccount_accountClosed', ['created', 'posted', 'returned'], { status: 'RETURNED', code: 'account_closed', cash: 'kept' }],
  ['pm_usBankAccount_noAccount', ['created', 'posted', 'returned'], { status: 'RETURNED', code: 'no_account', cash: 'kept' }],
  ['pm_usBankAccount_invalidAccountNumber', ['created', 'posted', 'returned'], { status: 'RETURNED', code: 'invalid_account_number', cash: 'kept' }],
];

describe('magic test PaymentMethods: OutboundTransfer', () => {
  for (const [pm, expected, outcome] of OUTBOUND_CASES) {
    it(`${pm}: ${expected.join(' → ')}`, async () => {
      const before = await balanceOf(t, fa);
      const created = expectOk(
        (await t.ok(CreateObt, { input: { amount: 1200, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } }))
          .createTreasuryOutboundTransfer,
      );
      const obt = created.treasuryOutboundTransfer!;
      expect(obt.status).toBe('PROCESSING'); // the response is always processing
      const runs = await settled(obt.id);
      const seen = await eventsOf(obt.id, expected.length);
      expect(seen.map((e) => e.type)).toEqual(expected.map((e) => `treasury.outbound_transfer.${e}`));
      // Automatic transitions have no request, as Stripe's own.
      expect(seen.slice(1).every((e) => e.requestId === null)).toBe(true);
      expect(runs.map((r) => r.outcome)).toEqual(runs.map(() => 'ok'));
      if (expected.includes('expected_arrival_date_updated')) {
        const updated = seen.find((e) => e.type.endsWith('expected_arrival_date_updated'))!;
        expect(updated.object.expected_arrival_date).toBe(seen[0]!.object.expected_arrival_date + 86_400);
      }
      const after = (await t.ok(Obt, { id: obt.id })).treasuryOutboundTransfer!;
      expect(after.status).toBe(outcome.status);
      if (outcome.code) expect(after.returnedDetails).toEqual({ code: outcome.code.toUpperCase(), transaction: { status: 'POSTED', amount: 1200 } });
      const balance = await balanceOf(t, fa);
      if (outcome.status === 'PROCESSING') expect(balance).toEqual({ ...before, cash: before.cash - 1200, outboundPending: before.outboundPending + 1200 });
      else if (outcome.cash === 'spent') expect(balance).toEqual({ ...before, cash: before.cash - 1200 });
      else expect(balance).toEqual(before);
      expect(await ledgerViolations(t.database.db)).toEqual([]);
    });
  }
});

/** The raw test account numbers on routing 110000000, as PaymentMethods and as destinationPaymentMethodData. */
const RAW_CASES: [string, string[], string][] = [
  ['000123456789', ['created', 'posted'], 'POSTED'],
  ['000000000009', ['created'], 'PROCESSING'],
  ['000123457890', ['created', 'expected_arrival_date_updated', 'posted'], 'POSTED'],
  ['000000000123', ['created', 'canceled'], 'CANCELED'],
  ['000000000234', ['created', 'failed'], 'FAILED'],
  ['000111111113', ['created', 'posted', 'returned'], 'RETURNED'],
  ['000111111116', ['created', 'posted', 'returned'], 'RETURNED'],
  ['000111111119', ['created', 'posted', 'returned'], 'RETURNED'],
];

describe('magic test account numbers: OutboundPayment', () => {
  for (const [accountNumber, expected, status] of RAW_CASES) {
    it(`account ${accountNumber}: ${expected.join(' → ')}`, async () => {
      const created = expectOk(
        (
          await t.ok(CreateObp, {
            input: {
              amount: 700,
              currency: 'usd',
              financialAccount: fa,
              destinationPaymentMethodData: {
                type: 'US_BANK_ACCOUNT',
                usBankAccount: { routingNumber: '110000000', accountNumber, accountHolderType: 'INDIVIDUAL' },
                billingDetails: { name: 'Jenny Rosen' },
              },
            },
          })
        ).createTreasuryOutboundPayment,
      );
      const obp = created.treasuryOutboundPayment!;
      expect(obp.status).toBe('PROCESSING');
      await settled(obp.id);
      const seen = await eventsOf(obp.id, expected.length);
      expect(seen.map((e) => e.type)).toEqual(expected.map((e) => `treasury.outbound_payment.${e}`));
      expect(seen.at(-1)!.object.status).toBe(status.toLowerCase());
      if (status === 'RETURNED')
        expect(seen.at(-1)!.object.returned_details.code).toBe(
          { '000111111113': 'account_closed', '000111111116': 'no_account', '000111111119': 'invalid_account_number' }[accountNumber],
        );
    });
  }

  it('magic PaymentMethods drive OutboundPayments too; a PaymentMethod with a raw test number drives an OutboundTransfer', async () => {
    const obp = expectOk(
      (await t.ok(CreateObp, { input: { amount: 300, currency: 'usd', financialAccount: fa, destinationPaymentMethod: 'pm_usBankAccount_internalFailure' } }))
        .createTreasuryOutboundPayment,
    ).treasuryOutboundPayment!;
    expect((await eventsOf(obp.id, 2)).map((e) => e.type)).toEqual(['treasury.outbound_payment.created', 'treasury.outbound_payment.failed']);
    const pm = await seedPaymentMethod(t, { accountNumber: '000111111116' });
    const obt = expectOk(
      (await t.ok(CreateObt, { input: { amount: 300, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } })).createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    const seen = await eventsOf(obt.id, 3);
    expect(seen.map((e) => e.type)).toEqual(['treasury.outbound_transfer.created', 'treasury.outbound_transfer.posted', 'treasury.outbound_transfer.returned']);
    expect(seen[2]!.object.returned_details.code).toBe('no_account');
  });

  it('an ordinary test account number is manual: nothing is scheduled, test helpers move it', async () => {
    const pm = await seedPaymentMethod(t);
    const obt = expectOk(
      (await t.ok(CreateObt, { input: { amount: 100, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } })).createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    expect(await scheduledFor(obt.id)).toEqual([]);
  });
});

const INBOUND_CASES: [string, string[], { status: string; code?: string; returned?: boolean }][] = [
  ['pm_usBankAccount', ['created', 'succeeded'], { status: 'SUCCEEDED' }],
  ['pm_usBankAccount_processing', ['created'], { status: 'PROCESSING' }],
  ['pm_usBankAccount_internalFailure', ['created', 'failed'], { status: 'FAILED', code: 'OTHER' }],
  ['pm_usBankAccount_noAccount', ['created', 'failed'], { status: 'FAILED', code: 'NO_ACCOUNT' }],
  ['pm_usBankAccount_accountClosed', ['created', 'failed'], { status: 'FAILED', code: 'ACCOUNT_CLOSED' }],
  ['pm_usBankAccount_invalidAccountNumber', ['created', 'failed'], { status: 'FAILED', code: 'INVALID_ACCOUNT_NUMBER' }],
  ['pm_usBankAccount_insufficientFunds', ['created', 'failed'], { status: 'FAILED', code: 'INSUFFICIENT_FUNDS' }],
  ['pm_usBankAccount_debitNotAuthorized', ['created', 'failed'], { status: 'FAILED', code: 'DEBIT_NOT_AUTHORIZED' }],
  ['pm_usBankAccount_dispute', ['created', 'succeeded', 'received_debit.created'], { status: 'SUCCEEDED', returned: true }],
];

describe('magic test PaymentMethods: InboundTransfer', () => {
  for (const [pm, expected, outcome] of INBOUND_CASES) {
    it(`${pm}: ${expected.join(' → ')}`, async () => {
      const before = await balanceOf(t, fa);
      const ibt = expectOk(
        (await t.ok(CreateIbt, { input: { amount: 2500, currency: 'usd', financialAccount: fa, originPaymentMethod: pm } })).createTreasuryInboundTransfer,
      ).treasuryInboundTransfer!;
      expect(ibt.status).toBe('PROCESSING');
      await settled(ibt.id);
      const seen = await eventsOf(ibt.id, expected.length);
      expect(seen.map((e) => e.type)).toEqual(expected.map((e) => (e.includes('.') ? `treasury.${e}` : `treasury.inbound_transfer.${e}`)));
      const after = (await t.ok(Ibt, { id: ibt.id })).treasuryInboundTransfer!;
      expect(after.status).toBe(outcome.status);
      expect(after.failureDetails?.code ?? null).toBe(outcome.code && outcome.status === 'FAILED' ? outcome.code : (after.failureDetails?.code ?? null));
      // Failed: the Transaction made at create is voided (it never touched the balance).
      if (outcome.status === 'FAILED') expect(after.transaction).toEqual({ status: 'VOID', amount: 2500 });
      const balance = await balanceOf(t, fa);
      if (outcome.returned) {
        // Succeeded, then pulled back by a ReceivedDebit: cash where it started.
        expect(after.returned).toBe(true);
        expect(after.linkedFlows.receivedDebit).toMatchObject({ amount: 2500, status: 'SUCCEEDED' });
        expect(balance).toEqual(before);
      } else if (outcome.status === 'SUCCEEDED') {
        expect(after.transaction).toEqual({ status: 'POSTED', amount: 2500 });
        expect(balance).toEqual({ ...before, cash: before.cash + 2500 });
      } else expect(balance).toEqual(before);
      expect(await ledgerViolations(t.database.db)).toEqual([]);
    });
  }
});

describe('live mode', () => {
  it('magic ids do not exist in live mode: an ordinary resource_missing, nothing written', async () => {
    const liveFa = await seedFinancialAccount(t, { key: t.account.liveKey });
    const r = await t.ok(
      CreateObt,
      { input: { amount: 100, currency: 'usd', financialAccount: liveFa, destinationPaymentMethod: 'pm_usBankAccount' } },
      t.account.liveKey,
    );
    expect(expectUserError(r.createTreasuryOutboundTransfer, 'resource_missing').field).toEqual(['destinationPaymentMethod']);
    const i = await t.ok(
      CreateIbt,
      { input: { amount: 100, currency: 'usd', financialAccount: liveFa, originPaymentMethod: 'pm_usBankAccount_dispute' } },
      t.account.liveKey,
    );
    expect(expectUserError(i.createTreasuryInboundTransfer, 'resource_missing').field).toEqual(['originPaymentMethod']);
    expect((await t.ok(Pm, { id: 'pm_usBankAccount' }, t.account.liveKey)).paymentMethod).toBeNull();
    // In test mode it is there, in every account.
    const other = await t.newAccount();
    expect((await t.ok(Pm, { id: 'pm_usBankAccount_noAccount' }, other.testKey)).paymentMethod).toEqual({
      id: 'pm_usBankAccount_noAccount',
      livemode: false,
      usBankAccount: { last4: '6789', routingNumber: '110000000', bankName: 'STRIPE TEST BANK' },
    });
    expect(await t.database.db.select().from(scheduledTransitions).where(eq(scheduledTransitions.livemode, true))).toEqual([]);
  });
});
