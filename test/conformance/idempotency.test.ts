import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { configureTestMode } from '../../src/layer/schedule.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { getNamedType, isNonNullType, type GraphQLInputObjectType } from 'graphql';
import { pascal, snake } from '../../src/layer/naming.js';
import { creatable, eventCount, fixtures, load, mutate, rowCount, schema, servedMutations, countAssertions } from './support.js';

countAssertions('idempotency');
/**
 * Idempotent replay of every create: the same key and params answer the first result again and write
 * nothing more (rows, events); the same key with other params is refused (idempotency_key_in_use).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Scheduled follow-ups (a CreditReversal's post) must not move instances while a test reads them.
  configureTestMode({ delayMs: 3_600_000, returnDelayMs: 3_600_000 });
});
afterAll(() => t?.close());

describe.each(
  creatable()
    .filter((r) => r.examples)
    .map((r) => [r.typeName, r] as const),
)('%s', (_name, resource) => {
  it('replays a create with the same idempotency key without writing again', async () => {
    const fx = fixtures(t, resource.examples!.perAccount ? await t.newAccount() : t.account);
    const m = servedMutations(resource).find((s) => s.action === 'create')!;
    const params = await resource.examples!.create(fx);
    const key = `conf_${randomBytes(8).toString('hex')}`;
    const opts = { key: fx.account.testKey, idempotencyKey: key };
    const first = await mutate(t, m, params, opts);
    expect(first.userErrors).toEqual([]);
    const id = first.object!.id;
    const stored = await load(t, resource, id, fx.account.accountId);
    const rows = await rowCount(t, resource, fx.account.accountId);
    const events = await eventCount(t, id);
    const again = await mutate(t, m, params, opts);
    expect(again).toEqual(first);
    expect(await rowCount(t, resource, fx.account.accountId)).toBe(rows);
    expect(await eventCount(t, id)).toBe(events);
    expect(await load(t, resource, id, fx.account.accountId)).toEqual(stored);
    // The same key for another request is refused, and writes nothing.
    // Another request: metadata, an optional string param, or else an amount, changed.
    const input = (schema.getType(`${pascal(m.name)}Input`) as GraphQLInputObjectType).getFields();
    // An optional ID (a ConnectionToken's location) varies as well: the key is refused before it is read.
    const text = Object.values(input).find(
      (f) => !isNonNullType(f.type) && ['String', 'ID'].includes(getNamedType(f.type).name) && f.name !== 'idempotencyKey',
    )?.name;
    const integer = Object.values(input).find((f) => ['Int', 'SafeInt'].includes(getNamedType(f.type).name) && typeof params[snake(f.name)] === 'number')?.name;
    const param = input.metadata ? 'metadata' : (text ?? integer);
    const vary = resource.examples!.vary;
    expect(param ?? vary, 'a param to vary (or examples.vary)').toBeDefined();
    const value = param === 'metadata' ? { replay: 'different' } : param === text ? 'different' : params[snake(param!)] + 1;
    const other = vary ? vary(params) : { ...params, [snake(param!)]: value };
    const changed = await mutate(t, m, other, opts);
    expect(changed.userErrors.map((e) => e.code)).toEqual(['idempotency_key_in_use']);
    expect(await rowCount(t, resource, fx.account.accountId)).toBe(rows);
  });
});
