import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perform } from '../layer/perform.js';
import { graphql } from '../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../test/support/harness.js';

/**
 * Stripe Tax: settings (pending → active), registrations (scheduled / active / expired), calculations
 * at the rates of src/tax/rates.json where a registration is active, transactions and their reversals.
 * Every amount below is computed by hand (rounded half up, line by line).
 */
const Settings = graphql(
  `query TaxSettingsNow { taxSettings { status statusDetails { pending { missingFields } } defaults { taxCode taxBehavior provider } headOffice { address { country state } } } }`,
);
const UpdateSettings = graphql(`
  mutation UpdateTaxSettingsT($input: UpdateTaxSettingsInput!) {
    updateTaxSettings(input: $input) { taxSettings { status defaults { taxCode taxBehavior } } userErrors { code field message } }
  }
`);
const CreateRegistration = graphql(`
  mutation CreateTaxRegistrationT($input: CreateTaxRegistrationInput!) {
    createTaxRegistration(input: $input) { taxRegistration { id status country activeFrom expiresAt } userErrors { code field message } }
  }
`);
const UpdateRegistration = graphql(`
  mutation UpdateTaxRegistrationT($input: UpdateTaxRegistrationInput!) {
    updateTaxRegistration(input: $input) { taxRegistration { id status expiresAt } userErrors { code field message } }
  }
`);
const Registrations = graphql(
  `query TaxRegistrationsT($status: TaxRegistrationListStatus) { taxRegistrations(status: $status, first: 20) { nodes { id country status } } }`,
);
const CreateCalculation = graphql(`
  mutation CreateTaxCalculationT($input: CreateTaxCalculationInput!) {
    createTaxCalculation(input: $input) {
      taxCalculation {
        id amountTotal taxAmountExclusive taxAmountInclusive expiresAt
        taxBreakdown { amount inclusive taxableAmount taxabilityReason taxRateDetails { percentageDecimal country state taxType } }
        lineItems { nodes { id amount amountTax reference taxBehavior taxCode taxBreakdown { amount taxableAmount taxabilityReason jurisdiction { country state displayName } } } }
        shippingCost { amount amountTax }
      }
      userErrors { code field message }
    }
  }
`);
const CalculationLevels = graphql(`
  query TaxCalculationLevelsT($id: ID!) {
    taxCalculation(id: $id) { lineItems { nodes { taxBreakdown { jurisdiction { level state } taxRateDetails { taxType } } } } }
  }
`);
const FromCalculation = graphql(`
  mutation CreateTaxTransactionT($input: CreateFromCalculationTaxTransactionInput!) {
    createFromCalculationTaxTransaction(input: $input) {
      taxTransaction { id type reference lineItems { nodes { id amount amountTax reference type } } shippingCost { amount amountTax } }
      userErrors { code field message }
    }
  }
`);
const Reverse = graphql(`
  mutation ReverseTaxTransactionT($input: CreateReversalTaxTransactionInput!) {
    createReversalTaxTransaction(input: $input) {
      taxTransaction { id type reversal { originalTransaction { id } } lineItems { nodes { amount amountTax reference type reversal { originalLineItem } } } shippingCost { amount amountTax } }
      userErrors { code field message }
    }
  }
`);
const CalculationLines = graphql(`
  query TaxCalculationLinesT($id: ID!, $after: String) {
    taxCalculation(id: $id) { lineItems(first: 1, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } }
  }
`);
const CreateClock = graphql(
  `mutation TaxClockT($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }`,
);
const AdvanceClock = graphql(
  `mutation TaxAdvanceT($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }`,
);
const SettingsEvents = graphql(`query TaxSettingsEvents { events(types: ["tax.settings.updated"], first: 5) { nodes { type } } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const CA = { country: 'US', state: 'CA', postalCode: '94111' };
const registration = (country: string, options: Record<string, unknown>, activeFrom = 'now', expiresAt?: string) =>
  t.ok(CreateRegistration, { input: { country, countryOptions: options, activeFrom, ...(expiresAt ? { expiresAt } : {}) } });
const calc = (input: Record<string, unknown>) => t.ok(CreateCalculation, { input: input as never });

describe('Stripe Tax', () => {
  it('settings are pending until a head office and a default tax code are set; calculations need them active', async () => {
    const before = (await t.ok(Settings)).taxSettings;
    expect(before).toMatchObject({ status: 'PENDING', statusDetails: { pending: { missingFields: ['head_office', 'defaults.tax_code'] } } });
    const refused = await calc({ currency: 'usd', lineItems: [{ amount: 1000, taxBehavior: 'EXCLUSIVE' }], customerDetails: { address: CA } });
    expectUserError(refused.createTaxCalculation, 'stripe_tax_inactive');
    // Another account's product is not found, before anything is said of this account's settings.
    const other = await t.newAccount();
    const theirs = await perform(
      'product',
      'create',
      { db: t.database.db, scope: { accountId: other.accountId, livemode: false }, requestId: null },
      { name: 'Theirs' },
    );
    const foreign = await calc({
      currency: 'usd',
      lineItems: [{ amount: 1000, taxBehavior: 'EXCLUSIVE', product: theirs.id }],
      customerDetails: { address: CA },
    });
    expect(expectUserError(foreign.createTaxCalculation, 'resource_missing').field).toEqual(['lineItems', '0', 'product']);
    const bad = await t.ok(UpdateSettings, { input: { defaults: { taxCode: 'food' } } });
    expectUserError(bad.updateTaxSettings, 'parameter_invalid');
    expect(bad.updateTaxSettings.userErrors[0]!.field).toEqual(['defaults', 'taxCode']);
    const r = await t.ok(UpdateSettings, {
      input: {
        headOffice: { address: { country: 'US', state: 'CA', line1: '1 Market St', postalCode: '94111' } },
        defaults: { taxCode: 'txcd_10000000', taxBehavior: 'EXCLUSIVE' },
      },
    });
    expect(expectOk(r.updateTaxSettings).taxSettings).toEqual({ status: 'ACTIVE', defaults: { taxCode: 'txcd_10000000', taxBehavior: 'EXCLUSIVE' } });
    expect((await t.ok(SettingsEvents)).events.nodes).toEqual([{ type: 'tax.settings.updated' }]);
  });

  it('registrations are scheduled, active or expired by their dates, and listed by status', async () => {
    const ca = (await registration('US', { us: { state: 'CA', type: 'STATE_SALES_TAX' } })).createTaxRegistration;
    expect(expectOk(ca).taxRegistration).toMatchObject({ status: 'ACTIVE', country: 'US', expiresAt: null });
    const de = expectOk((await registration('DE', { de: { type: 'STANDARD' } })).createTaxRegistration).taxRegistration!;
    const fr = expectOk((await registration('FR', { fr: { type: 'STANDARD' } }, '2099-01-01T00:00:00Z')).createTaxRegistration).taxRegistration!;
    expect(fr.status).toBe('SCHEDULED');
    const ny = expectOk((await registration('US', { us: { state: 'NY', type: 'STATE_SALES_TAX' } })).createTaxRegistration).taxRegistration!;
    const ended = await t.ok(UpdateRegistration, { input: { id: ny.id, expiresAt: 'now' } });
    expect(expectOk(ended.updateTaxRegistration).taxRegistration!.status).toBe('EXPIRED');
    // A second registration for an active jurisdiction is refused; options must name the country.
    expectUserError((await registration('DE', { de: { type: 'STANDARD' } })).createTaxRegistration, 'parameter_invalid');
    expectUserError((await registration('GB', { de: { type: 'STANDARD' } })).createTaxRegistration, 'parameter_missing');
    const active = (await t.ok(Registrations, { status: 'ACTIVE' })).taxRegistrations.nodes.map((n) => n.id);
    expect(active.sort()).toEqual([ca.taxRegistration!.id, de.id].sort());
    expect((await t.ok(Registrations, { status: 'SCHEDULED' })).taxRegistrations.nodes.map((n) => n.id)).toEqual([fr.id]);
    expect((await t.ok(Registrations, { status: 'EXPIRED' })).taxRegistrations.nodes.map((n) => n.id)).toEqual([ny.id]);
  });

  let caCalculation: { id: string; lineItems: { nodes: { id: string }[] } | null };
  it('calculates exclusive tax at the jurisdiction rate (California 7.25%), line by line and on shipping', async () => {
    const c = expectOk(
      (
        await calc({
          currency: 'usd',
          lineItems: [
            { amount: 1000, reference: 'L1' },
            { amount: 2599, reference: 'L2', quantity: 2, taxCode: 'txcd_99999999' },
          ],
          shippingCost: { amount: 500 },
          customerDetails: { address: CA, addressSource: 'SHIPPING' },
        })
      ).createTaxCalculation,
    ).taxCalculation!;
    // 1000 × 7.25% = 72.5 → 73; 2599 × 7.25% = 188.43 → 188; shipping 500 × 7.25% = 36.25 → 36.
    expect(c.lineItems!.nodes.map((l) => [l.reference, l.amount, l.amountTax, l.taxBehavior, l.taxCode])).toEqual([
      ['L1', 1000, 73, 'EXCLUSIVE', 'txcd_10000000'],
      ['L2', 2599, 188, 'EXCLUSIVE', 'txcd_99999999'],
    ]);
    expect(c.lineItems!.nodes[0]!.taxBreakdown![0]).toEqual({
      amount: 73,
      taxableAmount: 1000,
      taxabilityReason: 'STANDARD_RATED',
      jurisdiction: { country: 'US', state: 'CA', displayName: 'California' },
    });
    expect(c.shippingCost).toEqual({ amount: 500, amountTax: 36 });
    expect(c).toMatchObject({ taxAmountExclusive: 297, taxAmountInclusive: 0, amountTotal: 4396 });
    expect(c.taxBreakdown).toEqual([
      {
        amount: 297,
        inclusive: false,
        taxableAmount: 4099,
        taxabilityReason: 'STANDARD_RATED',
        taxRateDetails: { percentageDecimal: '7.25', country: 'US', state: 'CA', taxType: 'SALES_TAX' },
      },
    ]);
    expect(Number(new Date(c.expiresAt!)) - Date.now()).toBeGreaterThan(89 * 24 * 3600 * 1000);
    // The line items as a connection, in the calculation's order (Stripe's listLineItems).
    const first = (await t.ok(CalculationLines, { id: c.id })).taxCalculation!.lineItems!;
    expect(first.nodes).toEqual([{ reference: 'L1' }]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await t.ok(CalculationLines, { id: c.id, after: first.pageInfo.endCursor })).taxCalculation!.lineItems!;
    expect(rest).toMatchObject({ nodes: [{ reference: 'L2' }], pageInfo: { hasNextPage: false } });
    caCalculation = c;
  });

  it("takes a shipping cost from the account's own ShippingRate: its amount and tax code; another account's is resource_missing", async () => {
    const as = (accountId: string) => ({ db: t.database.db, scope: { accountId, livemode: false }, requestId: null });
    const rate = await perform('shipping_rate', 'create', as(t.account.accountId), { display_name: 'Ground', fixed_amount: { amount: 700, currency: 'usd' } });
    const c = expectOk(
      (
        await calc({
          currency: 'usd',
          lineItems: [{ amount: 1000, reference: 'L1' }],
          shippingCost: { shippingRate: rate.id },
          customerDetails: { address: CA },
        })
      ).createTaxCalculation,
    ).taxCalculation!;
    // Shipping 700 × 7.25% = 50.75 → 51; the line 1000 × 7.25% = 72.5 → 73.
    expect(c.shippingCost).toEqual({ amount: 700, amountTax: 51 });
    expect(c).toMatchObject({ taxAmountExclusive: 124, amountTotal: 1824 });
    const other = await t.newAccount();
    const theirs = await perform('shipping_rate', 'create', as(other.accountId), { display_name: 'Theirs', fixed_amount: { amount: 700, currency: 'usd' } });
    const foreign = await calc({ currency: 'usd', lineItems: [{ amount: 1000 }], shippingCost: { shippingRate: theirs.id }, customerDetails: { address: CA } });
    expect(expectUserError(foreign.createTaxCalculation, 'resource_missing').field).toEqual(['shippingCost', 'shippingRate']);
  });

  it('calculates inclusive and exclusive prices together (Germany 19%)', async () => {
    const c = expectOk(
      (
        await calc({
          currency: 'eur',
          lineItems: [
            { amount: 11900, taxBehavior: 'INCLUSIVE', reference: 'A' },
            { amount: 1000, taxBehavior: 'INCLUSIVE', reference: 'B' },
            { amount: 500, taxBehavior: 'EXCLUSIVE', reference: 'C' },
          ],
          customerDetails: { address: { country: 'DE', postalCode: '10115' } },
        })
      ).createTaxCalculation,
    ).taxCalculation!;
    // 11900 / 1.19 = 10000 → tax 1900; 1000 / 1.19 = 840.34 → 840, tax 160; 500 × 19% = 95.
    expect(c.lineItems!.nodes.map((l) => l.amountTax)).toEqual([1900, 160, 95]);
    expect(c).toMatchObject({ taxAmountInclusive: 2060, taxAmountExclusive: 95, amountTotal: 13495 });
    expect(c.taxBreakdown!.map((b) => [b.inclusive, b.amount, b.taxableAmount])).toEqual([
      [true, 2060, 10840],
      [false, 95, 500],
    ]);
  });

  it('collects nothing where no registration is active (scheduled, expired, none) or the customer is exempt', async () => {
    const cases = [
      { country: 'FR', postalCode: '75001' },
      { country: 'US', state: 'NY', postalCode: '10001' },
      { country: 'JP', postalCode: '100-0001' },
    ];
    for (const address of cases) {
      const c = expectOk((await calc({ currency: 'usd', lineItems: [{ amount: 1000 }], customerDetails: { address } })).createTaxCalculation).taxCalculation!;
      expect(c).toMatchObject({ amountTotal: 1000, taxAmountExclusive: 0 });
      expect(c.taxBreakdown!.map((b) => b.taxabilityReason)).toEqual(['NOT_COLLECTING']);
    }
    const exempt = expectOk(
      (await calc({ currency: 'usd', lineItems: [{ amount: 1000 }], customerDetails: { address: CA, taxabilityOverride: 'CUSTOMER_EXEMPT' } }))
        .createTaxCalculation,
    ).taxCalculation!;
    expect(exempt.taxBreakdown!.map((b) => [b.taxabilityReason, b.amount])).toEqual([['CUSTOMER_EXEMPT', 0]]);
    const noState = await calc({ currency: 'usd', lineItems: [{ amount: 1000 }], customerDetails: { address: { country: 'US' } } });
    expect(expectUserError(noState.createTaxCalculation, 'parameter_missing').field).toEqual(['customerDetails', 'address', 'state']);
  });

  it('records a calculation as a transaction, then reverses it in part and in full, never more than is left', async () => {
    const tx = expectOk((await t.ok(FromCalculation, { input: { calculation: caCalculation.id, reference: 'order_1' } })).createFromCalculationTaxTransaction)
      .taxTransaction!;
    expect(tx.type).toBe('TRANSACTION');
    expect(tx.lineItems!.nodes.map((l) => [l.reference, l.amount, l.amountTax, l.type])).toEqual([
      ['L1', 1000, 73, 'TRANSACTION'],
      ['L2', 2599, 188, 'TRANSACTION'],
    ]);
    expect(tx.shippingCost).toEqual({ amount: 500, amountTax: 36 });
    expectUserError(
      (await t.ok(FromCalculation, { input: { calculation: caCalculation.id, reference: 'order_1' } })).createFromCalculationTaxTransaction,
      'parameter_invalid',
    );
    const [l1] = tx.lineItems!.nodes;
    const partial = await t.ok(Reverse, {
      input: {
        mode: 'PARTIAL',
        originalTransaction: tx.id,
        reference: 'order_1-refund_1',
        lineItems: [{ originalLineItem: l1!.id, amount: -500, amountTax: -36, reference: 'L1-refund' }],
      },
    });
    const p = expectOk(partial.createReversalTaxTransaction).taxTransaction!;
    expect(p).toMatchObject({ type: 'REVERSAL', reversal: { originalTransaction: { id: tx.id } }, shippingCost: null });
    expect(p.lineItems!.nodes).toEqual([{ amount: -500, amountTax: -36, reference: 'L1-refund', type: 'REVERSAL', reversal: { originalLineItem: l1!.id } }]);
    const tooMuch = await t.ok(Reverse, {
      input: {
        mode: 'PARTIAL',
        originalTransaction: tx.id,
        reference: 'order_1-refund_2',
        lineItems: [{ originalLineItem: l1!.id, amount: -501, amountTax: 0, reference: 'x' }],
      },
    });
    expect(expectUserError(tooMuch.createReversalTaxTransaction, 'parameter_invalid').field).toEqual(['lineItems', '0', 'amount']);
    // The full reversal reverses what is left: L1 500 / 37, L2 2599 / 188, shipping 500 / 36.
    const full = expectOk(
      (await t.ok(Reverse, { input: { mode: 'FULL', originalTransaction: tx.id, reference: 'order_1-refund_3' } })).createReversalTaxTransaction,
    ).taxTransaction!;
    expect(full.lineItems!.nodes.map((l) => [l.reference, l.amount, l.amountTax])).toEqual([
      ['L1', -500, -37],
      ['L2', -2599, -188],
    ]);
    expect(full.shippingCost).toEqual({ amount: -500, amountTax: -36 });
    const again = await t.ok(Reverse, { input: { mode: 'FULL', originalTransaction: tx.id, reference: 'order_1-refund_4' } });
    expectUserError(again.createReversalTaxTransaction, 'invalid_state');
    const ofReversal = await t.ok(Reverse, { input: { mode: 'FULL', originalTransaction: full.id, reference: 'order_1-refund_5' } });
    expectUserError(ofReversal.createReversalTaxTransaction, 'parameter_invalid');
  });

  it('reverses a flat amount spread over the line items and shipping in proportion to what they have left (hand-computed)', async () => {
    const tx = expectOk(
      (await t.ok(FromCalculation, { input: { calculation: caCalculation.id, reference: 'order_flat' } })).createFromCalculationTaxTransaction,
    ).taxTransaction!;
    // Totals tax included: L1 1000 + 73 = 1073, L2 2599 + 188 = 2787, shipping 500 + 36 = 536 (4396).
    // 1000 spread, rounded down: 1073000/4396 = 244.09 → 244, 2787000/4396 = 633.98 → 633, 536000/4396 = 121.93 → 121 (998);
    // the 2 cents over to the first parts: 245 and 634. Tax, half up: 245×73/1073 = 16.67 → 17 (amount 228),
    // 634×188/2787 = 42.77 → 43 (591), 121×36/536 = 8.13 → 8 (113).
    const flat = expectOk(
      (await t.ok(Reverse, { input: { mode: 'PARTIAL', originalTransaction: tx.id, reference: 'order_flat-refund_1', flatAmount: -1000 } }))
        .createReversalTaxTransaction,
    ).taxTransaction!;
    expect(flat.lineItems!.nodes.map((l) => [l.reference, l.amount, l.amountTax, l.type])).toEqual([
      ['L1', -228, -17, 'REVERSAL'],
      ['L2', -591, -43, 'REVERSAL'],
    ]);
    expect(flat.shippingCost).toEqual({ amount: -113, amountTax: -8 });
    // 3396 is left: one cent more is refused; flat_amount goes with partial only, and without line items.
    const over = await t.ok(Reverse, { input: { mode: 'PARTIAL', originalTransaction: tx.id, reference: 'order_flat-refund_2', flatAmount: -3397 } });
    expect(expectUserError(over.createReversalTaxTransaction, 'parameter_invalid').field).toEqual(['flatAmount']);
    const full = await t.ok(Reverse, { input: { mode: 'FULL', originalTransaction: tx.id, reference: 'order_flat-refund_3', flatAmount: -10 } });
    expect(expectUserError(full.createReversalTaxTransaction, 'parameter_invalid').field).toEqual(['flatAmount']);
    // The rest, as a flat amount, leaves nothing: a full reversal then has nothing to reverse.
    const rest = expectOk(
      (await t.ok(Reverse, { input: { mode: 'PARTIAL', originalTransaction: tx.id, reference: 'order_flat-refund_4', flatAmount: -3396 } }))
        .createReversalTaxTransaction,
    ).taxTransaction!;
    expect(rest.lineItems!.nodes.map((l) => [l.amount, l.amountTax])).toEqual([
      [-772, -56],
      [-2008, -145],
    ]);
    expect(rest.shippingCost).toEqual({ amount: -387, amountTax: -28 });
    expectUserError(
      (await t.ok(Reverse, { input: { mode: 'FULL', originalTransaction: tx.id, reference: 'order_flat-refund_5' } })).createReversalTaxTransaction,
      'invalid_state',
    );
  });

  it('applies state, city and district rates together, each its own tax_breakdown entry (Austin, Texas; hand-computed)', async () => {
    expectOk((await registration('US', { us: { state: 'TX', type: 'STATE_SALES_TAX' } })).createTaxRegistration);
    const austin = { country: 'US', state: 'TX', city: 'Austin', postalCode: '78701' };
    const c = expectOk(
      (
        await calc({
          currency: 'usd',
          lineItems: [
            { amount: 1000, reference: 'A' },
            { amount: 2599, reference: 'B' },
          ],
          customerDetails: { address: austin },
        })
      ).createTaxCalculation,
    ).taxCalculation!;
    // A: 6.25% 62.5 → 63, city 1% 10, district 1% 10 (83). B: 162.44 → 162, 25.99 → 26, 26 (214). Tax 297; total 3599 + 297.
    expect(c.lineItems!.nodes.map((l) => [l.reference, l.amountTax, l.taxBreakdown!.map((b) => [b.jurisdiction.displayName, b.amount])])).toEqual([
      [
        'A',
        83,
        [
          ['Texas', 63],
          ['Austin', 10],
          ['Austin MTA', 10],
        ],
      ],
      [
        'B',
        214,
        [
          ['Texas', 162],
          ['Austin', 26],
          ['Austin MTA', 26],
        ],
      ],
    ]);
    expect(c).toMatchObject({ taxAmountExclusive: 297, amountTotal: 3896 });
    expect(c.taxBreakdown!.map((b) => [b.taxRateDetails!.percentageDecimal, b.amount, b.taxableAmount, b.taxabilityReason])).toEqual([
      ['6.25', 225, 3599, 'STANDARD_RATED'],
      ['1.0', 36, 3599, 'STANDARD_RATED'],
      ['1.0', 36, 3599, 'STANDARD_RATED'],
    ]);
    const levels = await t.ok(CalculationLevels, { id: c.id });
    expect(
      levels.taxCalculation!.lineItems!.nodes[0]!.taxBreakdown!.map((b) => [b.jurisdiction.level, b.jurisdiction.state, b.taxRateDetails?.taxType]),
    ).toEqual([
      ['STATE', 'TX', 'SALES_TAX'],
      ['CITY', 'TX', 'SALES_TAX'],
      ['DISTRICT', 'TX', 'SALES_TAX'],
    ]);
    // Elsewhere in Texas, the state rate alone: 1000 × 6.25% = 63.
    const dallas = expectOk(
      (await calc({ currency: 'usd', lineItems: [{ amount: 1000 }], customerDetails: { address: { ...austin, city: 'Dallas' } } })).createTaxCalculation,
    ).taxCalculation!;
    expect(dallas.taxAmountExclusive).toBe(63);
  });

  it('Canada: GST with a standard registration, the province’s PST or QST with a province_standard one, HST alone (hand-computed)', async () => {
    expectOk((await registration('CA', { ca: { type: 'STANDARD' } })).createTaxRegistration);
    const bc = { country: 'CA', state: 'BC', postalCode: 'V6B 1A1' };
    const cad = (address: Record<string, string>, taxBehavior = 'EXCLUSIVE', amount = 10000) =>
      calc({ currency: 'cad', lineItems: [{ amount, taxBehavior }], customerDetails: { address } });
    // GST only: 10000 × 5% = 500; the PST is not collected without its registration.
    const gst = expectOk((await cad(bc)).createTaxCalculation).taxCalculation!;
    expect(gst.lineItems!.nodes[0]!.taxBreakdown!.map((b) => [b.jurisdiction.displayName, b.amount, b.taxabilityReason])).toEqual([
      ['Canada', 500, 'STANDARD_RATED'],
      ['British Columbia', 0, 'NOT_COLLECTING'],
    ]);
    expect(gst.taxAmountExclusive).toBe(500);
    expectOk((await registration('CA', { ca: { type: 'PROVINCE_STANDARD', provinceStandard: { province: 'BC' } } })).createTaxRegistration);
    // GST 500 + PST 7% 700.
    const pst = expectOk((await cad(bc)).createTaxCalculation).taxCalculation!;
    expect(pst.lineItems!.nodes[0]!.taxBreakdown!.map((b) => [b.jurisdiction.displayName, b.amount])).toEqual([
      ['Canada', 500],
      ['British Columbia', 700],
    ]);
    expect(pst).toMatchObject({ taxAmountExclusive: 1200, amountTotal: 11200 });
    // Quebec, inclusive: 11498 holds GST 5% + QST 9.975% = 14.975%: 11498 / 1.14975 = 10000.43 → 10000, tax 1498,
    // split by rate: 1498 × 5 / 14.975 = 500.17 → 500 GST, 998 QST.
    expectOk((await registration('CA', { ca: { type: 'PROVINCE_STANDARD', provinceStandard: { province: 'QC' } } })).createTaxRegistration);
    const qc = expectOk((await cad({ country: 'CA', state: 'QC' }, 'INCLUSIVE', 11498)).createTaxCalculation).taxCalculation!;
    expect(qc.lineItems!.nodes[0]!.taxBreakdown!.map((b) => [b.jurisdiction.displayName, b.amount, b.taxableAmount])).toEqual([
      ['Canada', 500, 10000],
      ['Quebec', 998, 10000],
    ]);
    expect(qc).toMatchObject({ taxAmountInclusive: 1498, taxAmountExclusive: 0, amountTotal: 11498 });
    // Ontario: the HST alone (13%), collected under the standard registration.
    const on = expectOk((await cad({ country: 'CA', state: 'ON' })).createTaxCalculation).taxCalculation!;
    expect(on.lineItems!.nodes[0]!.taxBreakdown!.map((b) => [b.jurisdiction.displayName, b.amount])).toEqual([['Ontario', 1300]]);
    expect(on.taxBreakdown!.map((b) => [b.taxRateDetails!.taxType, b.taxRateDetails!.state, b.amount])).toEqual([['HST', 'ON', 1300]]);
  });

  it('a calculation expires after 90 days (on the account’s test clock): no transaction from it then', async () => {
    const other = await t.newAccount();
    const key = other.testKey;
    expectOk(
      (
        await t.gql(
          UpdateSettings,
          { input: { headOffice: { address: { country: 'US', state: 'CA' } }, defaults: { taxCode: 'txcd_10000000', taxBehavior: 'EXCLUSIVE' } } },
          key,
        )
      ).data!.updateTaxSettings,
    );
    const start = new Date('2026-01-01T00:00:00Z');
    const clock = expectOk((await t.gql(CreateClock, { input: { frozenTime: start.toISOString() } }, key)).data!.createTestHelpersTestClock)
      .testHelpersTestClock!;
    const c = expectOk(
      (await t.gql(CreateCalculation, { input: { currency: 'usd', lineItems: [{ amount: 1000 }], customerDetails: { address: CA } } } as never, key)).data!
        .createTaxCalculation,
    ).taxCalculation!;
    expect(new Date(c.expiresAt!).getTime() - start.getTime()).toBe(90 * 24 * 3600 * 1000);
    const later = new Date(start.getTime() + 91 * 24 * 3600 * 1000).toISOString();
    expectOk((await t.gql(AdvanceClock, { input: { id: clock.id, frozenTime: later } }, key)).data!.advanceTestHelpersTestClock);
    const r = await t.gql(FromCalculation, { input: { calculation: c.id, reference: 'late' } }, key);
    expect(expectUserError(r.data!.createFromCalculationTaxTransaction, 'invalid_state').field).toEqual(['calculation']);
  });
});
