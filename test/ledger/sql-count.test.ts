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
const WidePage = graphql(`
  query DeepFlowWidePage($fa: ID!, $first: Int!) {
    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...WideObt } }
    }
  }
  fragment WideObt on TreasuryOutboundTransfer {
    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl
    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }
    destinationPaymentMethod { id type }
    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }
    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }
      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }
  }
`);
const WideNodes = graphql(`
  query DeepFlowWideNodes($ids: [ID!]!) {
    nodes(ids: $ids) { ... on TreasuryOutboundTransfer { ...WideObtByLoaders } }
  }
  fragment WideObtByLoaders on TreasuryOutboundTransfer {
    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl
    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }
    destinationPaymentMethod { id type }
    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }
    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }
      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }
  }
`);
const Tree = graphql(`
  query DeepFlowTree($fa: ID!) {
    treasuryFinancialAccount(id: $fa) {
      id
      outboundTransfers(first: 5) { nodes { id amount transaction { id entries(first: 3) { nodes { id type } } } } }
      recent: transactions(first: 3) { edges { node { id flowType entries { nodes { id } } } } }
    }
  }
`);
const PostedOrder = graphql(`
  query DeepFlowPostedOrder($fa: ID!, $after: String) {
    treasuryTransactions(financialAccount: $fa, status: POSTED, orderBy: POSTED_AT, first: 3, after: $after) {
      edges { cursor node { id statusTransitions { postedAt } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const UpdateFa = graphql(`
  mutation SqlCountFaNickname($input: UpdateTreasuryFinancialAccountInput!) {
    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }
  }
`);
/** Characters row text quotes and escapes, at every level of nesting. */
const ODD = 'a "quoted", (odd) \\ value {x} \'y\' ""';
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
  const named = await t.ok(UpdateFa, { input: { id: fa, nickname: ODD, metadata: { q: ODD } } });
  expect(named.updateTreasuryFinancialAccount.userErrors).toEqual([]);
  for (let i = 0; i < 40; i++) {
    const r = await t.ok(CreateObt, {
      input: {
        amount: 100 + i,
        currency: 'usd',
        financialAccount: fa,
        destinationPaymentMethod: pm,
        metadata: { n: String(i), q: ODD },
      },
    });
    expect(r.createTreasuryOutboundTransfer.userErrors).toEqual([]);
    // Some posted (two entries), so pages of entries differ.
    if (i % 3 === 0) await t.ok(PostObt, { id: r.createTreasuryOutboundTransfer.treasuryOutboundTransfer!.id });
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
    expect(n.transaction.entries.nodes.map((e) => e.type).at(-1)).toBe('OUTBOUND_TRANSFER');
  }
  return used;
}

describe('SQL statements per request', () => {
  it('a page of flows with account, transaction and entries costs one statement per level, whatever the page size', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(40);
    expect(large).toBe(small);
    // auth + one statement for the page, its accounts, transactions and entries (src/layer/read-plan.ts)
    expect(large).toBe(2);
  });

  it('the planned page answers exactly what the loaders answer, field by field', async () => {
    const before = t.database.stats.statements;
    const page = await t.ok(WidePage, { fa, first: 40 });
    expect(t.database.stats.statements - before).toBe(2);
    const nodes = page.treasuryOutboundTransfers.edges.map((e) => e.node);
    const viaLoaders = await t.ok(WideNodes, { ids: nodes.map((n) => n.id) });
    expect(nodes).toEqual(viaLoaders.nodes);
    expect(nodes[0]!.metadata).toMatchObject({ q: ODD });
    expect(nodes[0]!.financialAccount).toMatchObject({ nickname: ODD, metadata: { q: ODD } });
    expect(nodes.some((n) => n.transaction.entries.edges.length === 2)).toBe(true);
    // Cursors are those of the lists they came from: the next page follows on.
    expect(page.treasuryOutboundTransfers.pageInfo.endCursor).toBe(page.treasuryOutboundTransfers.edges.at(-1)!.cursor);
  });

  it('lists inside lists, under a retrieve, still cost one statement', async () => {
    const before = t.database.stats.statements;
    const tree = await t.ok(Tree, { fa });
    expect(t.database.stats.statements - before).toBe(2);
    const account = tree.treasuryFinancialAccount!;
    expect(account.outboundTransfers.nodes).toHaveLength(5);
    for (const n of account.outboundTransfers.nodes) expect(n.transaction.entries.nodes.length).toBeGreaterThan(0);
    expect(account.recent.edges).toHaveLength(3);
    for (const e of account.recent.edges) expect(e.node.entries.nodes.length).toBeGreaterThan(0);
  });

  it('a page in posted_at order carries cursors of that order', async () => {
    const first = await t.ok(PostedOrder, { fa });
    const second = await t.ok(PostedOrder, { fa, after: first.treasuryTransactions.pageInfo.endCursor });
    const ids = [...first.treasuryTransactions.edges, ...second.treasuryTransactions.edges].map((e) => e.node.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    const posted = [...first.treasuryTransactions.edges, ...second.treasuryTransactions.edges].map((e) =>
      new Date(e.node.statusTransitions.postedAt!).getTime(),
    );
    expect(posted).toEqual([...posted].sort((a, b) => b - a));
  });

  it("a filter naming another account's FinancialAccount is answered as missing", async () => {
    const other = await t.newAccount();
    const r = await t.gql(Page, { fa, first: 2 }, other.testKey);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions?.stripeCode).toBe('resource_missing');
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
    // create: API key with the test clock (src/auth/auth.ts), lock FinancialAccount, PaymentMethod, ledger (the new Transaction, the
    // balance move and the entry in one statement), OutboundTransfer, event (sequence + webhook
    // deliveries + event row in one statement), the transaction's NOTIFYs in one (BEGIN/COMMIT are not counted).
    expect(createStatements).toBe(7);
    // post: API key with the clock, lock OutboundTransfer, lock FinancialAccount, ledger (balance move, entry,
    // Transaction totals and settle in one), OutboundTransfer, event, NOTIFYs.
    expect(postStatements).toBe(7);
  });
});
