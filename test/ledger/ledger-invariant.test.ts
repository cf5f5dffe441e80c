import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ledgerViolations } from '../../src/ledger/invariants.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount, seedPaymentMethod } from '../support/seed.js';

const Create = graphql(`
  mutation LedgerObtCreate($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code } }
  }
`);
const Post = graphql(`mutation LedgerObtPost($id: ID!) { testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }`);
const Fail = graphql(`mutation LedgerObtFail($id: ID!) { testHelpersFailTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }`);
const Cancel = graphql(`mutation LedgerObtCancel($id: ID!) { cancelTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }`);
const Return = graphql(`mutation LedgerObtReturn($id: ID!) { testHelpersReturnTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }`);

type Op =
  | { kind: 'create'; amount: number }
  | { kind: 'fund'; amount: number }
  | { kind: 'post' | 'fail' | 'cancel' | 'return'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), amount: fc.integer({ min: 1, max: 4_000 }) }),
  fc.record({ kind: fc.constant('fund' as const), amount: fc.integer({ min: 1, max: 3_000 }) }),
  fc.record({ kind: fc.constantFrom('post' as const, 'fail' as const, 'cancel' as const, 'return' as const), pick: fc.nat() }),
);

let t: TestApp;
let pm: string;
beforeAll(async () => {
  t = await startTestApp();
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
            const r = (await t.ok(Create, { input: { amount: o.amount, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } })).createTreasuryOutboundTransfer;
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
            const data = (await t.ok(doc as typeof Post, { id: f.id })) as Record<string, { treasuryOutboundTransfer: { status: string } | null; userErrors: { code: string }[] }>;
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
