/* eslint-disable @typescript-eslint/no-explicit-any -- Pothos input refs are built from data here. */
import { builder } from '../graphql/builder.js';
import { DateTimeRangeInput } from '../graphql/scalars.js';
import { camelField, enumFor, isCurrencyName } from './graph-types.js';
import { pascal } from './naming.js';
import { type AnyResource, hasResource, resourceOf } from './resource.js';
import { allSpecs, shapeOf, type SpecField, type SpecType } from './spec.js';

/**
 * Input types from the spec's request parameters, and the conversion of a GraphQL input back into
 * Stripe's params (snake_case keys, Unix seconds) that resource rules read. Parameters that hold
 * another object's id are `ID`; `expand` and pagination parameters are left out (connections page).
 */
export const SKIPPED_PARAMS = new Set(['expand', 'limit', 'starting_after', 'ending_before']);

/**
 * Short names of the objects fingraph knows (`financial_account`, `payment_method`, `cardholder`…): params
 * so named hold ids. Objects with ids (a prefix, or the layer's `<object>_` ids of a created one: a Coupon).
 */
let objectNames: Set<string> | null = null;
const knownObjectNames = () =>
  (objectNames ??= new Set(
    allSpecs()
      .filter((s) => s.idPrefix || (hasResource(s.object) && !!resourceOf(s.object).create))
      .map((s) => s.object.split('.').pop()!),
  ));

/** Is this param an id of another object (declared ref of the same name, an expandable field, or named after an object)? */
function isIdParam(resource: AnyResource, field: SpecField): boolean {
  if (field.type.kind !== 'string' && !(field.type.kind === 'array' && field.type.items.kind === 'string')) return false;
  if (field.name === 'id' || knownObjectNames().has(field.name)) return true;
  if (resource.refs && field.name in resource.refs) return true;
  const own = resource.spec.shapes[resource.spec.root]!.fields.find((f) => f.name === field.name);
  return own?.type.kind === 'expandable';
}

const inputTypes = new Map<string, any>();

interface InputPlan {
  type: any;
  list?: boolean;
}

function inputType(resource: AnyResource, name: string, field: SpecField, type: SpecType): InputPlan | null {
  switch (type.kind) {
    case 'string':
      if (isIdParam(resource, field)) return { type: 'ID' };
      return { type: isCurrencyName(field.name) ? 'Currency' : 'String' };
    case 'decimal':
      return { type: 'String' };
    case 'boolean':
      return { type: 'Boolean' };
    case 'integer':
      return { type: 'SafeInt' };
    case 'float':
      return { type: 'Float' };
    case 'timestamp':
      return { type: 'DateTime' };
    case 'range':
      return { type: DateTimeRangeInput };
    case 'enum':
      if (resource.stringParams?.includes(field.name)) return { type: 'String' };
      return { type: enumFor(name, resource.spec.object, type, field.description) };
    case 'union':
      // Stripe's `'now' | timestamp` (and `'' | timestamp`): a String, the word or an ISO date (toParams reads it).
      if (isWordOrTime(type)) return { type: 'String' };
      return { type: 'JSONObject' };
    case 'metadata':
    case 'map':
    case 'unknown':
      return { type: 'JSONObject' };
    case 'object':
      return { type: paramInputType(resource, type.shape, `${name}Input`, undefined, field.description) };
    case 'array': {
      if (type.items.kind === 'string' && isIdParam(resource, field)) return { type: ['ID'], list: true };
      if (type.items.kind === 'string' && isCurrencyName(field.name)) return { type: ['Currency'], list: true };
      const inner = inputType(resource, name, field, type.items);
      if (!inner || inner.list) return { type: 'JSONObject' };
      return { type: [inner.type], list: true };
    }
    default:
      return { type: 'JSONObject' };
  }
}

/** The input object type of a params shape (nested params get `<Parent><Field>Input`). */
export function paramInputType(resource: AnyResource, shapeKey: string, wanted: string, extra?: (t: any) => Record<string, any>, description?: string): any {
  let name = wanted;
  // A nested params hash may take a name a mutation's input has (updateTreasuryFinancialAccount's
  // `features` vs updateTreasuryFinancialAccountFeatures): the later one says it is params.
  for (let n = 1; inputTypes.has(name) && inputTypes.get(name).shapeKey !== shapeKey; n++)
    name = wanted.replace(/Input$/, n === 1 ? 'ParamsInput' : `Params${n}Input`);
  const existing = inputTypes.get(name);
  if (existing) return existing.ref;
  const shape = shapeOf(resource.spec, shapeKey);
  const base = name.replace(/Input$/, '');
  const fields = shape.fields.filter((f) => !SKIPPED_PARAMS.has(f.name));
  const ref = builder.inputType(name, {
    // Stripe's params hashes rarely carry their own description: the parameter's says what it is.
    description: shape.description || description || `Parameters of ${resource.typeName} (Stripe's \`${shapeKey}\`).`,
    fields: (t: any) => {
      const out: Record<string, any> = {};
      for (const f of fields) {
        const plan = inputType(resource, `${base}${pascal(f.name)}`, f, f.type);
        if (!plan) continue;
        out[camelField(f.name)] = t.field({ type: plan.type, required: !f.optional, description: f.description || `Stripe's \`${f.name}\` parameter.` });
      }
      if (Object.keys(out).length === 0 && !extra) out._empty = t.boolean({ description: 'Stripe defines no parameters here.' });
      return { ...out, ...(extra ? extra(t) : {}) };
    },
  });
  inputTypes.set(name, { shapeKey, ref });
  return ref;
}

/** GraphQL args of a list endpoint (its filters), keyed by camelCase name. */
export function listArgs(resource: AnyResource, t: any, shapeKey: string | null, omit: string[] = [], allOptional = false) {
  if (!shapeKey) return {};
  const shape = shapeOf(resource.spec, shapeKey);
  const base = `${resource.typeName}List`;
  const out: Record<string, any> = {};
  for (const f of shape.fields) {
    if (SKIPPED_PARAMS.has(f.name) || omit.includes(f.name)) continue;
    const plan = inputType(resource, `${base}${pascal(f.name)}`, f, f.type);
    if (!plan) continue;
    // A parent connection passes its own id; elsewhere Stripe's required filters stay required.
    const description =
      f.description || (f.type.kind === 'range' ? `Only objects whose \`${f.name}\` falls in this range.` : `Only objects with this \`${f.name}\`.`);
    out[camelField(f.name)] = t.arg({ type: plan.type, required: !f.optional && !allOptional, description });
  }
  return out;
}

/** A union of string literals and a timestamp (`active_from: 'now' | number`). */
const isWordOrTime = (type: SpecType): boolean =>
  type.kind === 'union' &&
  type.members.some((m) => m.kind === 'timestamp') &&
  type.members.every((m) => m.kind === 'timestamp' || (m.kind === 'enum' && !m.open));

/** A word of the union as it is; anything else as an ISO date → Unix seconds (left as given when it is not one: the rules refuse it). */
function wordOrTime(type: SpecType & { kind: 'union' }, value: string): unknown {
  if (type.members.some((m) => m.kind === 'enum' && m.values.includes(value))) return value;
  const at = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? value : Math.floor(at / 1000);
}

const toUnix = (d: unknown) => (d instanceof Date ? Math.floor(d.getTime() / 1000) : d);

/** A GraphQL input value back to Stripe's params, following the params shape. */
export function toParams(resource: AnyResource, shapeKey: string | null, input: Record<string, unknown> | null | undefined): Record<string, any> {
  const out: Record<string, any> = {};
  if (!input) return out;
  const shape = shapeKey ? shapeOf(resource.spec, shapeKey) : { fields: [] as SpecField[] };
  const byCamel = new Map(shape.fields.map((f) => [camelField(f.name), f]));
  for (const [key, value] of Object.entries(input)) {
    const field = byCamel.get(key);
    if (!field) {
      out[key] = value; // layer-added fields (id, idempotencyKey) keep their names
      continue;
    }
    out[field.name] = convert(resource, field.type, value);
  }
  return out;
}

function convert(resource: AnyResource, type: SpecType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  switch (type.kind) {
    case 'timestamp':
      return toUnix(value);
    case 'object':
      return toParams(resource, type.shape, value as Record<string, unknown>);
    case 'array':
      return Array.isArray(value) ? value.map((v) => convert(resource, type.items, v)) : value;
    case 'metadata':
    case 'map':
      return { ...(value as object) }; // GraphQL hands over null-prototype objects
    case 'union':
      return isWordOrTime(type) && typeof value === 'string' ? wordOrTime(type, value) : value;
    default:
      return value;
  }
}

/** A Stripe param path (`destination_payment_method_options.us_bank_account`) as the input's path (camelCase where it is a param name). */
export function inputPath(resource: AnyResource, shapeKey: string | null, param: readonly string[]): string[] {
  const out: string[] = [];
  let shape = shapeKey ? shapeOf(resource.spec, shapeKey) : null;
  let items = false;
  for (const segment of param) {
    // A position in a list of objects (`line_items.0.tax_code`): the next segment names a field of the items.
    if (/^\d+$/.test(segment) && shape && items) {
      out.push(segment);
      items = false;
      continue;
    }
    items = false;
    const field = shape?.fields.find((f) => f.name === segment);
    if (!field) {
      out.push(/^[a-z0-9]+(_[a-z0-9]+)+$/.test(segment) && shape ? camelField(segment) : segment);
      shape = null;
      continue;
    }
    out.push(camelField(segment));
    const type = field.type.kind === 'array' ? field.type.items : field.type;
    items = field.type.kind === 'array';
    shape = type.kind === 'object' ? shapeOf(resource.spec, type.shape) : null;
  }
  return out;
}
