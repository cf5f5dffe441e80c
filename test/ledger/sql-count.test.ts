import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { fundForTest, seedFinancialAccount, seedPaymentMethod } from '../support/seed.js';

const Page = graphql(`
  query DeepFlowPage($fa: ID!, $first: Int!) {
    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {
      nodes {
        id status amount
        financialAccount { id status balance { cash { amount } } }
        transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { id type balanceImpact { cash outboundPending } } } }
      }
    }
  }
`);
const CreateObt = graphql(`
  mutation SqlCountObt($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code } }
  }
`);
const PostObt = graphql(`
  mutation SqlCountObtPost($id: ID!) {
    testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } }
  }
`);

let t: TestApp;
let fa: string;
let pm: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
  pm = await seedPaymentMethod(t);
  await fundForTest(t, fa, 1_000_000);
  for (let i = 0; i < 40; i++) {
    const r = await t.ok(CreateObt, { input: { amount: 100 + i, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } });
    expect(r.createTreasuryOutboundTransfer.userErrors).toEqual([]);
  }
});
afterAll(() => t?.close());

async function statementsFor(first: number) {
  const before = t.database.stats.statements;
  const r = await t.ok(Page, { fa, first });
  const used = t.database.stats.statements - before;
  expect(r.treasuryOutboundTransfers.nodes).toHaveLength(first);
  for (const n of r.treasuryOutboundTransfers.nodes) {
    expect(n.financialAccount.id).toBe(fa);
    expect(n.transaction.entries.nodes.map((e) => e.type)).toEqual(['OUTBOUND_TRANSFER']);
  }
  return used;
}

describe('SQL statements per request', () => {
  it('a page of flows with account, transaction and entries costs one statement per level, whatever the page size', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(40);
    expect(large).toBe(small);
    // auth + list + financial accounts + transactions + entries
    expect(large).toBe(5);
  });
});

describe('SQL statements per mutation', () => {
  it('creating and posting an OutboundTransfer sends a fixed set of statements, all in one transaction each', async () => {
    let before = t.database.stats.statements;
    const created = await t.ok(CreateObt, { input: { amount: 7, currency: 'usd', financialAccount: fa, destinationPaymentMethod: pm } });
    const createStatements = t.database.stats.statements - before;
    expect(created.createTreasuryOutboundTransfer.userErrors).toEqual([]);
    before = t.database.stats.statements;
    const posted = await t.ok(PostObt, { id: created.createTreasuryOutboundTransfer.treasuryOutboundTransfer!.id });
    const postStatements = t.database.stats.statements - before;
    expect(posted.testHelpersPostTreasuryOutboundTransfer.treasuryOutboundTransfer?.status).toBe('POSTED');
    // create: API key, clock, lock FinancialAccount, PaymentMethod, Transaction, balance, entry,
    // Transaction totals, 2 object NOTIFYs, OutboundTransfer, event sequence, webhook deliveries,
    // event, event NOTIFY, object NOTIFY (BEGIN/COMMIT are not counted).
    expect(createStatements).toBe(16);
    // post: API key, clock, lock OutboundTransfer, lock FinancialAccount, balance, entry, Transaction
    // totals, 2 object NOTIFYs, settle Transaction + NOTIFY, OutboundTransfer, event sequence,
    // webhook deliveries, event, event NOTIFY, object NOTIFY.
    expect(postStatements).toBe(17);
  });
});
