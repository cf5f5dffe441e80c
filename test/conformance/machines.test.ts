/* eslint-disable @typescript-eslint/no-explicit-any -- every resource's machine, read as data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPath } from '../../src/layer/actions.js';
import { machineFields, machineOf } from '../../src/layer/machine.js';
import type { AnyResource, Impact, TransitionDecl } from '../../src/layer/resource.js';
import type { Posting } from '../../src/layer/posting.js';
import { configureTestMode } from '../../src/layer/schedule.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { act, balance, creatable, eventCount, instances, load, countAssertions } from './support.js';

countAssertions('machines');
/**
 * Every state × action cell of every declared machine: an instance is brought to the state through
 * the declared transitions (served ones through the graph, internal ones as the scheduler runs them),
 * then the action runs. Either it moves as declared — the to-state (or the state its afterCommit
 * settles in), the stamped timestamp, the declared event(s) and the ledger postings on the flow's
 * FinancialAccount — or it is refused with invalid_state and nothing is written (the object,
 * balances and events unchanged).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Scheduled follow-ups (a CreditReversal's post) must not move instances or balances mid-cell: the cells run them.
  configureTestMode({ delayMs: 3_600_000, returnDelayMs: 3_600_000 });
});
afterAll(() => t?.close());

/** Actions with state semantics on the machine of `field`: a declared to-state or from-states. */
const stateActions = (r: AnyResource, field: string) =>
  Object.entries(r.actions ?? {}).filter(([, d]) => (d.to || d.from) && (d.state ?? r.statusField) === field);
/** Every machine of every creatable resource: its status, and other state fields its actions name (a card's shipping.status). */
const machines = creatable()
  .flatMap((r) => machineFields(r).map((field) => [r, field] as const))
  .filter(([r, field]) => stateActions(r, field).length);

/** Shortest sequence of declared transitions from `initial` to each state. */
function paths(resource: AnyResource, field: string, initial: string): Map<string, string[]> {
  const machine = machineOf(resource, field)!;
  const found = new Map<string, string[]>([[initial, []]]);
  const queue = [initial];
  while (queue.length) {
    const state = queue.shift()!;
    for (const [action, tr] of Object.entries(machine.transitions)) {
      const to = resource.examples?.settles?.[action] ?? tr.to;
      if (!tr.from.includes(state) || found.has(to)) continue;
      found.set(to, [...found.get(state)!, action]);
      queue.push(to);
    }
  }
  return found;
}

/** The balance change an action declares (its `through` steps' postings too), per unit of amount. */
function declaredImpact(resource: AnyResource, action: string, state: string, object: Record<string, any>): Required<Impact> {
  const total = { cash: 0, inbound_pending: 0, outbound_pending: 0 };
  const decl = resource.actions![action]!;
  const steps: TransitionDecl<any>[] = [...(decl.through?.[state] ? [resource.actions![decl.through[state]]!] : []), decl];
  for (const step of steps) {
    const postings: Posting[] = typeof step.postings === 'function' ? step.postings({ record: object, input: {} } as never) : (step.postings ?? []);
    for (const p of postings) if ('entry' in p) for (const k of Object.keys(total) as (keyof Impact)[]) total[k] += p[k] ?? 0;
  }
  for (const [k, v] of Object.entries(resource.examples?.impacts?.[action] ?? {})) total[k as keyof Impact] += v;
  return total;
}

let cells = 0;
afterAll(() => console.info(`conformance machines: ${cells} state × action cells run`));

describe.each(machines.map(([r, field]) => [field === r.statusField ? r.typeName : `${r.typeName} ${field}`, r, field] as const))(
  '%s',
  (_name, resource, field) => {
    const states = machineOf(resource, field)!.states;
    const actions = stateActions(resource, field);
    const declaredUnreachable = (field === resource.statusField ? resource.examples!.unreachable : resource.examples!.unreachableIn?.[field]) ?? {};
    const stateOf = (object: Record<string, any>) => readPath(object, {}, field);

    it('reaches every state through its declared transitions, or says why not', async () => {
      const { object } = await instances(t, resource)();
      const reach = paths(resource, field, stateOf(object) as string);
      const unreachable = states.filter((s) => !reach.has(s));
      expect(unreachable.sort()).toEqual(Object.keys(declaredUnreachable).sort());
    });

    describe.each(states.filter((s) => !declaredUnreachable[s]))('from %s', (state) => {
      it.each(actions.map(([name]) => [name] as const))('%s', async (action) => {
        cells++;
        const decl = resource.actions![action]!;
        const { object: created, account } = await instances(t, resource)();
        const path = paths(resource, field, stateOf(created) as string).get(state)!;
        let object = created;
        for (const step of path) {
          expect((await act(t, resource, step, object, account)).code, `${step} on the way to ${state}`).toBeNull();
          object = (await load(t, resource, object.id, account.accountId))!;
        }
        expect(stateOf(object)).toBe(state);
        const fa = resource.flowType ? (object.financial_account as string) : null;
        const balanceBefore = fa ? await balance(t, fa, object.currency, account.accountId) : null;
        const eventsBefore = await eventCount(t, object.id);
        const typed = async (type: string) => eventCount(t, object.id, type);
        const declaredEvents = [...(decl.through?.[state] ? [resource.actions![decl.through[state]]!.event] : []), decl.event].filter(Boolean) as string[];
        const typedBefore = await Promise.all(declaredEvents.map(typed));

        const { code, message } = await act(t, resource, action, object, account);
        const after = (await load(t, resource, object.id, account.accountId))!;
        const allowed = !decl.from || decl.from.includes(state) || !!decl.through?.[state];
        if (!allowed) {
          expect(code, `${action} from ${state}: refused`).toBe('invalid_state');
          // In the declared wording, where the declaration gives one.
          if (decl.refusal) expect(message).toBe(decl.refusal(state));
          expect(after).toEqual(object);
          expect(await eventCount(t, object.id)).toBe(eventsBefore);
          if (fa) expect(await balance(t, fa, object.currency, account.accountId)).toEqual(balanceBefore);
          return;
        }
        expect(code, `${action} from ${state}: moves`).toBeNull();
        // An action without a state of its own ends where the action it passes through leaves the object (a redaction that cancels first).
        const via = decl.through?.[state] ? resource.actions![decl.through[state]]!.to : undefined;
        expect(stateOf(after)).toBe(resource.examples?.settles?.[action] ?? decl.to ?? via ?? state);
        if (decl.stamp) {
          expect(readPath(object, {}, decl.stamp), `${decl.stamp} before`).toBeNull();
          expect(typeof readPath(after, {}, decl.stamp), `${decl.stamp} stamped`).toBe('number');
        }
        // Each declared event once more for this object, in addition to what was there.
        expect(await Promise.all(declaredEvents.map(typed))).toEqual(
          typedBefore.map((n, i) => n + declaredEvents.slice(0, i + 1).filter((e) => e === declaredEvents[i]).length),
        );
        if (fa) {
          const impact = declaredImpact(resource, action, state, object);
          const now = await balance(t, fa, object.currency, account.accountId);
          expect(now).toEqual({
            cash: balanceBefore!.cash + impact.cash * object.amount,
            inbound_pending: balanceBefore!.inbound_pending + impact.inbound_pending * object.amount,
            outbound_pending: balanceBefore!.outbound_pending + impact.outbound_pending * object.amount,
          });
        }
      });
    });
  },
);
