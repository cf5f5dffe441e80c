import { and, eq, gt } from 'drizzle-orm';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { anyOf } from '../db/sql.js';
import { builder } from '../graphql/builder.js';
import { registerLoader } from '../graphql/context.js';
import { DateTimeRangeInput, fromUnix } from '../graphql/scalars.js';
import { keysetPage, rangeFilter } from '../kernel/pagination.js';
import { typenameOfId } from '../kernel/ids.js';
import { badUserInput } from '../kernel/query-errors.js';
import { resolveTypePatterns } from './event-type-pattern.js';
import { eventRowToStripe, type StripeEvent } from './event.stripe.js';
import { events } from './event.table.js';

registerLoader<StripeEvent>('Event', async (services, scope, ids) => {
  const rows = await services.database.db
    .select()
    .from(events)
    .where(and(eq(events.accountId, scope.accountId), eq(events.livemode, scope.livemode), anyOf(events.id, ids)));
  return new Map(rows.map((r) => [r.id, eventRowToStripe(r)]));
});

/** Whether an event's object is one of the graph's Node types (its Stripe `object` names a type with that id prefix). */
function isGraphNode(object: Record<string, unknown>, schema: GraphQLSchema): boolean {
  if (typeof object.id !== 'string' || object.deleted === true) return false;
  const typename = typenameOfId(object.id);
  const type = typename ? schema.getType(typename) : undefined;
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

const EventDataRef = builder.objectRef<StripeEvent['data']>('EventData').implement({
  fields: (t) => ({
    object: t.field({ type: 'JSONObject', description: 'The object as Stripe JSON (snake_case) at the time of the event.', resolve: (d) => d.object }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description:
        "The same object as a typed node, in the graph's camelCase, as it was at the time of the event (select fields with `... on TreasuryOutboundTransfer { status }`). Fields that point at other objects resolve to those objects as they are now. Null for an object type the graph does not expose or a deleted object.",
      resolve: (d, _args, _ctx, info) => (isGraphNode(d.object, info.schema) ? (d.object as never) : null),
    }),
    previousAttributes: t.field({ type: 'JSONObject', nullable: true, resolve: (d) => d.previous_attributes ?? null }),
  }),
});

const EventRequestRef = builder.objectRef<{ id: string | null; idempotency_key: string | null }>('EventRequest').implement({
  fields: (t) => ({
    id: t.string({ nullable: true, resolve: (r) => r.id }),
    idempotencyKey: t.string({ nullable: true, resolve: (r) => r.idempotency_key }),
  }),
});

export const EventRef = builder.node(builder.objectRef<StripeEvent>('Event'), {
  description: 'A Stripe-style event: something happened to an object, in the same database transaction as the change.',
  id: { resolve: (e) => e.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'event',
  fields: (t) => ({
    object: t.exposeString('object'),
    account: t.string({ nullable: true, resolve: (e) => e.account ?? null }),
    apiVersion: t.string({ nullable: true, resolve: (e) => e.api_version }),
    created: t.field({ type: 'DateTime', resolve: (e) => fromUnix(e.created) }),
    data: t.field({ type: EventDataRef, resolve: (e) => e.data }),
    livemode: t.exposeBoolean('livemode'),
    pendingWebhooks: t.exposeInt('pending_webhooks'),
    request: t.field({ type: EventRequestRef, nullable: true, resolve: (e) => e.request ?? null }),
    type: t.exposeString('type'),
  }),
});

const EventConnection = builder.connectionObject({ type: EventRef, name: 'EventConnection' }, { name: 'EventEdge' });

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeEvent>('Event').load(String(id)),
  }),
  events: t.connection(
    {
      type: EventRef,
      description: 'Events of the caller, newest first (Stripe keeps 30 days; fingraph keeps all).',
      args: {
        type: t.arg.string({ description: 'One event type; `*` wildcards match any segment (treasury.*).' }),
        types: t.arg.stringList({ description: 'Up to 20 event types or patterns (exclusive with type).' }),
        created: t.arg({ type: DateTimeRangeInput }),
        deliverySuccess: t.arg.boolean({
          description: 'true: events every webhook endpoint received (pendingWebhooks = 0). false: events still pending, or failed, at some endpoint.',
        }),
      },
      resolve: (_r, args, ctx) => {
        if (args.type && args.types) throw badUserInput('parameter_invalid', 'Pass either type or types, not both.', ['types']);
        const types = args.types ? resolveTypePatterns(args.types, 'types') : args.type ? resolveTypePatterns([args.type], 'type') : null;
        return keysetPage({
          db: ctx.services.database.db,
          table: events,
          // Commit order: events written by one command share `created`, and seq tells them apart.
          orderBy: { column: events.seq, value: (row: typeof events.$inferSelect) => row.seq, sequence: true },
          where: [
            eq(events.accountId, ctx.scope.accountId),
            eq(events.livemode, ctx.scope.livemode),
            types ? anyOf(events.type, [...types]) : undefined,
            ...rangeFilter(events.created, args.created),
            args.deliverySuccess == null ? undefined : args.deliverySuccess ? eq(events.pendingWebhooks, 0) : gt(events.pendingWebhooks, 0),
          ],
          args,
          map: (row: typeof events.$inferSelect) => eventRowToStripe(row),
        });
      },
    },
    EventConnection,
  ),
}));

builder.subscriptionFields((t) => ({
  events: t.field({
    type: EventRef,
    description:
      'Events in commit order. `after` resumes from an event id: everything committed after it is replayed first, then the stream goes live, with no gap or duplicate.',
    args: {
      types: t.arg.stringList({ description: 'Up to 20 event types or patterns (`*` stands for a whole segment, or the rest of the name when last).' }),
      after: t.arg.id(),
    },
    subscribe: async (_r, args, ctx) => {
      const types = resolveTypePatterns(args.types, 'types');
      let afterSeq: number | null = null;
      if (args.after) {
        const [row] = await ctx.services.database.db
          .select({ seq: events.seq })
          .from(events)
          .where(and(eq(events.accountId, ctx.scope.accountId), eq(events.livemode, ctx.scope.livemode), eq(events.id, String(args.after))));
        if (!row) throw badUserInput('resource_missing', `No such event: '${args.after}'`, ['after']);
        afterSeq = row.seq;
      }
      return ctx.services.hub.streamEvents(ctx.scope, { afterSeq, accept: types ? (e) => types.has(e.type) : () => true });
    },
    resolve: (e) => e,
  }),
}));
