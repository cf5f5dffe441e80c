import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/sql.js';
import { graphql } from './gql/index.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { fundForTest, seedFinancialAccount, seedPaymentMethod } from './support/seed.js';

/**
 * On PostgreSQL the server sends its statements prepared (src/db/client.ts). A newer process's
 * migration (a rolling deploy) changes tables under them: added columns must not matter (statements
 * list their columns, never `*`), and a changed column type makes the prepared statements stale, so
 * the commands must retry, not fail (src/db/tx.ts). On PGlite the same steps run unprepared and must
 * pass too.
 */
const Create = graphql(`
  mutation PreparedObtCreate($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status amount financialAccount { balance { cash { amount } } } } userErrors { code } }
  }
`);

let t: TestApp;
let fa: string;
let pm: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
  pm = await seedPaymentMethod(t);
  await fundForTest(t, fa, 10_000);
});
afterAll(() => t?.close());

const create = async (amount: number) => {
  const r = await t.ok(Create, { input: { amount, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } });
  expect(r.createTreasuryOutboundTransfer.userErrors).toEqual([]);
  return r.createTreasuryOutboundTransfer.treasuryOutboundTransfer!;
};

describe('statements across a schema change', () => {
  it('commands keep working after columns are added to the tables they read and write, and after a column changes type', async () => {
    // Run the statements on several pooled connections, so they are prepared there.
    await Promise.all([1, 2, 3, 4].map((i) => create(i)));
    for (const table of ['treasury_financial_accounts', 'treasury_outbound_transfers', 'treasury_transactions', 'treasury_balances'])
      await t.database.db.execute(sql.raw(`alter table ${table} add column added_later text`));
    const afterAdd = await Promise.all([10, 20, 30, 40].map((amount) => create(amount)));
    // A column every create reads back (the ledger returns the Transaction's row) changes type.
    await t.database.db.execute(sql.raw(`alter table treasury_transactions alter column description type varchar(1000)`));
    const afterType = await Promise.all([100, 200, 300, 400].map((amount) => create(amount)));
    expect([...afterAdd, ...afterType].map((o) => [o.amount, o.status])).toEqual([10, 20, 30, 40, 100, 200, 300, 400].map((amount) => [amount, 'PROCESSING']));
    // 10,000 funded − (1+2+3+4) − (10+20+30+40) − (100+200+300+400) = 8,890, whatever order they committed in.
    const [balance] = await query(t.database.db, sql`select cash from treasury_balances where financial_account_id = ${fa}`);
    expect(Number(balance!.cash)).toBe(8_890);
  });
});
