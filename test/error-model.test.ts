import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from './support/harness.js';
import { seedPaymentMethod } from './support/seed.js';

/**
 * The one error model of docs/api-conventions.md ("Errors"), over real HTTP and websockets:
 * mutations refuse input with userErrors (200); every other refusal is an `errors` entry with
 * `code`, Stripe's `type`, `stripeCode` when the input is at fault, and a 4xx status.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
const post = async (body: object, headers: Record<string, string> = {}, key: string | null = t.account.testKey) => {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
};

describe('authentication', () => {
  it('a missing key and a wrong key are both 401 UNAUTHENTICATED, told apart by reason and message', async () => {
    const missing = await post({ query: '{ __typename }' }, {}, null);
    expect(missing.status).toBe(401);
    expect(missing.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/did not provide an API key/),
      extensions: { code: 'UNAUTHENTICATED', type: 'invalid_request_error', reason: 'api_key_missing' },
    });
    const wrongKey = `sk_test_${'a'.repeat(28)}wxyz`;
    const wrong = await post({ query: '{ __typename }' }, {}, wrongKey);
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Invalid API key provided: sk_test_…wxyz\.$/),
      extensions: { code: 'UNAUTHENTICATED', type: 'invalid_request_error', reason: 'api_key_invalid' },
    });
    // The message never repeats the whole key.
    expect(JSON.stringify(wrong.body)).not.toContain(wrongKey);
  });

  it("accepts Stripe's curl style: HTTP Basic with the key as user name and no password", async () => {
    const basic = `Basic ${Buffer.from(`${t.account.testKey}:`).toString('base64')}`;
    const r = await post({ query: '{ treasuryFinancialAccounts { nodes { id } } }' }, { authorization: basic }, null);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { treasuryFinancialAccounts: { nodes: [] } } });
    const wrong = `Basic ${Buffer.from(`sk_test_${'z'.repeat(32)}:`).toString('base64')}`;
    expect((await post({ query: '{ __typename }' }, { authorization: wrong }, null)).status).toBe(401);
  });
});

describe('invalid input has one shape per layer', () => {
  it('a mutation refuses its input with userErrors naming the input field (malformed financialAccount included)', async () => {
    const pm = await seedPaymentMethod(t);
    for (const [mutation, extra] of [
      ['createTreasuryOutboundTransfer', `destinationPaymentMethod: "${pm}"`],
      ['createTreasuryInboundTransfer', `originPaymentMethod: "${pm}"`],
      ['createTreasuryOutboundPayment', `destinationPaymentMethod: "${pm}"`],
    ] as const) {
      for (const fa of ['nope', 'fa_123456789012345678901234']) {
        const r = await post({
          query: `mutation { ${mutation}(input: { financialAccount: "${fa}", ${extra}, amount: 100, currency: "usd" }) { userErrors { code type field } } }`,
        });
        expect(r.status).toBe(200);
        expect(r.body.data[mutation].userErrors, `${mutation} ${fa}`).toEqual([
          { code: 'resource_missing', type: 'invalid_request_error', field: ['financialAccount'] },
        ]);
      }
    }
  });

  it.each([
    [
      'a document that fails validation',
      { query: '{ treasuryFinancialAccounts(first: 1.5) { nodes { id } } }' },
      'GRAPHQL_VALIDATION_FAILED',
      'parameter_invalid',
    ],
    ['an unknown field', { query: '{ treasuryFinancialAccounts { nodes { balanceOwed } } }' }, 'GRAPHQL_VALIDATION_FAILED', 'parameter_invalid'],
    ['a document that does not parse', { query: '{ treasuryFinancialAccounts { ' }, 'GRAPHQL_PARSE_FAILED', 'parameter_invalid'],
    [
      'a variable the Currency scalar refuses',
      {
        query: 'mutation M($i: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $i) { userErrors { code } } }',
        variables: { i: { supportedCurrencies: ['zzz'] } },
      },
      'BAD_USER_INPUT',
      'parameter_invalid',
    ],
    ['a page size out of range', { query: '{ treasuryFinancialAccounts(first: 101) { nodes { id } } }' }, 'BAD_USER_INPUT', 'parameter_invalid_integer'],
  ])('%s: HTTP 400, %s, stripeCode %s, invalid_request_error', async (_label, body, code, stripeCode) => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const r = await post(body, { accept });
      expect(r.status, accept).toBe(400);
      expect(r.body.errors).toHaveLength(1);
      expect(r.body.errors![0]!.extensions).toMatchObject({ code, stripeCode, type: 'invalid_request_error' });
    }
  });

  it('the same validation error over a websocket has the same extensions', async () => {
    const client = createClient({
      url: t.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${t.account.testKey}` },
      retryAttempts: 0,
      lazy: true,
    });
    const errors = await new Promise<any[]>((resolve) => {
      client.subscribe(
        { query: 'subscription { events(types: 5) { id } }' },
        { next: () => {}, error: (e) => resolve(e as any[]), complete: () => resolve([]) },
      );
    });
    await client.dispose();
    expect(errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stripeCode: 'parameter_invalid', type: 'invalid_request_error' } });
  });
});
