import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness.js';

/** A list's own refusal (its `validate`) answers 400 with Stripe's code, never a masked internal error. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

it('a Financial Connections account list with two account holders is refused as parameter_invalid', async () => {
  const acc = await t.newAccount();
  const r = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${acc.testKey}` },
    body: JSON.stringify({
      query:
        'query Q($accountHolder: FinancialConnectionsAccountListAccountHolderInput) { financialConnectionsAccounts(accountHolder: $accountHolder) { __typename } }',
      variables: { accountHolder: { account: 'acct_x', customerAccount: 'x' } },
    }),
  });
  expect(r.status).toBe(400);
  const body = await r.json();
  expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', stripeCode: 'parameter_invalid', type: 'invalid_request_error' });
});
