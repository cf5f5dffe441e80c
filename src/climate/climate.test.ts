import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test/gql/index.js';
import { startTestApp, type TestApp } from '../../test/support/harness.js';

const Products = graphql(`
  query ClimateCatalogue($first: Int, $after: String) {
    climateProducts(first: $first, after: $after) {
      nodes { id name deliveryYear metricTonsAvailable currentPricesPerMetricTon { currency amountSubtotal amountFees amountTotal } suppliers { id name removalPathway locations { country region } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const Product = graphql(`query ClimateProductById($id: ID!) { climateProduct(id: $id) { id livemode } node(id: $id) { id ... on ClimateProduct { name } } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('Climate catalogue (the worked example of docs/adding-a-resource.md)', () => {
  it('lists products with their prices per currency and their suppliers, in pages', async () => {
    const first = (await t.ok(Products, { first: 1 })).climateProducts;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const [p] = first.nodes;
    expect(p).toMatchObject({ id: 'climsku_frontier_offtake_portfolio_2027', deliveryYear: 2027, metricTonsAvailable: '10000' });
    expect(p!.currentPricesPerMetricTon).toEqual([{ currency: 'usd', amountSubtotal: 50000, amountFees: 3750, amountTotal: 53750 }]);
    expect(p!.suppliers.map((s) => s.removalPathway)).toEqual(['BIOMASS_CARBON_REMOVAL_AND_STORAGE', 'DIRECT_AIR_CAPTURE', 'ENHANCED_WEATHERING']);
    const rest = (await t.ok(Products, { first: 10, after: first.pageInfo.endCursor })).climateProducts;
    expect(rest.nodes.map((n) => n.id)).toEqual(['climsku_frontier_offtake_portfolio_2028']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('retrieves by id and through node(id:), in the caller’s mode; unknown ids are null', async () => {
    const r = await t.ok(Product, { id: 'climsku_frontier_offtake_portfolio_2028' });
    expect(r.climateProduct).toEqual({ id: 'climsku_frontier_offtake_portfolio_2028', livemode: false });
    expect(r.node).toEqual({ id: 'climsku_frontier_offtake_portfolio_2028', name: "Frontier's 2028 offtake portfolio" });
    const live = await t.gql(Product, { id: 'climsku_frontier_offtake_portfolio_2028' }, t.account.liveKey);
    expect(live.data!.climateProduct).toEqual({ id: 'climsku_frontier_offtake_portfolio_2028', livemode: true });
    const missing = await t.ok(Product, { id: 'climsku_nonexistent_2099' });
    expect(missing).toEqual({ climateProduct: null, node: null });
  });
});
