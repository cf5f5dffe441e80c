import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness.js';
import { seedFinancialAccount } from './support/seed.js';

/**
 * Events offer their object twice: `data.object`, Stripe's snake_case JSON (what webhooks carry), and
 * `data.node`, the same snapshot as a typed graph object, over HTTP and over the events subscription.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('Event.data.node', () => {
  it('is the typed object at the time of the event, next to the Stripe JSON', async () => {
    const sub = await t.subscribe(
      'subscription NodeStream { events(types: ["treasury.financial_account.*"]) { type data { node { __typename ... on TreasuryFinancialAccount { id nickname status } } object } } }' as never,
      {},
    );
    const fa = await seedFinancialAccount(t);
    const renamed = await t.gql(`mutation Rename { updateTreasuryFinancialAccount(input: { id: "${fa}", nickname: "Payroll" }) { userErrors { code } } }`);
    expect(renamed.errors).toBeUndefined();
    const r = await t.gql(
      `query Evts { events(types: ["treasury.financial_account.created"], first: 1) { nodes { data { object node { __typename id ... on TreasuryFinancialAccount { nickname status supportedCurrencies } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const data = (r.data as any).events.nodes[0].data;
    expect(data.node).toEqual({ __typename: 'TreasuryFinancialAccount', id: fa, nickname: null, status: 'OPEN', supportedCurrencies: ['usd'] });
    expect(data.object).toMatchObject({ id: fa, object: 'treasury.financial_account', supported_currencies: ['usd'] });
    // The same over the websocket, as the event arrives.
    const [first] = (await sub.waitFor(1)) as any[];
    expect(first.events.data.node).toEqual({ __typename: 'TreasuryFinancialAccount', id: fa, nickname: null, status: 'OPEN' });
    expect(first.events.data.object.id).toBe(fa);
    sub.dispose();
  });

  it('resolves for every event a flow writes (FinancialAccount, ReceivedCredit, Transaction)', async () => {
    const fa = await seedFinancialAccount(t);
    const credit = await t.gql(
      `mutation Credit { testHelpersCreateTreasuryReceivedCredit(input: { financialAccount: "${fa}", amount: 500, currency: "usd", network: ACH }) { userErrors { code } } }`,
    );
    expect(credit.errors).toBeUndefined();
    const r = await t.gql('query All { events(first: 100) { nodes { type data { node { __typename id } object } } } }');
    expect(r.errors).toBeUndefined();
    const nodes = (r.data as any).events.nodes as { type: string; data: { node: { __typename: string; id: string } | null; object: { id: string } } }[];
    expect(nodes.map((n) => n.type)).toContain('treasury.received_credit.created');
    for (const n of nodes) expect(n.data.node, n.type).toMatchObject({ id: n.data.object.id });
  });
});
