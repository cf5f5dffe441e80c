import { emitEvent } from '../events/event.writer.js';
import { publishObject } from '../events/pubsub.js';
import { isEnabledEventType } from '../events/webhooks/webhook-event-types.js';
import { clock } from '../kernel/clock.js';
import { runCommand, runPreparedCommand, type CommandContext } from '../kernel/command.js';
import { previousAttributes } from '../kernel/diff.js';
import { invalidState, resourceMissing, testModeOnly } from '../kernel/errors.js';
import { hasPrefix, newId } from '../kernel/ids.js';
import { applyPostings, type Posting } from '../ledger/postings.js';
import type { FlowType } from '../ledger/ledger.table.js';
import { scheduleSteps } from './schedule.js';
import {
  allResources,
  resourceOf,
  type ActionContext,
  type Caller,
  type CreateContext,
  type CreateDecl,
  type Params,
  type ReactionDecl,
  type Resource,
  type ScheduledStep,
  type TransitionDecl,
} from './resource.js';
import { deleteRecord, insertRecord, updateRecord } from './store.js';
import { fieldsOf, type StoredRecord } from './storage.js';

/**
 * The one action path. Every create, update, state transition and test helper of every resource runs
 * here: shape checks → idempotency (runCommand) → existence and tenancy (lock the object, then the
 * rows it declares, always in that order) → state → guard → changes (status, timestamp, rule-made
 * fields) → ledger postings → save → event → `…Updated` → schedules, all in the command's transaction.
 * A declaration is the only place where a status changes.
 */

const human = (resource: Resource<any>) => resource.spec.object.split('.').pop()!.replace(/_/g, ' ');

/** Reads a dotted path from the record as changed so far. */
export function readPath(record: Record<string, unknown>, changes: Record<string, unknown>, path: string): unknown {
  const [top, ...rest] = path.split('.');
  let value: unknown = top! in changes ? changes[top!] : record[top!];
  for (const key of rest) value = value == null ? undefined : (value as Record<string, unknown>)[key];
  return value;
}

/** Writes a dotted path into `changes`, copying the nested objects it passes through (from the record when unchanged). */
export function writePath(record: Record<string, unknown>, changes: Record<string, unknown>, path: string, value: unknown): void {
  const [top, ...rest] = path.split('.');
  if (rest.length === 0) {
    changes[top!] = value;
    return;
  }
  const current = top! in changes ? changes[top!] : record[top!];
  changes[top!] = setIn(current, rest, value);
}

function setIn(target: unknown, keys: string[], value: unknown): Record<string, unknown> {
  const [key, ...more] = keys;
  const copy: Record<string, unknown> = { ...((target as Record<string, unknown> | null) ?? {}) };
  copy[key!] = more.length ? setIn(copy[key!], more, value) : value;
  return copy;
}

/**
 * Announces an object's saved state: the event(s) (with previous_attributes), `…Updated`, then the
 * reactions other objects declare to those events.
 */
export async function announce(
  cmd: CommandContext,
  resource: Resource<any>,
  before: StoredRecord | null,
  after: StoredRecord,
  eventType: string | readonly string[] | null | undefined,
) {
  const object = resource.toStripe(after);
  const previous = before ? previousAttributes(resource.toStripe(before), object) : undefined;
  const types = typeof eventType === 'string' ? [eventType] : (eventType ?? []);
  for (const type of types) await emitEvent(cmd, type, object, previous);
  await publishObject(cmd, resource.typeName, object);
  for (const type of types) await react(cmd, type, object);
  return object;
}

/** The objects each command is running an action of (by id): reactions leave them alone. */
const acting = new WeakMap<CommandContext, Set<string>>();

let reactionIndex: Map<string, [Resource<any>, ReactionDecl][]> | null = null;
/** The declared reactions by event type (built once every resource has been declared). */
function reactionsTo(type: string) {
  if (!reactionIndex) {
    reactionIndex = new Map();
    for (const r of allResources())
      for (const [on, decl] of Object.entries(r.reactions ?? {})) reactionIndex.set(on, [...(reactionIndex.get(on) ?? []), [r, decl]]);
  }
  return reactionIndex.get(type) ?? [];
}

/** Runs the reactions to an event announced in this command (ResourceDecl.reactions). */
async function react(cmd: CommandContext, type: string, object: Record<string, unknown>) {
  for (const [resource, decl] of reactionsTo(type)) {
    const id = decl.target(object);
    if (!id || acting.get(cmd)?.has(id)) continue;
    const record = await resource.lock(cmd.tx, cmd.scope, id);
    if (!record || !decl.matches(record, object)) continue;
    if (resource.enrich) await resource.enrich(cmd.tx, cmd.scope, [record]);
    const action = resource.actions![decl.action]!;
    const field = action.state ?? resource.statusField;
    if (action.from && !action.from.includes(field ? String(readPath(fieldsOf(record), {}, field)) : '')) continue;
    await transition({ cmd, resource, input: {}, record, changes: {}, locked: await lockDeclared(cmd, resource, record) }, decl.action);
  }
}

/** The rows an object's declaration locks after its own (`locks`), in that order. */
async function lockDeclared(cmd: CommandContext, resource: Resource<any>, record: StoredRecord): Promise<Record<string, StoredRecord>> {
  const locked: Record<string, StoredRecord> = {};
  for (const path of resource.locks ?? []) {
    const target = resource.refs?.[path];
    const refId = readPath(fieldsOf(record), {}, path);
    if (typeof target !== 'string' || typeof refId !== 'string') continue;
    const row = await resourceOf(target).lock(cmd.tx, cmd.scope, refId);
    if (!row) throw new Error(`${record.id} points at a missing ${target} ${refId}`);
    locked[path] = row;
  }
  return locked;
}

function postingsOf(decl: { postings?: Posting[] | ((...args: any[]) => Posting[]) }, ...args: unknown[]): Posting[] {
  if (!decl.postings) return [];
  return typeof decl.postings === 'function' ? decl.postings(...args) : decl.postings;
}

async function post(
  cmd: CommandContext,
  resource: Resource<any>,
  record: StoredRecord,
  changes: Record<string, unknown>,
  postings: Posting[],
  description?: string,
) {
  if (postings.length === 0) return;
  if (!resource.flowType) throw new Error(`${resource.spec.object} posts to the ledger but declares no flowType`);
  const read = (p: string) => readPath(fieldsOf(record), changes, p);
  await applyPostings(
    cmd,
    {
      id: record.id,
      flowType: resource.flowType as FlowType,
      financialAccount: read('financial_account') as string,
      currency: read('currency') as string,
      amount: read('amount') as number,
      description: description ?? (read('description') as string | null),
      read,
      write: (p, v) => writePath(fieldsOf(record), changes, p, v),
    },
    postings,
  );
}

/**
 * The event a transition emits: its declaration's, else, for the generic update, `<object>.updated`
 * where Stripe defines that type (`customer.updated`, `refund.updated`; no `treasury.financial_account.updated` exists).
 */
function eventOf(resource: Resource<any>, name: string, decl: TransitionDecl<any>, saved: StoredRecord): string | null | undefined {
  if (typeof decl.event === 'function') return decl.event(saved);
  if (decl.event !== undefined || name !== 'update') return decl.event;
  const updated = `${resource.spec.object}.updated`;
  return isEnabledEventType(updated) ? updated : undefined;
}

/** Runs one declared transition on a locked record (and, first, the ones it passes through). */
export async function transition<R extends StoredRecord>(ctx: ActionContext<R>, name: string): Promise<R> {
  let ids = acting.get(ctx.cmd);
  if (!ids) acting.set(ctx.cmd, (ids = new Set()));
  const id = ctx.record.id;
  if (ids.has(id)) return transitionOnce(ctx, name);
  ids.add(id);
  try {
    return await transitionOnce(ctx, name);
  } finally {
    ids.delete(id);
  }
}

async function transitionOnce<R extends StoredRecord>(ctx: ActionContext<R>, name: string): Promise<R> {
  const { cmd } = ctx;
  const resource = ctx.resource as Resource<any>;
  const decl = resource.actions?.[name] ?? (name === 'update' ? resource.update : undefined);
  if (!decl) throw new Error(`${resource.spec.object} has no action ${name}`);
  // The machine this action belongs to: the status, or the field its `state` names (a card's shipping.status).
  const statusField = decl.state ?? resource.statusField;
  const stateOf = (r: StoredRecord) => (statusField ? String(readPath(fieldsOf(r), {}, statusField)) : '');
  const via = decl.through?.[stateOf(ctx.record)];
  if (via) ctx.record = await transition({ ...ctx, changes: {} }, via);
  const current = stateOf(ctx.record);
  if (decl.from && !decl.from.includes(current))
    throw invalidState(
      decl.refusal?.(current) ?? `The ${human(resource)} cannot be ${name === 'cancel' ? 'canceled' : name} because it has status ${current}.`,
    );
  const step: ActionContext<R> = { ...ctx, changes: {} };
  await decl.guard?.(step);
  const changes = step.changes as Record<string, unknown>;
  if (decl.to && statusField) writePath(fieldsOf(step.record), changes, statusField, decl.to);
  if (decl.stamp) writePath(fieldsOf(step.record), changes, decl.stamp, Math.floor(cmd.now.getTime() / 1000));
  const applied = await decl.apply?.(step);
  if (applied) for (const [k, v] of Object.entries(applied)) changes[k] = v;
  await post(cmd, resource, step.record, changes, postingsOf(decl as TransitionDecl<any>, step));
  if (Object.keys(changes).length === 0) return step.record;
  const saved = (await updateRecord(cmd.tx, resource.storage, step.record.id, changes)) as R;
  if (resource.enrich) await resource.enrich(cmd.tx, cmd.scope, [saved]);
  await announce(cmd, resource, step.record, saved, eventOf(resource, name, decl, saved));
  const before = step.record;
  ctx.record = (await decl.after?.({ ...step, record: saved }, saved, before)) ?? saved;
  if (decl.schedule) ctx.record = await runSteps({ ...step, record: ctx.record }, await decl.schedule({ ...step, record: ctx.record }));
  return ctx.record;
}

/**
 * Follow-up steps: recorded for later (the job queue, or the test clock), except steps with a zero
 * delay, which run now, in this command, after the action (with or without a test clock).
 */
async function runSteps<R extends StoredRecord>(ctx: ActionContext<R>, steps: readonly ScheduledStep[]): Promise<R> {
  if (steps.length === 0) return ctx.record;
  const later = steps.filter((s) => s.delayMs !== 0);
  await scheduleSteps(ctx.cmd, ctx.resource.spec.object, ctx.record.id, later);
  let record = ctx.record;
  for (const step of steps) if (!later.includes(step)) record = await transition({ ...ctx, input: step.params ?? {}, record, changes: {} }, step.action);
  return record;
}

export interface Invocation {
  /** The mutation's name: the idempotency scope of the request. */
  operation: string;
  /** What the idempotency key's request hash covers (the mutation input without the key). */
  hashInput: unknown;
  idempotencyKey: string | null;
  params: Params;
}

/** An action on an existing object (`id` in params): cancel, test helpers, update, … */
export function runAction<R extends StoredRecord>(resource: Resource<R>, name: string, caller: Caller, inv: Invocation): Promise<Record<string, unknown>> {
  const decl = resource.actions?.[name] ?? (name === 'update' ? resource.update : undefined);
  if (!decl) throw new Error(`${resource.spec.object} has no action ${name}`);
  const answer = onLocked(resource, decl, caller, inv, async (ctx) => resource.toStripe(await transition(ctx, name)));
  return decl.afterCommit ? answer.then((a) => decl.afterCommit!(caller, a)) : answer;
}

/**
 * Stripe's delete: the declaration's rules on the locked object (guard, apply, event, after), then the
 * row is deleted (`deleteRecord`); answers Stripe's deleted object.
 */
export function runDelete<R extends StoredRecord>(resource: Resource<R>, caller: Caller, inv: Invocation): Promise<Record<string, unknown>> {
  const decl = resource.delete;
  if (!decl) throw new Error(`${resource.spec.object} has no delete`);
  return onLocked(resource, decl, caller, inv, async (ctx) => {
    const step: ActionContext<R> = { ...ctx, changes: {} };
    await decl.guard?.(step);
    const applied = (await decl.apply?.(step)) ?? {};
    // A deletion is a real-world fact (not on the account's test clock).
    const saved = (await deleteRecord(ctx.cmd.tx, resource.storage, ctx.record.id, clock.now(), fieldsOf(applied))) as R;
    const event = typeof decl.event === 'function' ? decl.event(saved) : decl.event;
    if (event) await emitEvent(ctx.cmd, event, resource.toStripe(saved));
    await decl.after?.({ ...step, record: saved }, saved, ctx.record);
    return { id: saved.id, object: resource.spec.object, deleted: true };
  });
}

/** Shape checks, idempotency, then the object and the rows it declares, locked in that order, for `body`. */
function onLocked<R extends StoredRecord>(
  resource: Resource<R>,
  decl: TransitionDecl<R>,
  caller: Caller,
  inv: Invocation,
  body: (ctx: ActionContext<R>) => Promise<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const { id, ...input } = inv.params;
  const prefix = resource.spec.idPrefix;
  if (typeof id !== 'string' || (prefix && !hasPrefix(id, prefix))) throw resourceMissing(human(resource), String(id));
  if (decl.testHelper && caller.scope.livemode && !caller.operator) throw testModeOnly(human(resource));
  return runCommand(
    caller.db,
    caller.scope,
    { operation: inv.operation, input: inv.hashInput, idempotencyKey: inv.idempotencyKey, requestId: caller.requestId as string },
    async (cmd) => {
      const record = await resource.lock(cmd.tx, cmd.scope, id);
      if (!record) throw resourceMissing(human(resource), id);
      if (resource.enrich) await resource.enrich(cmd.tx, cmd.scope, [record]);
      return body({ cmd, resource, input, record, changes: {}, locked: await lockDeclared(cmd, resource, record) });
    },
  );
}

/** Creates an object: build (rules) → postings → insert → event → schedules. */
export function runCreate<R extends StoredRecord>(
  resource: Resource<R>,
  caller: Caller,
  inv: Invocation,
  decl: CreateDecl<R> | undefined = resource.create,
): Promise<Record<string, unknown>> {
  if (!decl) throw new Error(`${resource.spec.object} has no create`);
  if (decl.testHelper && caller.scope.livemode && !caller.operator) throw testModeOnly(human(resource));
  decl.validate?.(inv.params, caller.scope);
  const spec = { operation: inv.operation, input: inv.hashInput, idempotencyKey: inv.idempotencyKey, requestId: caller.requestId as string };
  const prepare = decl.prepare;
  if (prepare)
    return runPreparedCommand(
      caller.db,
      caller.scope,
      spec,
      () => prepare({ db: caller.db, scope: caller.scope, input: inv.params }),
      (cmd, prepared) => createIn(resource, cmd, inv.params, decl, prepared).then((r) => resource.toStripe(r)),
    );
  return runCommand(caller.db, caller.scope, spec, (cmd) => createIn(resource, cmd, inv.params, decl).then((r) => resource.toStripe(r)));
}

/** The body of a create, inside an existing command (also used by rules that create other objects). */
export async function createIn<R extends StoredRecord>(
  resource: Resource<R>,
  cmd: CommandContext,
  input: Params,
  decl: CreateDecl<R> = resource.create!,
  prepared?: unknown,
): Promise<R> {
  if (decl.prepare && prepared === undefined) throw new Error(`${resource.spec.object}: a create with a prepare step runs as its own command (runCreate)`);
  const id = newId(resource.spec.idPrefix ?? resource.spec.object.replace(/\W/g, '_'));
  const locked: Record<string, StoredRecord> = {};
  const ctx: CreateContext<R> = {
    cmd,
    resource,
    input,
    id,
    locked,
    prepared,
    async lock(object, refId, param) {
      const target = resourceOf(object);
      if (target.spec.idPrefix && !hasPrefix(refId, target.spec.idPrefix)) throw resourceMissing(human(target), refId, param);
      const row = await target.lock(cmd.tx, cmd.scope, refId);
      if (!row) throw resourceMissing(human(target), refId, param);
      if (target.enrich) await target.enrich(cmd.tx, cmd.scope, [row]);
      return row;
    },
  };
  const found = await decl.existing?.(ctx);
  if (found) return (await decl.after?.(ctx, found)) ?? found;
  const fields = await decl.build(ctx);
  const initial = resource.statusField && resource.initial ? { [resource.statusField]: resource.initial } : {};
  const record = { ...initial, ...fields, id, livemode: cmd.scope.livemode, created: Math.floor(cmd.now.getTime() / 1000) } as unknown as R;
  const changes: Record<string, unknown> = {};
  await post(cmd, resource, record, changes, postingsOf(decl, ctx, record), decl.describeTransaction?.(record));
  Object.assign(record, changes);
  await insertRecord(cmd.tx, resource.storage, cmd.scope, cmd.now, fieldsOf(record));
  Object.defineProperty(record, '$created', { value: cmd.now, enumerable: false });
  if (resource.enrich) await resource.enrich(cmd.tx, cmd.scope, [record]);
  await announce(
    cmd,
    resource,
    null,
    record,
    typeof decl.event === 'function' ? decl.event(record) : decl.event === undefined ? `${resource.spec.object}.created` : decl.event,
  );
  const current = (await decl.after?.(ctx, record)) ?? record;
  if (decl.schedule) return runSteps({ cmd, resource, input: {}, record: current, changes: {}, locked }, await decl.schedule(ctx, current));
  return current;
}
