import { sql } from 'drizzle-orm';
import { isEnumType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { ALL_FEATURES, balanceOf, seedFinancialAccount, seedPaymentMethod } from '../../../test/support/seed.js';
import { schema } from '../../graphql/schema.js';
import { shapeOf, specOf } from '../../layer/spec.js';
import { ledgerViolations } from '../../ledger/invariants.js';

const Create = graphql(`
  mutation IbtCreate($input: CreateTreasuryInboundTransferInput!) {
    createTreasuryInboundTransfer(input: $input) {
      treasuryInboundTransfer { id status amount currency cancelable statementDescriptor description metadata returned hostedRegulatoryReceiptUrl
        failureDetails { code } linkedFlows { receivedDebit { id } }
        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } }
        statusTransitions { canceledAt failedAt succeededAt }
        originPaymentMethod { id }
        originPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName accountHolderType } billingDetails { name } } }
      userErrors { code type message field }
    }
  }
`);
const Succeed = graphql(`
  mutation IbtSucceed($input: TestHelpersSucceedTreasuryInboundTransferInput!) {
    testHelpersSucceedTreasuryInboundTransfer(input: $input) {
      treasuryInboundTransfer { id status cancelable returned statusTransitions { succeededAt failedAt canceledAt }
        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }
          flow { __typename ... on TreasuryInboundTransfer { id } }
          entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } } }
      userErrors { code message }
    }
  }
`);
const Fail = graphql(`
  mutation IbtFail($input: TestHelpersFailTreasuryInboundTransferInput!) {
    testHelpersFailTreasuryInboundTransfer(input: $input) {
      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { failedAt succeededAt canceledAt }
        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }
      userErrors { code message field }
    }
  }
`);
const Cancel = graphql(`
  mutation IbtCancel($input: CancelTreasuryInboundTransferInput!) {
    cancelTreasuryInboundTransfer(input: $input) {
      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { canceledAt failedAt succeededAt }
        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }
      userErrors { code message }
    }
  }
`);
const Return = graphql(`
  mutation IbtReturn($input: TestHelpersReturnTreasuryInboundTransferInput!) {
    testHelpersReturnTreasuryInboundTransfer(input: $input) {
      treasuryInboundTransfer { id status returned cancelable failureDetails { code } transaction { id status }
        linkedFlows { receivedDebit { id status amount network failureCode financialAccount { id } linkedFlows { inboundTransfer { id returned } }
          initiatingPaymentMethodDetails { type usBankAccount { last4 routingNumber } }
          transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } } } }
      userErrors { code message }
    }
  }
`);
const FaTransactions = graphql(`
  query IbtFaTransactions($id: ID!) {
    treasuryFinancialAccount(id: $id) {
      transactions(first: 20) { nodes { id status amount flowType description balanceImpact { cash inboundPending outboundPending }
        flow { __typename ... on TreasuryInboundTransfer { id returned } }
        entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }
    }
  }
`);
const List = graphql(`
  query IbtList($fa: ID!, $status: TreasuryInboundTransferStatus) {
    treasuryInboundTransfers(financialAccount: $fa, status: $status, first: 100) { nodes { id status } }
    treasuryFinancialAccount(id: $fa) { inboundTransfers(first: 100) { nodes { id } } }
  }
`);
const Get = graphql(`
  query IbtGet($id: ID!) {
    treasuryInboundTransfer(id: $id) { id status financialAccount { id } }
    node(id: $id) { __typename id }
  }
`);
const Events = graphql(`query IbtEvents { events(first: 100, type: "treasury.inbound_transfer.*") { nodes { type data { object previousAttributes } } } }`);
const EventStream = graphql(`subscription IbtEventStream($types: [String!]) { events(types: $types) { type data { object } } }`);
const Updated = graphql(
  `subscription IbtUpdated($id: ID!) { treasuryInboundTransferUpdated(id: $id) { id status returned linkedFlows { receivedDebit { id } } transaction { id } } }`,
);
const NewFa = graphql(`
  mutation IbtNewFa($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }
  }
`);
const Close = graphql(`
  mutation IbtCloseFa($input: CloseTreasuryFinancialAccountInput!) {
    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message field } }
  }
`);
const ObtCreate = graphql(`
  mutation IbtObtCreate($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code message } }
  }
`);

let t: TestApp;
let fa: string;
let pm: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
  pm = await seedPaymentMethod(t);
});
afterAll(() => t?.close());

const create = async (amount: number, extra: Record<string, unknown> = {}) =>
  (await t.ok(Create, { input: { amount, currency: 'usd', financialAccount: fa, originPaymentMethod: pm, ...extra } as never })).createTreasuryInboundTransfer;
const created = async (amount: number, extra: Record<string, unknown> = {}) => expectOk(await create(amount, extra)).treasuryInboundTransfer!;
const succeed = async (id: string) => (await t.ok(Succeed, { input: { id } })).testHelpersSucceedTreasuryInboundTransfer;
const fail = async (id: string, code?: string) =>
  (await t.ok(Fail, { input: { id, ...(code ? { failureDetails: { code } } : {}) } as never })).testHelpersFailTreasuryInboundTransfer;
const cancel = async (id: string) => (await t.ok(Cancel, { input: { id } })).cancelTreasuryInboundTransfer;
const ret = async (id: string) => (await t.ok(Return, { input: { id } })).testHelpersReturnTreasuryInboundTransfer;
const eventsOf = async (id: string) =>
  (await t.ok(Events)).events.nodes
    .filter((e) => (e.data.object as { id: string }).id === id)
    .map((e) => ({ type: e.type, status: (e.data.object as { status: string }).status }));
const rows = (r: unknown): Record<string, unknown>[] => (Array.isArray(r) ? r : ((r as { rows: Record<string, unknown>[] }).rows ?? []));
const countOf = async (table: string) => Number(rows(await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
const zero = { cash: 0, inboundPending: 0, outboundPending: 0 };

/** Every action that must be refused from a terminal state, with nothing written. */
async function expectAllRefused(id: string, except: string[] = []) {
  const writes = { ibt: await countOf('treasury_inbound_transfers'), txn: await countOf('treasury_transactions'), evt: await countOf('events') };
  const balance = await balanceOf(t, fa);
  const actions: Record<string, () => Promise<{ userErrors: { code: string }[] } & Record<string, unknown>>> = {
    succeed: () => succeed(id),
    fail: () => fail(id),
    cancel: () => cancel(id),
    return: () => ret(id),
  };
  for (const [name, act] of Object.entries(actions)) if (!except.includes(name)) expectUserError(await act(), 'invalid_state');
  expect({ ibt: await countOf('treasury_inbound_transfers'), txn: await countOf('treasury_transactions'), evt: await countOf('events') }).toEqual(writes);
  expect(await balanceOf(t, fa)).toEqual(balance);
}

describe('TreasuryInboundTransfer', () => {
  it('create: processing, cancelable, an open Transaction without entries and no balance change (inbound_pending stays 0)', async () => {
    const before = await balanceOf(t, fa);
    const ibt = await created(10_000, { description: 'From my bank', metadata: { order: '42' } });
    expect(ibt).toMatchObject({
      status: 'PROCESSING',
      amount: 10_000,
      currency: 'usd',
      cancelable: true,
      statementDescriptor: 'transfer',
      description: 'From my bank',
      metadata: { order: '42' },
      returned: false,
      hostedRegulatoryReceiptUrl: expect.stringMatching(/\/regulatory-receipt\/[A-Za-z0-9_.-]+$/),
      failureDetails: null,
      linkedFlows: { receivedDebit: null },
      statusTransitions: { canceledAt: null, failedAt: null, succeededAt: null },
      originPaymentMethod: { id: pm },
    });
    expect(ibt.id).toMatch(/^ibt_/);
    // Seed 002: a processing transfer already has its Transaction; it stays open and empty until the funds arrive.
    expect(ibt.transaction).toEqual({
      id: expect.stringMatching(/^trxn_/),
      status: 'OPEN',
      amount: 10_000,
      flowType: 'INBOUND_TRANSFER',
      description: 'From my bank',
      balanceImpact: zero,
      statusTransitions: { postedAt: null, voidAt: null },
      entries: { nodes: [] },
    });
    expect(ibt.originPaymentMethodDetails).toEqual({
      type: 'US_BANK_ACCOUNT',
      usBankAccount: { last4: '6789', routingNumber: '110000000', network: 'ACH', bankName: 'STRIPE TEST BANK', accountHolderType: 'INDIVIDUAL' },
      billingDetails: { name: 'Jenny Rosen' },
    });
    expect(await balanceOf(t, fa)).toEqual(before);
    expect(await eventsOf(ibt.id)).toEqual([{ type: 'treasury.inbound_transfer.created', status: 'processing' }]);
    const got = await t.ok(Get, { id: ibt.id });
    expect(got.treasuryInboundTransfer).toEqual({ id: ibt.id, status: 'PROCESSING', financialAccount: { id: fa } });
    expect(got.node).toEqual({ __typename: 'TreasuryInboundTransfer', id: ibt.id });
  });

  it('processing → succeeded over websockets, one posted cash credit; then returned with its own posted debit', async () => {
    const stream = await t.subscribe(EventStream, { types: ['treasury.inbound_transfer.*'] });
    const start = await balanceOf(t, fa);
    const ibt = await created(2500);
    expect(ibt.transaction).toMatchObject({ status: 'OPEN', amount: 2500, balanceImpact: zero });
    const updates = await t.subscribe(Updated, { id: ibt.id });

    const ok = expectOk(await succeed(ibt.id)).treasuryInboundTransfer!;
    expect(ok).toMatchObject({ status: 'SUCCEEDED', cancelable: false, returned: false, statusTransitions: { failedAt: null, canceledAt: null } });
    expect(ok.statusTransitions.succeededAt).not.toBeNull();
    expect(ok.transaction).toMatchObject({
      status: 'POSTED',
      amount: 2500,
      flowType: 'INBOUND_TRANSFER',
      description: 'Inbound transfer',
      balanceImpact: { cash: 2500, inboundPending: 0, outboundPending: 0 },
      flow: { __typename: 'TreasuryInboundTransfer', id: ibt.id },
    });
    expect(ok.transaction!.id).toBe(ibt.transaction!.id); // the create's Transaction, now posted
    expect(ok.transaction!.statusTransitions.postedAt).not.toBeNull();
    expect(ok.transaction!.entries.nodes).toEqual([
      { type: 'INBOUND_TRANSFER', flowType: 'INBOUND_TRANSFER', balanceImpact: { cash: 2500, inboundPending: 0, outboundPending: 0 } },
    ]);
    expect(await balanceOf(t, fa)).toEqual({ ...start, cash: start.cash + 2500 });

    const seen = await stream.waitFor(2);
    expect(
      seen.map((s) => [s.events.type, (s.events.data.object as { id: string; status: string }).id, (s.events.data.object as { status: string }).status]),
    ).toEqual([
      ['treasury.inbound_transfer.created', ibt.id, 'processing'],
      ['treasury.inbound_transfer.succeeded', ibt.id, 'succeeded'],
    ]);
    stream.dispose();
    await expectAllRefused(ibt.id, ['return']);

    // Return: stays succeeded, returned=true, and a ReceivedDebit pulls the money back (its own posted Transaction, cash −amount).
    const returned = expectOk(await ret(ibt.id)).treasuryInboundTransfer!;
    expect(returned).toMatchObject({
      status: 'SUCCEEDED',
      returned: true,
      cancelable: false,
      failureDetails: { code: 'OTHER' },
      transaction: { id: ok.transaction!.id, status: 'POSTED' },
    });
    const rd = returned.linkedFlows.receivedDebit!;
    expect(rd).toMatchObject({
      id: expect.stringMatching(/^rd_/),
      status: 'SUCCEEDED',
      amount: 2500,
      network: 'ACH',
      failureCode: null,
      financialAccount: { id: fa },
      linkedFlows: { inboundTransfer: { id: ibt.id, returned: true } },
      initiatingPaymentMethodDetails: { type: 'US_BANK_ACCOUNT', usBankAccount: { last4: '6789', routingNumber: '110000000' } },
    });
    expect(rd.transaction).toMatchObject({
      status: 'POSTED',
      amount: -2500,
      flowType: 'RECEIVED_DEBIT',
      balanceImpact: { cash: -2500, inboundPending: 0, outboundPending: 0 },
    });
    expect(rd.transaction!.entries.nodes).toEqual([{ type: 'RECEIVED_DEBIT', balanceImpact: { cash: -2500, inboundPending: 0, outboundPending: 0 } }]);
    expect(await balanceOf(t, fa)).toEqual(start);
    const txns = (await t.ok(FaTransactions, { id: fa })).treasuryFinancialAccount!.transactions.nodes.filter(
      (x) => x.flow?.__typename === 'TreasuryInboundTransfer' && x.flow.id === ibt.id,
    );
    expect(txns.map((x) => x.id)).toEqual([ok.transaction!.id]);
    const rdEvents = (await t.database.db.execute(sql`select type from events where object_id = ${rd.id}`)) as unknown;
    expect((Array.isArray(rdEvents) ? rdEvents : (rdEvents as { rows: unknown[] }).rows).map((r) => (r as { type: string }).type)).toEqual([
      'treasury.received_debit.created',
    ]);
    // No event on the transfer itself (Stripe announces the return through the ReceivedDebit); subscribers still see it.
    const types = await eventsOf(ibt.id);
    expect(types.map((e) => e.type)).toEqual(['treasury.inbound_transfer.succeeded', 'treasury.inbound_transfer.created']);
    const states = await updates.waitFor(2);
    expect(states.map((s) => [s.treasuryInboundTransferUpdated.status, s.treasuryInboundTransferUpdated.returned])).toEqual([
      ['SUCCEEDED', false],
      ['SUCCEEDED', true],
    ]);
    updates.dispose();

    expectUserError(await ret(ibt.id), 'invalid_state');
    await expectAllRefused(ibt.id);
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });

  it('cancel: only while processing; its Transaction is voided without entries, no balance change', async () => {
    const before = await balanceOf(t, fa);
    const ibt = await created(700);
    expectUserError(await ret(ibt.id), 'invalid_state');
    const canceled = expectOk(await cancel(ibt.id)).treasuryInboundTransfer!;
    expect(canceled).toMatchObject({ status: 'CANCELED', cancelable: false, failureDetails: null, statusTransitions: { failedAt: null, succeededAt: null } });
    expect(canceled.statusTransitions.canceledAt).not.toBeNull();
    expect(canceled.transaction).toMatchObject({
      id: ibt.transaction!.id,
      status: 'VOID',
      amount: 700,
      balanceImpact: zero,
      statusTransitions: { postedAt: null },
      entries: { nodes: [] },
    });
    expect(canceled.transaction!.statusTransitions.voidAt).toBe(canceled.statusTransitions.canceledAt);
    expect(await balanceOf(t, fa)).toEqual(before);
    expect(await eventsOf(ibt.id)).toEqual([
      { type: 'treasury.inbound_transfer.canceled', status: 'canceled' },
      { type: 'treasury.inbound_transfer.created', status: 'processing' },
    ]);
    await expectAllRefused(ibt.id);
  });

  it('fail: failure_details (default other, or the given code); its Transaction is voided without entries, no balance change', async () => {
    const before = await balanceOf(t, fa);
    const a = await created(800);
    const failed = expectOk(await fail(a.id)).treasuryInboundTransfer!;
    expect(failed).toMatchObject({
      status: 'FAILED',
      cancelable: false,
      failureDetails: { code: 'OTHER' },
      statusTransitions: { succeededAt: null, canceledAt: null },
    });
    expect(failed.statusTransitions.failedAt).not.toBeNull();
    expect(failed.transaction).toMatchObject({
      id: a.transaction!.id,
      status: 'VOID',
      amount: 800,
      balanceImpact: zero,
      statusTransitions: { postedAt: null },
      entries: { nodes: [] },
    });
    expect(failed.transaction!.statusTransitions.voidAt).toBe(failed.statusTransitions.failedAt);
    const b = await created(900);
    expect(expectOk(await fail(b.id, 'INSUFFICIENT_FUNDS')).treasuryInboundTransfer!.failureDetails).toEqual({ code: 'INSUFFICIENT_FUNDS' });
    expect(await balanceOf(t, fa)).toEqual(before);
    expect(await eventsOf(a.id)).toEqual([
      { type: 'treasury.inbound_transfer.failed', status: 'failed' },
      { type: 'treasury.inbound_transfer.created', status: 'processing' },
    ]);
    const prev = (await t.ok(Events)).events.nodes.find((e) => e.type === 'treasury.inbound_transfer.failed' && (e.data.object as { id: string }).id === a.id)!;
    expect(prev.data.previousAttributes).toMatchObject({ status: 'processing', cancelable: true, failure_details: null });
    await expectAllRefused(a.id);
    const list = await t.ok(List, { fa, status: 'FAILED' as never });
    expect(list.treasuryInboundTransfers.nodes.map((n) => n.id)).toEqual([b.id, a.id]);
    expect(list.treasuryFinancialAccount!.inboundTransfers.nodes.map((n) => n.id).slice(0, 2)).toEqual([b.id, a.id]);
  });

  it('processing transfers made before Transactions existed from create get theirs when they move on', async () => {
    // As the first release left them: processing, with no Transaction.
    const legacy = async (amount: number) => {
      const ibt = await created(amount);
      await t.database.db.execute(sql`update treasury_inbound_transfers set transaction_id = null where id = ${ibt.id}`);
      await t.database.db.execute(sql`delete from treasury_transactions where id = ${ibt.transaction!.id}`);
      return ibt.id;
    };
    const before = await balanceOf(t, fa);
    const [a, b, c] = [await legacy(1100), await legacy(1200), await legacy(1300)];
    const ok = expectOk(await succeed(a)).treasuryInboundTransfer!;
    expect(ok.transaction).toMatchObject({ status: 'POSTED', amount: 1100, balanceImpact: { cash: 1100, inboundPending: 0, outboundPending: 0 } });
    expect(ok.transaction!.entries.nodes).toEqual([
      { type: 'INBOUND_TRANSFER', flowType: 'INBOUND_TRANSFER', balanceImpact: { cash: 1100, inboundPending: 0, outboundPending: 0 } },
    ]);
    expect(expectOk(await fail(b)).treasuryInboundTransfer!.transaction).toMatchObject({
      status: 'VOID',
      amount: 1200,
      balanceImpact: zero,
      entries: { nodes: [] },
    });
    expect(expectOk(await cancel(c)).treasuryInboundTransfer!.transaction).toMatchObject({
      status: 'VOID',
      amount: 1300,
      balanceImpact: zero,
      entries: { nodes: [] },
    });
    expect(await balanceOf(t, fa)).toEqual({ ...before, cash: before.cash + 1100 });
    expect(await ledgerViolations(t.database.db, [fa])).toEqual([]);
  });

  it('a return happens whatever the balance: cash may go negative', async () => {
    const poor = await seedFinancialAccount(t);
    const ibt = expectOk(
      (await t.ok(Create, { input: { amount: 1000, currency: 'usd', financialAccount: poor, originPaymentMethod: pm } })).createTreasuryInboundTransfer,
    ).treasuryInboundTransfer!;
    expectOk(await succeed(ibt.id));
    expectOk(
      (await t.ok(ObtCreate, { input: { amount: 1000, currency: 'usd', financialAccount: poor, destinationPaymentMethod: pm } }))
        .createTreasuryOutboundTransfer,
    );
    expect(await balanceOf(t, poor)).toEqual({ cash: 0, inboundPending: 0, outboundPending: 1000 });
    expectOk(await ret(ibt.id));
    expect(await balanceOf(t, poor)).toEqual({ cash: -1000, inboundPending: 0, outboundPending: 1000 });
    expect(await ledgerViolations(t.database.db, [poor])).toEqual([]);
  });

  it('a processing InboundTransfer blocks closing its FinancialAccount', async () => {
    const acct = await seedFinancialAccount(t);
    const ibt = expectOk(
      (await t.ok(Create, { input: { amount: 500, currency: 'usd', financialAccount: acct, originPaymentMethod: pm } })).createTreasuryInboundTransfer,
    ).treasuryInboundTransfer!;
    expect(await balanceOf(t, acct)).toEqual(zero);
    const refused = expectUserError((await t.ok(Close, { input: { id: acct } })).closeTreasuryFinancialAccount, 'financial_account_not_empty');
    expect(refused.field).toEqual(['id']);
    expect((refused as { message?: string }).message).toContain(ibt.id);
    expectOk(await cancel(ibt.id));
    expect(expectOk((await t.ok(Close, { input: { id: acct } })).closeTreasuryFinancialAccount).treasuryFinancialAccount!.status).toBe('CLOSED');
    // A closed account accepts no new transfers.
    expectUserError(
      (await t.ok(Create, { input: { amount: 500, currency: 'usd', financialAccount: acct, originPaymentMethod: pm } })).createTreasuryInboundTransfer,
      'financial_account_closed',
    );
  });

  it('refuses bad input, foreign objects, inactive features, restricted flows and live-mode helpers, writing nothing', async () => {
    const inactive = await seedFinancialAccount(t, { features: { ...ALL_FEATURES, inboundTransfers: { ach: { requested: false } } } });
    const restrictedR = await t.ok(NewFa, {
      input: { supportedCurrencies: ['usd'], features: ALL_FEATURES as never, platformRestrictions: { inboundFlows: 'RESTRICTED' } },
    });
    expect(restrictedR.createTreasuryFinancialAccount.userErrors).toEqual([]);
    const restricted = restrictedR.createTreasuryFinancialAccount.treasuryFinancialAccount!.id;
    const other = await t.newAccount();
    const foreignPm = await seedPaymentMethod(t, { key: other.testKey });
    const foreignFa = await seedFinancialAccount(t, { key: other.testKey });
    const pending = await created(100);
    const before = { ibt: await countOf('treasury_inbound_transfers'), txn: await countOf('treasury_transactions'), evt: await countOf('events') };
    const balance = await balanceOf(t, fa);

    expectUserError(await create(0), 'amount_too_small');
    expectUserError(await create(-5), 'amount_too_small');
    expectUserError(await create(100_000_000_00), 'amount_too_large');
    expect(expectUserError(await create(100, { statementDescriptor: 'elevenchars' }), 'statement_descriptor_too_long').field).toEqual(['statementDescriptor']);
    expectUserError(await create(100, { statementDescriptor: 'bad<chars>' }), 'parameter_invalid');
    expectUserError(await create(100, { currency: 'eur' }), 'currency_not_supported');
    expectUserError(await create(100, { originPaymentMethod: 'pm_doesnotexist000000000000' }), 'resource_missing');
    expectUserError(await create(100, { originPaymentMethod: 'ba_notapaymentmethod0000000' }), 'resource_missing');
    expect(expectUserError(await create(100, { originPaymentMethod: foreignPm }), 'resource_missing').field).toEqual(['originPaymentMethod']);
    expectUserError(await create(100, { financialAccount: 'fa_doesnotexist000000000000' }), 'resource_missing');
    expectUserError(await create(100, { financialAccount: foreignFa }), 'resource_missing');
    expectUserError(await create(100, { financialAccount: inactive }), 'feature_not_active');
    expectUserError(await create(100, { financialAccount: restricted }), 'financial_account_restricted');
    expectUserError(await create(100, { metadata: { ['k'.repeat(41)]: 'v' } }), 'metadata_key_too_long');
    const badCode = await t.gql(Fail, { input: { id: pending.id, failureDetails: { code: 'NOT_A_CODE' as never } } });
    expect(badCode.errors?.[0]?.message).toMatch(/NOT_A_CODE/);
    const nonInteger = await t.gql(Create, { input: { amount: 1.5, currency: 'usd', financialAccount: fa, originPaymentMethod: pm } });
    expect(nonInteger.errors?.[0]?.message).toMatch(/SafeInt/);

    // Another account's transfer is invisible; test helpers refuse live mode.
    const asOther = await t.gql(Succeed, { input: { id: pending.id } }, other.testKey);
    expectUserError(asOther.data!.testHelpersSucceedTreasuryInboundTransfer, 'resource_missing');
    expect((await t.gql(Get, { id: pending.id }, other.testKey)).data!.treasuryInboundTransfer).toBeNull();
    for (const doc of [Succeed, Fail, Return] as const) {
      const live = await t.gql(doc as typeof Succeed, { input: { id: pending.id } }, t.account.liveKey);
      expectUserError(Object.values(live.data!)[0] as never, 'livemode_mismatch');
    }

    expect({ ibt: await countOf('treasury_inbound_transfers'), txn: await countOf('treasury_transactions'), evt: await countOf('events') }).toEqual(before);
    expect(await balanceOf(t, fa)).toEqual(balance);
    expect((await t.ok(Get, { id: pending.id })).treasuryInboundTransfer!.status).toBe('PROCESSING');
  });

  it("origin_payment_method_details has exactly the spec's shape: type us_bank_account, network ach, no invented fields or values (issue 14, item 13)", async () => {
    // GraphQL: the spec's own types and enum values (no financial_account type, no us_domestic_wire network, mandate present, no phone).
    const enumValues = (name: string) => {
      const type = schema.getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.value) : null;
    };
    const fieldsOf = (name: string) => {
      const type = schema.getType(name);
      return isObjectType(type) ? Object.keys(type.getFields()).sort() : null;
    };
    expect(enumValues('TreasuryInboundTransferOriginPaymentMethodDetailsType')).toEqual(['us_bank_account']);
    expect(enumValues('TreasuryInboundTransferOriginPaymentMethodDetailsUsBankAccountNetwork')).toEqual(['ach']);
    expect(fieldsOf('TreasuryInboundTransferOriginPaymentMethodDetails')).toEqual(['billingDetails', 'type', 'usBankAccount']);
    expect(fieldsOf('TreasuryInboundTransferOriginPaymentMethodDetailsBillingDetails')).toEqual(['address', 'email', 'name']);
    expect(fieldsOf('TreasuryInboundTransferOriginPaymentMethodDetailsUsBankAccount')).toEqual([
      'accountHolderType',
      'accountType',
      'bankName',
      'fingerprint',
      'last4',
      'mandate',
      'network',
      'routingNumber',
    ]);
    const typeField = (schema.getType('TreasuryInboundTransfer') as GraphQLObjectType).getFields().originPaymentMethodDetails!;
    expect(String(typeField.type)).toBe('TreasuryInboundTransferOriginPaymentMethodDetails');

    // Stripe's JSON (events, webhooks): every key a spec field, every closed enum a spec value, every required field present.
    const ibt = await created(600);
    const event = (await t.ok(Events)).events.nodes.find(
      (e) => e.type === 'treasury.inbound_transfer.created' && (e.data.object as { id: string }).id === ibt.id,
    )!;
    const details = (event.data.object as { origin_payment_method_details: Record<string, unknown> }).origin_payment_method_details;
    expect(details).toMatchObject({ type: 'us_bank_account', us_bank_account: { network: 'ach' } });
    const spec = specOf('treasury.inbound_transfer');
    const problems: string[] = [];
    const check = (value: Record<string, unknown>, shapeKey: string, path: string) => {
      const shape = shapeOf(spec, shapeKey);
      for (const key of Object.keys(value)) if (!shape.fields.some((f) => f.name === key)) problems.push(`${path}.${key} is not in the spec`);
      for (const f of shape.fields) {
        const v = value[f.name];
        if (v === undefined) {
          if (!f.optional) problems.push(`${path}.${f.name} is missing`);
          continue;
        }
        if (v === null) continue;
        if (f.type.kind === 'enum' && !f.type.open && !f.type.values.includes(String(v))) problems.push(`${path}.${f.name} = ${String(v)} is not a spec value`);
        if (f.type.kind === 'object') check(v as Record<string, unknown>, f.type.shape, `${path}.${f.name}`);
      }
    };
    check(details, 'treasury.inbound_transfer:OriginPaymentMethodDetails', 'origin_payment_method_details');
    expect(problems).toEqual([]);
  });

  it('idempotent create: the same key returns the first transfer without a second one', async () => {
    const key = `ibt-${Date.now()}`;
    const a = await created(321, { idempotencyKey: key });
    const b = await created(321, { idempotencyKey: key });
    expect(b.id).toBe(a.id);
    expectUserError(await create(322, { idempotencyKey: key }), 'idempotency_key_in_use');
    expect(await ledgerViolations(t.database.db)).toEqual([]);
  });
});
