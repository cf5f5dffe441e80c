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
    // Another request: metadata, or an optional string param, changed.
    const input = (schema.getType(`${pascal(m.name)}Input`) as GraphQLInputObjectType).getFields();
    // Else an optional string (or id), else a required string (a Registration's active_from).
    const strings = Object.values(input).filter((f) => ['String', 'ID'].includes(getNamedType(f.type).name) && !['idempotencyKey', 'id'].includes(f.name));
    const param = input.metadata ? 'metadata' : (strings.find((f) => !isNonNullType(f.type)) ?? strings[0])?.name;
    expect(param, 'a param to vary').toBeDefined();
    const changed = await mutate(t, m, { ...params, [snake(param!)]: param === 'metadata' ? { replay: 'different' } : 'different' }, opts);
    expect(changed.userErrors.map((e) => e.code)).toEqual(['idempotency_key_in_use']);
    expect(await rowCount(t, resource, fx.account.accountId)).toBe(rows);
  });
});
