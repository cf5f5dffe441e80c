import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount, type CreatedAccount } from '../../src/auth/auth.js';
import { configureSandbox, runInSandbox, SANDBOX_LIMITS, stopSandbox, type SandboxOutcome } from '../../src/sigma/sandbox.js';
import { sigmaTables } from '../../src/sigma/scheduled-queries/sigma-tables.js';
import { startRelApp, type RelApp } from './support/app.js';

/**
 * Sigma's security boundary under a hostile SQL corpus: each query runs as account A's scheduled
 * query would (A's tables in the sandbox, src/sigma/sandbox.ts). Nothing may show account B's rows,
 * change either account's data, change the sandbox for the next run, or stall the server: a sleeping
 * query times out while the API keeps answering.
 */
const CORPUS: { sql: string; expect: 'completed' | 'failed' | 'timed_out' | 'not_completed' }[] = [
  { sql: 'select id, amount from treasury_outbound_transfers', expect: 'completed' },
  { sql: 'select * from public.treasury_outbound_transfers', expect: 'completed' },
  { sql: 'select schemaname, tablename from pg_catalog.pg_tables', expect: 'completed' },
  { sql: 'select datname from pg_database', expect: 'completed' },
  { sql: "select pg_read_file('/etc/passwd')", expect: 'failed' },
  { sql: "select lo_import('/etc/passwd')", expect: 'failed' },
  { sql: "select * from dblink('host=127.0.0.1 dbname=test', 'select id from treasury_outbound_transfers') as t(id text)", expect: 'failed' },
  { sql: "copy (select 1) to '/tmp/sigma-escape'", expect: 'failed' },
  { sql: "delete from treasury_outbound_transfers where id <> ''", expect: 'failed' },
  { sql: 'with gone as (update treasury_outbound_transfers set amount = 0 returning *) select * from gone', expect: 'failed' },
  { sql: 'select 1; drop table treasury_outbound_transfers', expect: 'failed' },
  { sql: 'create function leak() returns int language sql as $$ select 1 $$', expect: 'failed' },
  { sql: 'set role postgres', expect: 'failed' },
  { sql: "select set_config('search_path', 'pg_temp', false), set_config('statement_timeout', '1', false)", expect: 'completed' },
  { sql: "select current_setting('search_path') as path, current_setting('statement_timeout') as timeout", expect: 'completed' },
  { sql: "select nextval('no_such_seq')", expect: 'failed' },
  { sql: 'select generate_series(1, 100000000)', expect: 'completed' }, // capped by the cursor: truncated
  { sql: "select string_agg(repeat('x', 1000000), '') from generate_series(1, 2000)", expect: 'not_completed' },
  { sql: 'select count(*) from generate_series(1, 1000000000000)', expect: 'timed_out' },
  { sql: 'select pg_sleep(600)', expect: 'timed_out' },
  // Cross-account probes on the Issuing tables (B has a cardholder; only A's may show).
  { sql: 'select id, name, email from issuing_cardholders', expect: 'completed' },
  { sql: "select * from issuing_cardholders h full join issuing_cards c on c.cardholder = h.id where h.id like 'ich_%' or true", expect: 'completed' },
  { sql: "select relname from pg_class where relname like 'issuing%'", expect: 'completed' },
  { sql: 'select id, amount from treasury_outbound_transfers', expect: 'completed' },
];

let t: RelApp;
let A: CreatedAccount;
let B: CreatedAccount;
const bIds: string[] = [];
let aHolder = '';

async function gql(key: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: any; errors?: unknown[] };
}

async function seed(account: CreatedAccount) {
  const fa = await gql(
    account.testKey,
    `mutation($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } } }`,
    {
      input: { supportedCurrencies: ['usd'], features: { outboundTransfers: { ach: { requested: true } }, financialAddresses: { aba: { requested: true } } } },
    },
  );
  const id = fa.data.createTreasuryFinancialAccount.treasuryFinancialAccount.id as string;
  return id;
}

/** An Issuing cardholder: the probe's target on a table beyond Treasury. */
async function seedCardholder(account: CreatedAccount, name: string) {
  const r = await gql(
    account.testKey,
    `mutation($input: CreateIssuingCardholderInput!) { createIssuingCardholder(input: $input) { issuingCardholder { id } } }`,
    {
      input: {
        name,
        email: `${name.toLowerCase()}@example.com`,
        billing: { address: { line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' } },
      },
    },
  );
  return r.data.createIssuingCardholder.issuingCardholder.id as string;
}

beforeAll(async () => {
  t = await startRelApp(inject('pgliteTemplate'));
  A = await t.newAccount('A');
  B = await createAccount(t.database.db, 'B');
  await seed(A);
  bIds.push(await seed(B));
  aHolder = await seedCardholder(A, 'Alice');
  bIds.push(await seedCardholder(B, 'Bobby'));
  configureSandbox({ timeoutMs: 3_000, rowCap: 1_000 });
});
afterAll(async () => {
  configureSandbox({ timeoutMs: 10_000, rowCap: 10_000 });
  await stopSandbox();
  await t?.close();
});

describe('Sigma hostile SQL corpus', () => {
  it('refuses or contains every query: nothing of B, nothing changed, settings do not carry over', async () => {
    const tables = await sigmaTables(t.database.db, { accountId: A.accountId, livemode: false });
    const before = JSON.stringify(await sigmaTables(t.database.db, { accountId: B.accountId, livemode: false }));
    const outcomes: SandboxOutcome[] = [];
    for (const q of CORPUS) {
      const outcome = await runInSandbox(tables, q.sql);
      outcomes.push(outcome);
      if (q.expect === 'not_completed') expect(outcome.status, q.sql).not.toBe('completed');
      else expect(outcome.status, `${q.sql}: ${JSON.stringify(outcome).slice(0, 300)}`).toBe(q.expect);
      const text = JSON.stringify(outcome);
      for (const id of [...bIds, B.accountId]) expect(text, q.sql).not.toContain(id);
      expect(text).not.toContain(A.accountId); // account ids are not even in A's own tables
    }
    // The Issuing probe sees A's cardholder, never B's (nor B's name or email).
    const holders = outcomes[CORPUS.findIndex((q) => q.sql.startsWith('select id, name, email from issuing_cardholders'))] as { rows: unknown[][] };
    expect(holders.rows).toEqual([[aHolder, 'Alice', 'alice@example.com']]);
    for (const o of outcomes) expect(JSON.stringify(o)).not.toMatch(/Bobby|bobby@/);
    // Settings changed by one run are gone in the next.
    const settings = outcomes[CORPUS.findIndex((q) => q.sql.startsWith("select current_setting('search_path')"))] as { rows: unknown[][] };
    expect(settings.rows[0]).toEqual(['public', '0']); // PGlite's defaults, not the hostile 'pg_temp' and '1'
    // The row cap holds: a huge result is cut (the run fails as too large).
    const huge = outcomes[CORPUS.findIndex((q) => q.sql.startsWith('select generate_series'))] as { rows: unknown[][]; truncated: boolean };
    expect(huge.rows).toHaveLength(SANDBOX_LIMITS.rowCap);
    expect(huge.truncated).toBe(true);
    // Nobody's data changed.
    expect(JSON.stringify(await sigmaTables(t.database.db, { accountId: B.accountId, livemode: false }))).toBe(before);
  });

  it('keeps the server responsive while a query sleeps, and reports it timed_out', async () => {
    const made = await gql(
      A.testKey,
      `mutation($input: CreateSigmaScheduledQueryInput!) { createSigmaScheduledQuery(input: $input) { sigmaScheduledQuery { id } } }`,
      { input: { title: 'Sleep', sql: 'select pg_sleep(600)', schedule: 'DAILY' } },
    );
    const id = made.data.createSigmaScheduledQuery.sigmaScheduledQuery.id;
    await gql(
      A.testKey,
      `mutation($input: TestHelpersRunSigmaScheduledQueryInput!) { testHelpersRunSigmaScheduledQuery(input: $input) { userErrors { code } } }`,
      { input: { id } },
    );
    // While the run sleeps in the sandbox, the API answers at once.
    const latencies: number[] = [];
    let runs: any[] = [];
    const deadline = Date.now() + 60_000;
    while (runs.length === 0 && Date.now() < deadline) {
      const started = Date.now();
      const r = await gql(A.testKey, `{ scheduledQueryRuns(first: 5) { nodes { id status error { message } } } }`);
      latencies.push(Date.now() - started);
      runs = r.data.scheduledQueryRuns.nodes;
    }
    expect(runs[0]).toMatchObject({ status: 'timed_out', error: { message: expect.stringMatching(/longer than 3 seconds/) } });
    expect(Math.max(...latencies)).toBeLessThan(1_000);
  });
});
