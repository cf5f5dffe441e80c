import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perform } from '../../src/layer/perform.js';
import { graphql } from '../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../test/support/harness.js';

/**
 * Entitlements: Features (unique lookup_key, archive), attached to Products (ProductFeature); a
 * customer's ActiveEntitlements follow what it bought (completed Orders) and change, with a summary
 * event, when features are attached, detached or archived.
 */
const CreateFeature = graphql(
  `mutation CreateFeatureT($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id name lookupKey active } userErrors { code field } } }`,
);
const UpdateFeature = graphql(
  `mutation UpdateFeatureT($input: UpdateEntitlementsFeatureInput!) { updateEntitlementsFeature(input: $input) { entitlementsFeature { id name active } userErrors { code } } }`,
);
const Features = graphql(
  `query FeaturesT($archived: Boolean, $lookupKey: String) { entitlementsFeatures(archived: $archived, lookupKey: $lookupKey) { nodes { id } } }`,
);
const Attach = graphql(
  `mutation AttachFeatureT($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id entitlementFeature { id lookupKey } } userErrors { code field } } }`,
);
const Detach = graphql(
  `mutation DetachFeatureT($input: DeleteProductFeatureInput!) { deleteProductFeature(input: $input) { deletedProductFeature { id deleted } userErrors { code } } }`,
);
const ProductFeatures = graphql(`query ProductFeaturesT($id: ID!) { product(id: $id) { features { nodes { id entitlementFeature { lookupKey } } } } }`);
const CreateProduct = graphql(`mutation EntProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }`);
const CreatePrice = graphql(`mutation EntPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code } } }`);
const CreateCustomer = graphql(`mutation EntCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }`);
const CreateOrder = graphql(
  `mutation EntOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id amountTotal } userErrors { code message } } }`,
);
const Submit = graphql(`mutation EntSubmit($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status } userErrors { code message } } }`);
const Active = graphql(`query ActiveT($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { id lookupKey feature { id } } } }`);
const ActiveOne = graphql(`query ActiveOneT($id: ID!) { entitlementsActiveEntitlement(id: $id) { id lookupKey } }`);
const Summaries = graphql(`query SummariesT { events(types: ["entitlements.active_entitlement_summary.updated"], first: 20) { nodes { data { object } } } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const lookupKeys = async (customer: string) => (await t.ok(Active, { customer })).entitlementsActiveEntitlements.nodes.map((n) => n.lookupKey).sort();
const caller = () => ({ db: t.database.db, scope: { accountId: t.account.accountId, livemode: false }, requestId: null });

describe('Entitlements', () => {
  let premium: string;
  let api: string;
  it('features have a unique lookup_key, are renamed, archived and listed by archived', async () => {
    premium = expectOk((await t.ok(CreateFeature, { input: { name: 'Premium', lookupKey: 'premium' } })).createEntitlementsFeature).entitlementsFeature!.id;
    api = expectOk((await t.ok(CreateFeature, { input: { name: 'API', lookupKey: 'api' } })).createEntitlementsFeature).entitlementsFeature!.id;
    const dup = await t.ok(CreateFeature, { input: { name: 'Again', lookupKey: 'premium' } });
    expect(expectUserError(dup.createEntitlementsFeature, 'parameter_invalid').field).toEqual(['lookupKey']);
    const renamed = expectOk((await t.ok(UpdateFeature, { input: { id: api, name: 'API access' } })).updateEntitlementsFeature).entitlementsFeature;
    expect(renamed).toEqual({ id: api, name: 'API access', active: true });
    expect((await t.ok(Features, { lookupKey: 'premium' })).entitlementsFeatures.nodes).toEqual([{ id: premium }]);
  });

  it('follows what a customer bought: completed orders, features attached, detached and archived', async () => {
    const product = expectOk((await t.ok(CreateProduct, { input: { name: 'Gold plan' } })).createProduct).product!.id;
    const price = expectOk((await t.ok(CreatePrice, { input: { product, currency: 'usd', unitAmount: 2000 } })).createPrice).price!.id;
    const customer = expectOk((await t.ok(CreateCustomer, { input: { name: 'Jenny Rosen' } })).createCustomer).customer!.id;
    const other = expectOk((await t.ok(CreateCustomer, { input: { name: 'Other' } })).createCustomer).customer!.id;
    const attached = expectOk((await t.ok(Attach, { input: { id: product, entitlementFeature: premium } })).createProductFeature).productFeature!;
    expect(attached.entitlementFeature).toEqual({ id: premium, lookupKey: 'premium' });
    expectUserError((await t.ok(Attach, { input: { id: product, entitlementFeature: premium } })).createProductFeature, 'parameter_invalid');
    expect((await t.ok(ProductFeatures, { id: product })).product!.features.nodes).toEqual([{ id: attached.id, entitlementFeature: { lookupKey: 'premium' } }]);

    const order = expectOk((await t.ok(CreateOrder, { input: { currency: 'usd', customer, lineItems: [{ price }] } })).createOrder).order!;
    expectOk((await t.ok(Submit, { input: { id: order.id, expectedTotal: 2000 } })).submitOrder);
    expect(await lookupKeys(customer)).toEqual([]); // submitted, not yet paid
    await perform('order', 'complete', caller(), { id: order.id });
    expect(await lookupKeys(customer)).toEqual(['premium']);
    expect(await lookupKeys(other)).toEqual([]);
    const [ent] = (await t.ok(Active, { customer })).entitlementsActiveEntitlements.nodes;
    expect(ent!.feature).toEqual({ id: premium });
    expect((await t.ok(ActiveOne, { id: ent!.id })).entitlementsActiveEntitlement).toEqual({ id: ent!.id, lookupKey: 'premium' });

    const second = expectOk((await t.ok(Attach, { input: { id: product, entitlementFeature: api } })).createProductFeature).productFeature!;
    expect(await lookupKeys(customer)).toEqual(['api', 'premium']);
    expectOk((await t.ok(UpdateFeature, { input: { id: premium, active: false } })).updateEntitlementsFeature);
    expect(await lookupKeys(customer)).toEqual(['api']);
    expect((await t.ok(Features, { archived: true })).entitlementsFeatures.nodes).toEqual([{ id: premium }]);
    expect(expectOk((await t.ok(Detach, { input: { id: second.id } })).deleteProductFeature).deletedProductFeature).toEqual({ id: second.id, deleted: true });
    expect(await lookupKeys(customer)).toEqual([]);

    // One summary event per change of the set, newest first: what the customer had after each.
    const summaries = (await t.ok(Summaries)).events.nodes.map((e) => e.data.object as { customer: string; entitlements: { data: { lookup_key: string }[] } });
    expect(summaries.map((s) => [s.customer, s.entitlements.data.map((d) => d.lookup_key).sort()])).toEqual([
      [customer, []],
      [customer, ['api']],
      [customer, ['api', 'premium']],
      [customer, ['premium']],
    ]);
  });
});
