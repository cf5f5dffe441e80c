import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, seedFinancialAccount } from '../../../test/support/seed.js';
import { clock } from '../../kernel/clock.js';
import { runCommand } from '../../kernel/command.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { lockFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { financialAccountInitiatingDetails } from '../received-credits/initiating-details.js';
import { eventTypesOf, receivedFlowCounts } from '../received-credits/received.fixtures.js';
import { receiveCredit } from '../received-credits/received-credit.service.js';

const Credit = graphql(`
  mutation CrCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {
    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code message } }
  }
`);
const Debit = graphql(`
  mutation CrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {
    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status } userErrors { code message } }
  }
`);
const Reverse = graphql(`
  mutation CrCreate($input: CreateTreasuryCreditReversalInput!) {
    createTreasuryCreditReversal(input: $input) {
      treasuryCreditReversal {
        id object status amount currency network metadata livemode
        financialAccount { id }
        receivedCredit { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } }
        statusTransitions { postedAt }
        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }
          flow { __typename ... on TreasuryCreditReversal { id } }
          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }
      }
      userErrors { code type message field }
    }
  }
`);
const GetRc = graphql(`
  query CrGetRc($id: ID!) {
    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason } linkedFlows { creditReversal { id status } } }
  }
`);
const List = graphql(`
  query CrList($fa: ID!, $receivedCredit: ID, $status: TreasuryCreditReversalStatus) {
    treasuryCreditReversals(financialAccount: $fa, receivedCredit: $receivedCredit, status: $status) { nodes { id status } }
    treasuryFinancialAccount(id: $fa) { creditReversals(first: 100) { nodes { id } } }
  }
`);
const SenderCredits = graphql(`
  query CrSenderCredits($fa: ID!) {
    treasuryReceivedCredits(financialAccount: $fa, linkedFlows: { sourceFlowType: CREDIT_REVERSAL }) {
      nodes { id status amount network
        initiatingPaymentMethodDetails { type financialAccount { id network } }
        linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryCreditReversal { id } } sourceFlowDetails { type creditReversal { id } } }
        reversalDetails { restrictedReason } }
    }
  }
`);
const UpdateFa = graphql(`
  mutation CrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }
  }
`);
const EventsSub = graphql(`subscription CrEvents { events(types: ["treasury.credit_reversal.*"]) { type data { object previousAttributes } } }`);
const RcUpdated = graphql(`subscription CrRcUpdated($id: ID!) { treasuryReceivedCreditUpdated(id: $id) { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } } }`);

let t: TestApp;
let fa: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
});
afterAll(() => t?.close());
afterEach(() => vi.restoreAllMocks());

const credit = async (input: Record<string, unknown> = {}, account = fa) =>
  expectOk((await t.ok(Credit, { input: { amount: 1000, currency: 'usd', financialAccount: account, network: 'ACH', ...input } as never })).testHelpersCreateTreasuryReceivedCredit)
    .treasuryReceivedCredit!.id;
/** The refusal's message, after checking its code (and that nothing else came back). */
const refusal = (payload: { userErrors: { code: string; message: string }[] } & Record<string, unknown>, code: string) => {
  expectUserError(payload, code);
  return payload.userErrors[0]!.message;
};
const reverse = async (receivedCredit: string, extra: Record<string, unknown> = {}, key?: string) =>
  (await t.ok(Reverse, { input: { receivedCredit, ...extra } }, key)).createTreasuryCreditReversal;

describe('TreasuryCreditReversal', () => {
  it('reverses an ACH credit once: created (processing, cash → outbound_pending) then posted (outbound_pending cleared), in one request', async () => {
    const rc = await credit({ amount: 4000 });
    const start = await balanceOf(t, fa);
    const events = await t.subscribe(EventsSub, {});
    const rcUpdates = await t.subscribe(RcUpdated, { id: rc });
    const cr = expectOk(await reverse(rc, { metadata: { reason: 'fraud' } })).treasuryCreditReversal!;
    expect(cr).toMatchObject({
      object: 'treasury.credit_reversal', status: 'POSTED', amount: 4000, currency: 'usd', network: 'ACH', metadata: { reason: 'fraud' }, livemode: false,
      financialAccount: { id: fa },
      receivedCredit: { id: rc, linkedFlows: { creditReversal: { id: cr.id } }, reversalDetails: { restrictedReason: 'ALREADY_REVERSED' } },
      transaction: { status: 'POSTED', amount: -4000, flowType: 'CREDIT_REVERSAL', balanceImpact: { cash: -4000, inboundPending: 0, outboundPending: 0 }, flow: { __typename: 'TreasuryCreditReversal', id: cr.id } },
    });
    expect(cr.statusTransitions.postedAt).not.toBeNull();
    expect(cr.transaction!.statusTransitions.postedAt).not.toBeNull();
    // Both entries are written in one request (same created time), so their list order is by id: compare by type.
    expect([...cr.transaction!.entries.nodes].sort((a, b) => b.type.localeCompare(a.type))).toEqual([
      { type: 'CREDIT_REVERSAL_POSTING', flowType: 'CREDIT_REVERSAL', balanceImpact: { cash: 0, inboundPending: 0, outboundPending: -4000 } },
      { type: 'CREDIT_REVERSAL', flowType: 'CREDIT_REVERSAL', balanceImpact: { cash: -4000, inboundPending: 0, outboundPending: 4000 } },
    ]);
    expect(await balanceOf(t, fa)).toEqual({ cash: start.cash - 4000, inboundPending: 0, outboundPending: 0 });

    // Subscribers see created (processing, open Transaction) then posted, in commit order.
    const seen = await events.waitFor(2);
    expect(seen.map((s) => s.events.type)).toEqual(['treasury.credit_reversal.created', 'treasury.credit_reversal.posted']);
    expect(seen[0]!.events.data.object).toMatchObject({ id: cr.id, status: 'processing', status_transitions: { posted_at: null }, received_credit: rc, transaction: cr.transaction!.id });
    expect(seen[1]!.events.data.object).toMatchObject({ id: cr.id, status: 'posted' });
    expect(seen[1]!.events.data.previousAttributes).toEqual({ status: 'processing', status_transitions: { posted_at: null } });
    const rcSeen = await rcUpdates.waitFor(1);
    expect(rcSeen[0]!.treasuryReceivedCreditUpdated).toEqual({ id: rc, linkedFlows: { creditReversal: { id: cr.id } }, reversalDetails: { restrictedReason: 'ALREADY_REVERSED' } });
    events.dispose();
    rcUpdates.dispose();
    expect(await eventTypesOf(t.database.db, cr.id)).toEqual(['treasury.credit_reversal.created', 'treasury.credit_reversal.posted']);

    // Once only.
    const counts = await receivedFlowCounts(t.database.db);
    expect(refusal(await reverse(rc), 'invalid_state')).toMatch(/already_reversed/);
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);

    const list = await t.ok(List, { fa, receivedCredit: rc });
    expect(list.treasuryCreditReversals.nodes).toEqual([{ id: cr.id, status: 'POSTED' }]);
    expect((await t.ok(List, { fa, status: 'PROCESSING' })).treasuryCreditReversals.nodes).toEqual([]);
    expect(list.treasuryFinancialAccount!.creditReversals.nodes.map((n) => n.id)).toContain(cr.id);
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });

  it('a stripe-network credit from an OutboundPayment is reversible without deadline; the money returns to the sender as a ReceivedCredit', async () => {
    const sender = await seedFinancialAccount(t);
    const scope = { accountId: t.account.accountId, livemode: false };
    const received = await runCommand(t.database.db, scope, { operation: 'test.receive', input: {}, requestId: 'req_test' }, async (cmd) =>
      receiveCredit(cmd, (await lockFinancialAccount(cmd.tx, scope, fa))!, {
        amount: 600, currency: 'usd', network: 'stripe', description: 'Payment',
        initiatingPaymentMethodDetails: financialAccountInitiatingDetails(sender),
        sourceFlow: { id: 'obp_test00000000000000000000', type: 'outbound_payment' },
      }),
    );
    expect(received.reversal_details).toEqual({ deadline: null, restricted_reason: null });
    const start = await balanceOf(t, fa);
    const cr = expectOk(await reverse(received.id)).treasuryCreditReversal!;
    expect(cr).toMatchObject({ status: 'POSTED', network: 'STRIPE', amount: 600 });
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash - 600 });
    expect(await balanceOf(t, sender)).toEqual({ cash: 600, inboundPending: 0, outboundPending: 0 });
    const back = (await t.ok(SenderCredits, { fa: sender })).treasuryReceivedCredits.nodes;
    expect(back).toEqual([
      {
        id: expect.any(String), status: 'SUCCEEDED', amount: 600, network: 'STRIPE',
        initiatingPaymentMethodDetails: { type: 'FINANCIAL_ACCOUNT', financialAccount: { id: fa, network: 'stripe' } },
        linkedFlows: { sourceFlowType: 'CREDIT_REVERSAL', sourceFlow: { __typename: 'TreasuryCreditReversal', id: cr.id }, sourceFlowDetails: { type: 'CREDIT_REVERSAL', creditReversal: { id: cr.id } } },
        reversalDetails: { restrictedReason: 'SOURCE_FLOW_RESTRICTED' },
      },
    ]);
    expect(await ledgerViolations(t.database.db, [fa, sender])).toEqual([]);
  });

  it('concurrent reversals of one credit: exactly one succeeds, the others see already_reversed', async () => {
    const rc = await credit({ amount: 700 });
    const start = await balanceOf(t, fa);
    const results = await Promise.all(Array.from({ length: 6 }, () => reverse(rc)));
    const codes = results.map((r) => r.userErrors[0]?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'invalid_state')).toBe(true);
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash - 700 });
    expect((await t.ok(List, { fa, receivedCredit: rc })).treasuryCreditReversals.nodes).toHaveLength(1);
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });

  it('refuses what reversal_details forbids: wires, stripe credits not from an OutboundPayment, failed credits, past the deadline', async () => {
    const wire = await credit({ network: 'US_DOMESTIC_WIRE' });
    const viaStripe = await credit({ network: 'STRIPE' });
    const frozen = await seedFinancialAccount(t);
    expectOk((await t.ok(UpdateFa, { input: { id: frozen, platformRestrictions: { inboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount);
    const failed = await credit({}, frozen);
    const ach = await credit({ amount: 10 });
    const counts = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, fa);
    expect(refusal(await reverse(wire), 'invalid_state')).toMatch(/network_restricted/);
    expect(refusal(await reverse(viaStripe), 'invalid_state')).toMatch(/source_flow_restricted/);
    expect(refusal(await reverse(failed), 'invalid_state')).toMatch(/failed/);
    const { deadline } = (await t.ok(GetRc, { id: ach })).treasuryReceivedCredit!.reversalDetails!;
    vi.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(deadline!) + 1000));
    expect((await t.ok(GetRc, { id: ach })).treasuryReceivedCredit!.reversalDetails).toEqual({ deadline, restrictedReason: 'DEADLINE_PASSED' });
    expect(refusal(await reverse(ach), 'invalid_state')).toMatch(/deadline_passed/);
    vi.restoreAllMocks();
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts);
    expect(await balanceOf(t, fa)).toEqual(balance);
  });

  it('refuses when the account cannot send the money (outbound restricted, insufficient cash) and on bad input; nothing written', async () => {
    const own = await seedFinancialAccount(t);
    const rc = await credit({ amount: 500 }, own);
    // Spend the credit, so the reversal cannot be covered.
    expect(expectOk((await t.ok(Debit, { input: { amount: 200, currency: 'usd', financialAccount: own, network: 'ACH' } })).testHelpersCreateTreasuryReceivedDebit).treasuryReceivedDebit!.status).toBe('SUCCEEDED');
    const counts = await receivedFlowCounts(t.database.db);
    const balance = await balanceOf(t, own);
    expectUserError(await reverse(rc), 'insufficient_funds');
    expectUserError(await reverse(rc, { metadata: { k: 'x'.repeat(501) } }), 'metadata_value_too_long');
    expect(expectUserError(await reverse('rc_doesnotexist000000000000'), 'resource_missing').field).toEqual(['receivedCredit']);
    expectUserError(await reverse('rd_doesnotexist000000000000'), 'resource_missing');
    const other = await t.newAccount();
    expectUserError(await reverse(rc, {}, other.testKey), 'resource_missing');
    expectUserError(await reverse(rc, {}, t.account.liveKey), 'resource_missing');
    const restricted = await seedFinancialAccount(t);
    const rc2 = await credit({ amount: 50 }, restricted);
    expectOk((await t.ok(UpdateFa, { input: { id: restricted, platformRestrictions: { outboundFlows: 'RESTRICTED' } } })).updateTreasuryFinancialAccount);
    const counts2 = await receivedFlowCounts(t.database.db);
    expectUserError(await reverse(rc2), 'financial_account_restricted');
    expect(await receivedFlowCounts(t.database.db)).toEqual(counts2);
    expect((await receivedFlowCounts(t.database.db)).creditReversals).toBe(counts.creditReversals);
    expect(await balanceOf(t, own)).toEqual(balance);
    expect((await t.ok(GetRc, { id: rc })).treasuryReceivedCredit!).toMatchObject({ linkedFlows: { creditReversal: null }, reversalDetails: { restrictedReason: null } });
  });
});
