import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../db/client.js';
import type { CommandContext, Scope } from '../kernel/command.js';
import { registerIdPrefix } from '../kernel/ids.js';
import type { Posting } from './posting.js';
import { fieldNameOf, pluralOf, typeNameOf } from './naming.js';
import { rootShape, serveOnly, specOf, type ServeDecl, type SpecObject } from './spec.js';
import { findRecords, lockRecord, type Where } from './store.js';
import { storageOf, type Storage, type StoredRecord } from './storage.js';

/**
 * A resource: one Stripe object served by the layer. Its shape (fields, nested types, enums, inputs,
 * id prefix, endpoints) comes from the spec; the declaration says only what the spec cannot: where
 * it is stored (its `.table.ts`), which strings are references, what is computed, how lists filter,
 * and its behaviour as data — transitions with their guards, timestamps, postings, events and
 * schedules, executed by the one action path (src/layer/actions.ts).
 */
export type Params = Record<string, any>;

export interface Caller {
  db: Db;
  scope: Scope;
  /** null for automatic (scheduled) work: Stripe's events then show `request.id` null. */
  requestId: string | null;
  /**
   * The platform operator settling a flow as its bank reported it (POST /admin/settle): test-helper
   * actions then run in live mode too, since a self-hosted engine has no bank rails of its own.
   */
  operator?: boolean;
}

/** A follow-up the action path schedules (test-mode automation): run `action` on this object later. */
export interface ScheduledStep {
  action: string;
  params?: Record<string, unknown>;
  /** When, in the account's time (its test clock's, when it has one): the banking timetable. */
  at: Date;
  /** Without a test clock, real-time delays apply: `first` the configured delay, `second` delay + return delay. */
  phase: 'first' | 'second';
  /** A real-time delay of its own instead of the phase's; 0 runs the step now, in the same command (test clock or not). */
  delayMs?: number;
}

export interface ActionContext<R extends StoredRecord = StoredRecord> {
  cmd: CommandContext;
  resource: Resource<R>;
  /** Stripe's params (snake_case), without `id` and `idempotency_key`. */
  input: Params;
  /** The object before this action (after earlier steps of the same command). */
  record: R;
  /** Changes this action has made so far (status, stamp, apply, postings); nested objects whole. */
  changes: Partial<R>;
  /** Rows the action locked besides its own, by the field path that points at them. */
  locked: Record<string, StoredRecord>;
}

export interface CreateContext<R extends StoredRecord = StoredRecord> {
  cmd: CommandContext;
  resource: Resource<R>;
  input: Params;
  id: string;
  /** Rows locked by `build` (through `lock`), available to postings and schedules. */
  locked: Record<string, StoredRecord>;
  /** What the declaration's `prepare` step returned (undefined without one). */
  prepared: unknown;
  /** Locks another resource's row of this scope (resource_missing at `param` when absent). */
  lock(object: string, id: string, param: string[]): Promise<StoredRecord>;
}

export interface PrepareContext {
  db: Db;
  scope: Scope;
  input: Params;
}

export interface TransitionDecl<R extends StoredRecord = StoredRecord> {
  /** The Stripe endpoint this action serves (its mutation); absent = internal (scheduled only). */
  endpoint?: string;
  testHelper?: boolean;
  /** The object whose spec lists the endpoint, when not this one (e.g. a FinancialAccount's features). */
  endpointOf?: string;
  /** The mutation's name, where the verb + type rule does not give Stripe's operation name. */
  mutation?: string;
  /** What the mutation answers when it is not this object: another object's shape, picked from this one. */
  result?: { object: string; pick: (stripe: Record<string, any>) => unknown };
  /**
   * The field path `from`, `to` and `through` read and write, where it is not the object's status (an
   * Issuing Card's `shipping.status`, a second machine on the same object driven by its own helpers).
   */
  state?: string;
  /** States the action may start from (absent: any). */
  from?: readonly string[];
  /** The state it moves to (absent: status unchanged). */
  to?: string;
  /** Stripe's wording when the object is in another state. */
  refusal?: (status: string) => string;
  /** Actions that run first from a given state (e.g. return from processing posts first), with their events. */
  through?: Record<string, string>;
  /** Field path stamped with the command's time (`status_transitions.posted_at`). */
  stamp?: string;
  /** Rules beyond the state check; throw a StripeError to refuse (nothing is written). */
  guard?: (ctx: ActionContext<R>) => void | Promise<void>;
  /** Other field changes the action makes (hand-written rules). */
  apply?: (ctx: ActionContext<R>) => Partial<R> | void | Promise<Partial<R> | void>;
  /** Ledger postings, executed by the ledger (src/ledger/postings.ts). */
  postings?: Posting[] | ((ctx: ActionContext<R>) => Posting[]);
  /** The event type this action emits; a function of the saved object where the outcome decides it (a reader action: succeeded or failed), null for none. */
  event?: string | ((record: R) => string | null);
  /** Follow-ups (test-mode automation) recorded in the same transaction. */
  schedule?: (ctx: ActionContext<R>) => ScheduledStep[] | Promise<ScheduledStep[]>;
  /** Effects on other resources after this one is saved (e.g. the ReceivedCredit an internal payment makes); may run further transitions and return the result. */
  after?: (ctx: ActionContext<R>, saved: R, before: R) => Promise<R | void>;
  /**
   * Work that follows once the action's transaction has committed, in transactions of its own (a test
   * clock's advance runs each due transition separately); the mutation answers what it returns. Runs
   * on an idempotent replay too.
   */
  afterCommit?: (caller: Caller, answer: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

export interface CreateDecl<R extends StoredRecord = StoredRecord> {
  endpoint?: string;
  testHelper?: boolean;
  /** The object whose spec lists the endpoint, when not this one (a Product's `createFeature` makes a ProductFeature). */
  endpointOf?: string;
  /** The mutation's name, where the verb + type rule does not give Stripe's operation name (`createProductFeature`). */
  mutation?: string;
  /** Shape rules checked before the command runs (Stripe saves no idempotent result for these). */
  validate?: (input: Params, scope: Scope) => void;
  /**
   * Slow work outside the database transaction (an outbound HTTP call), after `validate`: it reads what
   * it needs with `db` (no locks, no writes) and its result reaches `build` as `prepared`; `build` then
   * runs in one short transaction with the object's insert and event (src/kernel/command.ts,
   * runPreparedCommand). With an idempotency key it runs once: a replay answers the stored object, a
   * concurrent duplicate is refused while it runs. A create with a `prepare` step runs only as its own
   * command (not inside another's, through createIn).
   */
  prepare?: (ctx: PrepareContext) => Promise<unknown>;
  /** The new object's fields (rules: defaults, derived details; lock what it reads). */
  build: (ctx: CreateContext<R>) => Promise<Partial<R>>;
  postings?: Posting[] | ((ctx: CreateContext<R>, record: R) => Posting[]);
  /** Default `<object>.created`; null for none; a function for an object born in a final state (`created`, then `succeeded`: emitted in order). */
  event?: string | null | ((record: R) => string[]);
  schedule?: (ctx: CreateContext<R>, record: R) => ScheduledStep[] | Promise<ScheduledStep[]>;
  /** Effects after the object is saved (other objects it makes); may run transitions on it and return the result. */
  after?: (ctx: CreateContext<R>, saved: R) => Promise<R | void>;
  /** Stripe's description of the flow's Transaction (default: the flow type, humanized). */
  describeTransaction?: (record: R) => string;
  /**
   * The object Stripe answers instead of making a new one (funding instructions: "the same each time"),
   * found before `build`: nothing is inserted and no `created` event is emitted; `after` still runs.
   * It must serialize concurrent creates itself (a transaction-scoped advisory lock).
   */
  existing?: (ctx: CreateContext<R>) => Promise<R | null>;
}

export interface ListFilterDecl {
  /** SQL for a filter argument (Stripe's param name); default: equality on the field's column, ranges on timestamps. */
  [param: string]: (value: any, storage: Storage, args: Params) => Where | Where[];
}

export interface ConnectionDecl {
  /** The parent object whose type gets the connection field. */
  on: string;
  /** Field name on the parent (`outboundTransfers`). Default: the plural of this type, without the family prefix. */
  field?: string;
  /** This resource's field that holds the parent's id. */
  by: string;
  description?: string;
}

/**
 * What the conformance suite (test/conformance/) hands an `examples` declaration: fixtures of one
 * test-mode account, made through the graph.
 */
export interface ExampleFixtures {
  /** The context's FinancialAccount: usd, every money-moving feature active, funded by a ReceivedCredit (shared by the context's instances). */
  financialAccount(): Promise<string>;
  /** A us_bank_account PaymentMethod of the account (not a magic test number: flows stay where actions put them). */
  paymentMethod(): Promise<string>;
  /** A new instance of another resource, made by its own `examples` (these Stripe params override theirs), as Stripe shows it. */
  create(object: string, params?: Params): Promise<Record<string, any> & { id: string }>;
  /** Runs a GraphQL operation as the account (set-up the resources cannot express: the account's Tax settings); fails on any error. */
  graphql(document: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
}

/** A signed ledger impact, in units of the flow's amount (`{ cash: -1 }`: cash falls by the amount). */
export interface Impact {
  cash?: number;
  inbound_pending?: number;
  outbound_pending?: number;
}

/**
 * How the conformance suite makes valid instances of a creatable resource and drives them through
 * every state × action cell of its machine. Data only; nothing at run time reads it.
 */
export interface ExamplesDecl {
  /** Stripe params (snake_case) of a valid create in the fixtures' account. */
  create(fx: ExampleFixtures): Promise<Params> | Params;
  /** Params an action needs besides `id`, from the object as Stripe shows it (a clock's advance: a later frozen_time). */
  params?: Record<string, (object: Record<string, any>) => Params>;
  /**
   * States no sequence of declared actions reaches from a create, with why (a CreditReversal's
   * `canceled`: "currently not supported"). Every other state must be reachable: the suite finds the
   * path through the declared transitions (internal ones run as the scheduler runs them).
   */
  unreachable?: Record<string, string>;
  /** The same, for a machine on another field (an action's `state`, e.g. `shipping.status`), by that field path. */
  unreachableIn?: Record<string, Record<string, string>>;
  /** Instances one account may hold at once (a test clock: 1): the suite makes the others in accounts of their own. */
  perAccount?: number;
  /** The state an action answers once its `afterCommit` has run, where that is not its `to` (a clock's advance: `ready`). */
  settles?: Record<string, string>;
  /** Ledger effects an action makes through other objects on the flow's FinancialAccount (an InboundTransfer's return: its ReceivedDebit). */
  impacts?: Record<string, Impact>;
  /**
   * Another valid create, for the idempotency check (the same key with other params is refused), where
   * the create has no metadata and no optional string param to change (a ReportRun: another report type).
   */
  vary?: (params: Params) => Params;
}

export interface ResourceDecl<R extends StoredRecord = StoredRecord> {
  object: string;
  /**
   * The spec fields and endpoint params served, where fingraph serves less than Stripe (a PaymentMethod
   * of type us_bank_account; a Customer's stored params): the rest is left out of storage and the SDL,
   * and GraphQL refuses those params as unknown. The table declares the same (`resourceTable`'s `serve`).
   */
  serve?: ServeDecl;
  /** The table (src/…/<resource>.table.ts), from resourceTable(); none for a catalogue. */
  table?: PgTable;
  /**
   * A catalogue Stripe publishes (Climate products and suppliers, report types, physical bundles):
   * the same read-only objects for every account, served from these records (without `livemode`,
   * which is the caller's mode). Catalogues have no table and no actions. `enrich` applies to them too
   * (per-account values of a shared catalogue: a report type's data availability).
   */
  catalogue?: () => Record<string, unknown>[];
  /**
   * Records that exist without a row (Stripe's magic test PaymentMethods, in every test-mode account):
   * the ones among `ids` this scope has. Retrieve, loaders, lists of refs, `lock` and rules' `records`
   * find them before the table; they cannot be changed (no action takes them).
   */
  virtual?: (scope: Scope, ids: readonly string[]) => R[];
  /** Spec string fields (dotted paths) that hold another object's id: the object, or several (a union, optionally named). */
  refs?: Record<string, string | string[] | { union: string; objects: string[] }>;
  /** Names for the enums of these field paths (the first field with a set of values names it; others reuse it). */
  enumNames?: Record<string, string>;
  /** Spec fields not stored, computed when the object is read. */
  computed?: Record<string, (record: R) => unknown>;
  /**
   * The record keys (stored fields, internal columns, extras) a computed field reads, where known: the
   * read planner then reads only those for it instead of the whole row. A field listed here must not
   * need `enrich`.
   */
  computedReads?: Partial<Record<string, readonly string[]>>;
  /** Loads what computed fields need for many records at once (e.g. balances), into the records. */
  enrich?: (ex: Executor, scope: Scope, records: R[]) => Promise<void>;
  /** The field holding the state (default `status` when the spec has one). */
  statusField?: string;
  /** The state a create starts in. */
  initial?: string;
  /** Stripe `flow_type` when this object moves money on the Treasury ledger. */
  flowType?: string;
  /** Related rows every action locks after the object's own, in this order (field paths). */
  locks?: string[];
  create?: CreateDecl<R>;
  /**
   * Further create endpoints of the object, by spec endpoint name (an Issuing Transaction's
   * `createForceCapture` and `createUnlinkedRefund` test helpers; a Tax Transaction's `createReversal`): each served and run like `create`.
   */
  creates?: Record<string, CreateDecl<R>>;
  /** Generic update (Stripe's update endpoint): `apply` turns params into changes; default event `<object>.updated` where Stripe defines that type. */
  update?: TransitionDecl<R>;
  /**
   * Stripe's delete endpoint (`del`): `guard`, `apply`, `event` and `after` run as for an action, then the
   * row is deleted (kept and hidden when the table declares `softDelete`); the answer is Stripe's
   * deleted object `{ id, object, deleted: true }` (payload field `deleted<Type>`).
   */
  delete?: TransitionDecl<R>;
  actions?: Record<string, TransitionDecl<R>>;
  list?: {
    filters?: ListFilterDecl;
    orderBy?: (args: Params) => string | undefined;
    validate?: (args: Params) => void;
    required?: string[];
    /** Values of list params Stripe applies when they are not given (a hardware catalogue lists `status: available`). */
    defaults?: Params;
    /**
     * A list endpoint another object's SDK class serves for this one (the spec's `relatedEndpoints`:
     * `financialConnections.accounts.listOwners`, GET /accounts/{id}/owners) as this object's root list.
     * Each path param becomes a required ID argument under the name given (`{ id: 'account' }`), passed
     * to `filters` (and checked by `refs`) like any other filter.
     */
    related?: { endpoint: string; pathParams: Record<string, string> };
  };
  connections?: ConnectionDecl[];
  /**
   * Actions this object takes when another object's event is announced in the same command, by event
   * type: an Order completes when its PaymentIntent succeeds, whoever paid it (a Terminal reader).
   */
  reactions?: Record<string, ReactionDecl<R>>;
  /**
   * List fields kept with the object (Stripe's `{ object: 'list', data }` of line items) served as
   * connections paged over the stored list, in its order (a Tax Calculation's `line_items`).
   */
  pagedLists?: string[];
  /** `<type>Updated(id)` subscription: default when the object has a status. */
  subscription?: boolean;
  /** The list query's name where the plural rule does not fit (an object already named in the plural: funding instructions). */
  listField?: string;
  /**
   * Params whose spec enum is taken as a plain `String` in GraphQL inputs and checked by the resource's
   * rules instead (values that are not names: event types with `*`, API versions).
   */
  stringParams?: string[];
  /** Endpoints of the spec this resource deliberately does not serve, with why (the conformance suite lists them). */
  unsupported?: Record<string, string>;
  /**
   * How to make valid instances and reach each state, for the conformance suite (test/conformance/).
   * Every creatable resource has one: the suite reports a create without examples as a gap.
   */
  examples?: ExamplesDecl;
}

/**
 * One reaction (src/layer/actions.ts `react`): `target` names the object of the command's account
 * from the event's object, `matches` confirms the two belong together (a metadata value is not proof
 * of anything: anyone can set it), and `action` runs if its `from` allows the object's state; else
 * nothing happens. An object in the middle of an action of its own in this command is left alone:
 * that action caused the event.
 */
export interface ReactionDecl<R extends StoredRecord = StoredRecord> {
  action: string;
  target: (object: Record<string, any>) => string | null | undefined;
  matches: (record: R, object: Record<string, any>) => boolean;
}

export interface Resource<R extends StoredRecord = StoredRecord> extends Omit<ResourceDecl<R>, 'statusField'> {
  spec: SpecObject;
  storage: Storage;
  typeName: string;
  fieldName: string;
  /** The list query (`treasuryOutboundTransfers`): `listField`, or the plural of `fieldName`. */
  listFieldName: string;
  statusField: string | null;
  /** The object as Stripe shows it: spec fields in spec order, computed ones filled in. */
  toStripe(record: R): Record<string, unknown> & { id: string };
  /** One spec field of the object as Stripe shows it (stored, computed or provided), as `toStripe` fills it. */
  stripeField(record: R, name: string): unknown;
  /** The scope's objects by id, as Stripe shows them (loaders, `node`, subscriptions). */
  load(ex: Executor, scope: Scope, ids: readonly string[]): Promise<Map<string, Record<string, unknown> & { id: string }>>;
  /** Records by id (with enrich), for rules that read other objects. */
  records(ex: Executor, scope: Scope, ids: readonly string[]): Promise<Map<string, R>>;
  /** The scope's record locked for the command (a virtual one as it is: nothing can change it), or null. */
  lock(ex: Executor, scope: Scope, id: string): Promise<R | null>;
}

/**
 * Fields whose value a family provides for every object that has them in the spec (e.g.
 * `hosted_regulatory_receipt_url`, served by src/receipts for every money movement), unless the
 * resource stores or computes the field itself.
 */
const providers = new Map<string, (record: StoredRecord & Record<string, unknown>, object: string) => unknown>();
export function provideField(name: string, provide: (record: StoredRecord & Record<string, unknown>, object: string) => unknown) {
  providers.set(name, provide);
}

/** A catalogue's records as the caller's mode sees them. */
export function catalogueOf(catalogue: () => Record<string, unknown>[], scope: Scope): (StoredRecord & Record<string, unknown>)[] {
  return catalogue().map((r) => ({ ...r, livemode: scope.livemode }) as StoredRecord & Record<string, unknown>);
}

const resources = new Map<string, Resource<any>>();
export type AnyResource = Resource<any>;

/** Declares a resource; called once at module load by its `.resource.ts`. */
export function defineResource<R extends StoredRecord = StoredRecord>(decl: ResourceDecl<R>): Resource<R> {
  if (resources.has(decl.object)) throw new Error(`Resource ${decl.object} is declared twice`);
  if (decl.serve) serveOnly(decl.object, decl.serve);
  for (const [on, reaction] of Object.entries(decl.reactions ?? {}))
    if (!decl.actions?.[reaction.action]) throw new Error(`${decl.object}: the reaction to ${on} runs '${reaction.action}', which is not one of its actions`);
  const spec = specOf(decl.object);
  if (decl.catalogue && (decl.table || decl.create || decl.update || decl.actions))
    throw new Error(`${decl.object}: a catalogue is read-only and has no table`);
  // Catalogues have no storage: records() and lists serve them from memory.
  const storage = decl.catalogue ? (null as unknown as Storage) : storageOf(decl.object);
  const fields = rootShape(spec).fields;
  const statusField = decl.statusField ?? (fields.some((f) => f.name === 'status' && f.type.kind === 'enum') ? 'status' : null);
  const computed = decl.computed ?? {};
  const stripeField = (record: R, name: string) => {
    const values = record as unknown as Record<string, unknown>;
    if (name in computed) return computed[name]!(record);
    if (name in values) return values[name] ?? null;
    if (providers.has(name)) return providers.get(name)!(record as never, decl.object);
    return null;
  };
  const toStripe = (record: R) => {
    const out: Record<string, unknown> = {};
    for (const f of fields)
      if (!f.optional || f.name in computed || f.name in (record as object) || providers.has(f.name)) out[f.name] = stripeField(record, f.name);
    out.object = decl.object;
    // An object Stripe shows without an id (a Terminal ConnectionToken) keeps its row's: every type here is a Node.
    if (!('id' in out)) out.id = record.id;
    return out as Record<string, unknown> & { id: string };
  };
  const records = async (ex: Executor, scope: Scope, ids: readonly string[]) => {
    if (decl.catalogue) {
      const found = catalogueOf(decl.catalogue, scope).filter((r) => ids.includes(r.id)) as unknown as R[];
      if (decl.enrich && found.length) await decl.enrich(ex, scope, found);
      return new Map(found.map((r) => [r.id, r]));
    }
    const virtual = decl.virtual?.(scope, ids) ?? [];
    const stored = virtual.length ? ids.filter((id) => !virtual.some((r) => r.id === id)) : ids;
    const found = (await findRecords(ex, storage, scope, stored)) as Map<string, R>;
    for (const r of virtual) found.set(r.id, r);
    if (decl.enrich && found.size) await decl.enrich(ex, scope, [...found.values()]);
    return found;
  };
  const resource: Resource<R> = {
    ...decl,
    spec,
    storage,
    typeName: typeNameOf(decl.object),
    fieldName: fieldNameOf(decl.object),
    listFieldName: decl.listField ?? pluralOf(fieldNameOf(decl.object)),
    statusField,
    toStripe,
    stripeField,
    records,
    async lock(ex, scope, id) {
      const [virtual] = decl.virtual?.(scope, [id]) ?? [];
      return virtual ?? ((await lockRecord(ex, storage, scope, id)) as R | null);
    },
    async load(ex, scope, ids) {
      const found = await records(ex, scope, ids);
      return new Map([...found].map(([id, r]) => [id, toStripe(r)]));
    },
  };
  // Stripe's ids without a prefix: a Coupon's (the layer makes `<object>_…` ids) or an object Stripe shows
  // without an id (a Terminal ConnectionToken, stored under its object's name): routed like a prefix (node, refs).
  const prefix = spec.idPrefix ?? (decl.catalogue ? null : decl.object.replace(/\W/g, '_'));
  if (prefix) registerIdPrefix(prefix, resource.typeName);
  resources.set(decl.object, resource);
  return resource;
}

export function resourceOf<R extends StoredRecord = StoredRecord>(object: string): Resource<R> {
  const r = resources.get(object);
  if (!r) throw new Error(`No resource declared for ${object}`);
  return r as Resource<R>;
}

export const hasResource = (object: string) => resources.has(object);
export const allResources = (): AnyResource[] => [...resources.values()];
