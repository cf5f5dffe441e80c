import type { Field, Shape, Type } from '../format.js';
import type { DraftType } from './shapes.js';

/**
 * The .d.ts types every number as `number` and most decimal strings as `string`. These rules decide
 * integer / timestamp (and string / decimal) from the field's name and doc comment; the overlays
 * timestamps.json, floats.json and decimals.json correct them field by field (src/spec/README.md).
 */

const TIMESTAMP_NAMES = new Set(['created', 'date', 'expires', 'data_available_start', 'data_available_end', 'interval_start', 'interval_end']);
const TIMESTAMP_SUFFIXES = ['_at', '_date', '_until', '_expires'];
const TIMESTAMP_WORDS = [/\bunix\b/i, /\btimestamp\b/i, /\btime at which\b/i, /\bepoch\b/i, /\bseconds since\b/i];

export function looksLikeTimestamp(name: string, description: string): boolean {
  if (TIMESTAMP_NAMES.has(name) || TIMESTAMP_SUFFIXES.some((s) => name.endsWith(s))) return true;
  return TIMESTAMP_WORDS.some((w) => w.test(description));
}

export function looksLikeDecimalString(name: string, description: string): boolean {
  return name.endsWith('_decimal') || name === 'metric_tons' || /\bdecimal string\b/i.test(description);
}

/** Replaces the provisional `number` kinds of a field (and decimal-looking strings) by the rules. */
export function classifyField(field: Field): void {
  const type = field.type as DraftType;
  const numberKind: Type = looksLikeTimestamp(field.name, field.description) ? { kind: 'timestamp' } : { kind: 'integer' };
  const decimal = looksLikeDecimalString(field.name, field.description);
  field.type = mapLeaves(type, (t) => (t.kind === 'number' ? numberKind : t.kind === 'string' && decimal ? { kind: 'decimal' } : (t as Type)));
}

export function mapLeaves(type: DraftType, fn: (t: DraftType) => Type): Type {
  switch (type.kind) {
    case 'array':
      return { kind: 'array', items: mapLeaves(type.items, fn) };
    case 'list':
      return { kind: 'list', items: mapLeaves(type.items, fn) };
    case 'map':
      return { kind: 'map', values: mapLeaves(type.values, fn) };
    case 'union':
      return { kind: 'union', members: type.members.map((m) => mapLeaves(m, fn)) };
    default:
      return fn(type);
  }
}

/** Does the type hold a leaf of this kind (directly or in arrays, lists, maps, unions)? */
export function hasLeaf(type: Type, kind: string): boolean {
  let found = false;
  mapLeaves(type, (t) => {
    if (t.kind === kind) found = true;
    return t as Type;
  });
  return found;
}

/**
 * Resolves an overlay address `<object>:<field>.<field>…` (or `<object>#<ParamsName>:<field>…`) to a
 * shape field: the first part is a shape key, the fields are followed through nested object shapes
 * (arrays, lists, maps and unions are looked through).
 */
export function resolveField(shapes: Map<string, Shape>, address: string): Field {
  const colon = address.indexOf(':');
  if (colon < 0) throw new Error(`overlay address ${address}: expected <object>:<path>`);
  let key = address.slice(0, colon);
  const names = address.slice(colon + 1).split('.');
  for (let i = 0; ; i++) {
    const shape = shapes.get(key);
    if (!shape) throw new Error(`overlay address ${address}: no shape ${key}`);
    const field = shape.fields.find((f) => f.name === names[i]);
    if (!field) throw new Error(`overlay address ${address}: ${key} has no field ${names[i]}`);
    if (i === names.length - 1) return field;
    const next: string[] = [];
    mapLeaves(field.type, (t) => {
      if (t.kind === 'object') next.push(t.shape);
      return t as Type;
    });
    if (next.length !== 1) throw new Error(`overlay address ${address}: ${key}.${names[i]} is not one nested object`);
    key = next[0];
  }
}
