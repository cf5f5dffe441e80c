import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { query } from '../db/sql.js';
import { LeaseHeld, runScheduledTransition } from '../layer/schedule-run.js';
import { sigmaRunFaults } from './scheduled-queries/run.js';
import { startTestApp, type TestApp } from '../../test/support/harness.js';
import { ALL_FEATURES, fundForTest, seedFinancialAccount, seedPaymentMethod } from '../../test/support/seed.js';
import { configureTestMode } from '../layer/schedule.js';
import { runInSandbox, stopSandbox } from './sandbox.js';

const Schedule = `mutation($input: CreateSigmaScheduledQueryInput!) { createSigmaScheduledQuery(input: $input) { sigmaScheduledQuery { id title sql schedule livemode } userErrors { code message field } } }`;
const RunNow = `mutation($input: TestHelpersRunSigmaScheduledQueryInput!) { testHelpersRunSigmaScheduledQuery(input: $input) { sigmaScheduledQuery { id } userErrors { code message field } } }`;
const RunFields = 'id object status title sql dataLoadTime resultAvailableUntil error { message } file { id purpose type size url expiresAt }';

let t: TestApp;
const transfers: string[] = [];

beforeAll(async () => {
  // The sandbox's first start (a new PGlite) overlaps the seeding below.
  const warm = runInSandbox([], 'select 1');
  t = await startTestApp();
  configureTestMode({ delayMs: 3_600_000 }); // the transfers stay processing: the query sees them as made
  const fa = await seedFinancialAccount(t);
  await fundForTest(t, fa, 50_000);
  const pm = await seedPaymentMethod(t);
  for (const amount of [1_000, 2_500]) {
    const r = await t.gql<any, any>(
      `mutation($input: CreateTreasuryOutboundTransferInput!) { createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code } } }`,
      { input: { financialAccount: fa, amount, currency: 'usd', destinationPaymentMethod: pm, description: `Rent, "${amount}"` } },
    );
    transfers.push(r.data.createTreasuryOutboundTransfer.treasuryOutboundTransfer.id);
  }
  // Another account's transfer: never in this account's results.
  const other = await t.newAccount();
  const ofa = await seedFinancialAccount(t, { key: other.testKey });
  await fundForTest(t, ofa, 9_999);
  expect((await warm).status).toBe('completed');
});
afterAll(async () => {
  await stopSandbox();
  await t?.close();
});

/** Schedules a query, runs it now (job queue), and answers the run announced by the event. */
async function runQuery(sql: string) {
  const made = await t.gql<any, any>(Schedule, { input: { title: 'Transfers', sql, schedule: 'DAILY' } });
  const id = made.data.createSigmaScheduledQuery.sigmaScheduledQuery.id;
  const sub = await t.subscribe<any, any>(`subscription { events(types: ["sigma.scheduled_query_run.created"]) { type data { object } } }` as any, {});
  const r = await t.gql<any, any>(RunNow, { input: { id } });
  expect(r.data.testHelpersRunSigmaScheduledQuery.userErrors).toEqual([]);
  const [event] = await sub.waitFor(1, 60_000);
  sub.dispose();
  const runId = event.events.data.object.id;
  const run = (await t.gql<any, any>(`query($id: ID!) { scheduledQueryRun(id: $id) { ${RunFields} } }`, { id: runId })).data.scheduledQueryRun;
  return { query: id, run, event: event.events };
}

const address = { line1: '1234 Main Street', city: 'San Francisco', state: 'CA', postalCode: '94111', country: 'US' };

/** A funded card-issuing FinancialAccount, a cardholder and a card, and one captured authorization per amount. */
async function issueAndSpend(key: string, amounts: number[]) {
  const fa = await seedFinancialAccount(t, { key, features: { ...ALL_FEATURES, cardIssuing: { requested: true } } });
  await fundForTest(t, fa, 100_000);
  const h = await t.gql<any, any>(
    `mutation($input: CreateIssuingCardholderInput!) { createIssuingCardholder(input: $input) { issuingCardholder { id } userErrors { code message } } }`,
    { input: { name: 'Jenny Rosen', billing: { address } } },
    key,
  );
  const holder = h.data.createIssuingCardholder.issuingCardholder.id;
  const c = await t.gql<any, any>(
    `mutation($input: CreateIssuingCardInput!) { createIssuingCard(input: $input) { issuingCard { id last4 } userErrors { code message } } }`,
    { input: { cardholder: holder, currency: 'usd', type: 'VIRTUAL', status: 'ACTIVE', financialAccount: fa } },
    key,
  );
  expect(c.data.createIssuingCard.userErrors).toEqual([]);
  const card = c.data.createIssuingCard.issuingCard;
  const authorizations: string[] = [];
  for (const amount of amounts) {
    const a = await t.gql<any, any>(
      `mutation($input: TestHelpersCreateIssuingAuthorizationInput!) { testHelpersCreateIssuingAuthorization(input: $input) { issuingAuthorization { id } userErrors { code message } } }`,
      { input: { card: card.id, amount } },
      key,
    );
    const id = a.data.testHelpersCreateIssuingAuthorization.issuingAuthorization.id;
    const cap = await t.gql<any, any>(
      `mutation($input: TestHelpersCaptureIssuingAuthorizationInput!) { testHelpersCaptureIssuingAuthorization(input: $input) { userErrors { code message } } }`,
      { input: { id } },
      key,
    );
    expect(cap.data.testHelpersCaptureIssuingAuthorization.userErrors).toEqual([]);
    authorizations.push(id);
  }
  return { card: card.id as string, last4: card.last4 as string, authorizations };
}

describe('Sigma', () => {
  it('runs a scheduled query over the account’s own transfers into a CSV File', { timeout: 90_000 }, async () => {
    const sql = 'select id, amount, currency, status, description from treasury_outbound_transfers order by amount';
    const { run, event } = await runQuery(sql);
    expect(event.data.object).toMatchObject({
      object: 'scheduled_query_run',
      status: 'completed',
      sql,
      title: 'Transfers',
      file: { purpose: 'sigma_scheduled_query' },
    });
    expect(run).toMatchObject({ object: 'scheduled_query_run', status: 'completed', error: null, file: { purpose: 'SIGMA_SCHEDULED_QUERY', type: 'csv' } });
    expect(new Date(run.resultAvailableUntil).getTime()).toBe(new Date(run.file.expiresAt).getTime());
    const res = await fetch(run.file.url, { headers: { authorization: `Bearer ${t.account.testKey}` } });
    const csv = await res.text();
    expect(csv).toBe(
      [
        'id,amount,currency,status,description',
        `${transfers[0]},1000,usd,processing,"Rent, ""1000"""`,
        `${transfers[1]},2500,usd,processing,"Rent, ""2500"""`,
        '',
      ].join('\n'),
    );
    const listed = await t.gql<any, any>(`{ scheduledQueryRuns(first: 10) { nodes { id } } }`);
    expect(listed.data.scheduledQueryRuns.nodes.map((n: any) => n.id)).toContain(run.id);
  });

  it('contains hostile SQL: other accounts invisible, no writes, errors as failed runs', { timeout: 90_000 }, async () => {
    const ledger = await runQuery("select count(*) as n, sum((balance_impact->>'cash')::bigint) as cash from treasury_transactions");
    expect(ledger.run.error).toBeNull();
    // 50 000 funded, 3 500 sent: the other account's 9 999 is not in this sandbox.
    expect((await (await fetch(ledger.run.file.url, { headers: { authorization: `Bearer ${t.account.testKey}` } })).text()).trim().split('\n')[1]).toBe(
      '3,46500',
    );
    const write = await runQuery("delete from treasury_outbound_transfers where id <> ''");
    expect(write.run).toMatchObject({ status: 'failed', file: null });
    expect(write.run.error.message).toMatch(/syntax error/);
    for (const id of transfers) {
      const found = await t.gql<any, any>(`query($id: ID!) { treasuryOutboundTransfer(id: $id) { id status } }`, { id });
      expect(found.data.treasuryOutboundTransfer).toEqual({ id, status: 'PROCESSING' });
    }
  });

  it('exposes Issuing tables with Stripe’s columns: a query over authorizations and transactions gives the right CSV', { timeout: 90_000 }, async () => {
    const issued = await issueAndSpend(t.account.testKey, [1_200, 800]);
    const other = await t.newAccount();
    const theirs = await issueAndSpend(other.testKey, [4_242]);
    const { run } = await runQuery(
      `select a.id, a.amount, a.status, a.card, c.last4, h.name, (select count(*) from issuing_transactions x where x."authorization" = a.id) as captured
       from issuing_authorizations a join issuing_cards c on c.id = a.card join issuing_cardholders h on h.id = a.cardholder order by a.amount`,
    );
    expect(run.status, JSON.stringify(run.error)).toBe('completed');
    const csv = await (await fetch(run.file.url, { headers: { authorization: `Bearer ${t.account.testKey}` } })).text();
    expect(csv).toBe(
      [
        'id,amount,status,card,last4,name,captured',
        `${issued.authorizations[1]},800,closed,${issued.card},${issued.last4},Jenny Rosen,1`,
        `${issued.authorizations[0]},1200,closed,${issued.card},${issued.last4},Jenny Rosen,1`,
        '',
      ].join('\n'),
    );
    for (const id of [...theirs.authorizations, theirs.card]) expect(csv).not.toContain(id);
    // The card's number and CVC are no columns; the transactions table holds the captures.
    const cols = await runQuery(
      "select string_agg(column_name, ',' order by column_name) as c from information_schema.columns where table_name = 'issuing_cards' and column_name in ('number', 'cvc', 'last4')",
    );
    expect((await (await fetch(cols.run.file.url, { headers: { authorization: `Bearer ${t.account.testKey}` } })).text()).trim()).toBe('c\nlast4');
    const sums = await runQuery("select sum(amount) as total, count(*) as n from issuing_transactions where type = 'capture'");
    expect((await (await fetch(sums.run.file.url, { headers: { authorization: `Bearer ${t.account.testKey}` } })).text()).trim()).toBe('total,n\n-2000,2');
  });

  it('validates and confines the scheduled query mutations', async () => {
    const bad = await t.gql<any, any>(Schedule, { input: { title: '', sql: 'select 1', schedule: 'WEEKLY' } });
    expect(bad.data.createSigmaScheduledQuery.userErrors[0]).toMatchObject({ code: 'parameter_invalid', field: ['title'] });
    const made = await t.gql<any, any>(Schedule, { input: { title: 'Mine', sql: 'select 1', schedule: 'MONTHLY' } });
    const id = made.data.createSigmaScheduledQuery.sigmaScheduledQuery.id;
    const other = await t.newAccount();
    const theirs = await t.gql<any, any>(RunNow, { input: { id } }, other.testKey);
    expect(theirs.data.testHelpersRunSigmaScheduledQuery.userErrors[0].code).toBe('resource_missing');
    const live = await t.gql<any, any>(RunNow, { input: { id } }, t.account.liveKey);
    expect(live.data.testHelpersRunSigmaScheduledQuery.userErrors[0].code).toBe('livemode_mismatch');
    const mine = await t.gql<any, any>(`{ sigmaScheduledQueries(first: 100) { nodes { id title schedule } } }`);
    expect(mine.data.sigmaScheduledQueries.nodes).toContainEqual({ id, title: 'Mine', schedule: 'MONTHLY' });
    expect((await t.gql<any, any>(`{ sigmaScheduledQueries { nodes { id } } }`, {}, other.testKey)).data.sigmaScheduledQueries.nodes).toEqual([]);
    const gone = await t.gql<any, any>(
      `mutation($input: DeleteSigmaScheduledQueryInput!) { deleteSigmaScheduledQuery(input: $input) { userErrors { code } } }`,
      { input: { id } },
    );
    expect(gone.data.deleteSigmaScheduledQuery.userErrors).toEqual([]);
    expect((await t.gql<any, any>(`query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
  });
});

describe('Sigma runs at least once, complete once', () => {
  const schedule = async (title: string) =>
    (await t.gql<any, any>(Schedule, { input: { title, sql: 'select count(*) as n from treasury_outbound_transfers', schedule: 'DAILY' } })).data
      .createSigmaScheduledQuery.sigmaScheduledQuery.id as string;
  const runsOf = async (queryId: string) =>
    (await query(t.database.db, sql`select id, status from sigma_scheduled_query_runs where scheduled_query_id = ${queryId}`)).map((r) => ({ ...r }));
  const eventsOf = async (runIds: unknown[]) =>
    runIds.length
      ? (
          await query(
            t.database.db,
            sql`select object_id from events where type = 'sigma.scheduled_query_run.created' and object_id in (${sql.join(
              runIds.map((id) => sql`${String(id)}`),
              sql`, `,
            )})`,
          )
        ).map((r) => r.object_id)
      : [];
  const stepOf = async (stepId: string) =>
    (await query(t.database.db, sql`select done_at, outcome, leased_until from scheduled_transitions where id = ${stepId}`))[0]!;
  afterAll(() => {
    sigmaRunFaults.beforeCommit = null;
  });

  it('retries a run whose job died mid-way: one ScheduledQueryRun, one event', { timeout: 90_000 }, async () => {
    const id = await schedule('Dies once');
    const tries: string[] = [];
    sigmaRunFaults.beforeCommit = async (stepId) => {
      tries.push(stepId);
      if (tries.length === 1) throw new Error('worker crashed after the query ran');
    };
    expect((await t.gql<any, any>(RunNow, { input: { id } })).data.testHelpersRunSigmaScheduledQuery.userErrors).toEqual([]);
    // The queue retries the failed job (its lease was released when the run threw).
    await vi.waitFor(async () => expect(await runsOf(id)).toHaveLength(1), { timeout: 60_000, interval: 100 });
    sigmaRunFaults.beforeCommit = null;
    expect(tries).toHaveLength(2);
    expect(tries[1]).toBe(tries[0]);
    const runs = await runsOf(id);
    expect(runs[0]!.status).toBe('completed');
    expect(await eventsOf(runs.map((r) => r.id))).toEqual([runs[0]!.id]);
    expect(await stepOf(tries[0]!)).toMatchObject({ outcome: 'ok', leased_until: null });
    expect((await stepOf(tries[0]!)).done_at).not.toBeNull();
  });

  it('takes over a step whose run holds an expired lease; the slow first run commits nothing', { timeout: 90_000 }, async () => {
    const id = await schedule('Hangs');
    let release!: () => void;
    const hung = new Promise<void>((r) => {
      release = r;
    });
    let first: string | null = null;
    let entered!: () => void;
    const claimed = new Promise<void>((r) => {
      entered = r;
    });
    sigmaRunFaults.beforeCommit = async (stepId) => {
      if (first) return; // the takeover runs straight through
      first = stepId;
      entered();
      await hung; // a worker that stalls (or whose process died) holding the step
    };
    await t.gql<any, any>(RunNow, { input: { id } });
    await claimed;
    const stepId = first!;
    expect((await stepOf(stepId)).outcome).toBe('running');
    // The job run again while the lease is held (pg-boss expired the job): refused, the queue retries later.
    await expect(runScheduledTransition(t.database.db, stepId)).rejects.toBeInstanceOf(LeaseHeld);
    expect(await runsOf(id)).toEqual([]);
    // The lease runs out (its holder is dead to the world): the next run takes the step over and completes it.
    await query(t.database.db, sql`update scheduled_transitions set leased_until = now() - interval '1 second' where id = ${stepId}`);
    expect(await runScheduledTransition(t.database.db, stepId)).toBe('ok');
    const runs = await runsOf(id);
    expect(runs).toHaveLength(1);
    // The first run wakes up and finds the step done: its result is dropped.
    release();
    // …once its job (the queue's first run of the step) has finished.
    await vi.waitFor(
      async () => {
        const jobs = await query(t.database.db, sql`select state from pgboss.job where data->>'transition' = ${stepId}`);
        expect(jobs.map((j) => j.state)).toEqual(['completed']);
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(await runsOf(id)).toEqual(runs);
    expect(await eventsOf(runs.map((r) => r.id))).toEqual([runs[0]!.id]);
    const all = await query(
      t.database.db,
      sql`select count(*)::int as n from events where type = 'sigma.scheduled_query_run.created' and data->'object'->>'title' = 'Hangs'`,
    );
    expect(all[0]!.n).toBe(1);
    // A job for a step already done does nothing.
    expect(await runScheduledTransition(t.database.db, stepId)).toBeNull();
  });
});
