import type Stripe from 'stripe';
import { checkUrl, checkUrlTarget } from '../../events/webhooks/webhook-endpoint.rules.js';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource } from '../../layer/resource.js';
import { MAGIC_CARD_PAYMENT_METHODS } from '../../payments/payment-methods/card.js';
import { openCard } from '../../payments/payment-methods/card-vault.js';
import { isPaymentMethodId, paymentMethodsResource } from '../../payments/payment-methods/payment-method.resource.js';
import { exampleDestination } from './example-destination.js';
import { forward } from './forward.js';
import { prepare, redactResponse, type CardData } from './replacements.js';
import { forwardingRequests } from './request.table.js';

/**
 * Forwarding Request: fingraph POSTs the caller's request to the destination with the card data of a
 * card PaymentMethod put in (replacements.ts), in the create's `prepare` step — after the idempotency
 * key is claimed and before the write's transaction opens, so an idempotency key makes one outbound
 * request at most (a replay answers the stored object) and a slow destination holds no connection —
 * and stores what was sent and answered with card data and credentials redacted. A destination that
 * cannot be reached refuses the create with Stripe's `forwarding_api_upstream_*` codes (nothing is stored).
 */
export type ForwardingRequestRecord = Stripe.Forwarding.Request;

const MAX_BODY = 64_000;
const MAX_HEADERS = 50;
/** RFC 9110 token: a header name. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the connection itself sets: not the caller's to give. */
const RESERVED = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'te', 'trailer', 'upgrade', 'expect']);

function checkHeaders(headers: unknown): { name: string; value: string }[] {
  if (headers == null) return [];
  if (!Array.isArray(headers)) throw parameterInvalid(['request', 'headers'], 'Invalid headers: must be a list of { name, value }.');
  if (headers.length > MAX_HEADERS) throw parameterInvalid(['request', 'headers'], `Invalid headers: at most ${MAX_HEADERS} are allowed.`);
  return headers.map((h: { name?: unknown; value?: unknown }, i) => {
    const param = ['request', 'headers', String(i)];
    if (typeof h?.name !== 'string' || !TOKEN.test(h.name) || h.name.length > 256)
      throw parameterInvalid([...param, 'name'], 'Invalid header name: must be an HTTP token.');
    if (RESERVED.has(h.name.toLowerCase())) throw parameterInvalid([...param, 'name'], `The ${h.name} header is set by the connection and cannot be given.`);
    if (typeof h.value !== 'string' || h.value.length > 8192 || /[\r\n\0]/.test(h.value))
      throw parameterInvalid([...param, 'value'], 'Invalid header value: at most 8192 characters, no line breaks.');
    return { name: h.name, value: h.value };
  });
}

export const forwardingRequestsResource = defineResource<ForwardingRequestRecord>({
  object: 'forwarding.request',
  table: forwardingRequests,
  refs: { payment_method: 'payment_method' },
  create: {
    validate(input) {
      if (!input.payment_method) throw parameterMissing(['payment_method']);
      if (!isPaymentMethodId(input.payment_method)) throw resourceMissing('payment method', input.payment_method, ['payment_method']);
      if (!input.url) throw parameterMissing(['url']);
      // Which addresses the mode allows is checked once the PaymentMethod is found (prepare): another
      // account's or mode's PaymentMethod is resource_missing whatever the URL.
      checkUrl(input.url, false, ['url']);
      if (!Array.isArray(input.replacements) || input.replacements.length === 0) throw parameterMissing(['replacements']);
      if (input.replacements.includes('request_signature'))
        throw parameterInvalid(
          ['replacements'],
          'request_signature needs destination credentials set up at onboarding, which fingraph does not hold.',
          'forwarding_api_invalid_parameter',
        );
      if (!input.request) throw parameterMissing(['request']);
      checkHeaders(input.request.headers);
      if ((input.request.body ?? '').length > MAX_BODY) throw parameterInvalid(['request', 'body'], `Invalid body: at most ${MAX_BODY} characters.`);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    // The outbound call runs before the create's transaction: a slow destination holds no connection
    // and no lock (docs/decisions/forwarding.md); `build` then writes what it answered.
    async prepare({ db, scope, input }): Promise<Partial<ForwardingRequestRecord>> {
      // Read, not locked: a PaymentMethod does not change (and Stripe's magic `pm_card_…` ids have no row).
      const pm = (await paymentMethodsResource.records(db, scope, [input.payment_method])).get(input.payment_method);
      if (!pm) throw resourceMissing('payment method', input.payment_method, ['payment_method']);
      if (pm.type !== 'card')
        throw parameterInvalid(['payment_method'], `The PaymentMethod ${input.payment_method} is not a card: only card details can be forwarded.`);
      checkUrl(input.url, scope.livemode, ['url']);
      // Names resolve to public addresses only (checked again on the connection itself).
      await checkUrlTarget(input.url, scope.livemode, ['url']);
      const secret = pm.card_vault ? await openCard(db, pm.id, pm.card_vault) : { number: MAGIC_CARD_PAYMENT_METHODS[pm.id]!, cvc: null };
      const card: CardData = { secret, exp_month: pm.card.exp_month, exp_year: pm.card.exp_year, name: pm.billing_details.name ?? null };
      const headers = checkHeaders(input.request.headers);
      if (!headers.some((h) => h.name.toLowerCase() === 'content-type')) headers.push({ name: 'Content-Type', value: 'application/json' });
      const replacements = [...new Set<string>(input.replacements)];
      const prepared = prepare(replacements, card, headers, input.request.body ?? '');
      const answer = await forward({ url: input.url, livemode: scope.livemode, ...prepared.sent });
      const response = redactResponse(card, answer.headers, answer.body);
      return {
        payment_method: pm.id,
        url: input.url,
        replacements: replacements as ForwardingRequestRecord['replacements'],
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        request_details: { http_method: 'POST', headers: prepared.stored.headers, body: prepared.stored.body },
        request_context: { destination_duration: answer.durationMs, destination_ip_address: answer.address.replace(/^::ffff:/, '') },
        response_details: { status: answer.status, headers: response.headers, body: response.body },
      };
    },
    // Only what was sent and answered, redacted: nothing of the card in the clear reaches the transaction.
    async build({ prepared }) {
      return prepared as Partial<ForwardingRequestRecord>;
    },
    // Stripe announces no event for Forwarding Requests.
    event: null,
  },
  examples: {
    create: async () => ({
      payment_method: 'pm_card_visa',
      url: await exampleDestination(),
      replacements: ['card_number', 'card_expiry', 'card_cvc'],
      request: {
        body: '{"card":{"number":"{{CARD_NUMBER}}","expiry":"{{CARD_EXPIRY}}","cvc":"{{CARD_CVC}}"}}',
        headers: [{ name: 'Destination-API-Key', value: 'k_123' }],
      },
      metadata: { order: '6735' },
    }),
  },
});
