import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAdminKey } from '../src/auth/admin.route.js';
import { ledgerViolations } from '../src/ledger/invariants.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { ALL_FEATURES, balanceOf } from './support/seed.js';

/**
 * Live mode has no bank rails in a self-hosted engine: the operator reports what the bank did through
 * POST /admin/settle, which runs the test helpers' transitions on live objects (docs/live-mode.md).
 * Live keys still cannot call the test helpers themselves.
 */
const ADMIN_KEY = `fgadmin_${'s'.repeat(40)}`;
let t: TestApp;
let settleUrl: string;

beforeAll(async () => {
  t = await startTestApp();
  setAdminKey(ADMIN_KEY);
  settleUrl = t.url.replace('/graphql', '/admin/settle');
});
afterAll(async () => {
  setAdminKey(null);
  await t?.close();
});

const settle = async (body: object, key = ADMIN_KEY) => {
  const res = await fetch(settleUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};
const live = async (query: string) => {
  const r = await t.gql(query, undefined, t.account.liveKey);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as any;
};

describe('settling live flows', () => {
  it('funds a live FinancialAccount, posts a live OutboundTransfer and fails a live OutboundPayment as the bank reported', async () => {
    const fa = (
      await t.gql(
        'mutation LiveFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id livemode financialAddresses { aba { routingNumber } } } userErrors { code } } }',
        { input: { supportedCurrencies: ['usd'], features: ALL_FEATURES } },
        t.account.liveKey,
      )
    ).data as any;
    const faId = fa.createTreasuryFinancialAccount.treasuryFinancialAccount.id;
    expect(fa.createTreasuryFinancialAccount.treasuryFinancialAccount.livemode).toBe(true);

    // Money arrives: the operator records the bank's ACH credit.
    const credit = await settle({
      account: t.account.accountId,
      create: 'treasury.received_credit',
      params: { financial_account: faId, amount: 50_000, currency: 'usd', network: 'ach' },
    });
    expect(credit.status, JSON.stringify(credit.body)).toBe(200);
    expect(credit.body).toMatchObject({ object: 'treasury.received_credit', livemode: true, status: 'succeeded', amount: 50_000 });

    const pm = (
      await live(
        'mutation LivePm { createPaymentMethod(input: { type: US_BANK_ACCOUNT, usBankAccount: { routingNumber: "110000000", accountNumber: "000000006789" }, billingDetails: { name: "Acme" } }) { paymentMethod { id } userErrors { code message } } }',
      )
    ).createPaymentMethod;
    expect(pm.userErrors).toEqual([]);
    const obt = (
      await live(
        `mutation LiveObt { createTreasuryOutboundTransfer(input: { financialAccount: "${faId}", destinationPaymentMethod: "${pm.paymentMethod.id}", amount: 10000, currency: "usd" }) { treasuryOutboundTransfer { id status } userErrors { code } } }`,
      )
    ).createTreasuryOutboundTransfer;
    expect(obt.treasuryOutboundTransfer.status).toBe('PROCESSING');

    // A live key cannot drive it with the test helpers…
    const helper = (
      await live(`mutation LivePost { testHelpersPostTreasuryOutboundTransfer(input: { id: "${obt.treasuryOutboundTransfer.id}" }) { userErrors { code } } }`)
    ).testHelpersPostTreasuryOutboundTransfer;
    expect(helper.userErrors).toEqual([{ code: 'livemode_mismatch' }]);
    // …the operator settles it.
    const posted = await settle({ account: t.account.accountId, id: obt.treasuryOutboundTransfer.id, action: 'post' });
    expect(posted).toMatchObject({ status: 200, body: { id: obt.treasuryOutboundTransfer.id, status: 'posted', livemode: true } });
    expect(await settle({ account: t.account.accountId, id: obt.treasuryOutboundTransfer.id, action: 'post' })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_state' } },
    });

    const obp = (
      await live(
        `mutation LiveObp { createTreasuryOutboundPayment(input: { financialAccount: "${faId}", destinationPaymentMethod: "${pm.paymentMethod.id}", amount: 2500, currency: "usd" }) { treasuryOutboundPayment { id status } userErrors { code message } } }`,
      )
    ).createTreasuryOutboundPayment;
    expect(obp.userErrors).toEqual([]);
    expect(await settle({ account: t.account.accountId, id: obp.treasuryOutboundPayment.id, action: 'fail' })).toMatchObject({
      status: 200,
      body: { status: 'failed', livemode: true },
    });

    expect(await balanceOf(t, faId, t.account.liveKey)).toEqual({ cash: 40_000, inboundPending: 0, outboundPending: 0 });
    expect(await ledgerViolations(t.database.db, [faId])).toEqual([]);
    const events = (await live('query LiveEvents { events(first: 20) { nodes { type livemode } } }')).events.nodes;
    expect(events.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['treasury.received_credit.created', 'treasury.outbound_transfer.posted', 'treasury.outbound_payment.failed']),
    );
    expect(events.every((e: any) => e.livemode)).toBe(true);
    // Nothing reached test mode.
    expect(((await t.ok('query TestEvents { events(first: 5) { nodes { id } } }' as never, {})) as any).events.nodes).toEqual([]);
  });

  it('refuses without the admin key, and names what is wrong', async () => {
    expect((await settle({ account: t.account.accountId, id: 'obt_x', action: 'post' }, t.account.liveKey)).status).toBe(401);
    expect(await settle({ account: 'acct_nope', id: 'obt_x', action: 'post' })).toMatchObject({ status: 404, body: { error: { param: 'account' } } });
    expect(await settle({ account: t.account.accountId, id: 'obt_123456789012345678901234', action: 'post' })).toMatchObject({
      status: 404,
      body: { error: { code: 'resource_missing' } },
    });
    expect(await settle({ account: t.account.accountId, id: 'obt_123456789012345678901234', action: 'teleport' })).toMatchObject({
      status: 400,
      body: { error: { param: 'action', message: expect.stringContaining('post') } },
    });
    expect(await settle({ account: t.account.accountId, create: 'treasury.outbound_transfer', params: {} })).toMatchObject({
      status: 400,
      body: { error: { param: 'create' } },
    });
  });
});
