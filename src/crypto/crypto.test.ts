import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../test/support/harness.js';

const Create = graphql(`
  mutation OnrCreate($input: CreateCryptoOnrampSessionInput!) {
    createCryptoOnrampSession(input: $input) {
      cryptoOnrampSession {
        id status clientSecret kycDetailsProvided
        transactionDetails { sourceAmount sourceCurrency destinationAmount destinationCurrency destinationNetwork walletAddress fees transactionId }
      }
      userErrors { code field }
    }
  }
`);
const Checkout = graphql(`
  mutation OnrCheckout($input: CheckoutCryptoOnrampSessionInput!) {
    checkoutCryptoOnrampSession(input: $input) { cryptoOnrampSession { id status } userErrors { code } }
  }
`);
const Quote = graphql(`
  mutation OnrQuote($input: QuoteCryptoOnrampSessionInput!) {
    quoteCryptoOnrampSession(input: $input) { cryptoOnrampSession { status transactionDetails { sourceAmount destinationAmount fees } } userErrors { code } }
  }
`);
const Get = graphql(`
  query OnrGet($id: ID!) {
    cryptoOnrampSession(id: $id) { status transactionDetails { transactionId destinationAmount } }
    cryptoOnrampSessions(status: FULFILLMENT_COMPLETE, destinationCurrency: ETH) { nodes { id } }
  }
`);
const CreateClock = graphql(`
  mutation OnrClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }
`);
const Advance = graphql(`
  mutation OnrAdvance($input: AdvanceTestHelpersTestClockInput!) {
    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } }
  }
`);
const Updated = graphql(`subscription OnrUpdated($id: ID!) { cryptoOnrampSessionUpdated(id: $id) { status } }`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const wallet = '0x71C7656EC7ab88b098defB751B7401B5f6d8976F';

describe('onramp sessions', () => {
  it('prices the purchase and is driven to fulfillment_complete (KYC given, checkout, test clock)', async () => {
    const clock = expectOk((await t.ok(CreateClock, { input: { frozenTime: '2026-03-02T15:00:00.000Z' } })).createTestHelpersTestClock).testHelpersTestClock!;
    const session = expectOk(
      (
        await t.ok(Create, {
          input: {
            sourceCurrency: 'USD',
            sourceAmount: '101.50',
            destinationCurrency: 'ETH',
            destinationNetwork: 'ETHEREUM',
            walletAddresses: { ethereum: wallet },
            kycDetails: { first_name: 'Jenny', last_name: 'Rosen' },
            customerIpAddress: '8.8.8.8',
          },
        })
      ).createCryptoOnrampSession,
    ).cryptoOnrampSession!;
    // Nothing left for the widget to collect: payment is next.
    expect(session).toMatchObject({ status: 'REQUIRES_PAYMENT', kycDetailsProvided: true });
    expect(session.clientSecret).toMatch(new RegExp(`^${session.id}_secret_`));
    expect(session.transactionDetails).toEqual({
      sourceAmount: '101.50',
      sourceCurrency: 'USD',
      destinationAmount: '0.03284072',
      destinationCurrency: 'ETH',
      destinationNetwork: 'ETHEREUM',
      walletAddress: wallet,
      fees: { network_fee_monetary: '1.50', transaction_fee_monetary: '1.48' },
      transactionId: null,
    });
    expect((await t.ok(Quote, { input: { id: session.id } })).quoteCryptoOnrampSession.cryptoOnrampSession!.transactionDetails.destinationAmount).toBe(
      '0.03284072',
    );

    const sub = await t.subscribe(Updated, { id: session.id });
    expect(expectOk((await t.ok(Checkout, { input: { id: session.id } })).checkoutCryptoOnrampSession).cryptoOnrampSession!.status).toBe(
      'FULFILLMENT_PROCESSING',
    );
    expectUserError((await t.ok(Checkout, { input: { id: session.id } })).checkoutCryptoOnrampSession, 'invalid_state');
    expectUserError((await t.ok(Quote, { input: { id: session.id } })).quoteCryptoOnrampSession, 'invalid_state');
    // Delivery completes a minute later on the account's clock.
    expect(
      (await t.ok(Advance, { input: { id: clock.id, frozenTime: '2026-03-02T15:02:00.000Z' } })).advanceTestHelpersTestClock.testHelpersTestClock!.status,
    ).toBe('READY');
    const done = await t.ok(Get, { id: session.id });
    expect(done.cryptoOnrampSession!.status).toBe('FULFILLMENT_COMPLETE');
    expect(done.cryptoOnrampSession!.transactionDetails.transactionId).toMatch(/^0x[0-9a-f]{64}$/);
    expect(done.cryptoOnrampSessions.nodes).toEqual([{ id: session.id }]);
    expect((await sub.waitFor(2)).map((v) => v.cryptoOnrampSessionUpdated.status)).toEqual(['FULFILLMENT_PROCESSING', 'FULFILLMENT_COMPLETE']);
    sub.dispose();
  });

  it('starts initialized without KYC, rejects customers it cannot serve, and checks currencies against networks', async () => {
    const plain = (await t.ok(Create, { input: { destinationCurrency: 'USDC', destinationNetwork: 'SOLANA', destinationAmount: '50' } }))
      .createCryptoOnrampSession;
    expect(plain.cryptoOnrampSession).toMatchObject({
      status: 'INITIALIZED',
      kycDetailsProvided: false,
      transactionDetails: { sourceAmount: '50.76', destinationAmount: '50.00' },
    });
    expectUserError((await t.ok(Checkout, { input: { id: plain.cryptoOnrampSession!.id } })).checkoutCryptoOnrampSession, 'invalid_state');
    const rejected = (
      await t.ok(Create, { input: { customerIpAddress: '192.0.2.10', kycDetails: { first_name: 'X' }, walletAddresses: { ethereum: wallet } } })
    ).createCryptoOnrampSession.cryptoOnrampSession!;
    expect(rejected.status).toBe('REJECTED');
    expectUserError(
      (await t.ok(Create, { input: { destinationCurrency: 'BTC', destinationNetwork: 'SOLANA' } })).createCryptoOnrampSession,
      'parameter_invalid',
    );
    expectUserError(
      (await t.ok(Create, { input: { sourceAmount: '10', destinationAmount: '1', destinationCurrency: 'BTC' } })).createCryptoOnrampSession,
      'parameter_invalid',
    );
    expectUserError((await t.ok(Create, { input: { sourceAmount: '-5' } })).createCryptoOnrampSession, 'parameter_invalid');
  });
});
