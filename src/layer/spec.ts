import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Endpoint, Field, ObjectSpec, Shape, Type } from '../spec/format.js';

/**
 * The vendored Stripe spec (src/spec/stripe/*.json, made by `npm run spec:extract` from the `stripe`
 * package's type definitions; format in src/spec/README.md). Read once, synchronously, at load: the
 * tables (drizzle-kit), the GraphQL surface and the conformance suite all derive from it.
 */
// The layer's names for the spec format's types (src/spec/format.ts is their one definition).
export type SpecType = Type;
export type SpecField = Field;
export type SpecShape = Shape;
export type SpecEndpoint = Endpoint;
export type SpecObject = ObjectSpec;

// `__dirname` exists where drizzle-kit loads the table modules as CommonJS; ESM (tsx, vitest) has import.meta.dirname.
const here = typeof __dirname === 'string' ? __dirname : import.meta.dirname;
export const SPEC_DIR = join(here, '..', 'spec', 'stripe');

let objects: Map<string, SpecObject> | null = null;

function load(): Map<string, SpecObject> {
  if (objects) return objects;
  objects = new Map();
  for (const file of readdirSync(SPEC_DIR).sort()) {
    if (!file.endsWith('.json') || file === 'index.json') continue;
    const spec = JSON.parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as SpecObject;
    objects.set(spec.object, spec);
  }
  return objects;
}

/** The spec of one Stripe object (`treasury.outbound_transfer`); throws for an unknown object. */
export function specOf(object: string): SpecObject {
  const spec = load().get(object);
  if (!spec) throw new Error(`No Stripe spec for object '${object}' in src/spec/stripe (run npm run spec:extract)`);
  return spec;
}

export const allSpecs = (): SpecObject[] => [...load().values()];

/** Whether the spec has an object (objects outside it, e.g. `balance_transaction`, are embedded as JSON). */
export const hasSpec = (object: string): boolean => load().has(object);

/** A shape of an object (its own, a nested one, a shared one its file carries, or one of the object its key names). */
export function shapeOf(spec: SpecObject, key: string): SpecShape {
  const shape = spec.shapes[key] ?? spec.paramShapes[key];
  if (shape) return shape;
  const owner = key.split(/[:#]/)[0]!;
  const other = owner !== spec.object ? load().get(owner) : undefined;
  const found = other && (other.shapes[key] ?? other.paramShapes[key]);
  if (!found) throw new Error(`${spec.object}: no shape '${key}'`);
  return found;
}

export function rootShape(spec: SpecObject): SpecShape {
  return shapeOf(spec, spec.root);
}

/** The field at a dotted path (`status_transitions.posted_at`) of an object, following nested shapes. */
export function fieldAt(spec: SpecObject, path: string): SpecField {
  let shape = rootShape(spec);
  const parts = path.split('.');
  for (const [i, name] of parts.entries()) {
    const field = shape.fields.find((f) => f.name === name);
    if (!field) throw new Error(`${spec.object}: no field '${path}'`);
    if (i === parts.length - 1) return field;
    if (field.type.kind !== 'object') throw new Error(`${spec.object}: '${parts.slice(0, i + 1).join('.')}' is not a nested object`);
    shape = shapeOf(spec, field.type.shape);
  }
  throw new Error('unreachable');
}

export function endpointOf(spec: SpecObject, name: string, testHelper = false): SpecEndpoint {
  const ep = [...spec.endpoints, ...(spec.relatedEndpoints ?? [])].find((e) => (e.name === name || e.verb === name) && e.testHelper === testHelper);
  if (!ep) throw new Error(`${spec.object}: no ${testHelper ? 'test-helper ' : ''}endpoint '${name}'`);
  return ep;
}

/**
 * The part of a Stripe object fingraph serves, where it serves less than the spec (a PaymentMethod
 * of one type out of ~90; a Customer's stored params). Fields and params left out are not stored,
 * not in the SDL (GraphQL then refuses them as unknown input fields) and not checked by the
 * conformance suite. `id` and `object` are always served.
 */
export interface ServeDecl {
  /** Top-level fields of the object served (nested shapes of a served field are served whole). */
  fields: string[];
  /** Params served per endpoint (by verb: `create`, `list`, …); an endpoint not named keeps all its params. */
  params?: Record<string, string[]>;
  /** Enum values served, by field or param name (a PaymentMethod's `type`: `us_bank_account`); others are refused as invalid values. */
  values?: Record<string, string[]>;
}

const served = new Map<string, string>();

/**
 * Restricts the spec every part of the layer reads (storage, GraphQL types and inputs, conformance)
 * to `serve`. Called by the object's table and resource declarations (the same declaration twice is
 * one restriction; two different ones are an error).
 */
export function serveOnly(object: string, serve: ServeDecl): void {
  const key = JSON.stringify(serve);
  const before = served.get(object);
  if (before === key) return;
  if (before !== undefined) throw new Error(`${object}: two different 'serve' declarations`);
  const spec = specOf(object);
  const keep = new Set(['id', 'object', ...serve.fields]);
  const root = rootShape(spec);
  for (const name of keep) if (!root.fields.some((f) => f.name === name)) throw new Error(`${object}: serve names unknown field '${name}'`);
  const shapes = { ...spec.shapes, [spec.root]: { ...root, fields: root.fields.filter((f) => keep.has(f.name)) } };
  const paramShapes = { ...spec.paramShapes };
  for (const [verb, params] of Object.entries(serve.params ?? {})) {
    const ep = spec.endpoints.find((e) => e.verb === verb && !e.testHelper);
    if (!ep?.params) throw new Error(`${object}: serve names unknown endpoint '${verb}'`);
    const shape = shapeOf(spec, ep.params);
    for (const p of params) if (!shape.fields.some((f) => f.name === p)) throw new Error(`${object}: serve names unknown ${verb} param '${p}'`);
    paramShapes[ep.params] = { ...shape, fields: shape.fields.filter((f) => params.includes(f.name)) };
  }
  // Served enum values, on the object's fields and on the served params of the same name.
  const narrow = (shape: SpecShape): SpecShape => ({
    ...shape,
    fields: shape.fields.map((f) =>
      serve.values?.[f.name] && f.type.kind === 'enum'
        ? { ...f, type: { ...f.type, values: f.type.values.filter((v) => serve.values![f.name]!.includes(v)) } }
        : f,
    ),
  });
  shapes[spec.root] = narrow(shapes[spec.root]!);
  for (const verb of Object.keys(serve.params ?? {})) {
    const key = spec.endpoints.find((e) => e.verb === verb && !e.testHelper)!.params!;
    paramShapes[key] = narrow(paramShapes[key]!);
  }
  load().set(object, { ...spec, shapes, paramShapes });
  served.set(object, key);
}
