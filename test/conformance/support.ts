/* eslint-disable @typescript-eslint/no-explicit-any -- the suite reads every resource's shapes as data. */
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, expect } from 'vitest';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';
import { schema } from '../../src/graphql/schema.js';
import { camelField } from '../../src/layer/graph-types.js';
import { mutationName } from '../../src/layer/graph.js';
import { pascal } from '../../src/layer/naming.js';
import { perform } from '../../src/layer/perform.js';
import { allResources, resourceOf, type AnyResource, type ExampleFixtures, type Params, type TransitionDecl } from '../../src/layer/resource.js';
import { endpointOf, specOf, type SpecEndpoint } from '../../src/layer/spec.js';
import { ALL_FEATURES, seedFinancialAccount, seedPaymentMethod } from '../support/seed.js';
import type { TestApp } from '../support/harness.js';

export { schema };

export interface Served {
  /** `create`, `update`, `delete` or the action's name. */
  action: string;
  decl: TransitionDecl<any>;
  endpoint: SpecEndpoint;
  /** The mutation's name and its payload field. */
  name: string;
  payloadField: string;
}

const endpointFor = (resource: AnyResource, decl: { endpoint?: string; testHelper?: boolean; endpointOf?: string }, fallback: string) =>
  endpointOf(decl.endpointOf ? specOf(decl.endpointOf) : resource.spec, decl.endpoint ?? fallback, !!decl.testHelper);

/** The mutations the layer serves for a resource (as src/layer/graph.ts names them). */
export function servedMutations(resource: AnyResource): Served[] {
  const out: Served[] = [];
  const add = (action: string, decl: TransitionDecl<any>, fallback: string) => {
    const endpoint = endpointFor(resource, decl, fallback);
    const name = decl.mutation ?? mutationName(resource, endpoint);
    const payloadField =
      action === 'delete' ? `deleted${resource.typeName}` : decl.result ? camelField(decl.result.object.replace(/\./g, '_')) : resource.fieldName;
    out.push({ action, decl, endpoint, name, payloadField });
  };
  if (resource.create) add('create', resource.create as TransitionDecl<any>, 'create');
  for (const [name, decl] of Object.entries(resource.creates ?? {})) add(`create:${name}`, decl as TransitionDecl<any>, name);
  if (resource.update) add('update', resource.update, 'update');
  if (resource.delete) add('delete', resource.delete, 'del');
  for (const [action, decl] of Object.entries(resource.actions ?? {})) if (decl.endpoint) add(action, decl, decl.endpoint);
  return out;
}

/** Creatable resources (a create the graph serves). */
export const creatable = () => allResources().filter((r) => r.create);

/** Stripe params (snake_case, Unix seconds, enum values) as the GraphQL input of `type` (camelCase, DateTime, enum names). */
export function toInput(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return toInput(type.ofType, value);
  if (isListType(type)) return Array.isArray(value) ? value.map((v) => toInput(type.ofType, v)) : toInput(type.ofType, value);
  if (isEnumType(type)) {
    const v = type.getValues().find((x) => x.value === value);
    if (!v) throw new Error(`${type.name} has no value ${String(value)}`);
    return v.name;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return Object.fromEntries(
      Object.entries(value as object).map(([k, v]) => {
        const f = fields[camelField(k)] ?? fields[k];
        if (!f) throw new Error(`${type.name} has no field ${k}`);
        return [f.name, toInput(f.type, v)];
      }),
    );
  }
  if (isScalarType(type) && type.name === 'DateTime') return new Date(Number(value) * 1000).toISOString();
  return value;
}

export interface MutationAnswer {
  object: (Record<string, any> & { id: string }) | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

/** Runs a served mutation over HTTP with Stripe params; answers the payload's object id and userErrors. */
export async function mutate(t: TestApp, m: Served, params: Params, opts: { key?: string; idempotencyKey?: string } = {}): Promise<MutationAnswer> {
  const inputName = `${pascal(m.name)}Input`;
  const inputType = schema.getType(inputName) as GraphQLInputType;
  const input = { ...(toInput(inputType, params) as object), ...(opts.idempotencyKey ? { idempotencyKey: opts.idempotencyKey } : {}) };
  const payloadType = getNamedType(schema.getMutationType()!.getFields()[m.name]!.type) as any;
  // The payload's object: its id when it has one (every resource, a deleted object), else the whole scalar-less answer is not needed.
  const objectType = getNamedType(payloadType.getFields()[m.payloadField]!.type) as any;
  const idSelection = objectType.getFields?.().id ? '{ id }' : objectType.getFields ? '{ __typename }' : '';
  const doc = `mutation($input: ${inputName}!) { ${m.name}(input: $input) { ${m.payloadField} ${idSelection} userErrors { code field message } } }`;
  const r = await t.gql<any, any>(doc, { input }, opts.key ?? t.account.testKey);
  expect(r.errors, `${m.name}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  const payload = r.data[m.name];
  return { object: payload[m.payloadField], userErrors: payload.userErrors };
}

/** The object as Stripe shows it, read through the layer (null when the scope does not see it). */
export async function load(t: TestApp, resource: AnyResource, id: string, accountId = t.account.accountId) {
  const found = await resource.load(t.database.db, { accountId, livemode: false }, [id]);
  return found.get(id) ?? null;
}

/** A FinancialAccount's balance in a currency, read through the layer. */
export async function balance(t: TestApp, fa: string, currency = 'usd', accountId = t.account.accountId) {
  const o = (await load(t, resourceOf('treasury.financial_account'), fa, accountId)) as any;
  return {
    cash: o.balance.cash[currency] ?? 0,
    inbound_pending: o.balance.inbound_pending[currency] ?? 0,
    outbound_pending: o.balance.outbound_pending[currency] ?? 0,
  };
}

export const FUNDS = 10_000_000;

/**
 * The fixtures of one account (test mode): what `examples` declarations use. The FinancialAccount
 * is made and funded once; instances are made by their resource's examples through the graph.
 */
export function fixtures(t: TestApp, account = t.account): ExampleFixtures & { account: typeof account } {
  let fa: Promise<string> | null = null;
  let pm: Promise<string> | null = null;
  const fx: ExampleFixtures & { account: typeof account } = {
    account,
    financialAccount: () =>
      (fa ??= (async () => {
        const id = await seedFinancialAccount(t, { key: account.testKey, features: ALL_FEATURES });
        // Funded the way money arrives: a ReceivedCredit (test helper).
        await createWith('treasury.received_credit', { financial_account: id, amount: FUNDS, currency: 'usd', network: 'ach' });
        return id;
      })()),
    paymentMethod: () => (pm ??= seedPaymentMethod(t, { key: account.testKey })),
    create: async (object, overrides = {}) => createWith(object, { ...(await resourceOf(object).examples!.create(fx)), ...overrides }),
    graphql: async (document, variables) => {
      const r = await t.gql<any, any>(document, variables, account.testKey);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data;
    },
  };
  async function createWith(object: string, params: Params) {
    const resource = resourceOf(object);
    const m = servedMutations(resource).find((s) => s.action === 'create')!;
    const r = await mutate(t, m, params, { key: account.testKey });
    expect(r.userErrors, `${object} example create`).toEqual([]);
    return (await load(t, resource, r.object!.id, account.accountId))!;
  }
  return fx;
}

/** Runs an action on an object: its mutation when served, else as the scheduler runs it (perform). */
export async function act(
  t: TestApp,
  resource: AnyResource,
  action: string,
  object: Record<string, any>,
  account = t.account,
): Promise<{ code: string | null; message?: string }> {
  const params = { id: object.id, ...(resource.examples?.params?.[action]?.(object) ?? {}) };
  const m = servedMutations(resource).find((s) => s.action === action);
  if (m) {
    const r = await mutate(t, m, params, { key: account.testKey });
    return { code: r.userErrors[0]?.code ?? null, message: r.userErrors[0]?.message };
  }
  try {
    await perform(resource.spec.object, action, { db: t.database.db, scope: { accountId: account.accountId, livemode: false }, requestId: null }, params);
    return { code: null };
  } catch (err: any) {
    if (typeof err?.code === 'string' && err.constructor?.name === 'StripeError') return { code: err.code, message: err.message };
    throw err;
  }
}

/** Row count of a resource's table for one account (test mode): "nothing more was written" checks. */
export async function rowCount(t: TestApp, resource: AnyResource, accountId = t.account.accountId): Promise<number> {
  const rows: any = await t.database.db.execute(
    sql`select count(*)::int as n from ${sql.identifier(resource.storage.tableName)} where account_id = ${accountId} and livemode = false`,
  );
  return Number((Array.isArray(rows) ? rows : rows.rows)[0].n);
}

/** Events about one object (any type, or one type). */
export async function eventCount(t: TestApp, objectId: string, type?: string): Promise<number> {
  const rows: any = await t.database.db.execute(
    sql`select count(*)::int as n from events where object_id = ${objectId} ${type ? sql`and type = ${type}` : sql``}`,
  );
  return Number((Array.isArray(rows) ? rows : rows.rows)[0].n);
}

/**
 * An instance maker for a resource: in the fixtures' account, or (for resources an account holds
 * only `perAccount` of) each in an account of its own. Answers the object and the account it is in.
 */
export function instances(t: TestApp, resource: AnyResource) {
  const shared = fixtures(t);
  const perAccount = resource.examples?.perAccount;
  return async (overrides: Params = {}) => {
    const fx = perAccount ? fixtures(t, await t.newAccount()) : shared;
    const object = await fx.create(resource.spec.object, overrides);
    return { object, account: fx.account, fx };
  };
}

/** Counts the file's assertions and prints them once it is done (the suite's size, for reports). */
export function countAssertions(file: string) {
  let n = 0;
  let tests = 0;
  afterEach(() => {
    n += expect.getState().assertionCalls;
    tests++;
  });
  afterAll(() => console.info(`conformance ${file}: ${tests} tests, ${n} assertions`));
}
