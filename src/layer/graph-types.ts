/* eslint-disable @typescript-eslint/no-explicit-any -- Pothos refs are built from data here; their TS types cannot be named statically. */
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../graphql/builder.js';
import { hasLoader, type Context } from '../graphql/context.js';
import { isImplementedByHand, typeRef } from '../graphql/type-refs.js';
import { moneyList } from '../graphql/scalars.js';
import { typenameOfId } from '../kernel/ids.js';
import { enumValueName, pascal, typeNameOf } from './naming.js';
import { planned } from './planned.js';
import { hasResource, type AnyResource } from './resource.js';
import { hasSpec, shapeOf, specOf, type SpecField, type SpecObject, type SpecType } from './spec.js';

/**
 * Output types from the spec: one GraphQL object type per shape (nested types named `<Parent><Field>`,
 * shared shapes once), enums with exactly the spec's values, references to other objects as typed
 * fields resolved through the per-request loaders. Values are Stripe's JSON (snake_case, Unix seconds);
 * resolvers convert at the edge.
 */

/** GraphQL type name of a shape key: `treasury.outbound_transfer:StatusTransitions` → `TreasuryOutboundTransferStatusTransitions`. */
export function shapeTypeName(key: string): string {
  const hash = key.indexOf('#');
  const colon = key.indexOf(':');
  if (hash >= 0) return `${typeNameOf(key.slice(0, hash))}${key.slice(hash + 1).replace(/\./g, '')}`;
  if (colon < 0) return typeNameOf(key);
  const owner = key.slice(0, colon);
  const path = key.slice(colon + 1).replace(/\./g, '');
  if (owner === 'shared') return path;
  // An object's nested shape, or one from a module that is not an object of ours (`Mandates:Mandate.X`).
  return owner.includes('.') || owner === owner.toLowerCase() ? `${typeNameOf(owner)}${path}` : path;
}

const enums = new Map<string, any>();
const enumsByValues = new Map<string, any>();

/**
 * The GraphQL enum for a spec enum. Within one resource, a second field with exactly the same values
 * (a list filter's `status`, a param's `network`) reuses the first one's enum.
 */
export function enumFor(owner: string, resourceKey: string, type: { values: string[]; open?: boolean }, description?: string, preferred?: string): any {
  const valuesKey = `${resourceKey}|${[...type.values].sort().join(',')}`;
  const reuse = enumsByValues.get(valuesKey);
  if (reuse) return reuse;
  let name = preferred ?? owner;
  for (let i = 2; enums.has(name); i++) name = `${owner}${i}`;
  const ref = builder.enumType(name, {
    description: description || undefined,
    values: Object.fromEntries(type.values.map((v) => [enumValueName(v), { value: v, description: `\`${v}\`` }])),
  });
  enums.set(name, ref);
  enumsByValues.set(valuesKey, ref);
  return ref;
}

/** The objects a reference may point at, among those the graph serves (a layer resource, or a hand-written type with a loader). */
export function servedTargets(objects: string[]): string[] {
  return objects.filter((o) => hasResource(o) || hasLoader(typeNameOf(o)));
}

const unions = new Map<string, any>();
/** A union of resource types (polymorphic references such as a Transaction's flow). */
export function unionFor(name: string, targets: string[], description?: string): any {
  let ref = unions.get(name);
  if (!ref) {
    ref = builder.unionType(name, {
      description: description || `One of: ${targets.map(typeNameOf).join(', ')}.`,
      types: targets.map((t) => typeRef(typeNameOf(t))),
      resolveType: (o: any) => typeNameOf(String(o.object)),
    });
    unions.set(name, ref);
  }
  return ref;
}

/** The object ref of a resource (implemented by buildObjectType) or of a hand-written type. */
export const refOf = (resource: AnyResource | string): any => typeRef(typeof resource === 'string' ? typeNameOf(resource) : resource.typeName);

/** The type name of a field's single target when its ids have no prefix to route them by. */
const unprefixedOnly = (targets: string[]) =>
  targets.length === 1 && hasSpec(targets[0]!) && specOf(targets[0]!).idPrefix === null ? typeNameOf(targets[0]!) : undefined;

const toDate = (v: unknown) => (v == null ? null : new Date(Number(v) * 1000));

/**
 * Loads the object(s) an id field points at, through the loader of each id's type. `only`: the one
 * type the field can hold, for ids without a prefix (Stripe's Coupon ids).
 */
function loadRef(ctx: Context, value: unknown, only?: string): Promise<unknown> | unknown {
  if (value == null) return null;
  if (Array.isArray(value)) return Promise.all(value.map((v) => loadRef(ctx, v, only)));
  const id = typeof value === 'object' ? (value as { id?: string }).id : String(value);
  if (!id) return null;
  const typename = typenameOfId(id) ?? only;
  if (!typename || !ctx.loaders.has(typename)) return null;
  return ctx.loaders.of(typename).load(id);
}

export interface OutputContext {
  spec: SpecObject;
  /** Owner resource (enum reuse, refs); null for shapes built for a shared type. */
  resource: AnyResource;
}

interface FieldPlan {
  type: any;
  nullable: boolean | { list: boolean; items: boolean };
  /** Undefined: GraphQL's default (the parent's property of the field's name). */
  resolve?: (parent: any, args: any, ctx: Context, info: GraphQLResolveInfo) => unknown;
  description?: string;
}

/** The refs declared for a field path: an object name, several (union), or a discriminated set. */
function declaredRef(resource: AnyResource, path: string) {
  return resource.refs?.[path];
}

const words = (name: string) => name.replace(/_/g, ' ');

/** Where Stripe gives a field no description (nested hashes mostly), one that says what it is. */
export const describeField = (field: SpecField, ownerName: string) => field.description || `The ${words(field.name)} of this ${ownerName}.`;

/** How one spec field of a shape appears in GraphQL. `path` is its dotted path from the object's root. */
export function planField(oc: OutputContext, ownerName: string, field: SpecField, path: string): FieldPlan | null {
  const nullable = field.nullable || field.optional;
  const key = field.name;
  if (key === 'object' && path === 'object')
    return { type: 'String', nullable: false, description: field.description || undefined, resolve: (p: any) => p.object };
  const get = (p: any) => p?.[key] ?? null;
  const description = describeField(field, ownerName);
  const ref = declaredRef(oc.resource, path);
  const refTargets = (objects: string[]) => servedTargets(objects);
  const refType = (objects: string[], unionName: string) => {
    const targets = refTargets(objects);
    if (targets.length === 0) return null;
    return targets.length === 1 ? refOf(targets[0]!) : unionFor(unionName, targets);
  };
  // References: declared ones (plain strings in the spec) and expandable ids.
  const objects = typeof ref === 'string' ? [ref] : Array.isArray(ref) ? ref : ref ? ref.objects : field.type.kind === 'expandable' ? field.type.objects : null;
  if (objects) {
    const unionName = ref && typeof ref === 'object' && !Array.isArray(ref) ? ref.union : `${ownerName}${pascal(key)}`;
    const type = refType(objects, unionName);
    const only = unprefixedOnly(refTargets(objects));
    if (type) return { type, nullable, description, resolve: (p, _a, ctx, info) => planned(p, info) ?? loadRef(ctx, get(p), only) };
    // The target is not served by this graph: the id itself.
    return { type: 'ID', nullable, description, resolve: get };
  }
  if (field.type.kind === 'array' && field.type.items.kind === 'expandable') {
    const type = refType(field.type.items.objects, `${ownerName}${pascal(key)}`);
    const only = unprefixedOnly(refTargets(field.type.items.objects));
    if (type) return { type: [type], nullable, description, resolve: (p, _a, ctx) => loadRef(ctx, get(p) ?? [], only) };
  }
  const t = outputType(oc, `${ownerName}${pascal(key)}`, field.type, path, description);
  if (!t) return null;
  return {
    type: t.type,
    nullable: t.list ? { list: nullable, items: t.itemsNullable ?? false } : nullable,
    description,
    // A value read as it is, under its own name, needs no resolver: graphql-jit then reads the
    // property inline instead of calling a function (and building its resolve info) per field.
    resolve: t.convert === same && camelField(key) === key ? undefined : (p, _a, ctx) => t.convert(get(p), ctx),
  };
}

interface TypePlan {
  type: any;
  list?: boolean;
  itemsNullable?: boolean;
  convert: (value: unknown, ctx: Context) => unknown;
}

const same = (v: unknown) => v;

function outputType(oc: OutputContext, name: string, type: SpecType, path: string, description: string): TypePlan | null {
  switch (type.kind) {
    case 'string':
      return { type: isCurrencyName(path.split('.').pop()!) ? 'Currency' : 'String', convert: same };
    case 'decimal':
      return { type: 'String', convert: (v) => (v == null ? null : String(v)) };
    case 'boolean':
      return { type: 'Boolean', convert: same };
    case 'integer':
      return { type: 'SafeInt', convert: same };
    case 'float':
      return { type: 'Float', convert: same };
    case 'timestamp':
      return { type: 'DateTime', convert: toDate };
    case 'enum':
      return { type: enumFor(name, oc.resource.spec.object, type, description, oc.resource.enumNames?.[path]), convert: same };
    case 'metadata':
      return { type: 'JSONObject', convert: (v) => v ?? {} };
    case 'object':
      return { type: shapeType(oc, type.shape, path), convert: same };
    case 'map':
      // Stripe's maps are keyed by currency: amounts become [Money], hashes a list of their type with its `currency`.
      if (type.values.kind === 'integer') return { type: ['Money'], list: true, convert: (v) => moneyList(v as Record<string, number>) };
      if (type.values.kind === 'object') {
        const item = shapeType(oc, type.values.shape, path, 'currency');
        return {
          type: [item],
          list: true,
          convert: (v) =>
            v == null
              ? null
              : Object.entries(v as Record<string, object>)
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([currency, value]) => ({ ...value, currency })),
        };
      }
      return { type: 'JSONObject', convert: same };
    case 'array':
    case 'list': {
      const inner = outputType(oc, name, type.items, path, description);
      if (!inner || inner.list) return null;
      return {
        type: [inner.type],
        list: true,
        convert: (v, ctx) => {
          const items = type.kind === 'list' ? ((v as { data?: unknown[] } | null)?.data ?? v) : v;
          return Array.isArray(items) ? items.map((i) => inner.convert(i, ctx)) : items == null ? null : [];
        },
      };
    }
    case 'resource': {
      const targets = servedTargets(type.objects);
      // Embedded objects may be kept as ids (loaded when read) or whole.
      if (targets.length === 1)
        return { type: refOf(targets[0]!), convert: (v, ctx) => (typeof v === 'string' ? loadRef(ctx, v, unprefixedOnly(targets)) : v) };
      // An object without an id (a FinancialAccount's features): its shape, nested.
      const only = type.objects.length === 1 && hasSpec(type.objects[0]!) ? specOf(type.objects[0]!) : null;
      if (only && only.idPrefix === null) return { type: shapeType({ spec: only, resource: oc.resource }, only.root, path), convert: same };
      return { type: 'JSONObject', convert: same };
    }
    case 'expandable':
      return { type: 'ID', convert: (v) => (v && typeof v === 'object' ? (v as { id: string }).id : v) };
    default:
      return { type: 'JSONObject', convert: same };
  }
}

const shapeTypes = new Map<string, any>();

/** The object type of a nested shape (built once per shape key; shared shapes are one type). */
export function shapeType(oc: OutputContext, key: string, path: string, keyedBy?: 'currency'): any {
  const existing = shapeTypes.get(key);
  if (existing) return existing;
  const name = shapeTypeName(key);
  const ref = typeRef(name);
  shapeTypes.set(key, ref);
  if (isImplementedByHand(name)) return ref;
  const shape = shapeOf(oc.spec, key);
  const owner = key.split(/[:#]/)[0]!;
  if (owner !== oc.spec.object && !owner.startsWith('shared') && owner.includes('.')) oc = { ...oc, spec: specOf(owner) };
  const plans = shape.fields.map((f) => [f, planField(oc, name, f, `${path}.${f.name}`)] as const).filter(([, p]) => p) as [SpecField, FieldPlan][];
  const last = path.split('.').pop()!;
  ref.implement({
    description: shape.description || `Stripe's \`${words(last)}\` hash of a ${typeNameOf(oc.spec.object)} (\`${path}\`).`,
    fields: (t: any) => ({
      ...(keyedBy
        ? {
            currency: t.field({ type: 'Currency', description: "The currency this entry is for (the key of Stripe's hash).", resolve: (p: any) => p.currency }),
          }
        : {}),
      ...Object.fromEntries(
        plans.length || keyedBy
          ? plans.map(([f, p]) => [camelField(f.name), t.field({ type: p.type, nullable: p.nullable, description: p.description, resolve: p.resolve })])
          : [['_empty', t.boolean({ nullable: true, description: 'Stripe defines no fields for this hash yet.', resolve: () => null })]],
      ),
    }),
  });
  return ref;
}

/** Stripe's currency fields (`currency`, `supported_currencies`, `default_currency`) carry ISO codes. */
export const isCurrencyName = (name: string) => /(^|_)currenc(y|ies)$/.test(name);

export const camelField = (name: string) => name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
