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
  `mutation SubmitOrderT($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status amountTotal payment { status paymentIntent { id status amount currency description } } } userErrors { code field message } } }`,
);
const Reopen = graphql(
  `mutation ReopenOrderT($input: ReopenOrderInput!) { reopenOrder(input: $input) { order { id status payment { status } } userErrors { code message } } }`,
);
const Cancel = graphql(`mutation CancelOrderT($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } userErrors { code message } } }`);
const Order = graphql(
  `query OrderT($id: ID!) { order(id: $id) { id status payment { status paymentIntent { id status amountReceived lastPaymentError { code } } } } }`,
);
const Intent = graphql(`query OrderIntentT($id: ID!) { paymentIntent(id: $id) { status cancellationReason } }`);
const IntentEvents = graphql(`query OrderIntentEventsT { events(types: ["payment_intent.*"], first: 50) { nodes { type } } }`);
const CreateFeature = graphql(
  `mutation OrdersFeature($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id } userErrors { code } } }`,
);
const Attach = graphql(
  `mutation OrdersAttach($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id } userErrors { code field } } }`,
);
const Entitled = graphql(`query OrdersEntitled($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { lookupKey } } }`);
const Summaries = graphql(
  `query OrdersSummaries { events(types: ["entitlements.active_entitlement_summary.updated"], first: 20) { nodes { data { object } } } }`,
);
const Updated = graphql(`subscription OrderUpdatedT($id: ID!) { orderUpdated(id: $id) { id status } }`);
const Events = graphql(`query OrderEventsT { events(types: ["order.*"], first: 50) { nodes { type data { object } } } }`);

const CreateCoupon = graphql(
  `mutation OrdersCoupon($input: CreateCouponInput!) { createCoupon(input: $input) { coupon { id valid timesRedeemed } userErrors { code field } } }`,
);
const CreatePromo = graphql(
  `mutation OrdersPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id code promotion { type coupon { id } } } userErrors { code field } } }`,
);
const CreateRestricted = graphql(
  `mutation OrdersRestrictedPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } userErrors { code field message } } }`,
);
const UpdateRestricted = graphql(
  `mutation OrdersUpdatePromo($input: UpdatePromotionCodeInput!) { updatePromotionCode(input: $input) { promotionCode { id restrictions { currencyOptions { currency minimumAmount } } } userErrors { code field message } } }`,
);
const PromoCount = graphql(`query OrdersPromoCount { promotionCodes(first: 100) { nodes { id } } }`);
const PromoRestrictions = graphql(
  `query OrdersPromoRestrictions($id: ID!) { promotionCode(id: $id) { restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } }`,
);
const OrderCount = graphql(`query OrdersCount { orders(first: 100) { nodes { id } } }`);
const CreateRate = graphql(
  `mutation OrdersRate($input: CreateShippingRateInput!) { createShippingRate(input: $input) { shippingRate { id fixedAmount { amount currency } taxBehavior deliveryEstimate { minimum { unit value } } } userErrors { code field } } }`,
);
const CreateCustomer = graphql(
  `mutation OrdersCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }`,
);
const DiscountedOrder = graphql(`mutation DiscountedOrderT($input: UpdateOrderInput!) {
  updateOrder(input: $input) { order { id amountSubtotal amountTotal discounts totalDetails { amountDiscount amountShipping amountTax }
    shippingCost { amountSubtotal amountTax amountTotal shippingRate { id displayName } }
    lineItems { nodes { amountSubtotal amountDiscount amountTax amountTotal } } } userErrors { code field message } } }`);
const Redeemed = graphql(`query OrdersRedeemed($c: ID!, $p: ID!) { coupon(id: $c) { timesRedeemed valid } promotionCode(id: $p) { timesRedeemed } }`);

let t: TestApp;
let priceA: string;
let productB: string;
let priceB: string;
let free: string;
beforeAll(async () => {
  t = await startTestApp();
  await t.ok(ActivateTax);
  const product = async (name: string) => (await t.ok(CreateProduct, { input: { name } })).createProduct.product!.id;
  const price = async (p: string, unitAmount: number) =>
    (await t.ok(CreatePrice, { input: { product: p, currency: 'usd', unitAmount } })).createPrice.price!.id;
  priceA = await price(await product('UV Pullover Hoodie'), 1499);
  productB = await product('Cap');
  priceB = await price(productB, 2500);
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

  it('submits with the expected total into processing with a PaymentIntent; a declined payment waits as submitted, reopens; a paid one completes, with events and orderUpdated', async () => {
    const sub = await t.subscribe(Updated, { id: orderId });
    const stale = await t.ok(Submit, { input: { id: orderId, expectedTotal: 14990 } });
    expect(expectUserError(stale.submitOrder, 'parameter_invalid').field).toEqual(['expectedTotal']);
    // Test mode pays with the test card the metadata names (Stripe's decline card here), else pm_card_visa.
    expectOk((await t.ok(UpdateOrder, { input: { id: orderId, metadata: { test_payment_method: 'pm_card_chargeDeclined' } } })).updateOrder);
    const submitted = expectOk((await t.ok(Submit, { input: { id: orderId, expectedTotal: 6432 } })).submitOrder).order!;
    expect(submitted).toMatchObject({
      status: 'PROCESSING',
      payment: { status: 'PROCESSING', paymentIntent: { status: 'REQUIRES_PAYMENT_METHOD', amount: 6432, currency: 'usd', description: `Order ${orderId}` } },
    });
    const firstIntent = submitted.payment!.paymentIntent!.id;
    expectUserError((await t.ok(UpdateOrder, { input: { id: orderId, description: 'late' } })).updateOrder, 'invalid_state');
    // The simulated payment (what the test-mode schedule runs after its delay), now: declined.
    await perform('order', 'fail_payment', caller(), { id: orderId, payment_method: 'pm_card_chargeDeclined' });
    expect((await t.ok(Order, { id: orderId })).order).toMatchObject({
      status: 'SUBMITTED',
      payment: {
        status: 'REQUIRES_PAYMENT_METHOD',
        paymentIntent: { id: firstIntent, status: 'REQUIRES_PAYMENT_METHOD', lastPaymentError: { code: 'CARD_DECLINED' } },
      },
    });
    // Reopened, its PaymentIntent is abandoned; submitted again, a new one is paid and the order completes.
    expect(expectOk((await t.ok(Reopen, { input: { id: orderId } })).reopenOrder).order).toMatchObject({ status: 'OPEN', payment: { status: null } });
    expect((await t.ok(Intent, { id: firstIntent })).paymentIntent).toEqual({ status: 'CANCELED', cancellationReason: 'ABANDONED' });
    expectOk((await t.ok(UpdateOrder, { input: { id: orderId, metadata: { test_payment_method: '' } } })).updateOrder);
    const again = expectOk((await t.ok(Submit, { input: { id: orderId, expectedTotal: 6432 } })).submitOrder).order!;
    expect(again.payment!.paymentIntent!.id).not.toBe(firstIntent);
    await perform('order', 'complete', caller(), { id: orderId, payment_method: 'pm_card_visa' });
    expect((await t.ok(Order, { id: orderId })).order).toMatchObject({
      id: orderId,
      status: 'COMPLETE',
      payment: { status: 'COMPLETE', paymentIntent: { id: again.payment!.paymentIntent!.id, status: 'SUCCEEDED', amountReceived: 6432 } },
    });
    expectUserError((await t.ok(Cancel, { input: { id: orderId } })).cancelOrder, 'invalid_state');
    expect((await sub.waitFor(7)).map((v) => v.orderUpdated.status)).toEqual(['OPEN', 'PROCESSING', 'SUBMITTED', 'OPEN', 'OPEN', 'PROCESSING', 'COMPLETE']);
    sub.dispose();
    const mine = (await t.ok(Events)).events.nodes.filter((e) => (e.data.object as { id: string }).id === orderId).reverse();
    // Every change is an order.updated (seed 002 names no other order event), the previous status with it.
    expect(mine.map((e) => e.type)).toEqual(['order.created', ...Array(9).fill('order.updated')]);
    expect(mine.map((e) => (e.data.object as { status: string }).status)).toEqual([
      'open',
      'open',
      'open',
      'open',
      'processing',
      'submitted',
      'open',
      'open',
      'processing',
      'complete',
    ]);
    const intents = (await t.ok(IntentEvents)).events.nodes.map((e) => e.type);
    expect(intents).toEqual(
      expect.arrayContaining(['payment_intent.created', 'payment_intent.payment_failed', 'payment_intent.canceled', 'payment_intent.succeeded']),
    );
  });

  it('a completed order entitles its customer to its products’ features (entitlements.active_entitlement_summary.updated)', async () => {
    const customer = expectOk((await t.ok(CreateCustomer, { input: { name: 'Buyer' } })).createCustomer).customer!.id;
    const feature = expectOk((await t.ok(CreateFeature, { input: { name: 'Caps club', lookupKey: 'caps-club' } })).createEntitlementsFeature)
      .entitlementsFeature!.id;
    expectOk((await t.ok(Attach, { input: { id: productB, entitlementFeature: feature } })).createProductFeature);
    const order = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', customer, lineItems: [{ product: productB }] } })).createOrder).order!;
    expectOk((await t.ok(Submit, { input: { id: order.id, expectedTotal: 2500 } })).submitOrder);
    expect((await t.ok(Entitled, { customer })).entitlementsActiveEntitlements.nodes).toEqual([]);
    await perform('order', 'complete', caller(), { id: order.id });
    expect((await t.ok(Entitled, { customer })).entitlementsActiveEntitlements.nodes).toEqual([{ lookupKey: 'caps-club' }]);
    const summary = (await t.ok(Summaries)).events.nodes.map((e) => e.data.object as { customer: string; entitlements: { data: { lookup_key: string }[] } });
    expect(summary.find((s) => s.customer === customer)?.entitlements.data.map((e) => e.lookup_key)).toEqual(['caps-club']);
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

describe('Order discounts and shipping rates', () => {
  it('takes coupons and promotion codes off the lines, ships at a ShippingRate, and recomputes every amount (hand-computed)', async () => {
    const customer = expectOk((await t.ok(CreateCustomer, { input: { name: 'Jenny Rosen' } })).createCustomer).customer!.id;
    const tenth = expectOk((await t.ok(CreateCoupon, { input: { percentOff: 10, duration: 'ONCE' } })).createCoupon).coupon!;
    expect(tenth).toMatchObject({ valid: true, timesRedeemed: 0 });
    const fiveOff = expectOk((await t.ok(CreateCoupon, { input: { amountOff: 500, currency: 'usd', maxRedemptions: 5 } })).createCoupon).coupon!.id;
    const promo = expectOk(
      (await t.ok(CreatePromo, { input: { code: 'FIVEOFF', promotion: { type: 'COUPON', coupon: fiveOff }, maxRedemptions: 1 } })).createPromotionCode,
    ).promotionCode!;
    expect(promo).toMatchObject({ code: 'FIVEOFF', promotion: { type: 'COUPON', coupon: { id: fiveOff } } });
    // Codes are unique among the active ones, whatever the case.
    expectUserError(
      (await t.ok(CreatePromo, { input: { code: 'fiveoff', promotion: { type: 'COUPON', coupon: tenth.id } } })).createPromotionCode,
      'parameter_invalid',
    );
    const rate = expectOk(
      (
        await t.ok(CreateRate, {
          input: {
            displayName: 'Express',
            fixedAmount: { amount: 700, currency: 'usd' },
            taxBehavior: 'EXCLUSIVE',
            deliveryEstimate: { minimum: { unit: 'BUSINESS_DAY', value: 1 }, maximum: { unit: 'BUSINESS_DAY', value: 2 } },
          },
        })
      ).createShippingRate,
    ).shippingRate!;
    expect(rate).toMatchObject({
      fixedAmount: { amount: 700, currency: 'usd' },
      taxBehavior: 'EXCLUSIVE',
      deliveryEstimate: { minimum: { unit: 'BUSINESS_DAY', value: 1 } },
    });

    const order = expectOk(
      (
        await t.ok(CreateOrder, {
          input: { currency: 'usd', customer, lineItems: [{ price: priceA, quantity: 2 }, { price: priceB }], automaticTax: { enabled: true } },
        })
      ).createOrder,
    ).order!.id;
    const o = expectOk(
      (
        await t.ok(DiscountedOrder, {
          input: {
            id: order,
            discounts: [{ coupon: tenth.id }, { promotionCode: promo.id }],
            shippingCost: { shippingRate: rate.id },
            shippingDetails: { name: 'Jenny Rosen', address: { country: 'US', state: 'CA', postal_code: '94111', line1: '1 Market St' } },
          },
        })
      ).updateOrder,
    ).order!;
    // Lines 2998 and 2500 (subtotal 5498).
    // 10% off, half up per line: 299.8 → 300, 250; left 2698 and 2250 (4948).
    // 500 off in proportion, rounded down: 500×2698/4948 = 272.6 → 272, 500×2250/4948 = 227.4 → 227; the spare cent to the
    //   first line: 273. Discounts 573 and 477 (1050); left 2425 and 2023.
    // Tax 7.25% on what is left, half up per line: 175.81 → 176, 146.67 → 147; shipping 700 × 7.25% = 50.75 → 51 (374).
    // Total 5498 − 1050 + 700 + 374 = 5522.
    expect(o.lineItems!.nodes.map((l) => [l.amountSubtotal, l.amountDiscount, l.amountTax, l.amountTotal])).toEqual([
      [2998, 573, 176, 2601],
      [2500, 477, 147, 2170],
    ]);
    expect(o.shippingCost).toEqual({ amountSubtotal: 700, amountTax: 51, amountTotal: 751, shippingRate: { id: rate.id, displayName: 'Express' } });
    expect(o).toMatchObject({ amountSubtotal: 5498, amountTotal: 5522, totalDetails: { amountDiscount: 1050, amountShipping: 700, amountTax: 374 } });
    expect(o.discounts).toEqual([expect.stringMatching(/^di_/), expect.stringMatching(/^di_/)]);

    // Each change recomputes everything: one more hoodie (4497 + 2500 = 6997): 10% → 450 and 250 (left 4047, 2250 = 6297);
    // 500 → 321.3 → 321 and 178.6 → 178, the spare cent to the first: 322 (discounts 772, 428 = 1200; left 3725, 2072);
    // tax 270.06 → 270, 150.22 → 150, shipping 51 (471). Total 6997 − 1200 + 700 + 471 = 6968. The discount ids stay.
    const more = expectOk((await t.ok(DiscountedOrder, { input: { id: order, lineItems: [{ price: priceA, quantity: 3 }, { price: priceB }] } })).updateOrder)
      .order!;
    expect(more.lineItems!.nodes.map((l) => [l.amountSubtotal, l.amountDiscount, l.amountTax, l.amountTotal])).toEqual([
      [4497, 772, 270, 3995],
      [2500, 428, 150, 2222],
    ]);
    expect(more).toMatchObject({
      amountSubtotal: 6997,
      amountTotal: 6968,
      discounts: o.discounts,
      totalDetails: { amountDiscount: 1200, amountShipping: 700, amountTax: 471 },
    });

    // Without the discounts and the shipping, the order is back to its lines and their tax: 326.03 → 326, 181.25 → 181.
    const plain = expectOk((await t.ok(DiscountedOrder, { input: { id: order, discounts: [], shippingCost: null } })).updateOrder).order!;
    expect(plain).toMatchObject({
      amountTotal: 6997 + 507,
      discounts: [],
      shippingCost: null,
      totalDetails: { amountDiscount: 0, amountShipping: 0, amountTax: 507 },
    });
    const again = expectOk(
      (
        await t.ok(DiscountedOrder, {
          input: { id: order, discounts: [{ coupon: tenth.id }, { promotionCode: promo.id }], shippingCost: { shippingRate: rate.id } },
        })
      ).updateOrder,
    ).order!;
    expect(again.amountTotal).toBe(6968);

    // expected_total is checked against the recomputed total; completing the order redeems its coupons and code.
    expectUserError((await t.ok(Submit, { input: { id: order, expectedTotal: 6997 + 507 } })).submitOrder, 'parameter_invalid');
    expectOk((await t.ok(Submit, { input: { id: order, expectedTotal: 6968 } })).submitOrder);
    await perform('order', 'complete', caller(), { id: order });
    expect(await t.ok(Redeemed, { c: fiveOff, p: promo.id })).toEqual({ coupon: { timesRedeemed: 1, valid: true }, promotionCode: { timesRedeemed: 1 } });

    // The code has reached its limit; a coupon in another currency, a rate in another currency, a coupon twice are refused.
    const next = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', customer, lineItems: [{ price: priceA }] } })).createOrder).order!.id;
    const used = await t.ok(DiscountedOrder, { input: { id: next, discounts: [{ promotionCode: promo.id }] } });
    expect(expectUserError(used.updateOrder, 'parameter_invalid').field).toEqual(['discounts', '0', 'promotionCode']);
    const twice = await t.ok(DiscountedOrder, { input: { id: next, discounts: [{ coupon: tenth.id }, { coupon: tenth.id }] } });
    expect(expectUserError(twice.updateOrder, 'parameter_invalid').field).toEqual(['discounts', '1']);
    const euroRate = expectOk((await t.ok(CreateRate, { input: { displayName: 'EU', fixedAmount: { amount: 900, currency: 'eur' } } })).createShippingRate)
      .shippingRate!.id;
    const wrongRate = await t.ok(DiscountedOrder, { input: { id: next, shippingCost: { shippingRate: euroRate } } });
    expect(expectUserError(wrongRate.updateOrder, 'parameter_invalid').field).toEqual(['shippingCost', 'shippingRate']);
    const missing = await t.ok(DiscountedOrder, { input: { id: next, discounts: [{ coupon: 'nope' }] } });
    expect(expectUserError(missing.updateOrder, 'resource_missing').field).toEqual(['discounts', '0', 'coupon']);
  });

  it('applies a promotion code only within its restrictions: a minimum order amount per currency, first-time customers', async () => {
    const off = expectOk((await t.ok(CreateCoupon, { input: { percentOff: 10, duration: 'ONCE' } })).createCoupon).coupon!.id;
    const promo = async (restrictions: Record<string, unknown>) =>
      (await t.ok(CreateRestricted, { input: { promotion: { type: 'COUPON', coupon: off }, restrictions } })).createPromotionCode;
    const minimum = expectOk(await promo({ minimumAmount: 5000, minimumAmountCurrency: 'usd', currencyOptions: { eur: { minimum_amount: 4500 } } }))
      .promotionCode!;
    expect(minimum.restrictions).toEqual({
      firstTimeTransaction: false,
      minimumAmount: 5000,
      minimumAmountCurrency: 'usd',
      currencyOptions: [{ currency: 'eur', minimumAmount: 4500 }],
    });
    // A minimum needs its currency and the reverse; other currencies need a minimum, and not its own currency again.
    const codes = async () => (await t.ok(PromoCount)).promotionCodes.nodes.length;
    const codesBefore = await codes();
    expect(expectUserError(await promo({ minimumAmount: 5000 }), 'parameter_missing').field).toEqual(['restrictions', 'minimumAmountCurrency']);
    expect(expectUserError(await promo({ minimumAmountCurrency: 'usd' }), 'parameter_missing').field).toEqual(['restrictions', 'minimumAmount']);
    expect(expectUserError(await promo({ currencyOptions: { eur: { minimum_amount: 1 } } }), 'parameter_invalid').field).toEqual([
      'restrictions',
      'currencyOptions',
    ]);
    expect(
      expectUserError(await promo({ minimumAmount: 5000, minimumAmountCurrency: 'usd', currencyOptions: { usd: { minimum_amount: 1 } } }), 'parameter_invalid')
        .field,
    ).toEqual(['restrictions', 'currencyOptions', 'usd']);
    expect(expectUserError(await promo({ minimumAmount: 0, minimumAmountCurrency: 'usd' }), 'parameter_invalid').field).toEqual([
      'restrictions',
      'minimumAmount',
    ]);
    expect(await codes()).toBe(codesBefore);
    // An update cannot add other currencies to a code without a minimum: refused, the code unchanged.
    const plainCode = expectOk(await promo({})).promotionCode!;
    const noMinimum = await t.ok(UpdateRestricted, { input: { id: plainCode.id, restrictions: { currencyOptions: { eur: { minimum_amount: 100 } } } } });
    expect(expectUserError(noMinimum.updatePromotionCode, 'parameter_invalid').field).toEqual(['restrictions', 'currencyOptions']);
    expect((await t.ok(PromoRestrictions, { id: plainCode.id })).promotionCode!.restrictions).toEqual(plainCode.restrictions);

    // 2 × 1499 = 2998 is under 5000 (before discounts): refused, the order unchanged; 2998 + 2500 = 5498 takes it.
    const order = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', lineItems: [{ price: priceA, quantity: 2 }] } })).createOrder).order!.id;
    const under = await t.ok(DiscountedOrder, { input: { id: order, discounts: [{ promotionCode: minimum.id }] } });
    expect(expectUserError(under.updateOrder, 'parameter_invalid')).toMatchObject({
      field: ['discounts', '0', 'promotionCode'],
      message: expect.stringMatching(/5000/),
    });
    const taken = expectOk(
      (
        await t.ok(DiscountedOrder, {
          input: { id: order, lineItems: [{ price: priceA, quantity: 2 }, { price: priceB }], discounts: [{ promotionCode: minimum.id }] },
        })
      ).updateOrder,
    ).order!;
    expect(taken).toMatchObject({ amountSubtotal: 5498, totalDetails: { amountDiscount: 550 } });
    // Taking a line away would leave the kept code under its minimum: refused, nothing changes.
    const shrink = await t.ok(DiscountedOrder, { input: { id: order, lineItems: [{ price: priceA, quantity: 2 }] } });
    expect(expectUserError(shrink.updateOrder, 'parameter_invalid').field).toEqual(['discounts', '0', 'promotionCode']);
    expect((await t.ok(DiscountedOrder, { input: { id: order } })).updateOrder.order).toMatchObject({ amountSubtotal: 5498, discounts: taken.discounts });

    // Another currency: the minimum of its currency option, else not usable there.
    const product = (await t.ok(CreateProduct, { input: { name: 'Euro cap' } })).createProduct.product!.id;
    const euro = (await t.ok(CreatePrice, { input: { product, currency: 'eur', unitAmount: 4000 } })).createPrice.price!.id;
    const inEuro = expectOk((await t.ok(CreateOrder, { input: { currency: 'eur', lineItems: [{ price: euro }] } })).createOrder).order!.id;
    const euroUnder = await t.ok(DiscountedOrder, { input: { id: inEuro, discounts: [{ promotionCode: minimum.id }] } });
    expect(expectUserError(euroUnder.updateOrder, 'parameter_invalid').field).toEqual(['discounts', '0', 'promotionCode']);
    expectOk(
      (await t.ok(DiscountedOrder, { input: { id: inEuro, lineItems: [{ price: euro, quantity: 2 }], discounts: [{ promotionCode: minimum.id }] } }))
        .updateOrder,
    );
    const usdOnly = expectOk(await promo({ minimumAmount: 100, minimumAmountCurrency: 'usd' })).promotionCode!;
    const noEuro = await t.ok(DiscountedOrder, { input: { id: inEuro, discounts: [{ promotionCode: usdOnly.id }] } });
    expect(expectUserError(noEuro.updateOrder, 'parameter_invalid').message).toMatch(/cannot be used in eur/);
    // An update adds minimums in other currencies (and keeps the others): then it applies.
    const widened = await t.ok(UpdateRestricted, { input: { id: usdOnly.id, restrictions: { currencyOptions: { eur: { minimum_amount: 100 } } } } });
    expect(expectOk(widened.updatePromotionCode).promotionCode!.restrictions.currencyOptions).toEqual([{ currency: 'eur', minimumAmount: 100 }]);
    expectOk((await t.ok(DiscountedOrder, { input: { id: inEuro, discounts: [{ promotionCode: usdOnly.id }] } })).updateOrder);

    // First-time customers: one without a payment takes it; one with a completed order, or an order without a customer, does not.
    const firstTime = expectOk(await promo({ firstTimeTransaction: true })).promotionCode!;
    const customer = async (name: string) => expectOk((await t.ok(CreateCustomer, { input: { name } })).createCustomer).customer!.id;
    const newcomer = await customer('New');
    const regular = await customer('Regular');
    const paid = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', customer: regular, lineItems: [{ price: priceA }] } })).createOrder).order!;
    expectOk((await t.ok(Submit, { input: { id: paid.id, expectedTotal: paid.amountTotal } })).submitOrder);
    await perform('order', 'complete', caller(), { id: paid.id });
    const withCode = async (c: string | null) =>
      (
        await t.ok(CreateOrder, {
          input: { currency: 'usd', ...(c ? { customer: c } : {}), lineItems: [{ price: priceA }], discounts: [{ promotionCode: firstTime.id }] },
        })
      ).createOrder;
    expect(expectOk(await withCode(newcomer)).order!.amountTotal).toBe(1499 - 150);
    const ordersBefore = (await t.ok(OrderCount)).orders.nodes.length;
    expect(expectUserError(await withCode(regular), 'parameter_invalid')).toMatchObject({
      field: ['discounts', '0', 'promotionCode'],
      message: expect.stringMatching(/earlier payment/),
    });
    expect(expectUserError(await withCode(null), 'parameter_invalid').message).toMatch(/needs its customer/);
    expect((await t.ok(OrderCount)).orders.nodes.length).toBe(ordersBefore);
  });
});

const ReaderClock = graphql(`
  mutation OrdersReaderClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }
`);
const ReaderLocation = graphql(`
  mutation OrdersReaderLocation($input: CreateTerminalLocationInput!) { createTerminalLocation(input: $input) { terminalLocation { id } userErrors { code } } }
`);
const ReaderRegister = graphql(`
  mutation OrdersReaderRegister($input: CreateTerminalReaderInput!) { createTerminalReader(input: $input) { terminalReader { id } userErrors { code } } }
`);
const ReaderProcess = graphql(`
  mutation OrdersReaderProcess($input: ProcessPaymentIntentTerminalReaderInput!) {
    processPaymentIntentTerminalReader(input: $input) { terminalReader { action { status } } userErrors { code message } }
  }
`);
const ReaderPresent = graphql(`
  mutation OrdersReaderPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {
    testHelpersPresentPaymentMethodTerminalReader(input: $input) { terminalReader { action { status failureCode } } userErrors { code message } }
  }
`);
const ForgedPi = graphql(`
  mutation OrdersForgedPi($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { paymentIntent { id } userErrors { code } } }
`);
const OrderPaid = graphql(`
  query OrderPaidT($id: ID!) { order(id: $id) { status payment { status paymentIntent { id status amountReceived paymentMethod { type } } } } }
`);

describe('Orders paid on a Terminal reader', () => {
  it('completes at once when its PaymentIntent succeeds on a reader, also after a failed payment; a PaymentIntent that only names the order in metadata completes nothing', async () => {
    // An account with a test clock: the test-mode payment scheduled at submit waits for the clock, never for the test's pace.
    const shop = await t.newAccount();
    const key = shop.testKey;
    expectOk((await t.ok(ReaderClock, { input: { frozenTime: '2026-06-01T17:00:00Z' } }, key)).createTestHelpersTestClock);
    const product = (await t.ok(CreateProduct, { input: { name: 'Mug' } }, key)).createProduct.product!.id;
    const price = (await t.ok(CreatePrice, { input: { product, currency: 'usd', unitAmount: 1499 } }, key)).createPrice.price!.id;
    const address = { line1: '1 Market St', city: 'San Francisco', state: 'CA', postalCode: '94105', country: 'US' };
    const location = expectOk((await t.ok(ReaderLocation, { input: { displayName: 'Shop', address } }, key)).createTerminalLocation).terminalLocation!.id;
    const reader = expectOk((await t.ok(ReaderRegister, { input: { registrationCode: 'simulated-wpe', location } }, key)).createTerminalReader).terminalReader!
      .id;
    const asShop = { db: t.database.db, scope: { accountId: shop.accountId, livemode: false }, requestId: null };
    const read = async (id: string) => (await t.ok(OrderPaid, { id }, key)).order;
    const submitted = async () => {
      const o = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', lineItems: [{ price }] } }, key)).createOrder).order!;
      const s = expectOk((await t.ok(Submit, { input: { id: o.id, expectedTotal: o.amountTotal } }, key)).submitOrder).order!;
      expect(s.status).toBe('PROCESSING');
      return s;
    };
    const pay = async (paymentIntent: string) => {
      expectOk((await t.ok(ReaderProcess, { input: { id: reader, paymentIntent } }, key)).processPaymentIntentTerminalReader);
      return expectOk((await t.ok(ReaderPresent, { input: { id: reader } }, key)).testHelpersPresentPaymentMethodTerminalReader).terminalReader!.action;
    };

    // The order's own PaymentIntent, paid by a card presented to the reader: complete in that same mutation.
    const order = await submitted();
    expect(await pay(order.payment!.paymentIntent!.id)).toMatchObject({ status: 'SUCCEEDED', failureCode: null });
    expect(await read(order.id)).toEqual({
      status: 'COMPLETE',
      payment: {
        status: 'COMPLETE',
        paymentIntent: { id: order.payment!.paymentIntent!.id, status: 'SUCCEEDED', amountReceived: 1499, paymentMethod: { type: 'CARD_PRESENT' } },
      },
    });
    const events = (await t.ok(Events, undefined, key)).events.nodes.filter((e) => (e.data.object as { id: string }).id === order.id);
    expect(events.map((e) => (e.data.object as { status: string }).status)).toEqual(['complete', 'processing', 'open']);
    // The test-mode payment scheduled at submit finds it complete: refused, nothing paid twice.
    await expect(perform('order', 'complete', asShop, { id: order.id })).rejects.toMatchObject({ code: 'invalid_state' });
    expect((await read(order.id))!.payment!.paymentIntent!.amountReceived).toBe(1499);

    // Anyone can write an order's id into a PaymentIntent's metadata: paying that one leaves the order processing.
    const other = await submitted();
    const forged = expectOk(
      (await t.ok(ForgedPi, { input: { amount: 1499, currency: 'usd', allowedPaymentMethodTypes: ['CARD_PRESENT'], metadata: { order: other.id } } }, key))
        .createPaymentIntent,
    ).paymentIntent!.id;
    expect(await pay(forged)).toMatchObject({ status: 'SUCCEEDED' });
    expect(await read(other.id)).toMatchObject({
      status: 'PROCESSING',
      payment: { status: 'PROCESSING', paymentIntent: { status: 'REQUIRES_PAYMENT_METHOD' } },
    });

    // A payment that failed leaves the order submitted; its PaymentIntent paid on the reader afterwards completes it.
    await perform('order', 'fail_payment', asShop, { id: other.id, payment_method: 'pm_card_chargeDeclined' });
    expect(await read(other.id)).toMatchObject({ status: 'SUBMITTED', payment: { status: 'REQUIRES_PAYMENT_METHOD' } });
    expect(await pay(other.payment!.paymentIntent!.id)).toMatchObject({ status: 'SUCCEEDED' });
    expect(await read(other.id)).toMatchObject({
      status: 'COMPLETE',
      payment: { status: 'COMPLETE', paymentIntent: { status: 'SUCCEEDED', amountReceived: 1499 } },
    });
  });
});
