import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { StripeError } from '../../kernel/errors.js';
import { retryDelayMs } from './webhook-delivery.service.js';
import { checkEnabledEvents, checkUrl, isLoopbackHost } from './webhook-endpoint.rules.js';
import { isEnabledEventType, WEBHOOK_EVENT_TYPES } from './webhook-event-types.js';
import { newWebhookSecret, signatureHeader } from './webhook.signature.js';
import { checkTarget, configureWebhookTargets, isAllowedAddress, TargetRefused, webhookTargetPolicy } from './webhook-target.js';
import { loadConfig } from '../../config.js';

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
    // #13 item 3: private, link-local, unspecified and loopback addresses, however written.
    ['https://127.0.0.1/hook', true, false],
    ['https://2130706433/hook', true, false],
    ['https://0x7f.1/hook', true, false],
    ['https://[::1]/hook', true, false],
    ['https://[::ffff:127.0.0.1]/hook', true, false],
    ['https://localhost/hook', true, false],
    ['https://10.0.0.1/hook', false, false],
    ['https://172.16.5.4/hook', false, false],
    ['https://192.168.1.1/hook', false, false],
    ['https://169.254.169.254/latest/meta-data', false, false],
    ['https://0.0.0.0/hook', false, false],
    ['https://[::]/hook', false, false],
    ['https://[fe80::1]/hook', false, false],
    ['https://[fd00::1]/hook', false, false],
    ['https://100.64.0.1/hook', false, false],
    ['https://8.8.8.8/hook', true, true],
    // #13 item 5: a malformed percent-escape in the credentials (sent decoded as Basic auth).
    ['https://us%zzer:pw@example.com/hook', false, false],
    ['https://user:p%@example.com/hook', false, false],
    ['https://us%20er:p%40w@example.com/hook', false, true],
  ])('%s in %s mode: accepted %s', (url, livemode, accepted) => {
    if (accepted) expect(checkUrl(url, livemode)).toBe(url);
    else expect(refusal(() => checkUrl(url, livemode))).toEqual({ code: 'url_invalid', param: ['url'] });
  });

  it('knows loopback hosts', () => {
    expect(['localhost', 'LOCALHOST', '127.0.0.1', '[::1]', 'x.localhost'].every(isLoopbackHost)).toBe(true);
    expect(['example.com', '128.0.0.1', '::2', 'localhost.example.com'].some(isLoopbackHost)).toBe(false);
  });
});

describe('webhook targets (#13 item 3)', () => {
  it('resolves names: one resolving to loopback is refused in live mode, and in test mode once loopback is not allowed', async () => {
    // localhost is resolved through the system resolver (/etc/hosts), like any name.
    await expect(checkTarget('https://localhost/hook', true)).rejects.toBeInstanceOf(TargetRefused);
    await expect(checkTarget('https://localhost/hook', false)).resolves.toBeUndefined();
    const before = webhookTargetPolicy();
    configureWebhookTargets({ allowLoopback: false });
    try {
      await expect(checkTarget('https://localhost/hook', false)).rejects.toBeInstanceOf(TargetRefused);
      expect(refusal(() => checkUrl('http://127.0.0.1:4242/hook', false))).toEqual({ code: 'url_invalid', param: ['url'] });
      expect(isAllowedAddress('127.0.0.1', false)).toBe(false);
    } finally {
      configureWebhookTargets(before);
    }
    // A name that does not resolve now is left to delivery time (which resolves again).
    await expect(checkTarget('https://no-such-host.invalid/hook', true)).resolves.toBeUndefined();
  });

  it('loopback is allowed by default only on a loopback-bound server', () => {
    expect(loadConfig({}).webhooks.allowLoopback).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }).webhooks.allowLoopback).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', FINGRAPH_WEBHOOK_ALLOW_LOOPBACK: 'on' }).webhooks.allowLoopback).toBe(true);
    expect(loadConfig({ FINGRAPH_WEBHOOK_ALLOW_LOOPBACK: 'off' }).webhooks.allowLoopback).toBe(false);
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
