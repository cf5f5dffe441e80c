/* eslint-disable @typescript-eslint/no-explicit-any -- Pothos fields are built from data here. */
import { sql } from 'drizzle-orm';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../graphql/builder.js';
import { registerLoader, type Context } from '../graphql/context.js';
import { payloadType, toPayload } from '../graphql/payload.js';
import { objectUpdates } from '../graphql/subscribe.js';
import { StripeError } from '../kernel/errors.js';
import { hasPrefix } from '../kernel/ids.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Edge, encodeCursor, MAX_PAGE_SIZE, type PageArgs } from '../kernel/pagination.js';
import { badUserInput } from '../kernel/query-errors.js';
import { runAction, runCreate, runDelete } from './actions.js';
import { inputPath, listArgs, paramInputType, toParams } from './graph-inputs.js';
import { camelField, planField, refOf, shapeType } from './graph-types.js';
import { camel, connectionFieldName, fieldNameOf, pascal, typeNameOf } from './naming.js';
import { allResources, catalogueOf, type AnyResource, type TransitionDecl } from './resource.js';
import { decodeRoot, enrichFetched, type Fetched, planColumns, planned, planOf, planRetrieve, type PlanNode, refCheck, toObject } from './read-plan.js';
import { endpointOf, rootShape, specOf, type SpecEndpoint } from './spec.js';
import { equalsWhere, firstRecordsOf, listRecords, rangeWhere, type Where } from './store.js';
import { exactCreated, type StoredRecord } from './storage.js';

/**
 * The GraphQL surface of every declared resource, from its spec: the object type (Node), its
 * connection, retrieve and list queries (Stripe's filters), reverse connections on parents,
 * one mutation per served endpoint (create, update, actions, test helpers) with `userErrors`, and
 * `<type>Updated`. Called once, after every resource module has loaded (src/layer/discover.ts).
 */

const connections = new Map<string, any>();
function connectionOf(resource: AnyResource) {
  let c = connections.get(resource.typeName);
  if (!c) {
    c = builder.connectionObject(
      { type: refOf(resource), name: `${resource.typeName}Connection`, description: `A page of ${resource.typeName} objects.` },
      { name: `${resource.typeName}Edge`, description: `A ${resource.typeName} in a page, with its cursor.` },
    );
    connections.set(resource.typeName, c);
  }
  return c;
}

/** Connection fields other resources add to this object's type (they replace a spec list of the same name). */
function connectionFieldsOn(object: string): Set<string> {
  const out = new Set<string>();
  for (const r of allResources()) for (const c of r.connections ?? []) if (c.on === object) out.add(connectionField(r, c));
  return out;
}

const connectionField = (resource: AnyResource, c: { field?: string }) => connectionFieldName(resource.spec.object, c);

function buildObjectType(resource: AnyResource) {
  const root = rootShape(resource.spec);
  const oc = { spec: resource.spec, resource };
  const replaced = connectionFieldsOn(resource.spec.object);
  const paged = new Set(resource.pagedLists ?? []);
  const pagedFields = root.fields.filter((f) => paged.has(f.name));
  const plans = root.fields
    .filter((f) => f.name !== 'id' && !replaced.has(camelField(f.name)) && !paged.has(f.name))
    .map((f) => [f, planField(oc, resource.typeName, f, f.name)] as const)
    .filter(([, p]) => p);
  builder.node(refOf(resource), {
    description: resource.spec.description || undefined,
    id: { resolve: (o: any) => o.id },
    isTypeOf: (o: any) => o?.object === resource.spec.object && !o.deleted,
    fields: (t: any) =>
      Object.fromEntries([
        ...plans.map(([f, p]) => [camelField(f.name), t.field({ type: p!.type, nullable: p!.nullable, description: p!.description, resolve: p!.resolve })]),
        ...pagedFields.map((f) => [
          camelField(f.name),
          pagedListField(t, resource, { name: f.name, description: f.description, type: f.type, nullable: f.nullable || f.optional }),
        ]),
      ]),
  } as any);
  registerLoader(resource.typeName, (services, scope, ids) => resource.load(services.database.db, scope, ids));
}

/** The where-clauses of a list call from its (Stripe-named) arguments. */
function listWhere(resource: AnyResource, args: Record<string, any>): Where[] {
  const where: Where[] = [];
  const filters = resource.list?.filters ?? {};
  for (const [param, value] of Object.entries(args)) {
    if (value === null || value === undefined || ['first', 'after', 'last', 'before'].includes(param)) continue;
    const custom = filters[param];
    if (custom) {
      const w = custom(value, resource.storage, args);
      Array.isArray(w) ? where.push(...w) : where.push(w);
      continue;
    }
    if (
      param === 'created' ||
      (value && typeof value === 'object' && !Array.isArray(value) && ('gt' in value || 'gte' in value || 'lt' in value || 'lte' in value))
    ) {
      where.push(...rangeWhere(resource.storage, param, value));
      continue;
    }
    if (!resource.storage.columnOf.has(param)) throw new Error(`${resource.spec.object}: list filter '${param}' needs a declaration`);
    where.push(equalsWhere(resource.storage, param, value));
  }
  return where;
}

/** The list args that name another object: (param, id, object). */
const refArgs = (resource: AnyResource, args: Record<string, any>) =>
  Object.entries(args).flatMap(([param, value]) => {
    const target = resource.refs?.[param];
    return typeof target === 'string' && typeof value === 'string' ? [{ param, value, target }] : [];
  });
const missingRef = (r: { param: string; value: string; target: string }) =>
  badUserInput('resource_missing', `No such ${r.target.split('.').pop()!.replace(/_/g, ' ')}: '${r.value}'`, [camel(r.param)]);
const prefixFits = (r: { value: string; target: string }) => {
  const prefix = specOf(r.target).idPrefix;
  return prefix === null || hasPrefix(r.value, prefix);
};

/** Refs in list args must name an object the caller can see (Stripe: resource_missing). */
async function checkListRefs(resource: AnyResource, ctx: Context, args: Record<string, any>) {
  for (const r of refArgs(resource, args)) if (!prefixFits(r) || !(await ctx.loaders.of(typeNameOf(r.target)).load(r.value))) throw missingRef(r);
}

export async function listOf(resource: AnyResource, ctx: Context, given: Record<string, any>, page: PageArgs, info?: GraphQLResolveInfo) {
  const stripeArgs = { ...given };
  for (const [param, value] of Object.entries(resource.list?.defaults ?? {})) stripeArgs[param] ??= value;
  try {
    resource.list?.validate?.(stripeArgs);
  } catch (e) {
    // A list's refusal answers like the layer's own (a query has no userErrors): BAD_USER_INPUT with Stripe's code.
    if (e instanceof StripeError) throw badUserInput(e.code, e.message, (e.param ?? []).map(camel));
    throw e;
  }
  if (resource.catalogue) return cataloguePage(resource, ctx, stripeArgs, page);
  const plan = info ? planOf(info, resource, 'list') : null;
  if (plan) return plannedPage(resource, ctx, stripeArgs, page, plan);
  await checkListRefs(resource, ctx, stripeArgs);
  const result = await listRecords(
    ctx.services.database.db,
    resource.storage,
    ctx.scope,
    { where: listWhere(resource, stripeArgs), orderBy: resource.list?.orderBy?.(stripeArgs) },
    page,
  );
  if (resource.enrich && result.edges.length)
    await resource.enrich(
      ctx.services.database.db,
      ctx.scope,
      result.edges.map((e) => e.node),
    );
  return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: resource.toStripe(e.node as StoredRecord) })) };
}

/**
 * A page through the read planner: the page and everything selected under it in one statement. The
 * objects its filters name are checked in the same statement (an uncorrelated subquery, run once);
 * an empty page checks them through the loaders.
 */
async function plannedPage(resource: AnyResource, ctx: Context, args: Record<string, any>, page: PageArgs, plan: PlanNode) {
  const db = ctx.services.database.db;
  const refs = refArgs(resource, args);
  for (const r of refs) if (!prefixFits(r)) throw missingRef(r);
  const checks = refs.map((r, i) => ({ ...r, item: refCheck(r.target, r.value, ctx.scope, `$check${i}`) }));
  for (const c of checks) if (!c.item && !(await ctx.loaders.of(typeNameOf(c.target)).load(c.value))) throw missingRef(c);
  const orderBy = resource.list?.orderBy?.(args);
  // Cursors of a page in another order carry that column's value.
  if (orderBy) plan.columns.add(resource.storage.columnOf.get(orderBy)!);
  const items = [planColumns(plan, ctx.scope), ...checks.flatMap((c) => (c.item ? [c.item] : []))];
  let firstRow: Record<string, unknown> | undefined;
  const result = await listRecords(db, resource.storage, ctx.scope, { where: listWhere(resource, args), orderBy: resource.list?.orderBy?.(args) }, page, {
    columns: sql.join(items, sql`, `),
    decode: (raw) => {
      firstRow ??= raw;
      return decodeRoot(plan, raw);
    },
    record: (f) => f.record,
  });
  for (const [i, c] of checks.entries())
    if (c.item && !(firstRow ? firstRow[`$check${i}`] === true : await ctx.loaders.of(typeNameOf(c.target)).load(c.value))) throw missingRef(c);
  await enrichFetched(
    db,
    ctx.scope,
    result.edges.map((e) => e.node),
  );
  return { ...result, edges: result.edges.map((e) => (e as Edge<Fetched>).map(toObject)) };
}

/**
 * A page of a catalogue, in its own order (Stripe lists catalogues by its own ranking, not by
 * creation): equality filters on top-level fields, cursors by position.
 */
async function cataloguePage(resource: AnyResource, ctx: Context, args: Record<string, any>, page: PageArgs) {
  const all = catalogueOf(resource.catalogue!, ctx.scope).filter((r) => Object.entries(args).every(([k, v]) => v == null || r[k] === v));
  const result = arrayPage(all, page);
  const slice = result.edges.map((e) => e.node);
  if (resource.enrich && slice.length) await resource.enrich(ctx.services.database.db, ctx.scope, slice);
  return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: resource.toStripe(e.node) })) };
}

/** A page of an array in its own order (a catalogue, an object's list of line items): cursors by position. */
function arrayPage<T extends { id?: unknown }>(all: T[], page: PageArgs) {
  const position = (cursor: string | null | undefined, param: string) => {
    if (cursor == null) return null;
    const { id, at } = decodeCursor(cursor, param);
    const found = all.findIndex((r, i) => (r.id ?? String(i)) === id && (r.id != null || i === at));
    if (found < 0) throw badUserInput('invalid_cursor', `Invalid cursor: '${cursor.slice(0, 100)}'.`, [param]);
    return found;
  };
  const after = position(page.after, 'after');
  const before = position(page.before, 'before');
  const limit = page.last ?? page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE)
    throw badUserInput('parameter_invalid_integer', `${page.last != null ? 'last' : 'first'} must be an integer between 0 and ${MAX_PAGE_SIZE}.`, [
      page.last != null ? 'last' : 'first',
    ]);
  const backward = page.last != null || (page.before != null && page.first == null);
  const from = after === null ? 0 : after + 1;
  const to = before === null ? all.length : before;
  const slice = backward ? all.slice(Math.max(from, to - limit), to) : all.slice(from, Math.min(to, from + limit));
  const start = slice.length ? all.indexOf(slice[0]!) : from;
  const edges = slice.map((r, i) => ({ cursor: encodeCursor(start + i, String(r.id ?? start + i)), node: r }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? before !== null : start + slice.length < to,
      hasPreviousPage: backward ? start > from : after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const pagedConnections = new Map<string, any>();
/**
 * A list field of the object (Stripe's `{ object: 'list', data }`, kept with the object: a Tax
 * Calculation's line items) as a connection, paged over the stored list in its order.
 */
function pagedListField(t: any, resource: AnyResource, field: { name: string; description: string; type: any; nullable: boolean }) {
  const item = field.type.items;
  const itemSpec = specOf(item.objects[0]);
  const itemType = shapeType({ spec: itemSpec, resource }, itemSpec.root, field.name);
  const typeName = typeNameOf(itemSpec.object);
  let c = pagedConnections.get(typeName);
  if (!c) {
    c = builder.connectionObject(
      { type: itemType, name: `${typeName}Connection`, description: `A page of ${typeName} objects.` },
      { name: `${typeName}Edge`, description: `A ${typeName} in a page, with its cursor.` },
    );
    pagedConnections.set(typeName, c);
  }
  return t.connection(
    {
      type: itemType,
      description: `${field.description} Paged, in the object's order.`,
      nullable: field.nullable,
      resolve: (p: any, args: any) =>
        p[field.name] == null && field.nullable ? null : arrayPage((p[field.name]?.data ?? p[field.name] ?? []) as { id?: unknown }[], pageArgs(args)),
    },
    c,
  );
}

/** A parent's first page, batched with its siblings' through the request's loaders (one statement per page size). */
async function firstPageOf(resource: AnyResource, ctx: Context, by: string, parentId: string, first: number | null | undefined) {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) return listOf(resource, ctx, { [by]: parentId }, { first });
  const db = ctx.services.database.db;
  const rows = await ctx.loaders
    .batch<string, StoredRecord[]>(`first:${resource.spec.object}:${by}:${limit}`, async (ids) => {
      const found = await firstRecordsOf(db, resource.storage, ctx.scope, by, ids, limit);
      const all = [...found.values()].flat();
      if (resource.enrich && all.length) await resource.enrich(db, ctx.scope, all);
      return ids.map((id) => found.get(id) ?? []);
    })
    .load(parentId);
  const page = rows.slice(0, limit);
  const edges = page.map((r) => ({ cursor: encodeCursor(exactCreated(r), r.id), node: resource.toStripe(r) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

const pageArgs = (args: any): PageArgs => ({ first: args.first, after: args.after, last: args.last, before: args.before });
const stripeListArgs = (resource: AnyResource, shapeKey: string | null, args: any) => {
  const { first: _f, after: _a, last: _l, before: _b, ...rest } = args;
  return toParams(resource, shapeKey, rest);
};

function buildQueries(resource: AnyResource) {
  // Objects that exist only in test mode (`test_helpers.*`) list through a test-helper endpoint.
  const related = resource.list?.related;
  const listEndpoint = related
    ? endpointOf(resource.spec, related.endpoint)
    : (resource.spec.endpoints.find((e) => e.list && !e.testHelper) ?? resource.spec.endpoints.find((e) => e.list));
  // A related endpoint's path params (`{id}` of /accounts/{id}/owners), under the names the resource gives them.
  const pathParams = Object.entries(related?.pathParams ?? {});
  const pathArgs = pathParams.map(([, name]) => name);
  builder.queryField(resource.fieldName, (t: any) =>
    t.field({
      type: refOf(resource),
      nullable: true,
      description: `Retrieves a ${resource.typeName} by id; null when it does not exist for this key.`,
      args: { id: t.arg.id({ required: true, description: `The ${resource.typeName}'s id (\`${resource.spec.idPrefix ?? ''}…\`).` }) },
      resolve: (_r: unknown, { id }: { id: string }, ctx: Context, info: GraphQLResolveInfo) => {
        const plan = planOf(info, resource, 'object');
        return plan ? planRetrieve(ctx.services.database.db, ctx.scope, plan, String(id)) : ctx.loaders.of(resource.typeName).load(String(id));
      },
    }),
  );
  if (listEndpoint)
    builder.queryField(resource.listFieldName, (t: any) =>
      t.connection(
        {
          type: refOf(resource),
          description: listEndpoint.description || undefined,
          args: {
            ...Object.fromEntries(
              pathParams.map(([param, name]) => [name, t.arg.id({ required: true, description: `Stripe's \`{${param}}\` of \`${listEndpoint.path}\`.` })]),
            ),
            ...listArgs(resource, t, listEndpoint.params),
          },
          resolve: (_r: unknown, args: any, ctx: Context, info: GraphQLResolveInfo) => {
            const stripeArgs = stripeListArgs(resource, listEndpoint.params, args);
            for (const name of pathArgs) stripeArgs[name] = String(args[name]);
            return listOf(resource, ctx, stripeArgs, pageArgs(args), info);
          },
        },
        connectionOf(resource),
      ),
    );
  // Connections on parents exist without a list endpoint of the object's own (an AccountOwnership's owners).
  const listParams = listEndpoint?.params ?? null;
  for (const c of resource.connections ?? []) {
    const field = connectionField(resource, c);
    builder.objectField(refOf(c.on), field, (t: any) =>
      t.connection(
        {
          type: refOf(resource),
          description: c.description ?? `This ${typeNameOf(c.on)}'s ${resource.typeName}s, newest first.`,
          args: listArgs(resource, t, listParams, [c.by], true),
          resolve: (p: any, args: any, ctx: Context, info: GraphQLResolveInfo) => {
            const prefetched = planned(p, info);
            if (prefetched) return prefetched;
            const filters = stripeListArgs(resource, listParams, args);
            // The plain first page of many parents (a page of Transactions with their entries) loads in one statement.
            if (Object.keys(filters).length === 0 && args.after == null && args.before == null && args.last == null && !resource.list?.orderBy?.({}))
              return firstPageOf(resource, ctx, c.by, p.id, args.first);
            return listOf(resource, ctx, { ...filters, [c.by]: p.id }, pageArgs(args));
          },
        },
        connectionOf(resource),
      ),
    );
  }
}

/**
 * Mutation name of an endpoint: `createTreasuryOutboundTransfer`, `testHelpersPostTreasuryOutboundTransfer`;
 * a test-helper object's own endpoints are not prefixed twice (`advanceTestHelpersTestClock`).
 */
export function mutationName(resource: AnyResource, ep: SpecEndpoint) {
  const verb = ep.verb === 'del' ? 'delete' : ep.verb;
  return ep.testHelper && !resource.typeName.startsWith('TestHelpers')
    ? `testHelpers${pascal(verb)}${resource.typeName}`
    : `${camel(verb)}${resource.typeName}`;
}

const deletedTypes = new Map<string, any>();
/** Stripe's deleted object of a resource (`DeletedWebhookEndpoint`): what its delete answers. */
function deletedTypeOf(resource: AnyResource) {
  let ref = deletedTypes.get(resource.typeName);
  if (!ref) {
    ref = builder.objectRef<{ id: string; object: string; deleted: boolean }>(`Deleted${resource.typeName}`).implement({
      description: `What deleting a ${resource.typeName} returns (Stripe's deleted object).`,
      fields: (t: any) => ({
        id: t.exposeID('id', { description: 'The deleted object.' }),
        object: t.exposeString('object', { description: `Always \`${resource.spec.object}\`.` }),
        deleted: t.exposeBoolean('deleted', { description: 'Always true.' }),
      }),
    });
    deletedTypes.set(resource.typeName, ref);
  }
  return ref;
}

function buildMutation(
  resource: AnyResource,
  ep: SpecEndpoint,
  run: (caller: any, inv: any) => Promise<unknown>,
  decl: TransitionDecl<any> = {},
  deleted = false,
) {
  const name = decl.mutation ?? mutationName(resource, ep);
  const inputName = `${pascal(name)}Input`;
  const takesId = ep.pathParams.includes('id');
  const inputDescription = `The input of \`${name}\`: the parameters of Stripe's \`${ep.method} ${ep.path}\`${takesId ? ' and the object it acts on' : ''}.`;
  const input = ep.params
    ? paramInputType(
        resource,
        ep.params,
        inputName,
        (t) => ({
          ...(takesId ? { id: t.id({ required: true, description: `The ${resource.typeName} to act on.` }) } : {}),
          idempotencyKey: t.string({
            description: 'Repeating a request with the same key returns the first result again, without repeating its effect (24 hours).',
          }),
        }),
        inputDescription,
      )
    : builder.inputType(inputName, {
        description: inputDescription,
        fields: (t: any) => ({
          ...(takesId ? { id: t.id({ required: true, description: `The ${resource.typeName} to act on.` }) } : {}),
          idempotencyKey: t.string({
            description: 'Repeating a request with the same key returns the first result again, without repeating its effect (24 hours).',
          }),
        }),
      });
  const result = decl.result;
  const resultType = deleted
    ? deletedTypeOf(resource)
    : result
      ? shapeType({ spec: specOf(result.object), resource }, specOf(result.object).root, result.object)
      : refOf(resource);
  const payloadField = deleted ? `deleted${resource.typeName}` : result ? fieldNameOf(result.object) : resource.fieldName;
  builder.mutationField(name, (t: any) =>
    t.field({
      type: payloadType(`${pascal(name)}Payload`, payloadField, resultType),
      description: ep.description || undefined,
      args: { input: t.arg({ type: input, required: true, description: 'The parameters, the idempotency key and (for actions) the object acted on.' }) },
      resolve: (_r: unknown, args: any, ctx: Context) => {
        const { idempotencyKey, ...rest } = args.input as Record<string, unknown>;
        const params = toParams(resource, ep.params, rest);
        const caller = { db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId };
        return toPayload(async () => {
          try {
            const answer = await run(caller, { operation: name, hashInput: rest, idempotencyKey: (idempotencyKey as string | null) ?? null, params });
            return result ? result.pick(answer as Record<string, any>) : answer;
          } catch (err) {
            // Rules name Stripe's params; the payload names the input's fields.
            if (err instanceof StripeError && err.param) throw new StripeError(err.code, err.message, inputPath(resource, ep.params, err.param), err.type);
            throw err;
          }
        });
      },
    }),
  );
}

function endpointFor(resource: AnyResource, decl: { endpoint?: string; testHelper?: boolean; endpointOf?: string }, fallback: string): SpecEndpoint {
  return endpointOf(decl.endpointOf ? specOf(decl.endpointOf) : resource.spec, decl.endpoint ?? fallback, !!decl.testHelper);
}

function buildMutations(resource: AnyResource) {
  if (resource.create) {
    const ep = endpointFor(resource, resource.create, 'create');
    buildMutation(resource, ep, (caller, inv) => runCreate(resource, caller, inv), { mutation: resource.create.mutation });
  }
  for (const [name, decl] of Object.entries(resource.creates ?? {})) {
    const ep = endpointFor(resource, decl, name);
    buildMutation(resource, ep, (caller, inv) => runCreate(resource, caller, inv, decl), { mutation: decl.mutation });
  }
  if (resource.update) {
    const ep = endpointFor(resource, resource.update, 'update');
    buildMutation(resource, ep, (caller, inv) => runAction(resource, 'update', caller, inv), resource.update);
  }
  if (resource.delete) {
    const ep = endpointFor(resource, resource.delete, 'del');
    buildMutation(resource, ep, (caller, inv) => runDelete(resource, caller, inv), resource.delete, true);
  }
  for (const [action, decl] of Object.entries(resource.actions ?? {})) {
    if (!decl.endpoint) continue;
    const ep = endpointFor(resource, decl, decl.endpoint);
    buildMutation(resource, ep, (caller, inv) => runAction(resource, action, caller, inv), decl);
  }
}

function buildSubscription(resource: AnyResource) {
  if (!(resource.subscription ?? resource.statusField !== null)) return;
  builder.subscriptionField(`${resource.fieldName}Updated`, (t: any) =>
    t.field({
      type: refOf(resource),
      description: `The whole ${resource.typeName} after each committed change.`,
      args: { id: t.arg.id({ required: true, description: `The ${resource.typeName} to follow.` }) },
      subscribe: (_r: unknown, { id }: { id: string }, ctx: Context) =>
        objectUpdates(ctx, resource.typeName, String(id), async (oid) => (await resource.load(ctx.services.database.db, ctx.scope, [oid])).get(oid) ?? null),
      resolve: (o: unknown) => o,
    }),
  );
}

let built = false;
/** Builds the surface of every declared resource (once). */
export function buildGraph() {
  if (built) return;
  built = true;
  const all = allResources();
  for (const r of all) buildObjectType(r);
  for (const r of all) {
    buildQueries(r);
    buildMutations(r);
    buildSubscription(r);
  }
}
