import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perform } from '../../src/layer/perform.js';
import { graphql } from '../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../test/support/harness.js';

/**
 * Orders (seed 002): amounts recomputed from Prices, shipping and Stripe Tax on every change; submit
 * checks expected_total; open → submitted → processing → complete, reopen, cancel; events and
 * `orderUpdated` over a websocket. Amounts computed by hand (California 7.25%, half up, per line).
 */
const ActivateTax = graphql(`
  mutation OrdersActivateTax {
    updateTaxSettings(input: { headOffice: { address: { country: "US", state: "CA" } }, defaults: { taxCode: "txcd_10000000", taxBehavior: EXCLUSIVE } }) { userErrors { code } }
    createTaxRegistration(input: { country: "US", countryOptions: { us: { state: "CA", type: STATE_SALES_TAX } }, activeFrom: "now" }) { userErrors { code } }
  }
`);
const CreateProduct = graphql(`mutation OrdersProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }`);
const CreatePrice = graphql(`mutation OrdersPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code message } } }`);
const SetDefaultPrice = graphql(
  `mutation OrdersDefaultPrice($input: UpdateProductInput!) { updateProduct(input: $input) { product { id defaultPrice { id unitAmount } } userErrors { code } } }`,
);
const CreateOrder = graphql(
  `mutation CreateOrderT($input: CreateOrderInput!) { createOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } lineItems { nodes { id description quantity amountSubtotal amountTotal price { id unitAmount } } } } userErrors { code field message } } }`,
);
const UpdateOrder = graphql(`mutation UpdateOrderT($input: UpdateOrderInput!) {
  updateOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } totalDetails { amountDiscount amountShipping amountTax }
    shippingCost { amountSubtotal amountTax amountTotal } lineItems { nodes { description quantity amountSubtotal amountTax amountTotal } } } userErrors { code field message } } }`);
const Submit = graphql(
  `mutation SubmitOrderT($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status amountTotal payment { status } } userErrors { code field message } } }`,
);
const Reopen = graphql(
  `mutation ReopenOrderT($input: ReopenOrderInput!) { reopenOrder(input: $input) { order { id status payment { status } } userErrors { code message } } }`,
);
const Cancel = graphql(`mutation CancelOrderT($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } userErrors { code message } } }`);
const Order = graphql(`query OrderT($id: ID!) { order(id: $id) { id status payment { status } } }`);
const Updated = graphql(`subscription OrderUpdatedT($id: ID!) { orderUpdated(id: $id) { id status } }`);
const Events = graphql(`query OrderEventsT { events(types: ["order.*"], first: 50) { nodes { type data { object } } } }`);

let t: TestApp;
let priceA: string;
let productB: string;
let free: string;
beforeAll(async () => {
  t = await startTestApp();
  await t.ok(ActivateTax);
  const product = async (name: string) => (await t.ok(CreateProduct, { input: { name } })).createProduct.product!.id;
  const price = async (p: string, unitAmount: number) =>
    (await t.ok(CreatePrice, { input: { product: p, currency: 'usd', unitAmount } })).createPrice.price!.id;
  priceA = await price(await product('UV Pullover Hoodie'), 1499);
  productB = await product('Cap');
  const priceB = await price(productB, 2500);
  expect((await t.ok(SetDefaultPrice, { input: { id: productB, defaultPrice: priceB } })).updateProduct.product!.defaultPrice).toEqual({
    id: priceB,
    unitAmount: 2500,
  });
  free = await price(await product('Sticker'), 0);
});
afterAll(() => t?.close());

const caller = () => ({ db: t.database.db, scope: { accountId: t.account.accountId, livemode: false }, requestId: null });

describe('Orders', () => {
  let orderId: string;
  it('creates an open order priced from its line items', async () => {
    const o = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', lineItems: [{ price: priceA, quantity: 10 }] } })).createOrder).order!;
    expect(o).toMatchObject({ status: 'OPEN', amountSubtotal: 14990, amountTotal: 14990, automaticTax: { enabled: false, status: null } });
    expect(o.lineItems!.nodes).toEqual([
      {
        id: expect.stringMatching(/^li_/),
        description: 'UV Pullover Hoodie',
        quantity: 10,
        amountSubtotal: 14990,
        amountTotal: 14990,
        price: { id: priceA, unitAmount: 1499 },
      },
    ]);
    orderId = o.id;
    const wrong = await t.ok(CreateOrder, { input: { currency: 'eur', lineItems: [{ price: priceA }] } });
    expect(expectUserError(wrong.createOrder, 'parameter_invalid').field).toEqual(['lineItems', '0', 'price']);
  });

  it('recomputes subtotal, shipping and tax (Stripe Tax) on update', async () => {
    const noAddress = expectOk((await t.ok(UpdateOrder, { input: { id: orderId, automaticTax: { enabled: true } } })).updateOrder).order!;
    expect(noAddress.automaticTax).toEqual({ enabled: true, status: 'REQUIRES_LOCATION_INPUTS' });
    const o = expectOk(
      (
        await t.ok(UpdateOrder, {
          input: {
            id: orderId,
            lineItems: [{ price: priceA, quantity: 2 }, { product: productB }],
            shippingDetails: { name: 'Jenny Rosen', address: { country: 'US', state: 'CA', postal_code: '94111', line1: '1 Market St' } },
            shippingCost: { shippingRateData: { display_name: 'Ground', fixed_amount: { amount: 500, currency: 'usd' } } },
          },
        })
      ).updateOrder,
    ).order!;
    // 2998 × 7.25% = 217.36 → 217; 2500 → 181.25 → 181; shipping 500 → 36.25 → 36. Total 2998 + 2500 + 500 + 434.
    expect(o.lineItems!.nodes.map((l) => [l.description, l.quantity, l.amountSubtotal, l.amountTax, l.amountTotal])).toEqual([
      ['UV Pullover Hoodie', 2, 2998, 217, 3215],
      ['Cap', 1, 2500, 181, 2681],
    ]);
    expect(o.shippingCost).toEqual({ amountSubtotal: 500, amountTax: 36, amountTotal: 536 });
    expect(o).toMatchObject({
      amountSubtotal: 5498,
      amountTotal: 6432,
      automaticTax: { enabled: true, status: 'COMPLETE' },
      totalDetails: { amountDiscount: 0, amountShipping: 500, amountTax: 434 },
    });
  });

  it('submits with the expected total, reopens, and completes once paid (test mode), with events and orderUpdated', async () => {
    const sub = await t.subscribe(Updated, { id: orderId });
    const stale = await t.ok(Submit, { input: { id: orderId, expectedTotal: 14990 } });
    expect(expectUserError(stale.submitOrder, 'parameter_invalid').field).toEqual(['expectedTotal']);
    const submitted = expectOk((await t.ok(Submit, { input: { id: orderId, expectedTotal: 6432 } })).submitOrder).order!;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', payment: { status: 'REQUIRES_PAYMENT_METHOD' } });
    expectUserError((await t.ok(UpdateOrder, { input: { id: orderId, description: 'late' } })).updateOrder, 'invalid_state');
    expect(expectOk((await t.ok(Reopen, { input: { id: orderId } })).reopenOrder).order).toMatchObject({ status: 'OPEN', payment: { status: null } });
    expectOk((await t.ok(Submit, { input: { id: orderId, expectedTotal: 6432 } })).submitOrder);
    // The simulated payment (what the test-mode schedule runs after its delays), now.
    await perform('order', 'process', caller(), { id: orderId });
    await perform('order', 'complete', caller(), { id: orderId });
    expect((await t.ok(Order, { id: orderId })).order).toEqual({ id: orderId, status: 'COMPLETE', payment: { status: 'COMPLETE' } });
    expectUserError((await t.ok(Cancel, { input: { id: orderId } })).cancelOrder, 'invalid_state');
    expect((await sub.waitFor(5)).map((v) => v.orderUpdated.status)).toEqual(['SUBMITTED', 'OPEN', 'SUBMITTED', 'PROCESSING', 'COMPLETE']);
    sub.dispose();
    const types = (await t.ok(Events)).events.nodes.filter((e) => (e.data.object as { id: string }).id === orderId).map((e) => e.type);
    // Every change is an order.updated (seed 002 names no other order event), the previous status with it.
    expect(types.reverse()).toEqual(['order.created', ...Array(7).fill('order.updated')]);
    const statuses = (await t.ok(Events)).events.nodes
      .filter((e) => (e.data.object as { id: string }).id === orderId)
      .map((e) => (e.data.object as { status: string }).status)
      .reverse();
    expect(statuses).toEqual(['open', 'open', 'open', 'submitted', 'open', 'submitted', 'processing', 'complete']);
  });

  it('cancels an open order; an order of 0 completes at submit', async () => {
    const open = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', lineItems: [{ price: priceA }] } })).createOrder).order!;
    expect(expectOk((await t.ok(Cancel, { input: { id: open.id } })).cancelOrder).order!.status).toBe('CANCELED');
    const zero = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', lineItems: [{ price: free, quantity: 3 }] } })).createOrder).order!;
    const done = expectOk((await t.ok(Submit, { input: { id: zero.id, expectedTotal: 0 } })).submitOrder).order!;
    expect(done).toMatchObject({ status: 'COMPLETE', amountTotal: 0, payment: { status: 'NOT_REQUIRED' } });
  });

  it("refuses another account's product on a line, even beside the caller's own price, and a price of another product", async () => {
    const other = await t.newAccount();
    const theirs = (await t.ok(CreateProduct, { input: { name: 'Theirs' } }, other.testKey)).createProduct.product!.id;
    const foreign = (await t.ok(CreateOrder, { input: { currency: 'usd', lineItems: [{ price: priceA, product: theirs }] } })).createOrder;
    expect(expectUserError(foreign, 'resource_missing').field).toEqual(['lineItems', '0', 'product']);
    const mismatch = (await t.ok(CreateOrder, { input: { currency: 'usd', lineItems: [{ price: priceA, product: productB }] } })).createOrder;
    expect(expectUserError(mismatch, 'parameter_invalid').field).toEqual(['lineItems', '0', 'product']);
  });
});
