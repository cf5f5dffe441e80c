import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedAccount } from '../src/auth/auth.js';
import { graphql } from './gql/index.js';
import { expectOk, startTestApp, type TestApp } from './support/harness.js';

/**
 * The number of SQL statements a read costs does not grow with the page size: no N+1 over
 * features, balances, financial addresses, events or node lookups. Measured with the statement
 * counter on the app's database (every statement issued through Drizzle).
 */

const Create = graphql(`
  mutation SqlCountCreate($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }
  }
`);
const List = graphql(`
  query SqlCountList($first: Int!) {
    treasuryFinancialAccounts(first: $first) {
      edges {
        cursor
        node {
          id status nickname metadata activeFeatures pendingFeatures restrictedFeatures supportedCurrencies created
          balance { cash { amount currency } inboundPending { amount currency } outboundPending { amount currency } }
          features {
            cardIssuing { requested status statusDetails { code resolution restriction } }
            financialAddresses { aba { requested status } }
            outboundTransfers { ach { requested status statusDetails { code } } usDomesticWire { requested status } }
          }
          financialAddresses { type supportedNetworks aba { accountNumberLast4 routingNumber bankName } }
          platformRestrictions { inboundFlows outboundFlows }
          statusDetails { closed { reasons } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const Nodes = graphql(`
  query SqlCountNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on TreasuryFinancialAccount { status balance { cash { amount currency } } features { cardIssuing { status } } }
      ... on Event { type data { object } }
    }
  }
`);
const Events = graphql(`
  query SqlCountEvents($first: Int!) { events(first: $first) { nodes { id type created data { object previousAttributes } request { id idempotencyKey } } } }
`);

let t: TestApp;
let owner: CreatedAccount;
let faIds: string[];

beforeAll(async () => {
  t = await startTestApp();
  owner = await t.newAccount(); // exactly 50 FinancialAccounts, nothing else
  faIds = [];
  for (let batch = 0; batch < 5; batch++) {
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.ok(
          Create,
          {
            input: {
              supportedCurrencies: ['usd'],
              nickname: `fa ${batch * 10 + i}`,
              metadata: { n: String(batch * 10 + i) },
              features: { cardIssuing: { requested: true }, financialAddresses: { aba: { requested: true } }, outboundTransfers: { ach: { requested: true } } },
            },
          },
          owner.testKey,
        ),
      ),
    );
    faIds.push(...created.map((c) => expectOk(c.createTreasuryFinancialAccount).treasuryFinancialAccount!.id));
  }
});
afterAll(() => t?.close());

/** Statements issued while `run` executes (the app and this test share one process and counter). */
async function statementsOf<T>(run: () => Promise<T>): Promise<{ statements: number; result: T }> {
  const before = t.database.stats.statements;
  const result = await run();
  return { statements: t.database.stats.statements - before, result };
}

describe('SQL statements per request', () => {
  it('listing 50 FinancialAccounts with features and balance costs the same as listing 5', async () => {
    const five = await statementsOf(() => t.ok(List, { first: 5 }, owner.testKey));
    const fifty = await statementsOf(() => t.ok(List, { first: 50 }, owner.testKey));
    expect(five.result.treasuryFinancialAccounts.edges).toHaveLength(5);
    expect(fifty.result.treasuryFinancialAccounts.edges).toHaveLength(50);
    // The data is really there: every node has its balance, features and address.
    for (const { node } of fifty.result.treasuryFinancialAccounts.edges) {
      expect(node.balance.cash).toEqual([{ amount: 0, currency: 'usd' }]);
      expect(node.features?.cardIssuing?.status).toBe('ACTIVE');
      expect(node.financialAddresses).toHaveLength(1);
    }
    expect(fifty.statements).toBe(five.statements);
    // Authentication plus one query for the page (src/layer/read-plan.ts).
    expect(fifty.statements).toBe(2);
  });

  it('resolving 50 nodes of two types costs the same as 5', async () => {
    const events = (await t.ok(Events, { first: 50 }, owner.testKey)).events.nodes.map((e) => e.id);
    const mixed = (n: number) => [...faIds.slice(0, n), ...events.slice(0, n)];
    const five = await statementsOf(() => t.ok(Nodes, { ids: mixed(5) }, owner.testKey));
    const fifty = await statementsOf(() => t.ok(Nodes, { ids: mixed(50) }, owner.testKey));
    expect(five.result.nodes.every((n) => n !== null)).toBe(true);
    expect(fifty.result.nodes).toHaveLength(100);
    expect(fifty.result.nodes.every((n) => n !== null)).toBe(true);
    expect(fifty.statements).toBe(five.statements);
    // Authentication plus one batched load per type.
    expect(fifty.statements).toBeLessThanOrEqual(3);
  });

  it('listing 50 events costs the same as listing 5', async () => {
    const five = await statementsOf(() => t.ok(Events, { first: 5 }, owner.testKey));
    const fifty = await statementsOf(() => t.ok(Events, { first: 50 }, owner.testKey));
    expect(five.result.events.nodes).toHaveLength(5);
    expect(fifty.result.events.nodes).toHaveLength(50);
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThanOrEqual(2);
  });
});
