import { describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { schema } from '../../src/graphql/schema.js';
import { camelField } from '../../src/layer/graph-types.js';
import { enumValueName, pluralOf } from '../../src/layer/naming.js';
import { allResources, type AnyResource } from '../../src/layer/resource.js';
import { rootShape, shapeOf, type SpecField, type SpecShape } from '../../src/layer/spec.js';
import { servedMutations, countAssertions } from './support.js';

countAssertions('shapes');
/**
 * Shapes and descriptions, for every registered resource, on the built schema (no database): every
 * spec field under its GraphQL name with the spec's nullability and enum values, every type, field
 * and enum value described, every spec endpoint served or declared unsupported.
 */
const resources = allResources();
const nullable = (t: GraphQLOutputType) => !isNonNullType(t);
const unwrap = (t: GraphQLOutputType) => (isNonNullType(t) ? t.ofType : t);

/** Spec list fields a connection replaces (another resource's `connections` on this object). */
function connectionFields(object: string): Set<string> {
  const out = new Set<string>();
  for (const r of resources)
    for (const c of r.connections ?? []) if (c.on === object) out.add(c.field ?? camelField(pluralOf(r.spec.object.split('.').pop()!)));
  return out;
}

function checkShape(
  resource: AnyResource,
  shape: SpecShape,
  type: GraphQLObjectType,
  path: string,
  seen: Set<string>,
  problems: string[],
  replaced = new Set<string>(),
) {
  if (seen.has(type.name)) return;
  seen.add(type.name);
  if (!type.description) problems.push(`${type.name}: no description`);
  const fields = type.getFields();
  for (const f of shape.fields) {
    if (f.name === 'id' && path === '') continue;
    // `object` is Stripe's constant type name: a String (api-conventions), always the spec's one value.
    const constant = f.name === 'object' && path === '';
    const name = camelField(f.name);
    const where = `${type.name}.${name} (${path}${f.name})`;
    const gql = fields[name];
    if (!gql) {
      problems.push(`${where}: missing`);
      continue;
    }
    if (!gql.description) problems.push(`${where}: no description`);
    if (replaced.has(name)) continue;
    const specNullable = f.nullable || f.optional;
    if (nullable(gql.type) !== specNullable) problems.push(`${where}: nullable ${nullable(gql.type)}, spec ${specNullable}`);
    if (constant) {
      if (getNamedType(gql.type).name !== 'String' || f.type.kind !== 'enum' || f.type.values.join() !== resource.spec.object)
        problems.push(`${where}: not the constant ${resource.spec.object}`);
      continue;
    }
    checkType(resource, f, gql, `${path}${f.name}.`, seen, problems);
  }
}

function checkType(resource: AnyResource, f: SpecField, gql: GraphQLField<unknown, unknown>, path: string, seen: Set<string>, problems: string[]) {
  const where = `${resource.typeName}.${path.slice(0, -1)}`;
  let spec = f.type;
  let out = unwrap(gql.type);
  if ((spec.kind === 'array' || spec.kind === 'list') && isListType(out)) {
    spec = spec.items;
    out = unwrap(out.ofType);
  }
  const named: GraphQLNamedType = getNamedType(out);
  if (spec.kind === 'enum') {
    if (!isEnumType(named)) {
      // Declared string params/fields (event types with `*`) and open enums kept as strings are the resource's choice.
      if (!resource.stringParams?.includes(f.name)) problems.push(`${where}: spec enum served as ${named.name}`);
      return;
    }
    const served = named.getValues();
    const want = [...spec.values].sort();
    const got = served.map((v) => String(v.value)).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${where}: enum ${named.name} values ${got.join(',')} ≠ spec ${want.join(',')}`);
    for (const v of served)
      if (v.name !== enumValueName(String(v.value))) problems.push(`${where}: enum value ${v.name} is not named after ${String(v.value)}`);
    if (!named.description) problems.push(`${named.name}: no description`);
    for (const v of served) if (!v.description) problems.push(`${named.name}.${v.name}: no description`);
    return;
  }
  if (spec.kind === 'object' && isObjectType(named)) checkShape(resource, shapeOf(resource.spec, spec.shape), named, path, seen, problems);
}

/** An argument's input types, their fields and enums, described (recursively). */
function describedInput(type: GraphQLNamedType, problems: string[], seen: Set<string>) {
  if (seen.has(type.name)) return;
  seen.add(type.name);
  if (isEnumType(type)) {
    if (!type.description) problems.push(`${type.name}: no description`);
    return;
  }
  if (!isInputObjectType(type)) return;
  if (!type.description) problems.push(`${type.name}: no description`);
  for (const f of Object.values(type.getFields())) {
    if (!f.description) problems.push(`${type.name}.${f.name}: no description`);
    describedInput(getNamedType(f.type), problems, seen);
  }
}

describe.each(resources.map((r) => [r.typeName, r] as const))('%s', (_name, resource) => {
  it('serves every spec field with its GraphQL name, nullability, enum values and description', () => {
    const type = schema.getType(resource.typeName);
    expect(isObjectType(type), `${resource.typeName} is an object type`).toBe(true);
    const problems: string[] = [];
    const obj = type as GraphQLObjectType;
    if (!obj.getInterfaces().some((i) => i.name === 'Node')) problems.push(`${resource.typeName}: not a Node`);
    checkShape(resource, rootShape(resource.spec), obj, '', new Set(), problems, connectionFields(resource.spec.object));
    expect(problems).toEqual([]);
  });

  it('serves every spec endpoint (or declares it unsupported), each described', () => {
    const problems: string[] = [];
    const query = schema.getQueryType()!.getFields();
    const mutation = schema.getMutationType()!.getFields();
    const served = new Map(servedMutations(resource).map((m) => [`${m.endpoint.verb}${m.endpoint.testHelper ? ':th' : ''}`, m.name]));
    for (const ep of resource.spec.endpoints) {
      const key = `${ep.verb}${ep.testHelper ? ':th' : ''}`;
      if (resource.unsupported?.[ep.verb] || resource.unsupported?.[ep.name]) continue;
      let field: GraphQLField<unknown, unknown> | undefined;
      if (ep.verb === 'retrieve') field = query[resource.fieldName];
      else if (ep.list) field = query[resource.listFieldName];
      else field = served.has(key) ? mutation[served.get(key)!] : undefined;
      if (!field) problems.push(`${ep.testHelper ? 'test helper ' : ''}${ep.verb}: not served and not declared unsupported`);
      else if (!field.description) problems.push(`${field.name}: no description`);
      else for (const a of field.args) if (!a.description && a.name !== 'input') problems.push(`${field.name}(${a.name}): no description`);
      if (field) for (const a of field.args) describedInput(getNamedType(a.type), problems, new Set());
    }
    expect(problems).toEqual([]);
  });
});

describe('coverage', () => {
  it('every creatable resource declares examples (else the suite cannot make instances of it)', () => {
    // A read-only resource (a catalogue, the ledger's Transactions) needs none: lists and tenancy of its
    // objects are covered where the flows that make them are.
    expect(
      allResources()
        .filter((r) => r.create && !r.examples)
        .map((r) => r.spec.object),
    ).toEqual([]);
  });
});
