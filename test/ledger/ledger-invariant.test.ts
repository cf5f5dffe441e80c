import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ledgerViolations } from '../../src/ledger/invariants.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount, seedPaymentMethod } from '../support/seed.js';
import { configureTestMode } from '../../src/layer/schedule.js';
import { settleScheduled } from '../../src/treasury/received-credits/received.fixtures.js';

const Create = graphql(`
  mutation LedgerObtCreate($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code } }
  }
`);
const Post = graphql(
  `mutation LedgerObtPost($id: ID!) { testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }`,
);
const Fail = graphql(
  `mutation LedgerObtFail($id: ID!) { testHelpersFailTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }`,
);
const Cancel = graphql(
  `mutation LedgerObtCancel($id: ID!) { cancelTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }`,
);
const Return = graphql(
  `mutation LedgerObtReturn($id: ID!) { testHelpersReturnTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }`,
);

type Op = { kind: 'create'; amount: number } | { kind: 'fund'; amount: number } | { kind: 'post' | 'fail' | 'cancel' | 'return'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), amount: fc.integer({ min: 1, max: 4_000 }) }),
  fc.record({ kind: fc.constant('fund' as const), amount: fc.integer({ min: 1, max: 3_000 }) }),
  fc.record({ kind: fc.constantFrom('post' as const, 'fail' as const, 'cancel' as const, 'return' as const), pick: fc.nat() }),
);

let t: TestApp;
let pm: string;
beforeAll(async () => {
  t = await startTestApp();
  // Reversals settle on scheduled steps, run by the job queue after this delay.
  configureTestMode({ delayMs: 20, returnDelayMs: 20 });
  pm = await seedPaymentMethod(t);
});
afterAll(() => t?.close());

describe('ledger invariant under random flows', () => {
  it('balance = sum of entries, transaction impact = sum of its entries, and the model agrees, after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        const fa = await seedFinancialAccount(t);
        const model = { cash: 0, outboundPending: 0 };
        const flows: { id: string; amount: number; status: string }[] = [];
        for (const o of ops) {
          if (o.kind === 'fund') {
            await fundForTest(t, fa, o.amount);
            model.cash += o.amount;
          } else if (o.kind === 'create') {
            const r = (await t.ok(Create, { input: { amount: o.amount, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } }))
              .createTreasuryOutboundTransfer;
            if (o.amount > model.cash) expect(r.userErrors.map((e) => e.code)).toEqual(['insufficient_funds']);
            else {
              expect(r.userErrors).toEqual([]);
              flows.push({ id: r.treasuryOutboundTransfer!.id, amount: o.amount, status: 'processing' });
              model.cash -= o.amount;
              model.outboundPending += o.amount;
            }
          } else if (flows.length) {
            const f = flows[o.pick % flows.length]!;
            const doc = { post: Post, fail: Fail, cancel: Cancel, return: Return }[o.kind];
            const data = (await t.ok(doc as typeof Post, { id: f.id })) as Record<
              string,
              { treasuryOutboundTransfer: { status: string } | null; userErrors: { code: string }[] }
            >;
            const payload = Object.values(data)[0]!;
            const allowed = o.kind === 'return' ? ['processing', 'posted'].includes(f.status) : f.status === 'processing';
            expect(payload.userErrors.map((e) => e.code)).toEqual(allowed ? [] : ['invalid_state']);
            if (allowed) {
              if (o.kind === 'post' || (o.kind === 'return' && f.status === 'processing')) model.outboundPending -= f.amount;
              if (o.kind === 'fail' || o.kind === 'cancel') (model.outboundPending -= f.amount), (model.cash += f.amount);
              if (o.kind === 'return') model.cash += f.amount;
              f.status = payload.treasuryOutboundTransfer!.status.toLowerCase();
            }
          }
          const balance = await balanceOf(t, fa);
          expect(balance).toEqual({ cash: model.cash, inboundPending: 0, outboundPending: model.outboundPending });
          expect(balance.cash).toBeGreaterThanOrEqual(0);
          expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
        }
      }),
      { numRuns: 6 },
    );
  });
});

const RcCreate = graphql(`
  mutation LedgerRc($input: TestHelpersCreateTreasuryReceivedCreditInput!) {
    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code } }
  }
`);
const RdCreate = graphql(`
  mutation LedgerRd($input: TestHelpersCreateTreasuryReceivedDebitInput!) {
    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status failureCode } userErrors { code } }
  }
`);
const Pay = graphql(`
  mutation LedgerPay($input: CreateTreasuryOutboundPaymentInput!) {
    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status } userErrors { code } }
  }
`);
const CreditsOf = graphql(`query LedgerCredits($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa, first: 1) { nodes { id amount status } } }`);
const Cr = graphql(`
  mutation LedgerCr($input: CreateTreasuryCreditReversalInput!) {
    createTreasuryCreditReversal(input: $input) { treasuryCreditReversal { id status } userErrors { code } }
  }
`);
const Dr = graphql(`
  mutation LedgerDr($input: CreateTreasuryDebitReversalInput!) {
    createTreasuryDebitReversal(input: $input) { treasuryDebitReversal { id status } userErrors { code } }
  }
`);
const IbtCreate = graphql(`
  mutation LedgerIbt($input: CreateTreasuryInboundTransferInput!) {
    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }
  }
`);
const IbtSucceed = graphql(
  `mutation LedgerIbtSucceed($id: ID!) { testHelpersSucceedTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { status } userErrors { code } } }`,
);
const IbtReturn = graphql(
  `mutation LedgerIbtReturn($id: ID!) { testHelpersReturnTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { returned } userErrors { code } } }`,
);

type Side = 0 | 1;
type MoneyOp =
  | { kind: 'credit'; to: Side; amount: number; network: 'ACH' | 'US_DOMESTIC_WIRE' }
  | { kind: 'debit' | 'pay' | 'inbound'; side: Side; amount: number }
  | { kind: 'reverseCredit' | 'reverseDebit' | 'succeedInbound' | 'returnInbound'; pick: number };

const side = fc.constantFrom<Side>(0, 1);
const amount = fc.integer({ min: 1, max: 3_000 });
const moneyOp: fc.Arbitrary<MoneyOp> = fc.oneof(
  fc.record({ kind: fc.constant('credit' as const), to: side, amount, network: fc.constantFrom('ACH' as const, 'US_DOMESTIC_WIRE' as const) }),
  fc.record({ kind: fc.constantFrom('debit' as const, 'pay' as const, 'inbound' as const), side, amount }),
  fc.record({ kind: fc.constantFrom('reverseCredit' as const, 'reverseDebit' as const, 'succeedInbound' as const, 'returnInbound' as const), pick: fc.nat() }),
);

describe('ledger invariant under random received flows, reversals and payments between two FinancialAccounts', () => {
  it('after every step: each balance = its model and the sum of its entries; money is conserved between the two', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(moneyOp, { minLength: 5, maxLength: 20 }), async (ops) => {
        const fas = [await seedFinancialAccount(t), await seedFinancialAccount(t)] as const;
        const cash = [0, 0];
        let external = 0; // money that entered minus money that left the pair
        /** Reversible credits: ACH ones and those paid by the other FinancialAccount (reversing sends it back). */
        const credits: { id: string; side: Side; amount: number; fromPayment: boolean }[] = [];
        const debits: { id: string; side: Side; amount: number }[] = [];
        const inbound: { id: string; side: Side; amount: number; status: 'processing' | 'succeeded' | 'returned' }[] = [];
        const pick = <T>(list: T[], n: number) => (list.length ? list.splice(n % list.length, 1)[0]! : null);
        for (const o of ops) {
          if (o.kind === 'credit') {
            const r = (await t.ok(RcCreate, { input: { amount: o.amount, currency: 'usd', financialAccount: fas[o.to], network: o.network } }))
              .testHelpersCreateTreasuryReceivedCredit;
            expect(r.treasuryReceivedCredit!.status).toBe('SUCCEEDED');
            cash[o.to]! += o.amount;
            external += o.amount;
            if (o.network === 'ACH') credits.push({ id: r.treasuryReceivedCredit!.id, side: o.to, amount: o.amount, fromPayment: false });
          } else if (o.kind === 'debit') {
            const r = (await t.ok(RdCreate, { input: { amount: o.amount, currency: 'usd', financialAccount: fas[o.side], network: 'ACH' } }))
              .testHelpersCreateTreasuryReceivedDebit;
            if (o.amount > cash[o.side]!) expect(r.treasuryReceivedDebit).toMatchObject({ status: 'FAILED', failureCode: 'INSUFFICIENT_FUNDS' });
            else {
              expect(r.treasuryReceivedDebit!.status).toBe('SUCCEEDED');
              cash[o.side]! -= o.amount;
              external -= o.amount;
              debits.push({ id: r.treasuryReceivedDebit!.id, side: o.side, amount: o.amount });
            }
          } else if (o.kind === 'pay') {
            const to = (1 - o.side) as Side;
            const input = {
              amount: o.amount,
              currency: 'usd',
              financialAccount: fas[o.side],
              destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT' as const, financialAccount: fas[to] },
            };
            const r = (await t.ok(Pay, { input })).createTreasuryOutboundPayment;
            if (o.amount > cash[o.side]!) expect(r.userErrors.map((e) => e.code)).toEqual(['insufficient_funds']);
            else {
              expect(r.treasuryOutboundPayment!.status).toBe('POSTED');
              cash[o.side]! -= o.amount;
              cash[to]! += o.amount;
              const [received] = (await t.ok(CreditsOf, { fa: fas[to] })).treasuryReceivedCredits.nodes;
              expect(received).toMatchObject({ amount: o.amount, status: 'SUCCEEDED' });
              credits.push({ id: received!.id, side: to, amount: o.amount, fromPayment: true });
            }
          } else if (o.kind === 'inbound') {
            const r = (await t.ok(IbtCreate, { input: { amount: o.amount, currency: 'usd', financialAccount: fas[o.side], originPaymentMethod: pm } }))
              .createTreasuryInboundTransfer;
            inbound.push({ id: r.treasuryInboundTransfer!.id, side: o.side, amount: o.amount, status: 'processing' });
          } else if (o.kind === 'reverseCredit') {
            const c = pick(credits, o.pick);
            if (!c) continue;
            const r = (await t.ok(Cr, { input: { receivedCredit: c.id } })).createTreasuryCreditReversal;
            if (c.amount > cash[c.side]!) expect(r.userErrors.map((e) => e.code)).toEqual(['insufficient_funds']);
            else {
              // Created processing (the funds held); its scheduled step posts it.
              expect(r.treasuryCreditReversal!.status).toBe('PROCESSING');
              await settleScheduled(t.database.db);
              cash[c.side]! -= c.amount;
              if (c.fromPayment) cash[1 - c.side]! += c.amount;
              else external -= c.amount;
            }
          } else if (o.kind === 'reverseDebit') {
            const d = pick(debits, o.pick);
            if (!d) continue;
            const r = (await t.ok(Dr, { input: { receivedDebit: d.id } })).createTreasuryDebitReversal;
            // Created processing with the funds credited provisionally; its scheduled step resolves it (won).
            expect(r.treasuryDebitReversal!.status).toBe('PROCESSING');
            await settleScheduled(t.database.db);
            cash[d.side]! += d.amount;
            external += d.amount;
          } else if (o.kind === 'succeedInbound' || o.kind === 'returnInbound') {
            const want = o.kind === 'succeedInbound' ? 'processing' : 'succeeded';
            const candidates = inbound.filter((i) => i.status === want);
            const i = candidates.length ? candidates[o.pick % candidates.length]! : null;
            if (!i) continue;
            if (o.kind === 'succeedInbound') {
              expect((await t.ok(IbtSucceed, { id: i.id })).testHelpersSucceedTreasuryInboundTransfer.userErrors).toEqual([]);
              cash[i.side]! += i.amount;
              external += i.amount;
              i.status = 'succeeded';
            } else {
              // A return pulls the money back whatever the balance: cash may go below zero here, and only here.
              expect((await t.ok(IbtReturn, { id: i.id })).testHelpersReturnTreasuryInboundTransfer.treasuryInboundTransfer!.returned).toBe(true);
              cash[i.side]! -= i.amount;
              external -= i.amount;
              i.status = 'returned';
            }
          }
          const balances = [await balanceOf(t, fas[0]), await balanceOf(t, fas[1])];
          expect(balances).toEqual(cash.map((c) => ({ cash: c, inboundPending: 0, outboundPending: 0 })));
          expect(balances[0]!.cash + balances[1]!.cash).toBe(external);
          expect(await ledgerViolations(t.database.db, [...fas])).toEqual([]);
        }
      }),
      { numRuns: 5 },
    );
  });
});
