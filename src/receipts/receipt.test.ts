import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test/gql/index.js';
import { expectOk, startTestApp, type TestApp } from '../../test/support/harness.js';
import { fundForTest, seedFinancialAccount, seedPaymentMethod } from '../../test/support/seed.js';

const Create = graphql(`
  mutation ReceiptObt($input: CreateTreasuryOutboundTransferInput!) {
    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id hostedRegulatoryReceiptUrl } userErrors { code message } }
  }
`);
const Get = graphql(`query ReceiptGet($id: ID!) { treasuryOutboundTransfer(id: $id) { hostedRegulatoryReceiptUrl } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('regulatory receipts (hosted_regulatory_receipt_url)', () => {
  it('a stable, unguessable URL on this server shows the receipt without an API key', async () => {
    const fa = await seedFinancialAccount(t);
    const pm = await seedPaymentMethod(t);
    await fundForTest(t, fa, 10_000);
    const obt = expectOk(
      (await t.ok(Create, { input: { financialAccount: fa, destinationPaymentMethod: pm, amount: 1234, currency: 'usd', statementDescriptor: 'rent' } }))
        .createTreasuryOutboundTransfer,
    ).treasuryOutboundTransfer!;
    const url = obt.hostedRegulatoryReceiptUrl!;
    expect(url).toMatch(new RegExp(`^${t.url.replace('/graphql', '')}/regulatory-receipt/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{24}$`));
    expect((await t.ok(Get, { id: obt.id })).treasuryOutboundTransfer!.hostedRegulatoryReceiptUrl).toBe(url); // stable
    const res = await fetch(url); // no Authorization header
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const shown of [
      obt.id,
      '12.34 USD',
      'processing',
      'Jenny Rosen',
      '••••6789',
      'routing 110000000',
      'ach',
      'rent',
      `FinancialAccount ${fa}`,
      'Expected arrival',
    ])
      expect(html).toContain(shown);
    // A forged or altered token shows nothing.
    const forged = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await fetch(forged)).status).toBe(404);
    expect((await fetch(url.replace(/\/regulatory-receipt\/.*/, '/regulatory-receipt/obt_nothing.AAAA'))).status).toBe(404);
  });
});
