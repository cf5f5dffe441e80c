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

let t: TestApp;
let fa: string;
beforeAll(async () => {
  t = await startTestApp();
  fa = await seedFinancialAccount(t);
  const pm = await seedPaymentMethod(t);
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
