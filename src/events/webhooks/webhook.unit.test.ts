import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { StripeError } from '../../kernel/errors.js';
import { retryDelayMs } from './webhook-delivery.service.js';
import { checkEnabledEvents, checkUrl, isLoopbackHost } from './webhook-endpoint.rules.js';
import { isEnabledEventType, WEBHOOK_EVENT_TYPES } from './webhook-event-types.js';
import { newWebhookSecret, signatureHeader } from './webhook.signature.js';

/** The pure parts: signing, URL and event-type rules, the retry schedule. */

const stripe = new Stripe('sk_test_unit');
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StripeError);
    return { code: (err as StripeError).code, param: (err as StripeError).param };
  }
  throw new Error('accepted');
};

describe('Stripe-Signature', () => {
  it("is exactly the header Stripe's library generates, and its constructEvent verifies it", () => {
    const secret = newWebhookSecret();
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'treasury.financial_account.created' }, null, 2);
    const timestamp = Math.floor(Date.now() / 1000);
    const header = signatureHeader(payload, secret, timestamp);
    expect(header).toBe(stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }));
    expect(stripe.webhooks.constructEvent(payload, header, secret).id).toBe('evt_1');
    expect(() => stripe.webhooks.constructEvent(payload, signatureHeader(payload, secret, timestamp - 3600), secret)).toThrow(/tolerance/);
  });
});

describe('URL rules', () => {
  it.each([
    ['https://example.com/hook', false, true],
    ['https://example.com/hook', true, true],
    ['http://localhost:3000/hook', false, true],
    ['http://app.localhost/hook', false, true],
    ['http://127.0.0.1/hook', false, true],
    ['http://127.8.9.10/hook', false, true],
    ['http://[::1]:8080/hook', false, true],
    ['http://127.0.0.1/hook', true, false],
    ['http://example.com/hook', false, false],
    ['http://10.0.0.1/hook', false, false],
    ['http://localhost.evil.com/hook', false, false],
    ['ws://localhost/hook', false, false],
    ['example.com/hook', false, false],
  ])('%s in %s mode: accepted %s', (url, livemode, accepted) => {
    if (accepted) expect(checkUrl(url, livemode)).toBe(url);
    else expect(refusal(() => checkUrl(url, livemode))).toEqual({ code: 'url_invalid', param: ['url'] });
  });

  it('knows loopback hosts', () => {
    expect(['localhost', 'LOCALHOST', '127.0.0.1', '[::1]', 'x.localhost'].every(isLoopbackHost)).toBe(true);
    expect(['example.com', '128.0.0.1', '::2', 'localhost.example.com'].some(isLoopbackHost)).toBe(false);
  });
});

describe('enabled events', () => {
  it("accepts '*' and Stripe's event types, drops duplicates, refuses the rest with the index", () => {
    expect(WEBHOOK_EVENT_TYPES).toContain('treasury.outbound_transfer.posted');
    expect(isEnabledEventType('*')).toBe(true);
    expect(checkEnabledEvents(['*', 'treasury.received_credit.created', '*'])).toEqual(['*', 'treasury.received_credit.created']);
    expect(refusal(() => checkEnabledEvents([]))).toEqual({ code: 'parameter_missing', param: ['enabledEvents'] });
    expect(refusal(() => checkEnabledEvents(['charge.succeeded', 'treasury.*']))).toEqual({ code: 'parameter_invalid', param: ['enabledEvents', '1'] });
  });
});

describe('retry schedule', () => {
  it('doubles from the configured delay; the defaults span about three days like Stripe', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs({ retryDelayMs: 100 }, n))).toEqual([100, 200, 400, 800]);
    const total = Array.from({ length: 12 }, (_, i) => retryDelayMs({ retryDelayMs: 60_000 }, i + 1)).reduce((a, b) => a + b, 0);
    expect(total / 3_600_000).toBeGreaterThan(60);
    expect(total / 3_600_000).toBeLessThan(72);
  });
});
