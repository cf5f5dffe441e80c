import type { AnyResource } from './resource.js';
import { rootShape } from './spec.js';

/**
 * A resource's state machine, read off its declarations: the states are the spec's status enum (or,
 * for a status the spec types as a string, the states the declarations name), the
 * transitions its actions that change state (from-states include those an action passes through).
 * Used by the conformance suite and the reliability workload; the action path itself reads the
 * declarations directly.
 */
export interface MachineView {
  name: string;
  initial: string;
  states: string[];
  transitions: Record<string, { from: string[]; to: string }>;
}

export function machineOf(resource: AnyResource): MachineView | null {
  const field = resource.statusField;
  if (!field) return null;
  const spec = rootShape(resource.spec).fields.find((f) => f.name === field);
  // A status the spec types as a plain string (a ReportRun's): the states the declarations name.
  const declared = [resource.initial, ...Object.values(resource.actions ?? {}).flatMap((d) => [...(d.from ?? []), d.to])];
  const states = spec?.type.kind === 'enum' ? spec.type.values : [...new Set(declared.filter((s): s is string => typeof s === 'string'))];
  const transitions: MachineView['transitions'] = {};
  for (const [name, decl] of Object.entries(resource.actions ?? {})) {
    if (!decl.to) continue;
    const from = [...(decl.from ?? states), ...Object.keys(decl.through ?? {})];
    transitions[name] = { from: [...new Set(from)], to: decl.to };
  }
  return { name: resource.typeName, initial: resource.initial ?? states[0]!, states, transitions };
}
