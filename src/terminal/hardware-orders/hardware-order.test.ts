import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../../test/support/harness.js';

/**
 * Terminal hardware (preview): the catalogue (src/terminal/hardware-catalogue.json) and orders of it,
 * driven through their statuses by the test helpers. Amounts are computed by hand from the catalogue.
 */
const Skus = graphql(`
  query ThwSkus($country: String!, $product: ID, $status: TerminalHardwareSkuStatus) {
    terminalHardwareSkus(country: $country, product: $product, status: $status, first: 20) {
      nodes { id amount currency country orderable status product { id type } }
    }
  }
`);
const Products = graphql(`
  query ThwProducts($status: TerminalHardwareProductStatus) { terminalHardwareProducts(status: $status, first: 20) { nodes { id type status unavailableAfter } } }
`);
const Methods = graphql(`
  query ThwMethods($country: String!, $name: TerminalHardwareShippingMethodName) {
    terminalHardwareShippingMethods(country: $country, name: $name, first: 20) { nodes { id name country status estimatedDeliveryWindow { minimumDate maximumDate } } }
  }
`);
const Create = graphql(`
  mutation ThwCreate($input: CreateTerminalHardwareOrderInput!) {
    createTerminalHardwareOrder(input: $input) {
      terminalHardwareOrder {
        id status amount currency tax paymentType poNumber updated
        hardwareOrderItems { amount currency quantity terminalHardwareSku { id amount country currency product { id type } } }
        shipping { amount currency name company email phone address { line1 city state postalCode country } }
        shippingMethod { id name }
        totalTaxAmounts { amount inclusive rate { displayName jurisdiction percentage } }
        shipmentTracking { carrier trackingNumber }
      }
      userErrors { code field message }
    }
  }
`);
const Cancel = graphql(`
  mutation ThwCancel($input: CancelTerminalHardwareOrderInput!) {
    cancelTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status updated } userErrors { code message } }
  }
`);
const Ready = graphql(`
  mutation ThwReady($input: TestHelpersMarkReadyToShipTerminalHardwareOrderInput!) {
    testHelpersMarkReadyToShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }
  }
`);
const Ship = graphql(`
  mutation ThwShip($input: TestHelpersShipTerminalHardwareOrderInput!) {
    testHelpersShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status shipmentTracking { carrier trackingNumber } } userErrors { code message } }
  }
`);
const Deliver = graphql(`
  mutation ThwDeliver($input: TestHelpersDeliverTerminalHardwareOrderInput!) {
    testHelpersDeliverTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }
  }
`);
const Undeliverable = graphql(`
  mutation ThwUndeliverable($input: TestHelpersMarkUndeliverableTerminalHardwareOrderInput!) {
    testHelpersMarkUndeliverableTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }
  }
`);
const One = graphql(`query ThwOne($id: ID!) { terminalHardwareOrder(id: $id) { id status updated } }`);
const Orders = graphql(`query ThwOrders($status: TerminalHardwareOrderStatus) { terminalHardwareOrders(status: $status, first: 50) { nodes { id status } } }`);
const Updated = graphql(`subscription ThwUpdated($id: ID!) { terminalHardwareOrderUpdated(id: $id) { id status shipmentTracking { carrier } } }`);
const EventsSub = graphql(`subscription ThwEvents { events(types: ["terminal.hardware_order.*"]) { type data { object previousAttributes } } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const US_ADDRESS = { line1: '1234 Main Street', city: 'San Francisco', state: 'CA', postalCode: '94111', country: 'US' };
const order = (overrides: Record<string, unknown> = {}) => ({
  hardwareOrderItems: [{ terminalHardwareSku: 'thsku_fingraphWisePosEUS', quantity: 1 }],
  paymentType: 'MONTHLY_INVOICE' as const,
  shipping: { name: 'Jenny Rosen', address: US_ADDRESS },
  shippingMethod: 'thsm_fingraphUSStandard',
  ...overrides,
});
const create = async (overrides: Record<string, unknown> = {}) =>
  expectOk((await t.ok(Create, { input: order(overrides) as never })).createTerminalHardwareOrder).terminalHardwareOrder!;

describe('Terminal hardware catalogue', () => {
  it('lists the SKUs of a country, available ones unless asked, by product', async () => {
    const us = (await t.ok(Skus, { country: 'US' })).terminalHardwareSkus.nodes;
    expect(us.map((s) => [s.product.type, s.amount, s.currency])).toEqual([
      ['bbpos_wisepos_e', 24900, 'usd'],
      ['stripe_reader_s700', 34900, 'usd'],
      ['bbpos_wisepad3', 5900, 'usd'],
      ['stripe_m2', 5900, 'usd'],
    ]);
    const retired = (await t.ok(Skus, { country: 'US', status: 'UNAVAILABLE' })).terminalHardwareSkus.nodes;
    expect(retired.map((s) => [s.id, s.orderable])).toEqual([['thsku_fingraphVerifoneP400US', 0]]);
    const gb = (await t.ok(Skus, { country: 'GB', product: 'thpr_fingraphReaderS700' })).terminalHardwareSkus.nodes;
    expect(gb.map((s) => [s.id, s.amount, s.currency])).toEqual([['thsku_fingraphReaderS700GB', 29900, 'gbp']]);
    // The country is required, as Stripe's.
    const noCountry = await t.gql(`query { terminalHardwareSkus(first: 5) { nodes { id } } }`);
    expect(noCountry.errors?.length).toBeGreaterThan(0);
  });

  it('lists products (available by default) and a country’s shipping methods with their delivery window', async () => {
    const products = (await t.ok(Products, {})).terminalHardwareProducts.nodes;
    expect(products.map((p) => p.type)).toEqual(['bbpos_wisepos_e', 'stripe_reader_s700', 'bbpos_wisepad3', 'stripe_m2']);
    const unavailable = (await t.ok(Products, { status: 'UNAVAILABLE' })).terminalHardwareProducts.nodes;
    expect(unavailable).toEqual([
      { id: 'thpr_fingraphVerifoneP400', type: 'verifone_p400', status: 'UNAVAILABLE', unavailableAfter: '2024-01-01T00:00:00.000Z' },
    ]);
    const methods = (await t.ok(Methods, { country: 'US' })).terminalHardwareShippingMethods.nodes;
    expect(methods.map((m) => m.name)).toEqual(['STANDARD', 'EXPRESS', 'PRIORITY']);
    const today = new Date().toISOString().slice(0, 10);
    for (const m of methods) {
      expect(m.estimatedDeliveryWindow.minimumDate > today).toBe(true);
      expect(m.estimatedDeliveryWindow.maximumDate >= m.estimatedDeliveryWindow.minimumDate).toBe(true);
    }
    const express = (await t.ok(Methods, { country: 'DE', name: 'EXPRESS' })).terminalHardwareShippingMethods.nodes;
    expect(express.map((m) => m.id)).toEqual(['thsm_fingraphDEExpress']);
  });
});

describe('Terminal hardware orders', () => {
  it('prices an order from its SKUs, shipping and the destination’s tax, then ships and delivers it (websocket, events)', async () => {
    const events = await t.subscribe(EventsSub, {});
    const created = await create({
      hardwareOrderItems: [
        { terminalHardwareSku: 'thsku_fingraphWisePosEUS', quantity: 2 },
        { terminalHardwareSku: 'thsku_fingraphReaderM2US', quantity: 1 },
      ],
      shipping: { name: 'Jenny Rosen', company: 'Rocket Rides', email: 'jenny@example.com', phone: '15555555555', address: US_ADDRESS },
      poNumber: 'PO-7',
      metadata: { store: '12' },
    });
    // Items 2 × 249.00 + 59.00 = 557.00, shipping 8.00, California 7.25 % of 565.00 = 40.9625 → 40.96.
    expect(created).toMatchObject({
      status: 'PENDING',
      amount: 60596,
      currency: 'usd',
      tax: 4096,
      paymentType: 'MONTHLY_INVOICE',
      poNumber: 'PO-7',
      updated: null,
      shipping: { amount: 800, currency: 'usd', name: 'Jenny Rosen', company: 'Rocket Rides', email: 'jenny@example.com', phone: '15555555555' },
      shippingMethod: { id: 'thsm_fingraphUSStandard', name: 'STANDARD' },
      totalTaxAmounts: [{ amount: 4096, inclusive: false, rate: { displayName: 'Sales Tax', jurisdiction: 'CALIFORNIA', percentage: 7.25 } }],
      shipmentTracking: [],
    });
    expect(created.hardwareOrderItems).toEqual([
      {
        amount: 49800,
        currency: 'usd',
        quantity: 2,
        terminalHardwareSku: {
          id: 'thsku_fingraphWisePosEUS',
          amount: 24900,
          country: 'US',
          currency: 'usd',
          product: { id: 'thpr_fingraphWisePosE', type: 'bbpos_wisepos_e' },
        },
      },
      {
        amount: 5900,
        currency: 'usd',
        quantity: 1,
        terminalHardwareSku: {
          id: 'thsku_fingraphReaderM2US',
          amount: 5900,
          country: 'US',
          currency: 'usd',
          product: { id: 'thpr_fingraphReaderM2', type: 'stripe_m2' },
        },
      },
    ]);

    const updates = await t.subscribe(Updated, { id: created.id });
    expect(expectOk((await t.ok(Ready, { input: { id: created.id } })).testHelpersMarkReadyToShipTerminalHardwareOrder).terminalHardwareOrder!.status).toBe(
      'READY_TO_SHIP',
    );
    // Confirmed for shipment: no longer cancelable.
    expectUserError((await t.ok(Cancel, { input: { id: created.id } })).cancelTerminalHardwareOrder, 'invalid_state');
    const shipped = expectOk((await t.ok(Ship, { input: { id: created.id } })).testHelpersShipTerminalHardwareOrder).terminalHardwareOrder!;
    expect(shipped.status).toBe('SHIPPED');
    expect(shipped.shipmentTracking).toEqual([{ carrier: 'UPS', trackingNumber: expect.stringMatching(/^1Z\d{16}$/) }]);
    expect(expectOk((await t.ok(Deliver, { input: { id: created.id } })).testHelpersDeliverTerminalHardwareOrder).terminalHardwareOrder!.status).toBe(
      'DELIVERED',
    );
    const after = (await t.ok(One, { id: created.id })).terminalHardwareOrder!;
    expect(after.status).toBe('DELIVERED');
    expect(after.updated).not.toBeNull();

    const seen = await updates.waitFor(3);
    expect(seen.map((v) => v.terminalHardwareOrderUpdated.status)).toEqual(['READY_TO_SHIP', 'SHIPPED', 'DELIVERED']);
    expect(seen[1]!.terminalHardwareOrderUpdated.shipmentTracking).toEqual([{ carrier: 'UPS' }]);
    updates.dispose();
    const announced = await events.waitFor(4);
    events.dispose();
    expect(announced.map((e) => [e.events.type, (e.events.data.object as { status: string }).status, e.events.data.previousAttributes?.status])).toEqual([
      ['terminal.hardware_order.created', 'pending', undefined],
      ['terminal.hardware_order.updated', 'ready_to_ship', 'pending'],
      ['terminal.hardware_order.updated', 'shipped', 'ready_to_ship'],
      ['terminal.hardware_order.updated', 'delivered', 'shipped'],
    ]);
  });

  it('refuses each helper and cancel from the states Stripe refuses them in', async () => {
    const pending = await create();
    expectUserError((await t.ok(Ship, { input: { id: pending.id } })).testHelpersShipTerminalHardwareOrder, 'invalid_state');
    expectUserError((await t.ok(Deliver, { input: { id: pending.id } })).testHelpersDeliverTerminalHardwareOrder, 'invalid_state');
    expectUserError((await t.ok(Undeliverable, { input: { id: pending.id } })).testHelpersMarkUndeliverableTerminalHardwareOrder, 'invalid_state');
    const canceled = expectOk((await t.ok(Cancel, { input: { id: pending.id } })).cancelTerminalHardwareOrder).terminalHardwareOrder!;
    expect(canceled.status).toBe('CANCELED');
    expect(canceled.updated).not.toBeNull();
    expectUserError((await t.ok(Cancel, { input: { id: pending.id } })).cancelTerminalHardwareOrder, 'invalid_state');
    expectUserError((await t.ok(Ready, { input: { id: pending.id } })).testHelpersMarkReadyToShipTerminalHardwareOrder, 'invalid_state');

    const lost = await create();
    await t.ok(Ready, { input: { id: lost.id } });
    expectUserError((await t.ok(Ready, { input: { id: lost.id } })).testHelpersMarkReadyToShipTerminalHardwareOrder, 'invalid_state');
    expectUserError((await t.ok(Deliver, { input: { id: lost.id } })).testHelpersDeliverTerminalHardwareOrder, 'invalid_state');
    await t.ok(Ship, { input: { id: lost.id } });
    const undeliverable = expectOk((await t.ok(Undeliverable, { input: { id: lost.id } })).testHelpersMarkUndeliverableTerminalHardwareOrder);
    expect(undeliverable.terminalHardwareOrder!.status).toBe('UNDELIVERABLE');
    expectUserError((await t.ok(Deliver, { input: { id: lost.id } })).testHelpersDeliverTerminalHardwareOrder, 'invalid_state');
    expectUserError((await t.ok(Cancel, { input: { id: lost.id } })).cancelTerminalHardwareOrder, 'invalid_state');
    expect((await t.ok(One, { id: lost.id })).terminalHardwareOrder!.status).toBe('UNDELIVERABLE');

    // Test helpers are test mode only.
    const live = await t.gql(Ready, { input: { id: lost.id } }, t.account.liveKey);
    expect(live.data?.testHelpersMarkReadyToShipTerminalHardwareOrder.userErrors.map((e) => e.code)).toEqual(['livemode_mismatch']);
  });

  it('refuses SKUs and shipping methods of another country, unknown or retired ones, and quantities beyond the orderable', async () => {
    const before = (await t.ok(Orders, {})).terminalHardwareOrders.nodes.length;
    const refused = async (overrides: Record<string, unknown>, code: string, field: string[]) => {
      const e = expectUserError((await t.ok(Create, { input: order(overrides) as never })).createTerminalHardwareOrder, code);
      expect(e.field).toEqual(field);
    };
    await refused({ hardwareOrderItems: [{ terminalHardwareSku: 'thsku_fingraphWisePosEGB', quantity: 1 }] }, 'parameter_invalid', [
      'hardwareOrderItems',
      '0',
      'terminalHardwareSku',
    ]);
    await refused({ hardwareOrderItems: [{ terminalHardwareSku: 'thsku_nope', quantity: 1 }] }, 'resource_missing', [
      'hardwareOrderItems',
      '0',
      'terminalHardwareSku',
    ]);
    await refused({ hardwareOrderItems: [{ terminalHardwareSku: 'thsku_fingraphVerifoneP400US', quantity: 1 }] }, 'parameter_invalid', [
      'hardwareOrderItems',
      '0',
      'terminalHardwareSku',
    ]);
    await refused({ hardwareOrderItems: [{ terminalHardwareSku: 'thsku_fingraphReaderS700US', quantity: 101 }] }, 'parameter_invalid', [
      'hardwareOrderItems',
      '0',
      'quantity',
    ]);
    await refused({ hardwareOrderItems: [{ terminalHardwareSku: 'thsku_fingraphWisePosEUS', quantity: 0 }] }, 'parameter_invalid', [
      'hardwareOrderItems',
      '0',
      'quantity',
    ]);
    await refused(
      {
        hardwareOrderItems: [
          { terminalHardwareSku: 'thsku_fingraphWisePosEUS', quantity: 1 },
          { terminalHardwareSku: 'thsku_fingraphWisePosEUS', quantity: 2 },
        ],
      },
      'parameter_invalid',
      ['hardwareOrderItems', '1', 'terminalHardwareSku'],
    );
    await refused({ shippingMethod: 'thsm_fingraphGBStandard' }, 'parameter_invalid', ['shippingMethod']);
    await refused({ shippingMethod: 'thsm_nope' }, 'resource_missing', ['shippingMethod']);
    await refused({ shipping: { name: 'Jenny', address: { ...US_ADDRESS, line1: 'ab' } } }, 'parameter_invalid', ['shipping', 'address', 'line1']);
    // Nothing was written by the refusals.
    expect((await t.ok(Orders, {})).terminalHardwareOrders.nodes.length).toBe(before);
  });

  it('prices a UK order in pounds with 20 % VAT, and a US state without sales tax has none', async () => {
    const uk = await create({
      hardwareOrderItems: [{ terminalHardwareSku: 'thsku_fingraphWisePosEGB', quantity: 1 }],
      shipping: { name: 'Jenny Rosen', address: { line1: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'GB' } },
      shippingMethod: 'thsm_fingraphGBStandard',
    });
    // 199.00 + 6.00 shipping, VAT 20 % of 205.00 = 41.00.
    expect(uk).toMatchObject({ currency: 'gbp', amount: 24600, tax: 4100, totalTaxAmounts: [{ amount: 4100, rate: { displayName: 'VAT', percentage: 20 } }] });
    const oregon = await create({ shipping: { name: 'Jenny Rosen', address: { ...US_ADDRESS, state: 'OR', city: 'Portland', postalCode: '97201' } } });
    expect(oregon).toMatchObject({ amount: 25700, tax: 0, totalTaxAmounts: [] });
  });

  it('lists orders newest first, filtered by status', async () => {
    const a = await create();
    const b = await create();
    await t.ok(Cancel, { input: { id: b.id } });
    const all = (await t.ok(Orders, {})).terminalHardwareOrders.nodes;
    expect(all.slice(0, 2).map((o) => o.id)).toEqual([b.id, a.id]);
    const canceled = (await t.ok(Orders, { status: 'CANCELED' })).terminalHardwareOrders.nodes;
    expect(canceled.every((o) => o.status === 'CANCELED')).toBe(true);
    expect(canceled.map((o) => o.id)).toContain(b.id);
    expect(canceled.map((o) => o.id)).not.toContain(a.id);
    const pending = (await t.ok(Orders, { status: 'PENDING' })).terminalHardwareOrders.nodes;
    expect(pending.map((o) => o.id)).toContain(a.id);
    expect(pending.every((o) => o.status === 'PENDING')).toBe(true);
    // Another account sees none of them.
    const other = await t.newAccount();
    expect((await t.ok(Orders, {}, other.testKey)).terminalHardwareOrders.nodes).toEqual([]);
    expect((await t.ok(One, { id: a.id }, other.testKey)).terminalHardwareOrder).toBeNull();
    expectUserError((await t.ok(Cancel, { input: { id: a.id } }, other.testKey)).cancelTerminalHardwareOrder, 'resource_missing');
  });
});
