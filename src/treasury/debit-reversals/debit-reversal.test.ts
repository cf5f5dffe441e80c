import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount } from '../../../test/support/seed.js';
import { clock } from '../../kernel/clock.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { eventTypesOf, receivedFlowCounts } from '../received-credits/received.fixtures.js';

const Debit = graphql(`
  mutation DrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {
    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status reversalDetails { deadline } } userErrors { code message } }
  }
`);
const Reverse = graphql(`
  mutation DrCreate($input: CreateTreasuryDebitReversalInput!) {
    createTreasuryDebitReversal(input: $input) {
      treasuryDebitReversal {
        id object status resolution amount currency network metadata livemode
        financialAccount { id }
        linkedFlows { issuingDispute }
        receivedDebit { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } }
        statusTransitions { completedAt }
        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }
          flow { __typename ... on TreasuryDebitReversal { id } }
          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }
      }
      userErrors { code type message field }
    }
  }
`);
const GetRd = graphql(`query DrGetRd($id: ID!) { treasuryReceivedDebit(id: $id) { id linkedFlows { debitReversal { id status } } reversalDetails { deadline restrictedReason } } }`);
const List = graphql(`
  query DrList($fa: ID!, $receivedDebit: ID, $resolution: TreasuryDebitReversalResolution, $status: TreasuryDebitReversalStatus) {
    treasuryDebitReversals(financialAccount: $fa, receivedDebit: $receivedDebit, resolution: $resolution, status: $status) { nodes { id status resolution } }
    treasuryFinancialAccount(id: $fa) { debitReversals(first: 100) { nodes { id } } }
  }
`);
const Get = graphql(`query DrGet($id: ID!) { treasuryDebitReversal(id: $id) { id status } node(id: $id) { __typename id } }`);
const UpdateFa = graphql(`
  mutation DrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }
  }
`);
const Events = graphql(`query DrEvents { events(first: 100, type: "treasury.debit_reversal.*") { nodes { type data { object previousAttributes } } } }`);
const Updated = graphql(`subscription DrRdUpdated($id: ID!) { treasuryReceivedDebitUpdated(id: $id) { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } } }`);

let t: TestApp;
let fa: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
  await fundForTest(t, fa, 50_000);
});
afterAll(() => t?.close());
afterEach(() => vi.restoreAllMocks());

const debit = async (input: Record<string, unknown> = {}, account = fa) =>
  expectOk((await t.ok(Debit, { input: { amount: 1000, currency: 'usd', financialAccount: account, network: 'ACH', ...input } as never })).testHelpersCreateTreasuryReceivedDebit)
    .treasuryReceivedDebit!;
const reverse = async (receivedDebit: string, extra: Record<string, unknown> = {}, key?: string) =>
  (await t.ok(Reverse, { input: { receivedDebit, ...extra } }, key)).createTreasuryDebitReversal;
const refusal = (payload: { userErrors: { code: string; message: string }[] } & Record<string, unknown>, code: string) => {
  expectUserError(payload, code);
  return payload.userErrors[0]!.message;
};

describe('TreasuryDebitReversal', () => {
  it('a won reversal credits the funds back: succeeded, resolution won, one posted debit_reversal entry (cash +amount)', async () => {
    const rd = await debit({ amount: 3000 });
    const start = await balanceOf(t, fa);
    const sub = await t.subscribe(Updated, { id: rd.id });
    const dr = expectOk(await reverse(rd.id, { metadata: { ticket: '42' } })).treasuryDebitReversal!;
    expect(dr).toMatchObject({
      object: 'treasury.debit_reversal', status: 'SUCCEEDED', resolution: 'WON', amount: 3000, currency: 'usd', network: 'ACH', metadata: { ticket: '42' }, livemode: false,
      financialAccount: { id: fa }, linkedFlows: null,
      receivedDebit: { id: rd.id, linkedFlows: { debitReversal: { id: dr.id } }, reversalDetails: { restrictedReason: 'ALREADY_REVERSED' } },
      transaction: { status: 'POSTED', amount: 3000, flowType: 'DEBIT_REVERSAL', balanceImpact: { cash: 3000, inboundPending: 0, outboundPending: 0 }, flow: { __typename: 'TreasuryDebitReversal', id: dr.id } },
    });
    expect(dr.statusTransitions.completedAt).not.toBeNull();
    expect(dr.transaction!.entries.nodes).toEqual([{ type: 'DEBIT_REVERSAL', flowType: 'DEBIT_REVERSAL', balanceImpact: { cash: 3000, inboundPending: 0, outboundPending: 0 } }]);
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash + 3000 });
    expect(await eventTypesOf(t.database.db, dr.id)).toEqual(['treasury.debit_reversal.created', 'treasury.debit_reversal.completed']);
    const payloads = (await t.ok(Events)).events.nodes.filter((e) => (e.data.object as { id: string }).id === dr.id);
    const created = payloads.find((e) => e.type === 'treasury.debit_reversal.created')!;
    const completed = payloads.find((e) => e.type === 'treasury.debit_reversal.completed')!;
    expect(created.data.object).toMatchObject({ status: 'processing', transaction: null, status_transitions: { completed_at: null }, received_debit: rd.id, linked_flows: null });
    expect(completed.data.object).toMatchObject({ status: 'succeeded', transaction: dr.transaction!.id });
    expect(completed.data.previousAttributes).toMatchObject({ status: 'processing', transaction: null });
    const seen = await sub.waitFor(1);
    expect(seen[0]!.treasuryReceivedDebitUpdated).toEqual({ id: rd.id, linkedFlows: { debitReversal: { id: dr.id } }, reversalDetails: { restrictedReason: 'ALREADY_REVERSED' } });
    sub.dispose();
    expect(await t.ok(Get, { id: dr.id })).toEqual({ treasuryDebitReversal: { id: dr.id, status: 'SUCCEEDED' }, node: { __typename: 'TreasuryDebitReversal', id: dr.id } });
    // Once only.
    const counts = await receivedFlowCounts(t.database.db);
    expect(refusal(await reverse(rd.id), 'invalid_state')).toMatch(/already_reversed/);
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });

  it('a lost reversal (debit from the failing test account …0234): failed, resolution lost, no Transaction, no balance change', async () => {
    const rd = await debit({ amount: 800, initiatingPaymentMethodDetails: { type: 'US_BANK_ACCOUNT', usBankAccount: { accountNumber: '000000000234', routingNumber: '110000000' } } });
    const start = await balanceOf(t, fa);
    const dr = expectOk(await reverse(rd.id)).treasuryDebitReversal!;
    expect(dr).toMatchObject({ status: 'FAILED', resolution: 'LOST', transaction: null, receivedDebit: { reversalDetails: { restrictedReason: 'ALREADY_REVERSED' } } });
    expect(dr.statusTransitions.completedAt).not.toBeNull();
    expect(await balanceOf(t, fa)).toEqual(start);
    expect(await eventTypesOf(t.database.db, dr.id)).toEqual(['treasury.debit_reversal.created', 'treasury.debit_reversal.completed']);

    const won = (await t.ok(List, { fa, resolution: 'WON' })).treasuryDebitReversals.nodes;
    const lost = (await t.ok(List, { fa, resolution: 'LOST' })).treasuryDebitReversals.nodes;
    expect(lost).toEqual([{ id: dr.id, status: 'FAILED', resolution: 'LOST' }]);
    expect(won.every((n) => n.status === 'SUCCEEDED' && n.resolution === 'WON')).toBe(true);
    expect(won.length).toBeGreaterThan(0);
    expect((await t.ok(List, { fa, status: 'FAILED' })).treasuryDebitReversals.nodes.map((n) => n.id)).toEqual([dr.id]);
    expect((await t.ok(List, { fa, status: 'PROCESSING' })).treasuryDebitReversals.nodes).toEqual([]);
    const byDebit = await t.ok(List, { fa, receivedDebit: rd.id });
    expect(byDebit.treasuryDebitReversals.nodes.map((n) => n.id)).toEqual([dr.id]);
    expect(byDebit.treasuryFinancialAccount!.debitReversals.nodes.map((n) => n.id)).toEqual([dr.id, ...won.map((n) => n.id)]);
  });

  it('refuses what reversal_details forbids: stripe-network debits, failed debits, past the deadline; and inbound-restricted accounts', async () => {
    const viaStripe = await debit({ network: 'STRIPE' });
    const poor = await seedFinancialAccount(t);
    const failed = await debit({ amount: 1 }, poor);
    expect(failed.status).toBe('FAILED');
    const late = await debit({ amount: 10 });
    const restricted = await seedFinancialAccount(t);
    await fundForTest(t, restricted, 100);
    const rdRestricted = await debit({ amount: 100 }, restricted);
    expectOk((await t.ok(UpdateFa, { input: { id: restricted, platformRestrictions: { inboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount);
    const counts = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, fa);
    expect(refusal(await reverse(viaStripe.id), 'invalid_state')).toMatch(/network_restricted/);
    expect(refusal(await reverse(failed.id), 'invalid_state')).toMatch(/failed/);
    expectUserError(await reverse(rdRestricted.id), 'financial_account_restricted');
    vi.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(late.reversalDetails!.deadline!)));
    expect((await t.ok(GetRd, { id: late.id })).treasuryReceivedDebit!.reversalDetails!.restrictedReason).toBe('DEADLINE_PASSED');
    expect(refusal(await reverse(late.id), 'invalid_state')).toMatch(/deadline_passed/);
    vi.restoreAllMocks();
    expect((await t.ok(GetRd, { id: late.id })).treasuryReceivedDebit!).toMatchObject({ linkedFlows: { debitReversal: null }, reversalDetails: { restrictedReason: null } });
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    expect(await balanceOf(t, fa)).toEqual(balance);
  });

  it('refuses bad input and other accounts’ debits; nothing written', async () => {
    const rd = await debit({ amount: 5 });
    const counts = await receivedFlowCounts(t.database.db);
    expect(expectUserError(await reverse('rd_doesnotexist000000000000'), 'resource_missing').field).toEqual(['receivedDebit']);
    expectUserError(await reverse('rc_doesnotexist000000000000'), 'resource_missing');
    expectUserError(await reverse(rd.id, { metadata: { ['k'.repeat(41)]: 'v' } }), 'metadata_key_too_long');
    const other = await t.newAccount();
    expectUserError(await reverse(rd.id, {}, other.testKey), 'resource_missing');
    expectUserError(await reverse(rd.id, {}, t.account.liveKey), 'resource_missing');
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    // The idempotency key replays the first result without reversing twice.
    const a = expectOk(await reverse(rd.id, { idempotencyKey: 'dr-once' })).treasuryDebitReversal!;
    const b = expectOk(await reverse(rd.id, { idempotencyKey: 'dr-once' })).treasuryDebitReversal!;
    expect(b.id).toBe(a.id);
    expect((await receivedFlowCounts(t.database.db)).debitReversals).toBe(counts.debitReversals + 1);
  });
});
