/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL selections and rows are data here. */
import { sql, type SQL } from 'drizzle-orm';
import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Scope } from '../kernel/command.js';
import { DEFAULT_PAGE_SIZE, Edge, MAX_PAGE_SIZE } from '../kernel/pagination.js';
import type { Executor } from '../db/client.js';
import { query } from '../db/sql.js';
import { camelField, servedTargets } from './graph-types.js';
import { PLANNED } from './planned.js';

export { planned } from './planned.js';
import { connectionFieldName } from './naming.js';
import { allResources, hasResource, resourceOf, type AnyResource } from './resource.js';
import { rootShape } from './spec.js';
import { exactCreated, isEpochColumn, recordDecoder, textRowDecoder, type RawRow, type StoredRecord, type Storage } from './storage.js';

/**
 * The read planner: a root field's selection (lookahead over the GraphQL selection set) compiled
 * into one SQL statement. Only the columns of selected fields are read; every single reference of
 * a layer resource becomes a correlated subquery returning one row, every plain first page of a
 * connection an `array(...)` of rows, nested to any depth, each with the caller's account and mode
 * in its own WHERE. Nested rows come back as PostgreSQL's row text (`(a,b,"c d")`), not JSON:
 * building JSON costs the database about 2.4× the CPU of returning rows.
 *
 * The objects it answers carry what was fetched under the field's response key (PLANNED); the
 * reference and connection resolvers take it from there, and fall back to the per-request loaders
 * for anything the plan left out (a connection with filters, a reference to virtual records, a
 * reference the row did not find). So the plan only ever saves statements; it never changes answers.
 */

/** What an object from a plan carries: the prefetched value of each reference / connection, by response key. */

/** The prefetched value of this field of `parent`, or undefined when the plan did not fetch it. */

/** How a GraphQL field of a resource type is read. */
type Source =
  | { kind: 'stored'; columns: string[] } // a stored spec field: its column(s)
  | { kind: 'ref'; columns: string[]; targets: AnyResource[] } // a reference (one object, or a union) the statement follows
  | { kind: 'list'; child: AnyResource; by: string } // a connection of children: the plain first page
  | { kind: 'computed'; key: string; reads?: { columns: string[]; extras: string[] } } // computed or provided: from the whole record, or from what it declares it reads
  | { kind: 'whole' }; // hand-written: the object as the loaders give it

const WHOLE: Source = { kind: 'whole' };
const ALWAYS = ['id', 'livemode', 'created'];

/** A resource read from its table. A root read also needs every record to be a row (no `virtual` ones). */
const readable = (r: AnyResource) => !!r.storage && !r.catalogue;
const plannable = (r: AnyResource) => readable(r) && !r.virtual;

const sourceCache = new Map<string, Map<string, Source>>();
function sourcesOf(resource: AnyResource): Map<string, Source> {
  let out = sourceCache.get(resource.typeName);
  if (out) return out;
  out = new Map();
  const s = resource.storage;
  const slotColumns = new Map(s.slots.map((slot) => [slot.key, slot.kind === 'leaf' ? [slot.column] : slot.leaves.map((l) => l.column)]));
  for (const key of ALWAYS) slotColumns.set(key, [key]);
  for (const f of rootShape(resource.spec).fields) {
    const columns = slotColumns.get(f.name);
    if (f.name === 'object') out.set('object', { kind: 'stored', columns: [] });
    else if (f.name in (resource.computed ?? {}) || !columns)
      out.set(camelField(f.name), { kind: 'computed', key: f.name, reads: declaredReads(resource, f.name) });
    else {
      const targets = joinTargets(resource, f.name, f.type);
      out.set(camelField(f.name), targets ? { kind: 'ref', columns, targets } : { kind: 'stored', columns });
    }
  }
  for (const child of allResources())
    for (const c of child.connections ?? [])
      if (c.on === resource.spec.object && readable(child)) out.set(connectionFieldName(child.spec.object, c), { kind: 'list', child, by: c.by });
  sourceCache.set(resource.typeName, out);
  return out;
}

/** The columns and extras a computed field declared it reads (`computedReads`), or undefined when it did not. */
function declaredReads(resource: AnyResource, key: string) {
  const keys = resource.computedReads?.[key];
  if (!keys) return undefined;
  const s = resource.storage;
  const out = { columns: [] as string[], extras: [] as string[] };
  for (const k of keys) {
    if (k in s.extras) out.extras.push(k);
    else if (s.columnOf.has(k)) out.columns.push(s.columnOf.get(k)!);
    else {
      const slot = s.slots.find((slot) => slot.key === k);
      if (!slot) throw new Error(`${resource.spec.object}: computedReads.${key} names '${k}', which is neither stored nor an extra`);
      out.columns.push(...(slot.kind === 'leaf' ? [slot.column] : slot.leaves.map((l) => l.column)));
    }
  }
  return out;
}

/**
 * The resources a stored id field points at (as graph-types.ts types the field: one, or a union), when
 * each is read from a table. A virtual record (a magic test PaymentMethod) has no row: the subquery
 * finds nothing and the loaders answer.
 */
function joinTargets(resource: AnyResource, key: string, type: { kind: string; objects?: string[] }): AnyResource[] | null {
  const ref = resource.refs?.[key];
  const objects = typeof ref === 'string' ? [ref] : Array.isArray(ref) ? ref : ref ? ref.objects : type.kind === 'expandable' ? type.objects! : null;
  if (!objects) return null;
  const targets = servedTargets(objects);
  if (targets.length === 0 || !targets.every((t) => hasResource(t) && readable(resourceOf(t)))) return null;
  const column = resource.storage.columns.get(resource.storage.columnOf.get(key) ?? '');
  return column?.dataType === 'string' ? targets.map((t) => resourceOf(t)) : null;
}

// ---- the plan: what to read, from the selection ------------------------------------------------

export interface PlanNode {
  resource: AnyResource;
  /** Every column and extra (a computed or hand-written field is selected). */
  whole: boolean;
  /** The object as the loaders give it (`toStripe`): a hand-written field may read any of it. */
  stripe: boolean;
  /** Computed (or provided) fields the selection reads. */
  computed: string[];
  /** Rows already decoded, by their text (a page of 100 transfers of one account reads its row 100 times). */
  memo: Map<string, Fetched>;
  columns: Set<string>;
  /** The extras read when not whole (what declared computed fields read), in select order. */
  extras: string[];
  /** How its rows decode (made once, on first use: the plan is complete by then). */
  reader?: NodeReader;
  /** References: one node per target (a union has several; the id's prefix picks the table). */
  refs: { key: string; column: string; targets: PlanNode[] }[];
  lists: { key: string; by: string; limit: number; node: PlanNode }[];
}

/** Fields of `selectionSet` on `type`, by response key (fragments, type conditions, @skip/@include applied). */
function collect(info: GraphQLResolveInfo, type: GraphQLObjectType, nodes: readonly FieldNode[], out = new Map<string, FieldNode[]>()) {
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (!included(sel.directives, info.variableValues)) continue;
      if (sel.kind === 'Field') {
        const key = sel.alias?.value ?? sel.name.value;
        const list = out.get(key);
        list ? list.push(sel) : out.set(key, [sel]);
      } else if (sel.kind === 'InlineFragment') {
        if (!sel.typeCondition || applies(info, type, sel.typeCondition.name.value)) visit(sel.selectionSet, seen);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = info.fragments[sel.name.value];
        if (fragment && applies(info, type, fragment.typeCondition.name.value)) visit(fragment.selectionSet, seen);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet) visit(node.selectionSet, new Set());
  return out;
}

function included(directives: FieldNode['directives'], variables: Record<string, unknown>) {
  for (const d of directives ?? []) {
    if (d.name.value !== 'skip' && d.name.value !== 'include') continue;
    const arg = d.arguments?.find((a) => a.name.value === 'if')?.value;
    const value = arg?.kind === 'Variable' ? variables[arg.name.value] : arg?.kind === 'BooleanValue' ? arg.value : undefined;
    if ((d.name.value === 'skip') === (value === true)) return false;
  }
  return true;
}

function applies(info: GraphQLResolveInfo, type: GraphQLObjectType, condition: string) {
  if (condition === type.name) return true;
  const abstract = info.schema.getType(condition);
  return !!abstract && 'resolveType' in abstract && info.schema.isSubType(abstract as never, type);
}

const objectType = (info: GraphQLResolveInfo, name: string) => info.schema.getType(name) as GraphQLObjectType;

/** The node selection of a connection's fields (`edges { node }` and `nodes` together), or null when they conflict. */
function nodeSelection(info: GraphQLResolveInfo, resource: AnyResource, connection: readonly FieldNode[]) {
  const fields = collect(info, objectType(info, `${resource.typeName}Connection`), connection);
  const type = objectType(info, resource.typeName);
  const out = new Map<string, FieldNode[]>();
  const add = (nodes: readonly FieldNode[]) => {
    for (const [key, list] of collect(info, type, nodes)) {
      const had = out.get(key);
      if (had && had[0]!.name.value !== list[0]!.name.value) return false;
      had ? had.push(...list) : out.set(key, [...list]);
    }
    return true;
  };
  for (const list of fields.values()) {
    const name = list[0]!.name.value;
    if (name === 'nodes' && !add(list)) return null;
    if (name === 'edges') {
      const edge = collect(info, objectType(info, `${resource.typeName}Edge`), list);
      for (const e of edge.values()) if (e[0]!.name.value === 'node' && !add(e)) return null;
    }
  }
  return out;
}

/** `first` of a connection field that asks for nothing but a plain first page, else null. */
function plainFirst(nodes: readonly FieldNode[], variables: Record<string, unknown>): number | null {
  let first: unknown;
  for (const node of nodes)
    for (const arg of node.arguments ?? []) {
      const v = arg.value;
      const value = v.kind === 'Variable' ? variables[v.name.value] : v.kind === 'IntValue' ? Number(v.value) : v.kind === 'NullValue' ? null : v;
      if (arg.name.value === 'first') {
        if (first !== undefined && first !== value) return null;
        first = value;
      } else if (value !== null && value !== undefined) return null;
    }
  const limit = first ?? DEFAULT_PAGE_SIZE;
  return Number.isInteger(limit) && (limit as number) >= 0 && (limit as number) <= MAX_PAGE_SIZE ? (limit as number) : null;
}

function planNode(info: GraphQLResolveInfo, resource: AnyResource, fields: Map<string, FieldNode[]>): PlanNode {
  const node: PlanNode = { resource, whole: false, stripe: false, computed: [], memo: new Map(), columns: new Set(ALWAYS), extras: [], refs: [], lists: [] };
  const sources = sourcesOf(resource);
  const table = resource.storage.tableName;
  for (const [key, nodes] of fields) {
    const name = nodes[0]!.name.value;
    if (name.startsWith('__')) continue;
    const source = sources.get(name) ?? WHOLE;
    if (source.kind === 'whole') node.whole = node.stripe = true;
    else if (source.kind === 'computed') {
      if (source.reads) {
        source.reads.columns.forEach((c) => node.columns.add(c));
        for (const e of source.reads.extras) if (!node.extras.includes(e)) node.extras.push(e);
      } else node.whole = true;
      if (!node.computed.includes(source.key)) node.computed.push(source.key);
    } else if (source.kind === 'stored') source.columns.forEach((c) => node.columns.add(c));
    else if (source.kind === 'ref') {
      source.columns.forEach((c) => node.columns.add(c));
      // A row pointing at its own table would shadow its alias: the loaders read that one.
      if (source.targets.some((t) => t.storage.tableName === table)) continue;
      const targets = source.targets.map((t) => planNode(info, t, collect(info, objectType(info, t.typeName), nodes)));
      node.refs.push({ key, column: source.columns[0]!, targets });
    } else {
      const limit = plainFirst(nodes, info.variableValues);
      if (limit === null || source.child.list?.orderBy?.({}) || source.child.storage.tableName === table) continue;
      const sub = nodeSelection(info, source.child, nodes);
      if (sub) node.lists.push({ key, by: source.child.storage.columnOf.get(source.by)!, limit, node: planNode(info, source.child, sub) });
    }
  }
  return node;
}

/** The plan of a root field returning objects of `resource`: a connection (`list`) or one object. */
export function planOf(info: GraphQLResolveInfo, resource: AnyResource, shape: 'list' | 'object'): PlanNode | null {
  if (!plannable(resource)) return null;
  const fields = shape === 'list' ? nodeSelection(info, resource, info.fieldNodes) : collect(info, objectType(info, resource.typeName), info.fieldNodes);
  return fields ? planNode(info, resource, fields) : null;
}

// ---- the statement ------------------------------------------------------------------------------

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const column = (table: string, name: string) => sql.raw(`${quoted(table)}.${quoted(name)}`);

/** The caller's rows of a table inside a subquery (as the store's `owned`, qualified). */
function owned(s: Storage, scope: Scope): SQL {
  const t = s.tableName;
  const live = sql`${column(t, 'account_id')} = ${scope.accountId} and ${column(t, 'livemode')} = ${scope.livemode}`;
  return s.softDelete ? sql`${live} and ${column(t, s.softDelete)} is null` : live;
}

/** The columns a node reads, in the order its rows carry them. */
const columnsOf = (node: PlanNode) => (node.whole ? [...node.resource.storage.columns.keys()] : [...node.columns]);
/** The extras a node reads, in the order its rows carry them. */
const extrasOf = (node: PlanNode) => (node.whole ? Object.keys(node.resource.storage.extras) : node.extras);

/**
 * The select items of a node over its table (named by the table: extras refer to it so). Root items
 * carry names (`nested` false); nested ones are positional, inside `row(...)`, where an extra's value
 * is its JSON (its type is not known here).
 */
function selectItems(node: PlanNode, scope: Scope, nested: boolean): SQL[] {
  const s = node.resource.storage;
  const t = s.tableName;
  const items: SQL[] = columnsOf(node).map((c) =>
    nested && isEpochColumn(s.columns.get(c)!) ? sql`(extract(epoch from ${column(t, c)}) * 1000)::int8` : column(t, c),
  );
  for (const name of extrasOf(node)) {
    const expr = s.extras[name]!;
    items.push(nested ? sql`to_jsonb(${expr})` : sql`(${expr}) as ${sql.raw(quoted(name))}`);
  }
  node.refs.forEach((ref, i) =>
    ref.targets.forEach((target, j) => {
      const ts = target.resource.storage;
      const id = column(t, ref.column);
      let sub = sql`(select row(${sql.join(selectItems(target, scope, true), sql`, `)})::text from ${sql.raw(quoted(ts.tableName))}
        where ${column(ts.tableName, 'id')} = ${id} and ${owned(ts, scope)})`;
      // A union's id names its table by prefix: only that subquery runs.
      const prefix = target.resource.spec.idPrefix;
      if (ref.targets.length > 1 && prefix) sub = sql`case when starts_with(${id}, ${`${prefix}_`}) then ${sub} end`;
      items.push(nested ? sub : sql`${sub} as ${sql.raw(quoted(`$r${i}_${j}`))}`);
    }),
  );
  node.lists.forEach((list, i) => {
    const child = list.node.resource.storage;
    const c = child.tableName;
    const sub = sql`array(select row(${sql.join(selectItems(list.node, scope, true), sql`, `)})::text from ${sql.raw(quoted(c))}
      where ${column(c, list.by)} = ${column(t, 'id')} and ${owned(child, scope)}
      order by ${column(c, 'created')} desc nulls last, ${column(c, 'id')} desc nulls last limit ${list.limit + 1})`;
    items.push(nested ? sub : sql`${sub} as ${sql.raw(quoted(`$l${i}`))}`);
  });
  return items;
}

/** The root's select list: the plan's items (the store adds FROM, WHERE, ORDER BY and LIMIT). */
export const planColumns = (plan: PlanNode, scope: Scope): SQL => sql.join(selectItems(plan, scope, false), sql`, `);

// ---- rows → objects -------------------------------------------------------------------------------

/** A record and what the plan fetched under it, before it becomes the object GraphQL reads. */
export interface Fetched {
  node: PlanNode;
  record: StoredRecord;
  refs: (Fetched | null)[];
  lists: Fetched[][];
  /** The object made of it (once: a row read many times is one object). */
  object?: Record<string, unknown> & { id: string };
}

interface NodeReader {
  /** The fields a nested row carries before its refs and lists (columns, then extras). */
  width: number;
  /** A root row (driver values by name). */
  decodeRoot: (raw: RawRow) => StoredRecord;
  /** A nested row (its text fields, in select order). */
  decodeNested: (fields: readonly (string | null)[]) => StoredRecord;
}

function readerOf(node: PlanNode): NodeReader {
  if (node.reader) return node.reader;
  const s = node.resource.storage;
  const columns = columnsOf(node);
  const extras = extrasOf(node);
  const only = node.whole ? undefined : node.columns;
  node.reader = {
    width: columns.length + extras.length,
    decodeRoot: recordDecoder(s, only, node.extras),
    decodeNested: textRowDecoder(s, columns, only, extras),
  };
  return node.reader;
}

/** A root row (named columns, driver values) as fetched records. */
export function decodeRoot(plan: PlanNode, raw: RawRow): Fetched {
  return {
    node: plan,
    record: readerOf(plan).decodeRoot(raw),
    refs: plan.refs.map((ref, i) => found(ref.targets.map((target, j) => decodeNested(target, raw[`$r${i}_${j}`] as string | null)))),
    lists: plan.lists.map((list, i) => textArray(raw[`$l${i}`]).map((row) => decodeNested(list.node, row)!)),
  };
}

/** The target a reference found (at most one: ids are unique across tables). */
const found = (candidates: (Fetched | null)[]) => candidates.find((c) => c !== null) ?? null;

/** A nested row (its row text) as fetched records. */
function decodeNested(node: PlanNode, text: string | null): Fetched | null {
  if (text === null) return null;
  const seen = node.memo.get(text);
  if (seen) return seen;
  const values = parseRow(text);
  const reader = readerOf(node);
  let i = reader.width;
  const refs = node.refs.map((ref) => found(ref.targets.map((target) => decodeNested(target, values[i++] ?? null))));
  const lists = node.lists.map((list) => textArray(values[i++] ?? '{}').map((row) => decodeNested(list.node, row)!));
  const fetched: Fetched = { node, record: reader.decodeNested(values), refs, lists };
  node.memo.set(text, fetched);
  return fetched;
}

/** Records of nodes that read whole rows, by resource, for their `enrich` (once per resource per request). */
function wholeRecords(f: Fetched, out: Map<AnyResource, Set<StoredRecord>>) {
  if (f.node.whole && f.node.resource.enrich) {
    const set = out.get(f.node.resource) ?? new Set();
    set.add(f.record);
    out.set(f.node.resource, set);
  }
  for (const r of f.refs) if (r) wholeRecords(r, out);
  for (const l of f.lists) for (const r of l) wholeRecords(r, out);
}

/** Runs the `enrich` of every resource read whole (what computed fields need); nothing for the others. */
export async function enrichFetched(ex: Executor, scope: Scope, fetched: Fetched[]) {
  const byResource = new Map<AnyResource, Set<StoredRecord>>();
  for (const f of fetched) wholeRecords(f, byResource);
  for (const [resource, records] of byResource) await resource.enrich!(ex, scope, [...records]);
}

/** The object GraphQL reads: Stripe's fields (the selected ones, or all when read whole) and the prefetched ones. */
export function toObject(f: Fetched): Record<string, unknown> & { id: string } {
  if (f.object) return f.object;
  const { node, record } = f;
  // With a hand-written field: as the loaders give it. Otherwise the record itself (rowToRecord set
  // `object`) with the computed fields the selection reads: the others are not computed at all.
  const out = (node.stripe ? node.resource.toStripe(record) : record) as Record<string, unknown> & { id: string };
  if (!node.stripe) for (const key of node.computed) out[key] = node.resource.stripeField(record, key);
  f.object = out;
  const prefetched = new Map<string, unknown>();
  node.refs.forEach((ref, i) => {
    const r = f.refs[i];
    // Not found (another account's id, or none): the loaders answer, as they would without a plan.
    if (r) prefetched.set(ref.key, toObject(r));
  });
  node.lists.forEach((list, i) => prefetched.set(list.key, connectionOf(f.lists[i]!, list.limit)));
  if (prefetched.size) Object.defineProperty(out, PLANNED, { value: prefetched, enumerable: false });
  return out;
}

/** A first page (newest first) as a connection: limit + 1 rows were read to know whether more follow. */
function connectionOf(rows: Fetched[], limit: number) {
  const edges = rows.slice(0, limit).map((r) => new Edge(toObject(r), exactCreated(r.record), r.record.id));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: false,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** `exists(...)` of an object of the caller's (a list filter naming it) as a select item, or null when the target has no plannable table. */
export function refCheck(object: string, id: string, scope: Scope, name: string): SQL | null {
  if (!hasResource(object) || !plannable(resourceOf(object))) return null;
  const s = resourceOf(object).storage;
  return sql`exists(select 1 from ${sql.raw(quoted(s.tableName))} where ${column(s.tableName, 'id')} = ${id} and ${owned(s, scope)}) as ${sql.raw(quoted(name))}`;
}

/** One object by id through its plan (a retrieve): one statement for it and everything selected under it. */
export async function planRetrieve(ex: Executor, scope: Scope, plan: PlanNode, id: string) {
  const s = plan.resource.storage;
  const [raw] = await query(
    ex,
    sql`select ${planColumns(plan, scope)} from ${sql.raw(quoted(s.tableName))} where ${owned(s, scope)} and ${column(s.tableName, 'id')} = ${id}`,
  );
  if (!raw) return null;
  const fetched = decodeRoot(plan, raw);
  await enrichFetched(ex, scope, [fetched]);
  return toObject(fetched);
}

// ---- PostgreSQL's row and array text ----------------------------------------------------------------

/** A text[] from the driver (an array) or from row text (its literal, `{"(…)","(…)"}`: rows are always quoted). */
function textArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value !== 'string' || value.length <= 2) return [];
  const out: string[] = [];
  let i = 1;
  while (i < value.length - 1) {
    if (value.charCodeAt(i) !== QUOTE) throw new Error(`read plan: unexpected array text at ${i}`);
    let s = '';
    let start = ++i;
    for (; ; i++) {
      const ch = value.charCodeAt(i);
      if (ch === BACKSLASH) {
        s += value.slice(start, i);
        start = ++i; // the escaped character starts the next slice
      } else if (ch === QUOTE) break;
    }
    out.push(s + value.slice(start, i));
    i += 2; // the closing quote and the comma (or the final brace)
  }
  return out;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

/** The fields of a row's text, `(a,,"b ""c""")`: null for an empty field; in quotes, `""` and `\\x` escape. */
function parseRow(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  const end = text.length - 1; // the closing parenthesis
  let i = 1;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let s = '';
      let start = ++i;
      for (; ; i++) {
        const ch = text.charCodeAt(i);
        if (ch === BACKSLASH) {
          s += text.slice(start, i);
          start = ++i;
        } else if (ch === QUOTE) {
          if (text.charCodeAt(i + 1) !== QUOTE) break;
          s += text.slice(start, i + 1); // one quote of the two
          start = ++i + 1;
        }
      }
      out.push(s + text.slice(start, i));
      i++;
    } else {
      let stop = i;
      while (stop < end && text.charCodeAt(stop) !== COMMA) stop++;
      out.push(stop === i ? null : text.slice(i, stop));
      i = stop;
    }
    if (text.charCodeAt(i) !== COMMA) return out;
    i++;
  }
}
