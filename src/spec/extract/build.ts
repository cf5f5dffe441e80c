import fs from 'node:fs';
import path from 'node:path';
import type ts from 'typescript';
import type { Endpoint, Field, ObjectSpec, Shape, SpecIndex, Type } from '../format.js';
import { collectEndpoints, testHelpersFile, type SdkObject } from './endpoints.js';
import { classifyField, hasLeaf, mapLeaves, resolveField } from './numbers.js';
import { loadSdk, objectLiteralOf, readApiVersion, readPackageVersion, topLevelInterface } from './sdk.js';
import { ShapeBuilder } from './shapes.js';

/** Builds every file of src/spec/stripe/ in memory (the extractor's whole job; extract.ts writes or checks). */

export const specDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const overlayDir = path.join(specDir, 'overlays');
export const outDir = path.join(specDir, 'stripe');

function readOverlay<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(overlayDir, name), 'utf8')) as T;
}

type ObjectsOverlay = { objects: Record<string, { interface: string; file: string } | { overlay: string }> };
type PrefixOverlay = { prefixes: Record<string, string | null> };
type FieldList = { include?: string[]; exclude?: string[]; fields?: string[] };
export type UnknownAllowlist = { allow: { shape: string; field: string; why: string }[] };
type OverlayObject = Omit<ObjectSpec, 'idPrefix' | 'sdk'> & { comment?: string };
/** Endpoints an SDK object lacks (from the API reference), their params, and completed open enums. */
type EndpointsOverlay = {
  objects: Record<string, { endpoints: Endpoint[]; paramShapes: Record<string, Shape>; enumValues?: Record<string, string[]> }>;
};

export interface BuildResult {
  /** File name (relative to src/spec/stripe) → content. */
  files: Map<string, string>;
  specs: ObjectSpec[];
  warnings: string[];
  /** Review lists for the README: `object:path` of every timestamp, unknowns, related endpoints. */
  review: { timestamps: string[]; paramTimestamps: string[]; decimals: string[]; floats: string[]; unknowns: string[]; related: string[] };
}

export function build(): BuildResult {
  const { objects } = readOverlay<ObjectsOverlay>('objects.json');
  const { prefixes } = readOverlay<PrefixOverlay>('id-prefixes.json');
  const sdkObjects = Object.entries(objects).filter((e): e is [string, { interface: string; file: string }] => 'interface' in e[1]);
  const rootFiles = [...new Set(sdkObjects.flatMap(([, o]) => [o.file, testHelpersFile(o.file)].filter((f): f is string => !!f)))];
  const sdk = loadSdk(rootFiles);

  const roots = new Map<ts.InterfaceDeclaration, string>();
  const found: SdkObject[] = [];
  for (const [object, o] of sdkObjects) {
    const decl = topLevelInterface(sdk.source(o.file), o.interface);
    if (!decl) throw new Error(`${object}: no interface ${o.interface} in ${o.file}`);
    if (objectLiteralOf(decl) !== object) throw new Error(`${object}: ${o.interface} says object: '${objectLiteralOf(decl)}'`);
    roots.set(decl, object);
    found.push({ object, file: o.file, decl });
  }
  const builder = new ShapeBuilder(sdk, roots);
  for (const o of found) builder.visit(o.decl);
  const placed = collectEndpoints(sdk, builder, found);

  // Hand-kept objects: their shapes join the registry; `shared:` shapes they name come from shared.d.ts.
  const overlayObjects = new Map<string, OverlayObject>();
  for (const [object, o] of Object.entries(objects)) {
    if (!('overlay' in o)) continue;
    const spec = readOverlay<OverlayObject>(o.overlay);
    if (spec.object !== object) throw new Error(`overlays/${o.overlay}: object ${spec.object}, expected ${object}`);
    overlayObjects.set(object, spec);
    for (const [key, shape] of [...Object.entries(spec.shapes), ...Object.entries(spec.paramShapes)]) {
      if (builder.shapes.has(key)) throw new Error(`overlays/${o.overlay}: shape ${key} already exists`);
      builder.shapes.set(key, shape);
    }
  }
  // Endpoints of SDK objects the package lacks: their param shapes join the registry; open enums are completed.
  const extraEndpoints = readOverlay<EndpointsOverlay>('endpoints.json').objects;
  for (const [object, extra] of Object.entries(extraEndpoints)) {
    if (!sdkObjects.some(([o]) => o === object)) throw new Error(`overlays/endpoints.json: ${object} is not an SDK object`);
    for (const [key, shape] of Object.entries(extra.paramShapes)) {
      if (builder.shapes.has(key)) throw new Error(`overlays/endpoints.json: shape ${key} already exists`);
      builder.shapes.set(key, shape);
    }
    for (const [address, values] of Object.entries(extra.enumValues ?? {})) {
      const field = resolveField(builder.shapes, address);
      if (field.type.kind !== 'enum' || !field.type.open) throw new Error(`overlays/endpoints.json: ${address} is not an open enum`);
      field.type = { ...field.type, values: [...new Set([...field.type.values, ...values])].sort() };
    }
  }
  const shared = sdk.source('esm/shared.d.ts');
  for (const shape of [...builder.shapes.values()]) {
    for (const f of shape.fields) {
      mapLeaves(f.type, (t) => {
        if (t.kind === 'object' && t.shape.startsWith('shared:') && !builder.shapes.has(t.shape)) {
          const decl = topLevelInterface(shared, t.shape.slice('shared:'.length));
          if (!decl) throw new Error(`no ${t.shape} in shared.d.ts`);
          builder.visit(decl);
        }
        return t as Type;
      });
    }
  }

  // Numbers and decimal strings: rules, then the overlays' field-by-field corrections.
  for (const shape of builder.shapes.values()) shape.fields.forEach(classifyField);
  const correct = (file: string, list: string[] | undefined, from: string, to: Type) => {
    for (const address of list ?? []) {
      const field = resolveField(builder.shapes, address);
      if (!hasLeaf(field.type, from)) throw new Error(`overlays/${file}: ${address} has no ${from} to make ${to.kind} (stale entry?)`);
      field.type = mapLeaves(field.type, (t) => (t.kind === from ? to : (t as Type)));
    }
  };
  const ts_ = readOverlay<FieldList>('timestamps.json');
  correct('timestamps.json', ts_.include, 'integer', { kind: 'timestamp' });
  correct('timestamps.json', ts_.exclude, 'timestamp', { kind: 'integer' });
  correct('floats.json', readOverlay<FieldList>('floats.json').fields, 'integer', { kind: 'float' });
  const dec = readOverlay<FieldList>('decimals.json');
  correct('decimals.json', dec.include, 'string', { kind: 'decimal' });
  correct('decimals.json', dec.exclude, 'decimal', { kind: 'string' });

  // Objects whose interface has no doc comment take the API reference's description (overlay).
  const objectDescriptions = readOverlay<{ descriptions: Record<string, string> }>('object-descriptions.json').descriptions;

  // Per-object files.
  const specs: ObjectSpec[] = [];
  const related: string[] = [];
  for (const [object, o] of Object.entries(objects)) {
    if (!(object in prefixes)) throw new Error(`overlays/id-prefixes.json: no entry for ${object}`);
    const overlay = overlayObjects.get(object);
    let spec: ObjectSpec;
    if (overlay) {
      spec = {
        object,
        sdk: { overlay: `src/spec/overlays/${(o as { overlay: string }).overlay}` },
        idPrefix: prefixes[object],
        description: overlay.description,
        root: overlay.root,
        shapes: reachable(builder.shapes, [overlay.root]),
        endpoints: overlay.endpoints.map(endpointInOrder),
        relatedEndpoints: (overlay.relatedEndpoints ?? []).map(endpointInOrder),
        paramShapes: {},
      };
    } else {
      const sdkObject = found.find((f) => f.object === object)!;
      const mine = placed.filter((p) => p.object === object);
      spec = {
        object,
        sdk: { interface: sdkObject.decl.name.text, file: sdkObject.file },
        idPrefix: prefixes[object],
        description: builder.shapes.get(object)!.description || objectDescriptions[object] || '',
        root: object,
        shapes: reachable(builder.shapes, [object]),
        endpoints: [...mine.filter((p) => !p.related).map((p) => p.endpoint), ...(extraEndpoints[object]?.endpoints ?? [])].map(endpointInOrder),
        relatedEndpoints: mine.filter((p) => p.related).map((p) => endpointInOrder(p.endpoint)),
        paramShapes: {},
      };
    }
    const paramRoots = [...spec.endpoints, ...spec.relatedEndpoints].map((e) => e.params).filter((p): p is string => !!p);
    spec.paramShapes = reachable(builder.shapes, paramRoots);
    for (const e of spec.relatedEndpoints) related.push(`${object}: ${e.sdkClass}.${e.name} → ${e.returns}${e.list ? ' (list)' : ''}  ${e.method} ${e.path}`);
    specs.push(spec);
  }

  // Review lists.
  const { allow } = readOverlay<UnknownAllowlist>('unknowns.json');
  const review: BuildResult['review'] = { timestamps: [], paramTimestamps: [], decimals: [], floats: [], unknowns: [], related };
  for (const spec of specs) {
    for (const [address, field] of fieldPaths(spec.shapes, spec.root)) {
      if (hasLeaf(field.type, 'timestamp')) review.timestamps.push(address);
      if (hasLeaf(field.type, 'decimal')) review.decimals.push(address);
      if (hasLeaf(field.type, 'float')) review.floats.push(address);
    }
    for (const root of new Set(Object.keys(spec.paramShapes).filter((k) => [...spec.endpoints, ...spec.relatedEndpoints].some((e) => e.params === k)))) {
      for (const [address, field] of fieldPaths(spec.paramShapes, root)) if (hasLeaf(field.type, 'timestamp')) review.paramTimestamps.push(address);
    }
  }
  const unknownSeen = new Set<string>();
  for (const [key, shape] of builder.shapes) {
    for (const f of shape.fields) {
      if (!hasLeaf(f.type, 'unknown')) continue;
      const entry = `${key} ${f.name}`;
      if (unknownSeen.has(entry)) continue;
      unknownSeen.add(entry);
      const ok = allow.some((a) => a.shape === key && a.field === f.name);
      review.unknowns.push(`${key} · ${f.name}: ${JSON.stringify(f.type)}${ok ? '' : '  (NOT in overlays/unknowns.json)'}`);
    }
  }

  const files = new Map<string, string>();
  const index: SpecIndex = {
    source: { package: 'stripe', version: readPackageVersion(), apiVersion: readApiVersion() },
    objects: specs.map((s) => s.object),
  };
  files.set('index.json', json(index));
  for (const spec of specs) files.set(`${spec.object}.json`, json(objectInOrder(spec)));
  return { files, specs, warnings: builder.warnings, review };
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Shapes reachable from the roots, depth-first in field order (the file's key order). */
function reachable(all: Map<string, Shape>, roots: string[]): Record<string, Shape> {
  const out: Record<string, Shape> = {};
  const visit = (key: string) => {
    if (key in out) return;
    const shape = all.get(key);
    if (!shape) throw new Error(`no shape ${key}`);
    out[key] = shapeInOrder(shape);
    for (const f of shape.fields) {
      mapLeaves(f.type, (t) => {
        if (t.kind === 'object') visit(t.shape);
        return t as Type;
      });
    }
  };
  roots.forEach(visit);
  return out;
}

/** `object:path.to.field` of every field reachable from a root shape (first path wins). */
function fieldPaths(shapes: Record<string, Shape>, root: string): [string, Field][] {
  const out: [string, Field][] = [];
  const seen = new Set<string>();
  const walk = (key: string, prefix: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const f of shapes[key].fields) {
      out.push([`${prefix}${f.name}`, f]);
      mapLeaves(f.type, (t) => {
        if (t.kind === 'object') walk(t.shape, `${prefix}${f.name}.`);
        return t as Type;
      });
    }
  };
  walk(root, `${root}:`);
  return out;
}

// Stable key order in the emitted JSON, whatever order the objects were built in.
function objectInOrder(s: ObjectSpec): ObjectSpec {
  return {
    object: s.object,
    sdk: s.sdk,
    idPrefix: s.idPrefix,
    description: s.description,
    root: s.root,
    shapes: s.shapes,
    endpoints: s.endpoints,
    relatedEndpoints: s.relatedEndpoints,
    paramShapes: s.paramShapes,
  };
}

function shapeInOrder(s: Shape): Shape {
  return { description: s.description, fields: s.fields.map(fieldInOrder) };
}

function fieldInOrder(f: Field): Field {
  const out: Field = { name: f.name, description: f.description, type: typeInOrder(f.type), nullable: f.nullable, optional: f.optional };
  if (f.emptyable) out.emptyable = true;
  if (f.deprecated) out.deprecated = true;
  return out;
}

function typeInOrder(t: Type): Type {
  switch (t.kind) {
    case 'enum':
      return { kind: 'enum', values: t.values, open: t.open };
    case 'object':
      return { kind: 'object', shape: t.shape };
    case 'expandable':
    case 'resource':
      return { kind: t.kind, objects: t.objects };
    case 'array':
    case 'list':
      return { kind: t.kind, items: typeInOrder(t.items) };
    case 'map':
      return { kind: 'map', values: typeInOrder(t.values) };
    case 'union':
      return { kind: 'union', members: t.members.map(typeInOrder) };
    case 'unknown':
      return { kind: 'unknown', ts: t.ts };
    default:
      return { kind: t.kind } as Type;
  }
}

function endpointInOrder(e: Endpoint): Endpoint {
  return {
    name: e.name,
    verb: e.verb,
    method: e.method,
    path: e.path,
    pathParams: e.pathParams,
    testHelper: e.testHelper,
    list: e.list,
    returns: e.returns,
    orDeleted: e.orDeleted,
    description: e.description,
    params: e.params,
    sdkClass: e.sdkClass,
  };
}
