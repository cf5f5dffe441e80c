import { and, eq, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { accounts } from '../../auth/auth.table.js';
import { query } from '../../db/sql.js';
import { parameterInvalid, parameterMissing, StripeError } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type ActionContext } from '../../layer/resource.js';
import { API_VERSION } from '../event.stripe.js';
import { checkDescription, checkEnabledEvents, checkUrl, checkUrlTarget, MAX_WEBHOOK_ENDPOINTS } from './webhook-endpoint.rules.js';
import { webhookDeliveries, webhookEndpoints } from './webhook-endpoint.table.js';
import { newWebhookSecret } from './webhook.signature.js';

/**
 * WebhookEndpoint: a URL that receives the account's events, signed, as Stripe sends them (delivery:
 * webhook-delivery.service.ts). Stripe announces no event of its own for endpoints; subscribers of
 * `webhookEndpointUpdated` see every change.
 */
export type WebhookEndpointRecord = Stripe.WebhookEndpoint & { signing_secret: string; connect: boolean; updated: Date; deleted_at: Date | null };
type Ctx = ActionContext<WebhookEndpointRecord>;

const EVENTS = ['enabled_events'];

export const webhookEndpointResource = defineResource<WebhookEndpointRecord>({
  object: 'webhook_endpoint',
  table: webhookEndpoints,
  computed: { application: () => null },
  // Event types (with `*`) and API versions are values, not names: kept as strings, checked below.
  stringParams: ['enabled_events', 'api_version'],
  subscription: true,

  create: {
    validate(input, scope) {
      if (!input.url) throw parameterMissing(['url']);
      checkUrl(input.url, scope.livemode);
      checkEnabledEvents(input.enabled_events, EVENTS);
      // fingraph renders events in one API version only; promising another would be a lie.
      if (input.api_version != null && input.api_version !== API_VERSION)
        throw parameterInvalid(['api_version'], `Invalid api_version: fingraph renders events only as API version ${API_VERSION}.`);
      checkDescription(input.description);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input }) {
      // Where the host resolves (DNS): an async check, so here rather than in validate.
      await checkUrlTarget(input.url!, cmd.scope.livemode);
      // The account row serializes concurrent creates, so the limit holds under races.
      await cmd.tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, cmd.scope.accountId)).for('update');
      const [existing] = await query(
        cmd.tx,
        sql`select count(*)::int as n from webhook_endpoints where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and deleted_at is null`,
      );
      if (Number(existing!.n) >= MAX_WEBHOOK_ENDPOINTS)
        throw new StripeError(
          'webhook_endpoint_limit_reached',
          `You have reached the maximum of ${MAX_WEBHOOK_ENDPOINTS} ${cmd.scope.livemode ? 'live' : 'test'} mode webhook endpoints; delete one first.`,
        );
      return {
        url: input.url,
        enabled_events: checkEnabledEvents(input.enabled_events, EVENTS),
        description: input.description || null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        api_version: input.api_version ?? null,
        connect: input.connect ?? false,
        signing_secret: newWebhookSecret(),
        status: 'enabled',
        updated: cmd.now,
        deleted_at: null,
      };
    },
    event: null,
    // Stripe shows the signing secret only in create's answer: added once the endpoint has been announced.
    async after(_ctx, saved) {
      saved.secret = saved.signing_secret;
    },
  },

  update: {
    async apply({ cmd, input, record }: Ctx) {
      const changes: Partial<WebhookEndpointRecord> = { updated: cmd.now };
      if (input.url != null) changes.url = await checkUrlTarget(input.url, cmd.scope.livemode);
      if (input.enabled_events != null) changes.enabled_events = checkEnabledEvents(input.enabled_events, EVENTS);
      if (input.disabled != null) changes.status = input.disabled ? 'disabled' : 'enabled';
      checkDescription(input.description);
      // An empty string unsets it (Stripe).
      if (input.description != null) changes.description = input.description === '' ? null : input.description;
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata ?? {}, validateMetadata(input.metadata));
      return changes;
    },
  },

  /**
   * The endpoint receives nothing more, and its pending deliveries are canceled at once (a queued job
   * finds them canceled and sends nothing). Its delivery history stays.
   */
  delete: {
    apply: ({ cmd }: Ctx) => ({ updated: cmd.now }),
    async after({ cmd }, saved) {
      await cmd.tx
        .update(webhookDeliveries)
        .set({ status: 'canceled', nextAttemptAt: null })
        .where(and(eq(webhookDeliveries.webhookEndpointId, saved.id), eq(webhookDeliveries.status, 'pending')));
    },
  },
  list: {},
  examples: { create: () => ({ url: 'https://example.com/webhooks', enabled_events: ['*'] }) },
});
