import http from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../test/gql/index.js';
import { expectOk, expectUserError, startTestApp, type TestApp } from '../../test/support/harness.js';
import { query } from '../db/sql.js';

const CreatePm = graphql(`
  mutation FwdCreatePm($input: CreatePaymentMethodInput!) {
    createPaymentMethod(input: $input) {
      paymentMethod { id type card { brand last4 expMonth expYear funding country fingerprint checks { cvcCheck } } billingDetails { name } usBankAccount { last4 } }
      userErrors { code type message field }
    }
  }
`);
const Forward = graphql(`
  mutation FwdCreate($input: CreateForwardingRequestInput!) {
    createForwardingRequest(input: $input) {
      forwardingRequest {
        id url replacements metadata paymentMethod { id card { last4 } }
        requestDetails { httpMethod body headers { name value } }
        requestContext { destinationDuration destinationIpAddress }
        responseDetails { status body headers { name value } }
      }
      userErrors { code type message field }
    }
  }
`);
const Get = graphql(`
  query FwdGet($id: ID!) {
    forwardingRequest(id: $id) { id requestDetails { body } }
    forwardingRequests(first: 10) { nodes { id } }
  }
`);

interface Seen {
  headers: http.IncomingHttpHeaders;
  body: string;
}
let t: TestApp;
let receiver: http.Server;
let destination: string;
const seen: Seen[] = [];

beforeAll(async () => {
  t = await startTestApp();
  // The destination echoes what it received, as some processors do: the echo must be redacted too.
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      res.writeHead(201, { 'content-type': 'application/json', 'set-cookie': 'session=abc' }).end(JSON.stringify({ id: 'tx_1', echo: JSON.parse(body) }));
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  destination = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/v1/payments`;
});
afterAll(async () => {
  receiver?.close();
  await t?.close();
});

const card = (number: string, extra: Record<string, unknown> = {}) => ({
  type: 'CARD' as const,
  card: { number, expMonth: 3, expYear: 2030, cvc: '123', ...extra },
  billingDetails: { name: 'Jenny Rosen' },
});
const body = '{"amount":1000,"card":{"number":"{{CARD_NUMBER}}","exp":"{{CARD_EXPIRY}}","cvc":"{{CARD_CVC}}","name":"{{CARDHOLDER_NAME}}"}}';

describe('card PaymentMethods', () => {
  it('shows Stripe public details only; test mode takes only test card numbers', async () => {
    const pm = expectOk((await t.ok(CreatePm, { input: card('4242 4242 4242 4242') })).createPaymentMethod).paymentMethod!;
    expect(pm).toMatchObject({
      type: 'CARD',
      card: { brand: 'visa', last4: '4242', expMonth: 3, expYear: 2030, funding: 'credit', country: 'US', checks: { cvcCheck: 'unchecked' } },
      usBankAccount: null,
    });
    const real = (await t.ok(CreatePm, { input: card('4111111111111111') })).createPaymentMethod;
    expect(expectUserError(real, 'card_declined')).toMatchObject({ type: 'card_error', field: ['card', 'number'] });
    expectUserError((await t.ok(CreatePm, { input: card('4242424242424241') })).createPaymentMethod, 'incorrect_number');
    expectUserError((await t.ok(CreatePm, { input: card('4242424242424242', { expMonth: 13 }) })).createPaymentMethod, 'invalid_expiry_month');
    expectUserError((await t.ok(CreatePm, { input: card('378282246310005', { cvc: '123' }) })).createPaymentMethod, 'invalid_cvc');
  });
});

describe('forwarding requests', () => {
  it('forwards the real card data to the destination and stores it redacted', async () => {
    const pm = (await t.ok(CreatePm, { input: card('4242424242424242') })).createPaymentMethod.paymentMethod!.id;
    const input = {
      paymentMethod: pm,
      url: destination,
      replacements: ['CARD_NUMBER', 'CARD_EXPIRY', 'CARD_CVC', 'CARDHOLDER_NAME'] as const,
      request: {
        body,
        headers: [
          { name: 'Destination-API-Key', value: 'sk_dest_secret' },
          { name: 'X-Reference', value: 'order-6735' },
        ],
      },
      metadata: { order: '6735' },
      idempotencyKey: 'fwd-1',
    };
    const fwd = expectOk((await t.ok(Forward, { input: { ...input, replacements: [...input.replacements] } })).createForwardingRequest).forwardingRequest!;

    // The destination saw the real card and the caller's credentials.
    expect(seen).toHaveLength(1);
    expect(JSON.parse(seen[0]!.body)).toEqual({ amount: 1000, card: { number: '4242424242424242', exp: '03/30', cvc: '123', name: 'Jenny Rosen' } });
    expect(seen[0]!.headers['destination-api-key']).toBe('sk_dest_secret');
    expect(seen[0]!.headers['content-type']).toBe('application/json');

    // fingraph keeps it redacted: the number masked as Stripe shows it, the CVC and credentials hidden.
    expect(fwd.paymentMethod).toEqual({ id: pm, card: { last4: '4242' } });
    expect(JSON.parse(fwd.requestDetails!.body)).toEqual({ amount: 1000, card: { number: '424242******4242', exp: '03/30', cvc: '***', name: 'Jenny Rosen' } });
    expect(fwd.requestDetails!.httpMethod).toBe('POST');
    expect(fwd.requestDetails!.headers).toEqual([
      { name: 'Destination-API-Key', value: '[REDACTED]' },
      { name: 'X-Reference', value: 'order-6735' },
      { name: 'Content-Type', value: 'application/json' },
    ]);
    expect(fwd.responseDetails!.status).toBe(201);
    expect(JSON.parse(fwd.responseDetails!.body).echo.card).toEqual({ number: '424242******4242', exp: '03/30', cvc: '***', name: 'Jenny Rosen' });
    expect(fwd.responseDetails!.headers).toContainEqual({ name: 'set-cookie', value: '[REDACTED]' });
    expect(fwd.requestContext!.destinationIpAddress).toBe('127.0.0.1');

    // Nothing in the database holds the card number or CVC in the clear (the vault holds them sealed).
    const rows = await query(
      t.database.db,
      sql`select f::text as row from forwarding_requests f union all select p::text from payment_methods p where p.id = ${pm}`,
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(String(r.row)).not.toMatch(/4242424242424242|sk_dest_secret|"cvc": ?"123"/);

    // The same idempotency key: the first answer again, no second outbound request.
    const replay = (await t.ok(Forward, { input: { ...input, replacements: [...input.replacements] } })).createForwardingRequest;
    expect(replay.forwardingRequest!.id).toBe(fwd.id);
    expect(seen).toHaveLength(1);
    const got = await t.ok(Get, { id: fwd.id });
    expect(got.forwardingRequest!.requestDetails!.body).toContain('424242******4242');
    expect(got.forwardingRequests.nodes.map((n) => n.id)).toEqual([fwd.id]);
  });

  it('replaces only the kinds named, and forwards magic test cards', async () => {
    const fwd = (await t.ok(Forward, { input: { paymentMethod: 'pm_card_mastercard', url: destination, replacements: ['CARD_NUMBER'], request: { body } } }))
      .createForwardingRequest.forwardingRequest!;
    expect(JSON.parse(seen.at(-1)!.body).card).toEqual({
      number: '5555555555554444',
      exp: '{{CARD_EXPIRY}}',
      cvc: '{{CARD_CVC}}',
      name: '{{CARDHOLDER_NAME}}',
    });
    expect(JSON.parse(fwd.requestDetails!.body).card.number).toBe('555555******4444');
  });

  it('refuses private destinations, unreachable ones and non-card PaymentMethods, storing nothing', async () => {
    const base = { paymentMethod: 'pm_card_visa', replacements: ['CARD_NUMBER' as const], request: { body } };
    const before = seen.length;
    expectUserError((await t.ok(Forward, { input: { ...base, url: 'http://10.0.0.1/pay' } })).createForwardingRequest, 'url_invalid');
    expectUserError((await t.ok(Forward, { input: { ...base, url: 'https://169.254.169.254/latest' } })).createForwardingRequest, 'url_invalid');
    // Live mode: a test-mode PaymentMethod is not found there (before the URL is judged); with a live card, loopback is refused.
    const testPm = (await t.gql(Forward, { input: { ...base, url: destination } }, t.account.liveKey)).data!.createForwardingRequest;
    expectUserError(testPm, 'resource_missing');
    const livePm = (await t.gql(CreatePm, { input: card('4111111111111111') }, t.account.liveKey)).data!.createPaymentMethod.paymentMethod!.id;
    const live = (await t.gql(Forward, { input: { ...base, paymentMethod: livePm, url: destination } }, t.account.liveKey)).data!.createForwardingRequest;
    expectUserError(live, 'url_invalid');
    // A closed port: Stripe's upstream connection error.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    expectUserError(
      (await t.ok(Forward, { input: { ...base, url: `http://127.0.0.1:${port}/` } })).createForwardingRequest,
      'forwarding_api_upstream_connection_error',
    );
    expectUserError(
      (await t.ok(Forward, { input: { ...base, paymentMethod: 'pm_usBankAccount', url: destination } })).createForwardingRequest,
      'parameter_invalid',
    );
    expectUserError(
      (await t.ok(Forward, { input: { ...base, url: destination, request: { body, headers: [{ name: 'Host', value: 'x' }] } } })).createForwardingRequest,
      'parameter_invalid',
    );
    expect(seen.length).toBe(before);
    const [count] = await query(t.database.db, sql`select count(*)::int as n from forwarding_requests`);
    expect(count!.n).toBe(2);
  });

  it('makes the outbound call outside the transaction: a slow destination holds no connection, and a key is sent once', async () => {
    // A destination that answers when the test lets it (or after 1.5 s): the call is in flight meanwhile.
    let arrived!: () => void;
    const atDestination = new Promise<void>((r) => (arrived = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slow = http.createServer((req, res) => {
      calls++;
      req.resume();
      req.on('end', () => {
        arrived();
        void Promise.race([released, new Promise((r) => setTimeout(r, 1500))]).then(() =>
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"slow":true}'),
        );
      });
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(slow.address() as { port: number }).port}/slow`;
    const input = { paymentMethod: 'pm_card_visa', url, replacements: ['CARD_NUMBER' as const], request: { body }, idempotencyKey: 'fwd-slow' };
    try {
      const order: string[] = [];
      const forwarding = t.ok(Forward, { input }).then((r) => {
        order.push('forward');
        return r.createForwardingRequest;
      });
      await atDestination;

      // Another mutation of the same account completes while the destination still holds the call
      // (on PGlite, one connection: it could not if the forward held a transaction).
      const pm = (await t.ok(CreatePm, { input: card('4242424242424242') })).createPaymentMethod.paymentMethod;
      order.push('other mutation');
      expect(pm!.id).toMatch(/^pm_/);
      // On PostgreSQL: no connection of this database sits idle in a transaction during the call.
      if (t.dbUrl) {
        const [idle] = await query(
          t.database.db,
          sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
        );
        expect(idle!.n).toBe(0);
      }
      // The same key while the first is in flight: refused as in progress, and not sent.
      const duplicate = (await t.ok(Forward, { input })).createForwardingRequest;
      expect(expectUserError(duplicate, 'idempotency_key_in_use')).toMatchObject({ type: 'idempotency_error' });
      expect(duplicate.userErrors[0]!.message).toMatch(/in-progress/);
      expect(calls).toBe(1);

      release();
      const fwd = expectOk(await forwarding).forwardingRequest!;
      expect(order).toEqual(['other mutation', 'forward']);
      expect(fwd.responseDetails).toMatchObject({ status: 200, body: '{"slow":true}' });
      // Once written, the key replays the stored answer without sending again.
      const replay = expectOk((await t.ok(Forward, { input })).createForwardingRequest).forwardingRequest!;
      expect(replay.id).toBe(fwd.id);
      expect(calls).toBe(1);
      // The same key with other params stays refused.
      expectUserError((await t.ok(Forward, { input: { ...input, metadata: { other: '1' } } })).createForwardingRequest, 'idempotency_key_in_use');
    } finally {
      release();
      slow.close();
    }
  });

  it('releases the key of a create the destination refused: the same key may try again', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    const input = { paymentMethod: 'pm_card_visa', replacements: ['CARD_NUMBER' as const], request: { body }, idempotencyKey: 'fwd-retry' };
    expectUserError(
      (await t.ok(Forward, { input: { ...input, url: `http://127.0.0.1:${port}/` } })).createForwardingRequest,
      'forwarding_api_upstream_connection_error',
    );
    const before = seen.length;
    const fwd = expectOk((await t.ok(Forward, { input: { ...input, url: destination } })).createForwardingRequest).forwardingRequest!;
    expect(fwd.id).toBeTruthy();
    expect(seen.length).toBe(before + 1);
  });
});
