import { eq, ne } from 'drizzle-orm';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { typeRef } from '../../graphql/type-refs.js';
import type { Executor } from '../../db/client.js';
import type { Scope } from '../../kernel/command.js';
import { keysetPage, type PageArgs } from '../../kernel/pagination.js';
import { EventRef } from '../event.schema.js';
import type { StripeEvent } from '../event.stripe.js';
import { resendEvent } from './webhook-delivery.service.js';
import { webhookEndpointResource } from './webhook-endpoint.resource.js';
import { WEBHOOK_ATTEMPT_TRIGGERS, webhookDeliveryAttempts as attempts, type WebhookAttemptTrigger } from './webhook-endpoint.table.js';

/**
 * What Stripe's WebhookEndpoint does not describe: the attempts to deliver events to an endpoint
 * (Stripe shows them in its Dashboard only) and resending an event (the Dashboard's "Resend").
 */
type DeliveryAttemptRow = typeof attempts.$inferSelect;

/** A delivery attempt as the API shows it (not a Stripe object). */
export interface DeliveryAttempt {
  id: string;
  eventId: string;
  webhookEndpointId: string;
  attemptNumber: number;
  trigger: WebhookAttemptTrigger;
  succeeded: boolean;
  responseStatus: number | null;
  error: string | null;
  durationMs: number;
  created: Date;
  nextRetryAt: Date | null;
}

const attemptOf = (r: DeliveryAttemptRow): DeliveryAttempt => ({
  id: r.id,
  eventId: r.eventId,
  webhookEndpointId: r.webhookEndpointId,
  attemptNumber: r.attemptNumber,
  trigger: r.trigger,
  succeeded: r.succeeded,
  responseStatus: r.responseStatus,
  error: r.error,
  durationMs: r.durationMs,
  created: r.created,
  nextRetryAt: r.nextRetryAt,
});

export function listDeliveryAttempts(db: Executor, scope: Scope, f: { webhookEndpoint: string; event?: string | null }, args: PageArgs) {
  return keysetPage<DeliveryAttemptRow, DeliveryAttempt>({
    db,
    table: attempts,
    where: [
      eq(attempts.accountId, scope.accountId),
      eq(attempts.livemode, scope.livemode),
      eq(attempts.webhookEndpointId, f.webhookEndpoint),
      f.event ? eq(attempts.eventId, f.event) : undefined,
      // An attempt is listed once its outcome is known (or it was interrupted), not while its POST is in flight.
      ne(attempts.state, 'sending'),
    ],
    args,
    map: attemptOf,
  });
}

const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });
const Trigger = stripeEnum(
  'WebhookEndpointDeliveryAttemptTrigger',
  WEBHOOK_ATTEMPT_TRIGGERS,
  'AUTOMATIC: the first delivery or a scheduled retry. RESEND: resendEvent.',
);

const DeliveryAttemptRef = builder.objectRef<DeliveryAttempt>('WebhookEndpointDeliveryAttempt').implement({
  description:
    'One POST of an event to a webhook endpoint (what Stripe shows under an endpoint\'s "Event deliveries"). Every POST is one attempt, listed once its outcome is recorded.',
  fields: (t) => ({
    event: t.field({
      type: EventRef,
      resolve: async (a, _args, ctx) => (await ctx.loaders.of<StripeEvent>('Event').load(a.eventId))!,
    }),
    attemptNumber: t.exposeInt('attemptNumber', { description: 'Attempts of this event to this endpoint are numbered 1, 2, 3… (resends included).' }),
    trigger: t.field({ type: Trigger, resolve: (a) => a.trigger }),
    succeeded: t.exposeBoolean('succeeded', { description: 'The endpoint answered with a 2xx status.' }),
    responseStatus: t.int({
      nullable: true,
      description: 'The HTTP status received; null when no response came (timeout, refused connection…).',
      resolve: (a) => a.responseStatus,
    }),
    error: t.string({
      nullable: true,
      description:
        'Why no response came, when none did; or that the delivery worker stopped during the attempt (whether the endpoint got it is unknown, and the event is sent again).',
      resolve: (a) => a.error,
    }),
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

builder.objectField(typeRef<{ id: string }>(webhookEndpointResource.typeName), 'deliveryAttempts', (t) =>
  t.connection(
    {
      type: DeliveryAttemptRef,
      description: 'Attempts to deliver events to this endpoint, newest first.',
      args: { event: t.arg.id({ description: 'Only the attempts of this event.' }) },
      resolve: (e, args, ctx) =>
        listDeliveryAttempts(ctx.services.database.db, ctx.scope, { webhookEndpoint: e.id, event: args.event == null ? null : String(args.event) }, args),
    },
    DeliveryAttemptConnection,
  ),
);

const ResendInput = builder.inputType('ResendEventInput', {
  fields: (t) => ({ id: t.id({ required: true, description: 'The event.' }), webhookEndpoint: t.id({ required: true }), idempotencyKey: t.string() }),
});

builder.mutationField('resendEvent', (t) =>
  t.field({
    type: payloadType('ResendEventPayload', 'event', EventRef),
    description: "Sends an event to a webhook endpoint again now: one attempt, visible in the endpoint's deliveryAttempts.",
    args: { input: t.arg({ type: ResendInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      toPayload(() => resendEvent(caller(ctx), { id: String(input.id), webhookEndpoint: String(input.webhookEndpoint), idempotencyKey: input.idempotencyKey })),
  }),
);
