import { invalidState } from './errors.js';

export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
  /** Stripe's wording when the object is in another state. */
  refusal?: (status: S) => string;
}

export interface Machine<S extends string, A extends string> {
  name: string;
  initial: S;
  states: readonly S[];
  transitions: Record<A, Transition<S>>;
  /** The target state for `action` from `status`, or Stripe's invalid-state error. */
  next(status: S, action: A): S;
  can(status: S, action: A): boolean;
}

/**
 * A state machine as data, validated when the module loads: every target is a known state and every
 * state is reachable from the initial one.
 */
export function defineMachine<S extends string, A extends string>(def: {
  name: string;
  initial: S;
  states: readonly S[];
  transitions: Record<A, Transition<S>>;
}): Machine<S, A> {
  const known = new Set<string>(def.states);
  for (const [action, t] of Object.entries<Transition<S>>(def.transitions)) {
    if (!known.has(t.to)) throw new Error(`${def.name}: ${action} goes to unknown state ${t.to}`);
    for (const f of t.from) if (!known.has(f)) throw new Error(`${def.name}: ${action} starts from unknown state ${f}`);
  }
  const reached = new Set<string>([def.initial]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of Object.values<Transition<S>>(def.transitions))
      if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) (reached.add(t.to), (grew = true));
  }
  const unreachable = def.states.filter((s) => !reached.has(s));
  if (unreachable.length) throw new Error(`${def.name}: unreachable states ${unreachable.join(', ')}`);
  return {
    ...def,
    can: (status, action) => def.transitions[action].from.includes(status),
    next(status, action) {
      const t = def.transitions[action];
      if (!t.from.includes(status))
        throw invalidState(t.refusal?.(status) ?? `The ${def.name} cannot be ${action} because it has status ${status}.`);
      return t.to;
    },
  };
}
