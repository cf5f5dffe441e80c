import type { Field, ObjectSpec, Shape, Type } from '../format.js';

/**
 * A one-off review aid (`npm run spec:extract -- --crosscheck <resources.json>`), not run by CI:
 * compares the extraction with an earlier one-level-deep extraction of the same package
 * (fields with type/nullable/enum, children one level down, endpoints, id prefixes) and lists
 * every difference. Nothing in the project reads that file.
 */

interface RefField {
  name: string;
  type?: string;
  nullable?: boolean;
  optional?: boolean;
  enum?: string[];
  enum_ref?: string;
  open_enum?: boolean;
  expandable?: boolean;
  expands_to?: string[];
  children?: RefField[];
  items?: RefField;
}
interface RefEndpoint {
  method: string;
  path: string;
  test_helper?: boolean;
  list?: string;
  sdk_method?: string;
}
interface RefResource {
  id_prefix: string | null;
  fields: RefField[];
  endpoints: RefEndpoint[];
}
interface RefFile {
  resources: Record<string, RefResource>;
  shared_enums: Record<string, string[] | { values: string[] }>;
}

export function crossCheck(specs: ObjectSpec[], ref: RefFile): string {
  const out: string[] = [];
  const enumOf = (f: RefField): string[] | undefined => {
    if (f.enum) return f.enum;
    if (f.enum_ref) {
      const e = ref.shared_enums[f.enum_ref];
      return Array.isArray(e) ? e : e.values;
    }
    return undefined;
  };
  let fieldsChecked = 0;
  let endpointsChecked = 0;
  for (const [object, r] of Object.entries(ref.resources)) {
    const spec = specs.find((s) => s.object === object);
    const diffs: string[] = [];
    if (!spec) {
      out.push(`${object}: MISSING from the extraction`);
      continue;
    }
    if (spec.idPrefix !== r.id_prefix) diffs.push(`idPrefix ${spec.idPrefix} vs ${r.id_prefix}`);
    const compareFields = (shape: Shape | undefined, fields: RefField[], where: string) => {
      if (!shape) return;
      for (const rf of fields) {
        fieldsChecked++;
        const f = shape.fields.find((x) => x.name === rf.name);
        if (!f) {
          diffs.push(`${where}${rf.name}: missing`);
          continue;
        }
        const d = compareField(f, rf, enumOf(rf));
        if (d.length) diffs.push(`${where}${rf.name}: ${d.join('; ')}`);
        const inner = f.type.kind === 'array' ? f.type.items : f.type;
        const child = inner.kind === 'object' ? spec.shapes[inner.shape] : undefined;
        if (rf.children && child) compareFields(child, rf.children, `${where}${rf.name}.`);
        else if (rf.children && !child) diffs.push(`${where}${rf.name}: reference has children, ours is ${f.type.kind}`);
      }
      if (where === '') {
        const extra = shape.fields.filter((f) => !fields.some((rf) => rf.name === f.name)).map((f) => f.name);
        if (extra.length) diffs.push(`extra top-level fields (not in the reference): ${extra.join(', ')}`);
      }
    };
    compareFields(spec.shapes[spec.root], r.fields, '');
    const all = [...spec.endpoints.map((e) => ({ e, related: false })), ...spec.relatedEndpoints.map((e) => ({ e, related: true }))];
    for (const re of r.endpoints) {
      endpointsChecked++;
      const hit = all.find(({ e }) => e.method === re.method && e.path === re.path);
      if (!hit) {
        diffs.push(`endpoint ${re.method} ${re.path}: missing`);
        continue;
      }
      const d: string[] = [];
      if (hit.related) d.push(`in relatedEndpoints (${hit.e.sdkClass}.${hit.e.name}, returns ${hit.e.returns})`);
      if (hit.e.testHelper !== !!re.test_helper) d.push(`testHelper ${hit.e.testHelper} vs ${!!re.test_helper}`);
      if (hit.e.list !== (re.list === 'list')) d.push(`list ${hit.e.list} vs ${re.list === 'list'}`);
      if (d.length) diffs.push(`endpoint ${re.method} ${re.path}: ${d.join('; ')}`);
    }
    const extraEndpoints = spec.endpoints.filter((e) => !r.endpoints.some((re) => re.method === e.method && re.path === e.path));
    for (const e of extraEndpoints) diffs.push(`extra endpoint (not in the reference): ${e.method} ${e.path} (${e.name})`);
    out.push(diffs.length ? `${object}:\n    ${diffs.join('\n    ')}` : `${object}: same`);
  }
  return `Cross-check: ${Object.keys(ref.resources).length} objects, ${fieldsChecked} fields (top level and one level down), ${endpointsChecked} endpoints\n${out.join('\n')}`;
}

function compareField(f: Field, rf: RefField, refEnum: string[] | undefined): string[] {
  const d: string[] = [];
  if (f.nullable !== !!rf.nullable) d.push(`nullable ${f.nullable} vs ${!!rf.nullable}`);
  if (f.optional !== !!rf.optional) d.push(`optional ${f.optional} vs ${!!rf.optional}`);
  const kindOk = compatible(f.type, rf);
  if (!kindOk) d.push(`type ${JSON.stringify(f.type).slice(0, 120)} vs ${rf.type}${rf.expandable ? ' (expandable)' : ''}`);
  const values = enumValues(f.type);
  if (refEnum) {
    if (!values) d.push(`reference has enum [${refEnum.join(', ')}], ours has none`);
    else {
      const missing = refEnum.filter((v) => !values.values.includes(v));
      const extra = values.values.filter((v) => !refEnum.includes(v));
      if (missing.length) d.push(`enum lacks ${missing.join(', ')}`);
      if (extra.length) d.push(`enum has extra ${extra.join(', ')}`);
      if (values.open !== !!rf.open_enum) d.push(`open ${values.open} vs ${!!rf.open_enum}`);
    }
  } else if (values && !(rf.items && enumValues(f.type))) d.push(`ours is an enum [${values.values.join(', ')}], reference has none`);
  const objects =
    f.type.kind === 'expandable' ? f.type.objects : f.type.kind === 'array' && f.type.items.kind === 'expandable' ? f.type.items.objects : undefined;
  const refObjects = rf.expands_to ?? rf.items?.expands_to;
  if (refObjects && objects && refObjects.join() !== objects.join()) d.push(`expands to ${objects.join('|')} vs ${refObjects.join('|')}`);
  return d;
}

function enumValues(t: Type): { values: string[]; open: boolean } | undefined {
  if (t.kind === 'enum') return t;
  if (t.kind === 'array') return enumValues(t.items);
  return undefined;
}

function compatible(t: Type, rf: RefField): boolean {
  if (rf.expandable) return t.kind === 'expandable';
  switch (rf.type) {
    case 'string':
      return t.kind === 'string' || t.kind === 'enum' || t.kind === 'decimal';
    case 'number':
      return t.kind === 'integer' || t.kind === 'timestamp' || t.kind === 'float';
    case 'boolean':
    case 'metadata':
    case 'decimal':
    case 'map':
    case 'list':
      return t.kind === rf.type;
    case 'array':
      return t.kind === 'array' && (!rf.items || compatible(t.items, rf.items));
    case 'object':
      return t.kind === 'object' || t.kind === 'resource' || t.kind === 'unknown' || t.kind === 'map';
    default:
      return false;
  }
}
