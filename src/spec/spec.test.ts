import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ObjectSpec, Shape, SpecIndex, Type } from './format.js';

/** Invariants of the checked-in spec files (src/spec/stripe); `npm run spec:check` proves they match the extractor. */

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'stripe');
const overlays = path.join(path.dirname(new URL(import.meta.url).pathname), 'overlays');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

const index = readJson<SpecIndex>(path.join(dir, 'index.json'));
const specs = index.objects.map((o) => readJson<ObjectSpec>(path.join(dir, `${o}.json`)));
const allowedUnknowns = readJson<{ allow: { shape: string; field: string }[] }>(path.join(overlays, 'unknowns.json')).allow;
const kinds = new Set([
  'string',
  'boolean',
  'integer',
  'float',
  'timestamp',
  'decimal',
  'enum',
  'object',
  'expandable',
  'resource',
  'array',
  'list',
  'map',
  'metadata',
  'union',
  'range',
  'unknown',
]);

function leaves(t: Type): Type[] {
  switch (t.kind) {
    case 'array':
    case 'list':
      return [t, ...leaves(t.items)];
    case 'map':
      return [t, ...leaves(t.values)];
    case 'union':
      return [t, ...t.members.flatMap(leaves)];
    default:
      return [t];
  }
}

function eachField(shapes: Record<string, Shape>, fn: (key: string, name: string, t: Type) => void) {
  for (const [key, shape] of Object.entries(shapes)) for (const f of shape.fields) for (const t of leaves(f.type)) fn(key, f.name, t);
}

describe('vendored Stripe spec', () => {
  it('has one file per object in index.json, and no other', () => {
    expect(index.source.package).toBe('stripe');
    expect(index.objects.length).toBeGreaterThanOrEqual(58);
    expect(new Set(index.objects).size).toBe(index.objects.length);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(files.sort()).toEqual(index.objects.map((o) => `${o}.json`).sort());
  });

  it.each(specs.map((s) => [s.object, s] as const))('%s: root shape, object literal, id prefix', (object, spec) => {
    expect(spec.object).toBe(object);
    expect(spec.root).toBe(object);
    const root = spec.shapes[spec.root];
    expect(root).toBeDefined();
    const objectField = root.fields.find((f) => f.name === 'object');
    expect(objectField?.type).toEqual({ kind: 'enum', values: [object], open: false });
    const hasId = root.fields.some((f) => f.name === 'id');
    if (spec.idPrefix !== null) {
      expect(hasId).toBe(true);
      expect(spec.idPrefix).toMatch(/^[a-z]+$/);
    }
  });

  it.each(specs.map((s) => [s.object, s] as const))('%s: every shape reference resolves, field names are unique', (_object, spec) => {
    for (const shapes of [spec.shapes, spec.paramShapes]) {
      eachField(shapes, (key, name, t) => {
        expect(kinds.has(t.kind), `${key}.${name}: kind ${t.kind}`).toBe(true);
        if (t.kind === 'object') expect(shapes[t.shape], `${key}.${name} → ${t.shape}`).toBeDefined();
        if (t.kind === 'enum') {
          expect(t.values.length, `${key}.${name}: empty enum`).toBeGreaterThanOrEqual(1);
          expect(new Set(t.values).size, `${key}.${name}: duplicate enum values`).toBe(t.values.length);
        }
        if (t.kind === 'expandable' || t.kind === 'resource') expect(t.objects.length).toBeGreaterThanOrEqual(1);
        if (t.kind === 'union') expect(t.members.length).toBeGreaterThanOrEqual(2);
      });
      for (const [key, shape] of Object.entries(shapes)) {
        const names = shape.fields.map((f) => f.name);
        expect(new Set(names).size, `${key}: duplicate field`).toBe(names.length);
      }
    }
    // Object shapes never reference params shapes, and the other way round only shared/other-module ones.
    eachField(spec.shapes, (key, name, t) => {
      if (t.kind === 'object') expect(t.shape.includes('#'), `${key}.${name}`).toBe(false);
    });
  });

  it.each(specs.map((s) => [s.object, s] as const))('%s: endpoints name their params shape and path placeholders', (_object, spec) => {
    for (const e of [...spec.endpoints, ...spec.relatedEndpoints]) {
      if (e.params !== null) expect(spec.paramShapes[e.params], `${e.name} params ${e.params}`).toBeDefined();
      expect([...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])).toEqual(e.pathParams);
      expect(['GET', 'POST', 'DELETE']).toContain(e.method);
      expect(e.path.startsWith(e.testHelper ? '/v1/test_helpers/' : '/v1/')).toBe(true);
      if (e.returns === 'list') expect(e.list).toBe(true);
    }
    for (const e of spec.endpoints) expect(['self', 'list', 'deleted', 'search']).toContain(e.returns);
  });

  it('has no unknown type except those allowed in overlays/unknowns.json', () => {
    const unknown: string[] = [];
    for (const spec of specs) {
      for (const shapes of [spec.shapes, spec.paramShapes]) {
        eachField(shapes, (key, name, t) => {
          if (t.kind === 'unknown' && !allowedUnknowns.some((a) => a.shape === key && a.field === name)) unknown.push(`${key}.${name}`);
        });
      }
    }
    expect(unknown).toEqual([]);
  });

  it('keeps the contract for a known object (treasury.outbound_transfer)', () => {
    const ot = specs.find((s) => s.object === 'treasury.outbound_transfer')!;
    expect(ot.idPrefix).toBe('obt');
    const root = ot.shapes['treasury.outbound_transfer'];
    expect(root.fields.slice(0, 2).map((f) => f.name)).toEqual(['id', 'object']);
    const field = (name: string) => root.fields.find((f) => f.name === name)!;
    expect(field('created').type).toEqual({ kind: 'timestamp' });
    expect(field('amount').type).toEqual({ kind: 'integer' });
    expect(field('transaction').type).toEqual({ kind: 'expandable', objects: ['treasury.transaction'] });
    expect(field('status').type).toEqual({ kind: 'enum', values: ['canceled', 'failed', 'posted', 'processing', 'returned'], open: true });
    expect(field('returned_details')).toMatchObject({
      nullable: true,
      optional: false,
      type: { kind: 'object', shape: 'treasury.outbound_transfer:ReturnedDetails' },
    });
    expect(ot.shapes['treasury.outbound_transfer:DestinationPaymentMethodDetails.UsBankAccount']).toBeDefined();
    const ret = ot.endpoints.find((e) => e.name === 'returnOutboundTransfer')!;
    expect(ret).toMatchObject({
      verb: 'return',
      method: 'POST',
      path: '/v1/test_helpers/treasury/outbound_transfers/{id}/return',
      pathParams: ['id'],
      testHelper: true,
      returns: 'self',
    });
    const list = ot.endpoints.find((e) => e.name === 'list')!;
    expect(list).toMatchObject({ list: true, returns: 'list', params: 'treasury.outbound_transfer#OutboundTransferListParams' });
    const listParams = ot.paramShapes[list.params!].fields.map((f) => f.name);
    expect(listParams).toEqual(expect.arrayContaining(['financial_account', 'status', 'limit', 'starting_after', 'ending_before']));
  });
});
