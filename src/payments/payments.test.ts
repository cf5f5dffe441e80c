import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../test/support/harness.js';
import { customers } from './customers/customer.table.js';
import { paymentMethods } from './payment-methods/payment-method.table.js';

/**
 * Customer and PaymentMethod serve a part of Stripe's spec (src/layer/spec.ts `serveOnly`): the rest is
 * not in the schema and is refused, writing nothing. Stripe's magic test PaymentMethods exist without a
 * row in every test-mode account.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const counts = async () => {
  const db = t.database.db;
  const [[c], [p]] = await Promise.all([db.select({ n: count() }).from(customers), db.select({ n: count() }).from(paymentMethods)]);
  return { customers: Number(c!.n), paymentMethods: Number(p!.n) };
};
const bank = 'usBankAccount: { routingNumber: "110000000", accountNumber: "000000006789" }';

describe('served part of the spec', () => {
  it.each([
    ['a Customer param fingraph does not store', 'mutation { createCustomer(input: { name: "A", phone: "+15555550100" }) { customer { id } } }'],
    ['a PaymentMethod type fingraph does not serve', `mutation { createPaymentMethod(input: { type: SEPA_DEBIT, ${bank} }) { paymentMethod { id } } }`],
    [
      "another type's PaymentMethod param",
      `mutation { createPaymentMethod(input: { type: US_BANK_ACCOUNT, ${bank}, sepaDebit: { iban: "DE89370400440532013000" } }) { paymentMethod { id } } }`,
    ],
  ])('refuses %s, writing nothing', async (_what, doc) => {
    const before = await counts();
    const r = await t.gql(doc);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.length).toBe(1);
    expect(await counts()).toEqual(before);
  });

  it('serves no field of the other types', async () => {
    const r = await t.gql('{ __type(name: "PaymentMethod") { fields { name } } }');
    const names = (r.data as { __type: { fields: { name: string }[] } }).__type.fields.map((f) => f.name).sort();
    expect(names).toEqual(['billingDetails', 'card', 'cardPresent', 'created', 'customer', 'id', 'livemode', 'metadata', 'object', 'type', 'usBankAccount']);
  });

  it('creates a PaymentMethod of a Customer, resolved through it and listed by it', async () => {
    const c = await t.gql<any, any>(
      'mutation { createCustomer(input: { name: "Payee", email: "payee@example.com" }) { customer { id name email } userErrors { code } } }',
    );
    const cus = c.data.createCustomer.customer;
    expect(cus).toMatchObject({ name: 'Payee', email: 'payee@example.com' });
    const p = await t.gql<any, any>(
      `mutation($c: ID) { createPaymentMethod(input: { type: US_BANK_ACCOUNT, ${bank}, customer: $c, billingDetails: { name: "Payee", taxId: "12-3456789" } }) { paymentMethod { id type customer { id name } billingDetails { name taxId } usBankAccount { last4 bankName routingNumber networks { supported } } } userErrors { code } } }`,
      { c: cus.id },
    );
    expect(p.data.createPaymentMethod.userErrors).toEqual([]);
    const pm = p.data.createPaymentMethod.paymentMethod;
    expect(pm).toMatchObject({
      type: 'US_BANK_ACCOUNT',
      customer: { id: cus.id, name: 'Payee' },
      billingDetails: { name: 'Payee', taxId: '12-3456789' },
      usBankAccount: { last4: '6789', bankName: 'STRIPE TEST BANK', routingNumber: '110000000', networks: { supported: ['ACH', 'US_DOMESTIC_WIRE'] } },
    });
    const list = await t.gql<any, any>('query($c: ID) { paymentMethods(customer: $c) { nodes { id } } }', { c: cus.id });
    expect(list.data.paymentMethods.nodes.map((n: { id: string }) => n.id)).toEqual([pm.id]);
  });

  it('refuses an unknown customer with resource_missing, writing nothing', async () => {
    const before = await counts();
    const r = await t.gql<any, any>(
      `mutation { createPaymentMethod(input: { type: US_BANK_ACCOUNT, ${bank}, customer: "cus_000000000000000000000000" }) { paymentMethod { id } userErrors { code field } } }`,
    );
    expect(r.data.createPaymentMethod.userErrors).toEqual([{ code: 'resource_missing', field: ['customer'] }]);
    expect(await counts()).toEqual(before);
  });
});

describe('magic test PaymentMethods', () => {
  it('exist in test mode without a row, and not in live mode', async () => {
    const doc = '{ paymentMethod(id: "pm_usBankAccount_noAccount") { id livemode usBankAccount { last4 } billingDetails { name } } }';
    const test = await t.gql<any, any>(doc);
    expect(test.data.paymentMethod).toEqual({
      id: 'pm_usBankAccount_noAccount',
      livemode: false,
      usBankAccount: { last4: '6789' },
      billingDetails: { name: 'Jenny Rosen' },
    });
    const live = await t.gql<any, any>(doc, undefined, t.account.liveKey);
    expect(live.data.paymentMethod).toBeNull();
  });
});
