import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perform } from '../../layer/perform.js';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';

/**
 * Climate Orders against the catalogue (src/climate/catalogue.json): by metric tons or by amount,
 * amounts computed by hand from the 2027 portfolio's price per ton (500.00 + 37.50 fees).
 */
const Create = graphql(`
  mutation CreateClimateOrderT($input: CreateClimateOrderInput!) {
    createClimateOrder(input: $input) {
      climateOrder { id status metricTons amountSubtotal amountFees amountTotal currency expectedDeliveryYear beneficiary { publicName } product { id } }
      userErrors { code field message }
    }
  }
`);
const Update = graphql(
  `mutation UpdateClimateOrderT($input: UpdateClimateOrderInput!) { updateClimateOrder(input: $input) { climateOrder { id beneficiary { publicName } metadata } userErrors { code } } }`,
);
const Cancel = graphql(
  `mutation CancelClimateOrderT($input: CancelClimateOrderInput!) { cancelClimateOrder(input: $input) { climateOrder { id status cancellationReason canceledAt } userErrors { code } } }`,
);
const One = graphql(
  `query ClimateOrderT($id: ID!) { climateOrder(id: $id) { id status confirmedAt deliveredAt deliveryDetails { metricTons supplier { id } } } }`,
);
const Events = graphql(`query ClimateOrderEventsT { events(types: ["climate.order.*"], first: 20) { nodes { type } } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const P2027 = 'climsku_frontier_offtake_portfolio_2027';
const caller = () => ({ db: t.database.db, scope: { accountId: t.account.accountId, livemode: false }, requestId: null });

describe('Climate orders', () => {
  it('orders by metric tons or by amount, at the product price per ton with fees', async () => {
    const byTons = expectOk((await t.ok(Create, { input: { product: P2027, metricTons: '0.5', beneficiary: { publicName: 'Acme' } } })).createClimateOrder)
      .climateOrder!;
    expect(byTons).toMatchObject({
      status: 'OPEN',
      metricTons: '0.5',
      amountSubtotal: 25000,
      amountFees: 1875,
      amountTotal: 26875,
      currency: 'usd',
      expectedDeliveryYear: 2027,
      beneficiary: { publicName: 'Acme' },
      product: { id: P2027 },
    });
    // 10000 / 53750 per ton = 0.186046… t; fees 10000 × 3750 / 53750 = 697.67 → 698.
    const byAmount = expectOk((await t.ok(Create, { input: { product: P2027, amount: 10000 } })).createClimateOrder).climateOrder!;
    expect(byAmount).toMatchObject({ metricTons: '0.186046', amountSubtotal: 9302, amountFees: 698, amountTotal: 10000 });
    expectUserError((await t.ok(Create, { input: { product: P2027, amount: 10000, metricTons: '1' } })).createClimateOrder, 'parameter_invalid');
    expectUserError((await t.ok(Create, { input: { product: P2027, metricTons: '10001' } })).createClimateOrder, 'parameter_invalid');
    expectUserError((await t.ok(Create, { input: { product: 'climsku_nope_2099', metricTons: '1' } })).createClimateOrder, 'resource_missing');
  });

  it('updates its beneficiary, is confirmed and delivered by its suppliers (test mode), or canceled before', async () => {
    const o = expectOk((await t.ok(Create, { input: { product: P2027, metricTons: '0.5' } })).createClimateOrder).climateOrder!;
    const u = expectOk((await t.ok(Update, { input: { id: o.id, beneficiary: { publicName: 'Jenny' }, metadata: { ref: '7' } } })).updateClimateOrder);
    expect(u.climateOrder).toEqual({ id: o.id, beneficiary: { publicName: 'Jenny' }, metadata: { ref: '7' } });
    await perform('climate.order', 'confirm', caller(), { id: o.id });
    await perform('climate.order', 'deliver', caller(), { id: o.id });
    const delivered = (await t.ok(One, { id: o.id })).climateOrder!;
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.confirmedAt).not.toBeNull();
    // 0.5 t over three suppliers: 0.166666 twice, the rest to the last.
    expect(delivered.deliveryDetails.map((d) => [d.supplier.id, d.metricTons])).toEqual([
      ['climsup_charm_industrial', '0.166666'],
      ['climsup_heirloom', '0.166666'],
      ['climsup_lithos_carbon', '0.166668'],
    ]);
    expectUserError((await t.ok(Cancel, { input: { id: o.id } })).cancelClimateOrder, 'invalid_state');
    const other = expectOk((await t.ok(Create, { input: { product: P2027, metricTons: '1' } })).createClimateOrder).climateOrder!;
    const canceled = expectOk((await t.ok(Cancel, { input: { id: other.id } })).cancelClimateOrder).climateOrder!;
    expect(canceled).toMatchObject({ status: 'CANCELED', cancellationReason: 'REQUESTED' });
    const types = (await t.ok(Events)).events.nodes.map((e) => e.type);
    expect(types.filter((x) => x !== 'climate.order.created')).toEqual(['climate.order.canceled', 'climate.order.delivered']);
  });
});
