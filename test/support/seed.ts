import { expect } from 'vitest';
import { graphql } from '../gql/index.js';
import { addEntry, impact, openTransaction } from '../../src/ledger/ledger.js';
import { runCommand } from '../../src/kernel/command.js';
import type { TestApp } from './harness.js';

const SeedFa = graphql(`
  mutation SeedFa($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }
  }
`);
const SeedPm = graphql(`
  mutation SeedPm($input: CreatePaymentMethodInput!) {
    createPaymentMethod(input: $input) { paymentMethod { id } userErrors { code message } }
  }
`);
const SeedBalance = graphql(`
  query SeedBalance($id: ID!) {
    treasuryFinancialAccount(id: $id) { balance { cash { amount } inboundPending { amount } outboundPending { amount } } }
  }
`);

/** Every money-moving feature, requested. */
export const ALL_FEATURES = {
  inboundTransfers: { ach: { requested: true } },
  outboundPayments: { ach: { requested: true }, usDomesticWire: { requested: true } },
  outboundTransfers: { ach: { requested: true }, usDomesticWire: { requested: true } },
  intraStripeFlows: { requested: true },
  financialAddresses: { aba: { requested: true } },
};

export async function seedFinancialAccount(t: TestApp, opts: { key?: string; features?: object } = {}): Promise<string> {
  const r = await t.ok(SeedFa, { input: { supportedCurrencies: ['usd'], features: (opts.features ?? ALL_FEATURES) as never } }, opts.key);
  expect(r.createTreasuryFinancialAccount.userErrors).toEqual([]);
  return r.createTreasuryFinancialAccount.treasuryFinancialAccount!.id;
}

export async function seedPaymentMethod(
  t: TestApp,
  opts: { key?: string; accountNumber?: string; customer?: string; billingDetails?: Record<string, unknown> } = {},
): Promise<string> {
  const r = await t.ok(
    SeedPm,
    {
      input: {
        type: 'US_BANK_ACCOUNT',
        usBankAccount: {
          routingNumber: '110000000',
          accountNumber:
            opts.accountNumber ?? '000000006789' /* not one of Stripe's magic test numbers: flows stay processing until a test helper moves them */,
          accountHolderType: 'INDIVIDUAL',
          accountType: 'CHECKING',
        },
        billingDetails: (opts.billingDetails ?? {
          name: 'Jenny Rosen',
          email: 'jenny@example.com',
          address: { line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' },
        }) as never,
        customer: opts.customer,
      },
    },
    opts.key,
  );
  expect(r.createPaymentMethod.userErrors).toEqual([]);
  return r.createPaymentMethod.paymentMethod!.id;
}

/**
 * Puts cash on a FinancialAccount through the ledger (a posted "other" credit), for tests of flows
 * that need money before the inbound flows that normally bring it exist in the test.
 */
export async function fundForTest(t: TestApp, financialAccountId: string, amount: number, account = t.account) {
  const [key] = await t.database.db
    .execute(`select account_id, livemode from treasury_financial_accounts where id = '${financialAccountId}'` as never)
    .then((r: any) => (Array.isArray(r) ? r : r.rows));
  const scope = { accountId: String(key.account_id), livemode: Boolean(key.livemode) };
  void account;
  await runCommand(t.database.db, scope, { operation: 'test.fund', input: {}, requestId: 'req_test' }, async (cmd) => {
    const flow = { id: `test_credit`, type: 'other' as const, financialAccountId, currency: 'usd' };
    const trxn = await openTransaction(cmd, { ...flow, id: null as never }, { amount, description: 'Test funding', status: 'posted' });
    await addEntry(cmd, { ...flow, id: null as never }, trxn, 'other', impact(amount, 0, 0));
  });
}

export async function balanceOf(t: TestApp, financialAccountId: string, key?: string) {
  const r = await t.ok(SeedBalance, { id: financialAccountId }, key);
  const b = r.treasuryFinancialAccount!.balance;
  return { cash: b.cash[0]?.amount ?? 0, inboundPending: b.inboundPending[0]?.amount ?? 0, outboundPending: b.outboundPending[0]?.amount ?? 0 };
}
