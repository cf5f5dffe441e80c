import type { AnyResource } from './resource.js';
import { rootShape, shapeOf } from './spec.js';

/**
 * A resource's state machine, read off its declarations: the states are the spec's status enum (or,
 * for a status the spec types as a string, the states the declarations name), the
 * transitions its actions that change state (from-states include those an action passes through).
 * An object may have a second machine on another field (an action's `state`: an Issuing Card's
 * `shipping.status`); `machineOf(resource, field)` reads that one. Used by the conformance suite and
 * the reliability workload; the action path itself reads the declarations directly.
 */
export interface MachineView {
  name: string;
  /** The field path holding the state. */
  field: string;
  initial: string;
  states: string[];
  transitions: Record<string, { from: string[]; to: string }>;
}

/** The enum values of a field path of the object (`status`, `shipping.status`). */
function enumAt(resource: AnyResource, path: string): string[] {
  let shape = rootShape(resource.spec);
  const keys = path.split('.');
  for (const [i, key] of keys.entries()) {
    const f = shape.fields.find((x) => x.name === key);
    if (!f) return [];
    if (i === keys.length - 1) return f.type.kind === 'enum' ? f.type.values : [];
    if (f.type.kind !== 'object') return [];
    shape = shapeOf(resource.spec, f.type.shape);
  }
  return [];
}

/** The state fields with declared machines: the status field, then each other field an action's `state` names. */
export function machineFields(resource: AnyResource): string[] {
  const fields = new Set<string>();
  if (resource.statusField) fields.add(resource.statusField);
  for (const decl of Object.values(resource.actions ?? {})) if (decl.state) fields.add(decl.state);
  return [...fields];
}

export function machineOf(resource: AnyResource, field = resource.statusField): MachineView | null {
  if (!field) return null;
  // A status the spec types as a plain string (a ReportRun's): the states the declarations name.
  const own = Object.values(resource.actions ?? {}).filter((d) => (d.state ?? resource.statusField) === field);
  const declared = [field === resource.statusField ? resource.initial : undefined, ...own.flatMap((d) => [...(d.from ?? []), d.to])];
  const enumerated = enumAt(resource, field);
  const states = enumerated.length ? enumerated : [...new Set(declared.filter((s): s is string => typeof s === 'string'))];
  const transitions: MachineView['transitions'] = {};
  for (const [name, decl] of Object.entries(resource.actions ?? {})) {
    if (!decl.to || (decl.state ?? resource.statusField) !== field) continue;
    const from = [...(decl.from ?? states), ...Object.keys(decl.through ?? {})];
    transitions[name] = { from: [...new Set(from)], to: decl.to };
  }
  const initial = field === resource.statusField ? (resource.initial ?? states[0]!) : states[0]!;
  return { name: resource.typeName, field, initial, states, transitions };
}
