import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { fromUnix } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { EventRef } from '../event.schema.js';
import type { StripeEvent } from '../event.stripe.js';
import { resendEvent } from './webhook-delivery.service.js';
import { findWebhookEndpoints, listDeliveryAttempts, listWebhookEndpoints, type DeliveryAttempt, type StripeWebhookEndpoint } from './webhook-endpoint.repository.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  updateWebhookEndpoint,
  WEBHOOK_ENDPOINT,
  type DeletedWebhookEndpoint,
} from './webhook-endpoint.service.js';
import { WEBHOOK_ATTEMPT_TRIGGERS, WEBHOOK_ENDPOINT_STATUSES } from './webhook-endpoint.table.js';

registerIdPrefix('we', WEBHOOK_ENDPOINT);
registerLoader(WEBHOOK_ENDPOINT, (services, scope, ids) => findWebhookEndpoints(services.database.db, scope, ids));

const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });

const Status = stripeEnum('WebhookEndpointStatus', WEBHOOK_ENDPOINT_STATUSES);
const Trigger = stripeEnum('WebhookEndpointDeliveryAttemptTrigger', WEBHOOK_ATTEMPT_TRIGGERS, 'AUTOMATIC: the first delivery or a scheduled retry. RESEND: resendEvent.');

const DeliveryAttemptRef = builder.objectRef<DeliveryAttempt>('WebhookEndpointDeliveryAttempt').implement({
  description: 'One POST of an event to a webhook endpoint (what Stripe shows under an endpoint\'s "Event deliveries").',
  fields: (t) => ({
    event: t.field({
      type: EventRef,
      resolve: async (a, _args, ctx) => (await ctx.loaders.of<StripeEvent>('Event').load(a.eventId))!,
    }),
    attemptNumber: t.exposeInt('attemptNumber', { description: 'Attempts of this event to this endpoint are numbered 1, 2, 3… (resends included).' }),
    trigger: t.field({ type: Trigger, resolve: (a) => a.trigger }),
    succeeded: t.exposeBoolean('succeeded', { description: 'The endpoint answered with a 2xx status.' }),
    responseStatus: t.int({ nullable: true, description: 'The HTTP status received; null when no response came (timeout, refused connection…).', resolve: (a) => a.responseStatus }),
    error: t.string({ nullable: true, description: 'Why no response came, when none did.', resolve: (a) => a.error }),
    durationMs: t.exposeInt('durationMs', { description: 'Milliseconds from sending the request to its response (or failure).' }),
    created: t.field({ type: 'DateTime', description: 'When the request was sent.', resolve: (a) => a.created }),
    nextRetryAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the next automatic attempt is scheduled after this failed one; null when none will follow.',
      resolve: (a) => a.nextRetryAt,
    }),
  }),
});
const DeliveryAttemptConnection = builder.connectionObject(
  { type: DeliveryAttemptRef, name: 'WebhookEndpointDeliveryAttemptConnection' },
  { name: 'WebhookEndpointDeliveryAttemptEdge' },
);

export const WebhookEndpointRef = builder.node(builder.objectRef<StripeWebhookEndpoint>(WEBHOOK_ENDPOINT), {
  description: 'A URL that receives signed events by POST, as Stripe sends them.',
  id: { resolve: (e) => e.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'webhook_endpoint' && !(o as { deleted?: boolean }).deleted,
  fields: (t) => ({
    object: t.exposeString('object'),
    apiVersion: t.string({ nullable: true, description: 'The API version events are rendered as; null for the default.', resolve: (e) => e.api_version }),
    application: t.string({ nullable: true, resolve: (e) => e.application }),
    created: t.field({ type: 'DateTime', resolve: (e) => fromUnix(e.created) }),
    description: t.string({ nullable: true, resolve: (e) => e.description }),
    enabledEvents: t.stringList({ description: "Event types sent to this endpoint; ['*'] is every event.", resolve: (e) => e.enabled_events }),
    livemode: t.exposeBoolean('livemode'),
    metadata: t.field({ type: 'JSONObject', resolve: (e) => e.metadata }),
    secret: t.string({
      nullable: true,
      description: "The endpoint's signing secret (whsec_…), returned only by createWebhookEndpoint; null everywhere else.",
      resolve: (e) => e.secret ?? null,
    }),
    status: t.field({ type: Status, resolve: (e) => e.status as never }),
    url: t.exposeString('url'),
    deliveryAttempts: t.connection(
      {
        type: DeliveryAttemptRef,
        description: 'Attempts to deliver events to this endpoint, newest first.',
        args: { event: t.arg.id({ description: 'Only the attempts of this event.' }) },
        resolve: (e, args, ctx) =>
          listDeliveryAttempts(ctx.services.database.db, ctx.scope, { webhookEndpoint: e.id, event: args.event == null ? null : String(args.event) }, args),
      },
      DeliveryAttemptConnection,
    ),
  }),
});

const Connection = builder.connectionObject({ type: WebhookEndpointRef, name: 'WebhookEndpointConnection' }, { name: 'WebhookEndpointEdge' });

const DeletedRef = builder.objectRef<DeletedWebhookEndpoint>('DeletedWebhookEndpoint').implement({
  description: 'What deleting an endpoint returns (Stripe\'s deleted object).',
  fields: (t) => ({ id: t.exposeID('id'), object: t.exposeString('object'), deleted: t.exposeBoolean('deleted') }),
});

builder.queryFields((t) => ({
  webhookEndpoint: t.field({
    type: WebhookEndpointRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeWebhookEndpoint>(WEBHOOK_ENDPOINT).load(String(id)),
  }),
  webhookEndpoints: t.connection(
    {
      type: WebhookEndpointRef,
      description: 'Webhook endpoints of the caller (this mode), newest first.',
      resolve: (_r, args, ctx) => listWebhookEndpoints(ctx.services.database.db, ctx.scope, args),
    },
    Connection,
  ),
}));

const CreateInput = builder.inputType('CreateWebhookEndpointInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'https; in test mode http is also accepted for loopback hosts (localhost, 127.0.0.1, [::1]).' }),
    enabledEvents: t.stringList({ required: true, description: "Stripe event types, or ['*'] for every event." }),
    apiVersion: t.string({ description: 'Only the version fingraph renders (the default) is accepted.' }),
    connect: t.boolean({ description: "A Connect endpoint receives connected accounts' events (fingraph has none), not the account's own." }),
    description: t.string(),
    metadata: t.field({ type: 'JSONObject' }),
    idempotencyKey: t.string(),
  }),
});
const UpdateInput = builder.inputType('UpdateWebhookEndpointInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    url: t.string(),
    enabledEvents: t.stringList(),
    disabled: t.boolean({ description: 'true disables the endpoint (it receives nothing, pending retries stop); false enables it.' }),
    description: t.string({ description: 'An empty string unsets it.' }),
    metadata: t.field({ type: 'JSONObject' }),
    idempotencyKey: t.string(),
  }),
});
const DeleteInput = builder.inputType('DeleteWebhookEndpointInput', { fields: (t) => ({ id: t.id({ required: true }), idempotencyKey: t.string() }) });
const ResendInput = builder.inputType('ResendEventInput', {
  fields: (t) => ({ id: t.id({ required: true, description: 'The event.' }), webhookEndpoint: t.id({ required: true }), idempotencyKey: t.string() }),
});

builder.mutationFields((t) => ({
  createWebhookEndpoint: t.field({
    type: payloadType('CreateWebhookEndpointPayload', 'webhookEndpoint', WebhookEndpointRef),
    description: 'Creates an endpoint; its `secret` is in this payload only.',
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => createWebhookEndpoint(caller(ctx), input as never)),
  }),
  updateWebhookEndpoint: t.field({
    type: payloadType('UpdateWebhookEndpointPayload', 'webhookEndpoint', WebhookEndpointRef),
    args: { input: t.arg({ type: UpdateInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => updateWebhookEndpoint(caller(ctx), { ...input, id: String(input.id) } as never)),
  }),
  deleteWebhookEndpoint: t.field({
    type: payloadType('DeleteWebhookEndpointPayload', 'deletedWebhookEndpoint', DeletedRef),
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => deleteWebhookEndpoint(caller(ctx), { ...input, id: String(input.id) })),
  }),
  resendEvent: t.field({
    type: payloadType('ResendEventPayload', 'event', EventRef),
    description: 'Sends an event to a webhook endpoint again now: one attempt, visible in the endpoint\'s deliveryAttempts.',
    args: { input: t.arg({ type: ResendInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      toPayload(() => resendEvent(caller(ctx), { id: String(input.id), webhookEndpoint: String(input.webhookEndpoint), idempotencyKey: input.idempotencyKey })),
  }),
}));

builder.subscriptionField('webhookEndpointUpdated', (t) =>
  t.field({
    type: WebhookEndpointRef,
    description: 'The whole WebhookEndpoint after each committed change.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, WEBHOOK_ENDPOINT, String(id), async (oid) => (await findWebhookEndpoints(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
    resolve: (o) => o as StripeWebhookEndpoint,
  }),
);
