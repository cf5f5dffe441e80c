import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import type { CreatedAccount } from '../../auth/auth.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount } from '../../../test/support/seed.js';
import { ledgerViolations } from '../../ledger/invariants.js';
import { expireTestClocks } from './test-clock.resource.js';

/**
 * A test clock: the account's test mode runs at the clock's time, and advancing it runs every
 * scheduled transition that comes due, in time order, each in its own transaction.
 */

const CreateClock = graphql(`
  mutation ClockCreate($input: CreateTestHelpersTestClockInput!) {
    createTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime name livemode } userErrors { code field } }
  }
`);
const Advance = graphql(`
  mutation ClockAdvance($input: AdvanceTestHelpersTestClockInput!) {
    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime statusDetails { advancing { targetFrozenTime } } } userErrors { code field } }
  }
`);
const DeleteClock = graphql(`
  mutation ClockDelete($input: DeleteTestHelpersTestClockInput!) {
    deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id deleted } userErrors { code field } }
  }
`);
const Clocks = graphql(`query ClockList { testHelpersTestClocks(first: 10) { nodes { id status frozenTime } } }`);
const Clock = graphql(`query ClockGet($id: ID!) { testHelpersTestClock(id: $id) { id created deletesAfter } }`);
const ClockEvents = graphql(
  `query ClockDeletedEvents { events(first: 20, type: "test_helpers.test_clock.deleted") { nodes { type request { id } data { object } } } }`,
);
const CreateObt = graphql(`
  mutation ClockCreateObt($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id created expectedArrivalDate } userErrors { code } }
  }
`);
const CreateIbt = graphql(`
  mutation ClockCreateIbt($input: CreateTreasuryInboundTransferInput!) {
    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id created } userErrors { code } }
  }
`);
const Obt = graphql(`query ClockObt($id: ID!) { treasuryOutboundTransfer(id: $id) { status statusTransitions { postedAt } } }`);
const Ibt = graphql(`query ClockIbt($id: ID!) { treasuryInboundTransfer(id: $id) { status statusTransitions { succeededAt } } }`);
const EventList = graphql(`query ClockEvents { events(first: 100) { nodes { id type created data { object } } } }`);
const Balance = graphql(`
  subscription ClockBalance($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount } outboundPending { amount } } }
`);
const Events = graphql(`subscription ClockEventStream { events(types: ["treasury.*"]) { type created data { object } } }`);

let t: TestApp;
let owner: CreatedAccount;
let fa: string;
beforeAll(async () => {
  t = await startTestApp();
  owner = await t.newAccount();
  fa = await seedFinancialAccount(t, { key: owner.testKey });
  await fundForTest(t, fa, 100_000);
});
afterAll(() => t?.close());

const at = (iso: string) => new Date(iso).toISOString();

/** A new account with a funded FinancialAccount and a test clock at Friday 2025-06-06, noon CT. */
async function clockedAccount() {
  const account = await t.newAccount();
  const key = account.testKey;
  const acct = await seedFinancialAccount(t, { key });
  await fundForTest(t, acct, 10_000);
  const clock = expectOk((await t.ok(CreateClock, { input: { frozenTime: at('2025-06-06T17:00:00Z') } }, key)).createTestHelpersTestClock)
    .testHelpersTestClock!;
  return { key, acct, clock };
}

describe('test clocks', () => {
  it('advancing across a weekend posts exactly the flows due, in time order, with the balance right after each', async () => {
    const key = owner.testKey;
    // Friday 2025-06-06, noon Central Time (17:00 UTC).
    const clock = expectOk((await t.ok(CreateClock, { input: { frozenTime: at('2025-06-06T17:00:00Z'), name: 'week' } }, key)).createTestHelpersTestClock)
      .testHelpersTestClock!;
    expect(clock).toMatchObject({ status: 'READY', frozenTime: at('2025-06-06T17:00:00Z'), livemode: false });

    const create = async (pm: string, amount: number, network: 'ACH' | 'US_DOMESTIC_WIRE' = 'ACH') =>
      expectOk(
        (
          await t.ok(
            CreateObt,
            {
              input: {
                amount,
                currency: 'usd',
                financialAccount: fa,
                destinationPaymentMethod: pm,
                destinationPaymentMethodOptions: { usBankAccount: { network } },
              },
            },
            key,
          )
        ).createTreasuryOutboundTransfer,
      ).treasuryOutboundTransfer!;
    const achObt = await create('pm_usBankAccount', 1_000);
    const wireObt = await create('pm_usBankAccount', 2_000, 'US_DOMESTIC_WIRE');
    const stuck = await create('pm_usBankAccount_processing', 4_000);
    const ibt = expectOk(
      (await t.ok(CreateIbt, { input: { amount: 5_000, currency: 'usd', financialAccount: fa, originPaymentMethod: 'pm_usBankAccount' } }, key))
        .createTreasuryInboundTransfer,
    ).treasuryInboundTransfer!;
    // Commands run at the clock's time; arrival dates follow the banking calendar from there.
    expect(achObt.created).toBe(at('2025-06-06T17:00:00Z'));
    expect(achObt.expectedArrivalDate).toBe(at('2025-06-10T00:00:00Z')); // arrives Monday
    expect(wireObt.expectedArrivalDate).toBe(at('2025-06-07T00:00:00Z')); // arrives Friday
    expect(ibt.created).toBe(at('2025-06-06T17:00:00Z'));
    const start = await balanceOf(t, fa, key);
    expect(start).toEqual({ cash: 100_000 - 7_000, inboundPending: 0, outboundPending: 7_000 });

    const balances = await t.subscribe(Balance, { id: fa }, { key, accountId: owner.accountId });
    const stream = await t.subscribe(Events, {}, { key, accountId: owner.accountId });

    // Over the weekend to Monday noon CT: only the wire (due Saturday 00:00 UTC) posts.
    const monday = expectOk((await t.ok(Advance, { input: { id: clock.id, frozenTime: at('2025-06-09T17:00:00Z') } }, key)).advanceTestHelpersTestClock)
      .testHelpersTestClock!;
    expect(monday).toMatchObject({ status: 'READY', frozenTime: at('2025-06-09T17:00:00Z'), statusDetails: { advancing: null } });
    expect((await t.ok(Obt, { id: wireObt.id }, key)).treasuryOutboundTransfer).toEqual({
      status: 'POSTED',
      statusTransitions: { postedAt: at('2025-06-07T00:00:00Z') },
    });
    expect((await t.ok(Obt, { id: achObt.id }, key)).treasuryOutboundTransfer!.status).toBe('PROCESSING');
    expect((await t.ok(Ibt, { id: ibt.id }, key)).treasuryInboundTransfer!.status).toBe('PROCESSING');
    await balances.waitFor(1);
    expect(balances.values.map((b) => b.treasuryFinancialAccountBalanceUpdated)).toEqual([
      { cash: [{ amount: 93_000 }], outboundPending: [{ amount: 5_000 }] },
    ]);

    // To Friday: the ACH transfer posts Tuesday 00:00 UTC, then the InboundTransfer succeeds Thursday 10am CT.
    await t.ok(Advance, { input: { id: clock.id, frozenTime: at('2025-06-13T17:00:00Z') } }, key);
    expect((await t.ok(Obt, { id: achObt.id }, key)).treasuryOutboundTransfer).toEqual({
      status: 'POSTED',
      statusTransitions: { postedAt: at('2025-06-10T00:00:00Z') },
    });
    expect((await t.ok(Ibt, { id: ibt.id }, key)).treasuryInboundTransfer).toEqual({
      status: 'SUCCEEDED',
      statusTransitions: { succeededAt: at('2025-06-12T15:00:00Z') },
    });
    expect((await t.ok(Obt, { id: stuck.id }, key)).treasuryOutboundTransfer!.status).toBe('PROCESSING');
    await balances.waitFor(3);
    expect(balances.values.map((b) => b.treasuryFinancialAccountBalanceUpdated)).toEqual([
      { cash: [{ amount: 93_000 }], outboundPending: [{ amount: 5_000 }] }, // wire posted
      { cash: [{ amount: 93_000 }], outboundPending: [{ amount: 4_000 }] }, // ACH transfer posted
      { cash: [{ amount: 98_000 }], outboundPending: [{ amount: 4_000 }] }, // inbound transfer succeeded
    ]);
    await stream.waitFor(3);
    expect(stream.values.map((v) => [v.events.type, v.events.data.object.id, v.events.created])).toEqual([
      ['treasury.outbound_transfer.posted', wireObt.id, at('2025-06-07T00:00:00Z')],
      ['treasury.outbound_transfer.posted', achObt.id, at('2025-06-10T00:00:00Z')],
      ['treasury.inbound_transfer.succeeded', ibt.id, at('2025-06-12T15:00:00Z')],
    ]);
    const clockEvents = (await t.ok(EventList, {}, key)).events.nodes
      .filter((e) => e.type.startsWith('test_helpers.'))
      .map((e) => e.type)
      .reverse();
    expect(clockEvents).toEqual([
      'test_helpers.test_clock.created',
      'test_helpers.test_clock.advancing',
      'test_helpers.test_clock.ready',
      'test_helpers.test_clock.advancing',
      'test_helpers.test_clock.ready',
    ]);
    expect(await ledgerViolations(t.database.db)).toEqual([]);

    // Deleted: the account is back on real time.
    expectOk((await t.ok(DeleteClock, { input: { id: clock.id } }, key)).deleteTestHelpersTestClock);
    const later = await create('pm_usBankAccount_processing', 10);
    expect(Math.abs(Date.parse(later.created) - Date.now())).toBeLessThan(60_000);
    expect((await t.ok(Clocks, {}, key)).testHelpersTestClocks.nodes).toEqual([]);
  });

  it('refuses bad input with Stripe codes, writing nothing: backwards, too far, a second clock, live mode, unknown or bad ids', async () => {
    const other = await t.newAccount();
    const key = other.testKey;
    const clock = expectOk((await t.ok(CreateClock, { input: { frozenTime: at('2025-01-01T00:00:00Z') } }, key)).createTestHelpersTestClock)
      .testHelpersTestClock!;
    const eventsBefore = (await t.ok(EventList, {}, key)).events.nodes.length;
    const advance = async (frozenTime: string, id = clock.id) => (await t.ok(Advance, { input: { id, frozenTime } }, key)).advanceTestHelpersTestClock;
    expect(expectUserError(await advance(at('2024-12-31T23:59:59Z')), 'parameter_invalid').field).toEqual(['frozenTime']); // backwards
    expect(expectUserError(await advance(at('2025-01-01T00:00:00Z')), 'parameter_invalid').field).toEqual(['frozenTime']); // not forward
    expect(expectUserError(await advance(at('2026-06-01T00:00:00Z')), 'parameter_invalid').field).toEqual(['frozenTime']); // more than a year
    expectUserError(await advance(at('2025-02-01T00:00:00Z'), 'clock_doesnotexist0000000000'), 'resource_missing');
    expectUserError(await advance(at('2025-02-01T00:00:00Z'), 'fa_doesnotexist00000000000000'), 'resource_missing');
    expectUserError(
      (await t.ok(CreateClock, { input: { frozenTime: at('2025-01-01T00:00:00Z') } }, key)).createTestHelpersTestClock,
      'resource_already_exists',
    );
    expect(
      expectUserError(
        (await t.ok(CreateClock, { input: { frozenTime: at('1999-01-01T00:00:00Z') } }, other.testKey)).createTestHelpersTestClock,
        'parameter_invalid',
      ).field,
    ).toEqual(['frozenTime']);
    // Live mode has no test clocks.
    expectUserError(
      (await t.ok(CreateClock, { input: { frozenTime: at('2025-01-01T00:00:00Z') } }, other.liveKey)).createTestHelpersTestClock,
      'livemode_mismatch',
    );
    expectUserError(
      (await t.ok(Advance, { input: { id: clock.id, frozenTime: at('2025-02-01T00:00:00Z') } }, other.liveKey)).advanceTestHelpersTestClock,
      'livemode_mismatch',
    );
    // Another account cannot see it.
    expectUserError(
      (await t.ok(Advance, { input: { id: clock.id, frozenTime: at('2025-02-01T00:00:00Z') } }, owner.testKey)).advanceTestHelpersTestClock,
      'resource_missing',
    );
    expectUserError((await t.ok(DeleteClock, { input: { id: clock.id } }, owner.testKey)).deleteTestHelpersTestClock, 'resource_missing');
    // Nothing was written.
    expect((await t.ok(EventList, {}, key)).events.nodes.length).toBe(eventsBefore);
    expect((await t.ok(Clocks, {}, key)).testHelpersTestClocks.nodes).toEqual([{ id: clock.id, status: 'READY', frozenTime: at('2025-01-01T00:00:00Z') }]);
  });

  it('a request reads the clock with its API key for its first command; a later mutation of the same request reads it again', async () => {
    const { key, acct, clock } = await clockedAccount();
    const both = parse(`mutation ClockThenCreate($clock: ID!, $fa: ID!) {
      before: createTreasuryOutboundTransfer(input: { amount: 10, currency: "usd", financialAccount: $fa, destinationPaymentMethod: "pm_usBankAccount_processing" }) { treasuryOutboundTransfer { created } userErrors { code } }
      advanceTestHelpersTestClock(input: { id: $clock, frozenTime: "2025-06-09T17:00:00.000Z" }) { testHelpersTestClock { frozenTime } userErrors { code } }
      after: createTreasuryOutboundTransfer(input: { amount: 20, currency: "usd", financialAccount: $fa, destinationPaymentMethod: "pm_usBankAccount_processing" }) { treasuryOutboundTransfer { created } userErrors { code } }
    }`);
    const r = (await t.gql(both as never, { clock: clock.id, fa: acct }, key)) as { data: any; errors?: unknown };
    expect(r.errors).toBeUndefined();
    expect(r.data.before.treasuryOutboundTransfer.created).toBe(at('2025-06-06T17:00:00Z'));
    expect(r.data.advanceTestHelpersTestClock.testHelpersTestClock.frozenTime).toBe(at('2025-06-09T17:00:00Z'));
    // The third mutation runs after the advance: at the clock's new time, not the one read with the key.
    expect(r.data.after.treasuryOutboundTransfer.created).toBe(at('2025-06-09T17:00:00Z'));
    // A deleted clock: the next request's first command runs at real time again.
    await t.database.db.execute(sql`update test_clocks set deleted_at = now() where id = ${clock.id}`);
    const later = expectOk(
      (await t.ok(CreateObt, { input: { amount: 10, currency: 'usd', financialAccount: acct, destinationPaymentMethod: 'pm_usBankAccount_processing' } }, key))
        .createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    expect(Math.abs(Date.parse(later.created) - Date.now())).toBeLessThan(60_000);
  });

  it('is deleted once its deletesAfter (30 days after creation) has passed, as Stripe does: the account is back on real time', async () => {
    const rows = (r: unknown): Record<string, unknown>[] => (Array.isArray(r) ? r : ((r as { rows: Record<string, unknown>[] }).rows ?? []));
    const { key, acct, clock } = await clockedAccount();
    const read = (await t.ok(Clock, { id: clock.id }, key)).testHelpersTestClock!;
    expect(Date.parse(read.deletesAfter) - Date.parse(read.created)).toBe(30 * 86_400_000);
    // A transfer whose posting waits for the clock.
    const obt = expectOk(
      (await t.ok(CreateObt, { input: { amount: 100, currency: 'usd', financialAccount: acct, destinationPaymentMethod: 'pm_usBankAccount' } }, key))
        .createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    const pending = async () =>
      rows(await t.database.db.execute(sql`select test_clock_id from scheduled_transitions where flow_id = ${obt.id} and done_at is null`));
    expect(await pending()).toEqual([{ test_clock_id: clock.id }]);

    // Not yet due: nothing happens.
    expect(await expireTestClocks(t.database.db)).not.toContain(clock.id);
    expect((await t.ok(Clock, { id: clock.id }, key)).testHelpersTestClock).not.toBeNull();

    // Thirty days later (deletes_after moved into the past here): deleted by the worker's sweep, like a user's delete.
    await t.database.db.execute(sql`update test_clocks set deletes_after = now() - interval '1 second' where id = ${clock.id}`);
    expect(await expireTestClocks(t.database.db)).toContain(clock.id);
    expect((await t.ok(Clock, { id: clock.id }, key)).testHelpersTestClock).toBeNull();
    expect((await t.ok(Clocks, {}, key)).testHelpersTestClocks.nodes).toEqual([]);
    const deleted = (await t.ok(ClockEvents, {}, key)).events.nodes;
    expect(deleted.map((e) => [e.type, (e.data.object as { id: string }).id, e.request?.id ?? null])).toEqual([
      ['test_helpers.test_clock.deleted', clock.id, null],
    ]);
    // The pending transition went back to real time (the job queue), and new commands run at real time.
    expect(await pending()).toEqual([{ test_clock_id: null }]);
    const later = expectOk(
      (await t.ok(CreateObt, { input: { amount: 10, currency: 'usd', financialAccount: acct, destinationPaymentMethod: 'pm_usBankAccount_processing' } }, key))
        .createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    expect(Math.abs(Date.parse(later.created) - Date.now())).toBeLessThan(60_000);
    // A second sweep finds nothing more to do.
    expect(await expireTestClocks(t.database.db)).not.toContain(clock.id);
  });
});
