/* eslint-disable @typescript-eslint/no-explicit-any -- lists of every resource, read as data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, isInputObjectType, isNonNullType, type GraphQLArgument } from 'graphql';
import { randomBytes } from 'node:crypto';
import { MAX_PAGE_SIZE } from '../../src/kernel/pagination.js';
import { snake } from '../../src/layer/naming.js';
import type { AnyResource } from '../../src/layer/resource.js';
import { configureTestMode } from '../../src/layer/schedule.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { creatable, fixtures, instances, load, mutate, schema, servedMutations, toInput, countAssertions } from './support.js';

countAssertions('lists');
/**
 * Lists (newest first, first/after pages, page-size limits, every equality filter on a field of the
 * object, `created` ranges) and tenancy (an unknown id and another account's id answered alike, by
 * retrieve, `node` and every mutation on an id), for every creatable resource with `examples`.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Scheduled follow-ups (a CreditReversal's post) must not move instances while a test reads them.
  configureTestMode({ delayMs: 3_600_000, returnDelayMs: 3_600_000 });
});
afterAll(() => t?.close());

const PAGE_ARGS = new Set(['first', 'after', 'last', 'before']);
const withExamples = creatable().filter((r) => r.examples);

/** The list query's arguments: required ones filled from `object` (a Treasury list's financialAccount). */
function listCall(resource: AnyResource, object: Record<string, any>) {
  const field = schema.getQueryType()!.getFields()[resource.listFieldName];
  if (!field) return null;
  const args = field.args.filter((a) => !PAGE_ARGS.has(a.name));
  const required = Object.fromEntries(args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, toInput(a.type, object[snake(a.name)])]));
  return { name: field.name, args, required };
}

async function page(_resource: AnyResource, call: NonNullable<ReturnType<typeof listCall>>, vars: Record<string, unknown>, key = t.account.testKey) {
  const args = call.args.filter((a) => a.name in vars);
  const decl = [...args.map((a) => `$${a.name}: ${a.type.toString()}`), '$first: Int', '$after: String'].join(', ');
  const pass = [...args.map((a) => `${a.name}: $${a.name}`), 'first: $first', 'after: $after'].join(', ');
  const r = await t.gql<any, any>(`query(${decl}) { ${call.name}(${pass}) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, vars, key);
  return r;
}

const ids = (r: any, name: string) => r.data[name].edges.map((e: any) => e.node.id) as string[];

describe.each(withExamples.map((r) => [r.typeName, r] as const))('%s', (_name, resource) => {
  it('lists newest first, pages with first/after, refuses page sizes out of range, and filters on its fields', async () => {
    const make = instances(t, resource);
    const perAccount = resource.examples!.perAccount ?? 3;
    const made: Record<string, any>[] = [];
    const first = await make();
    made.push(first.object);
    // Instances the list must show together live in one account (the first one's).
    const fx = first.fx;
    for (let i = 1; i < Math.min(3, perAccount); i++) made.push(await fx.create(resource.spec.object));
    const call = listCall(resource, first.object);
    if (!call) return;
    const key = first.account.testKey;
    const all = await page(resource, call, { ...call.required, first: MAX_PAGE_SIZE }, key);
    expect(all.errors).toBeUndefined();
    const listed = ids(all, call.name);
    // Newest first: ours appear in reverse creation order.
    expect(listed.filter((id) => made.some((m) => m.id === id))).toEqual(made.map((m) => m.id).reverse());
    // Pages: first 1, then after its cursor, follow the full list.
    const p1 = await page(resource, call, { ...call.required, first: 1 }, key);
    expect(ids(p1, call.name)).toEqual(listed.slice(0, 1));
    expect(p1.data[call.name].pageInfo.hasNextPage).toBe(listed.length > 1);
    const p2 = await page(resource, call, { ...call.required, first: 1, after: p1.data[call.name].pageInfo.endCursor }, key);
    expect(ids(p2, call.name)).toEqual(listed.slice(1, 2));
    // Limits: 0..100.
    for (const n of [MAX_PAGE_SIZE + 1, -1]) {
      const bad = await page(resource, call, { ...call.required, first: n }, key);
      expect(bad.errors?.[0]?.extensions?.stripeCode, `first: ${n}`).toBe('parameter_invalid_integer');
    }
    // Filters: each optional argument that names a field of the object, with the first instance's value.
    const sample = first.object;
    let filtered = 0;
    for (const arg of call.args as GraphQLArgument[]) {
      if (isNonNullType(arg.type)) continue;
      const field = snake(arg.name);
      const named = getNamedType(arg.type);
      if (isInputObjectType(named)) {
        if (named.name !== 'DateTimeRange' || typeof sample[field] !== 'number') continue;
        const inRange = await page(
          resource,
          call,
          { ...call.required, [arg.name]: { gte: new Date(sample[field] * 1000).toISOString() }, first: MAX_PAGE_SIZE },
          key,
        );
        expect(ids(inRange, call.name)).toContain(sample.id);
        const before = await page(
          resource,
          call,
          { ...call.required, [arg.name]: { lt: new Date(sample[field] * 1000).toISOString() }, first: MAX_PAGE_SIZE },
          key,
        );
        expect(ids(before, call.name)).not.toContain(sample.id);
        filtered++;
        continue;
      }
      const value = sample[field];
      if (value == null || typeof value === 'object') continue;
      if (isEnumType(named) && !named.getValues().some((v) => v.value === value)) continue;
      const r = await page(resource, call, { ...call.required, [arg.name]: toInput(arg.type, value), first: MAX_PAGE_SIZE }, key);
      expect(r.errors, `${arg.name}`).toBeUndefined();
      const found = ids(r, call.name);
      expect(found, `${arg.name}=${value}`).toContain(sample.id);
      const objects = await Promise.all(found.map((id) => load(t, resource, id, first.account.accountId)));
      for (const o of objects) expect(o![field], `${arg.name} filter`).toEqual(value);
      filtered++;
    }
    expect(filtered).toBeGreaterThanOrEqual(call.args.some((a) => a.name === 'created') ? 1 : 0);
  });

  it("answers an unknown id and another account's id alike (retrieve, node, every mutation on an id)", async () => {
    const mine = await instances(t, resource)();
    const otherFx = fixtures(t, await t.newAccount());
    const other = { object: await otherFx.create(resource.spec.object), account: otherFx.account };
    const unknown = `${resource.spec.idPrefix ?? 'x'}_${randomBytes(12).toString('hex')}`;
    const key = mine.account.testKey;
    for (const id of [unknown, other.object.id]) {
      const r = await t.gql<any, any>(`query($id: ID!) { ${resource.fieldName}(id: $id) { id } node(id: $id) { id } }`, { id }, key);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ [resource.fieldName]: null, node: null });
    }
    // The account does see its own.
    const own = await t.gql<any, any>(`query($id: ID!) { ${resource.fieldName}(id: $id) { id } }`, { id: mine.object.id }, key);
    expect(own.data[resource.fieldName]).toEqual({ id: mine.object.id });
    for (const m of servedMutations(resource).filter((s) => s.endpoint.pathParams.includes('id'))) {
      const params = { ...(resource.examples!.params?.[m.action]?.(other.object) ?? {}) };
      const answers = [];
      for (const id of [unknown, other.object.id]) {
        const r = await mutate(t, m, { ...params, id }, { key });
        answers.push({
          codes: r.userErrors.map((e) => e.code),
          field: r.userErrors[0]?.field,
          message: r.userErrors[0]?.message.replace(id, '<id>'),
          object: r.object,
        });
      }
      expect(answers[0], m.name).toEqual({ codes: ['resource_missing'], field: answers[0]!.field, message: answers[0]!.message, object: null });
      expect(answers[1], m.name).toEqual(answers[0]);
    }
    // Nothing happened to the other account's object.
    expect(await load(t, resource, other.object.id, other.account.accountId)).toEqual(other.object);
  });
});
