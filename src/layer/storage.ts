import { getTableColumns, type Column, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  jsonb,
  pgTable,
  text,
  timestamp,
  type PgColumnBuilderBase,
  type ExtraConfigColumn,
  type PgTable,
  type PgTableExtraConfigValue,
} from 'drizzle-orm/pg-core';
import { rootShape, serveOnly, shapeOf, specOf, type ServeDecl, type SpecField, type SpecObject, type SpecType } from './spec.js';

/**
 * Storage of a resource, derived from its spec: one table, one column per top-level Stripe field
 * (named as the field), nested objects as jsonb in Stripe's own JSON form. A declaration may rename
 * columns (tables that predate the layer), store a nested object's leaves in columns of their own
 * (`flatten`: what lists filter or sort on), leave computed fields out (`omit`), and add columns
 * Stripe does not show (`internal`). Every tenant row has id, account_id, livemode and created.
 */
export interface StorageDecl {
  /** SQL table name: `<family>_<objects>`. */
  table: string;
  /** Field path → column name, where it is not the field's own name (`financial_account` → `financial_account_id`). */
  columns?: Record<string, string>;
  /** Nested objects whose leaves get columns of their own (named `<field>_<leaf>` unless `columns` says otherwise). */
  flatten?: string[];
  /** Spec fields not stored: computed when the object is read (the resource declares how); `<field>.<leaf>` leaves a flattened object's leaf out. */
  omit?: string[];
  /** Columns Stripe does not show: hidden state that rules need (keyed by their record name). */
  internal?: Record<string, PgColumnBuilderBase>;
  /** Column types where the spec's kind is not enough (e.g. a string stored as text[]). */
  types?: Record<string, PgColumnBuilderBase>;
  /**
   * Values read with every row (e.g. an aggregate of a child table), as SQL over the table by its
   * name: one statement still loads the object. They reach the record under their key.
   */
  extras?: Record<string, SQL>;
  /** Indexes over the columns (by column name). */
  indexes?: (columns: Record<string, ExtraConfigColumn>) => PgTableExtraConfigValue[];
  /**
   * The internal timestamp column (its key in `internal`) that marks a deleted row: Stripe's delete
   * then keeps the row (other tables still point at it) and every read of the layer skips it.
   */
  softDelete?: string;
  /** The fields (and params) served, where less than the spec (src/layer/spec.ts `serveOnly`): only these get columns. */
  serve?: ServeDecl;
}

/** How one record key maps to the table: a leaf column, a flattened nested object, or the fixed columns. */
type Slot =
  | { kind: 'leaf'; key: string; column: string; type: SpecType; builder: () => PgColumnBuilderBase }
  | { kind: 'flat'; key: string; nullable: boolean; leaves: { key: string; column: string; type: SpecType }[] };

export interface Storage {
  object: string;
  spec: SpecObject;
  table: PgTable;
  tableName: string;
  /** Record keys in storage order (spec fields that are stored, then internal ones). */
  slots: Slot[];
  /** Column names by record path (`financial_account`, `status_transitions.posted_at`, internal keys). */
  columnOf: Map<string, string>;
  columns: Map<string, Column>;
  extras: Record<string, SQL>;
  /** Column marking deleted rows (`softDelete`), or null when deleting removes the row. */
  softDelete: string | null;
}

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** The column type a spec field is stored as. */
function builderFor(name: string, type: SpecType): () => PgColumnBuilderBase {
  switch (type.kind) {
    case 'string':
    case 'enum':
    case 'expandable':
    case 'decimal':
      return () => text(name);
    case 'integer':
      return () => bigint(name, { mode: 'number' });
    case 'float':
      return () => doublePrecision(name);
    case 'timestamp':
      return () => ts(name);
    case 'boolean':
      return () => boolean(name);
    case 'array':
      if (type.items.kind === 'string' || type.items.kind === 'enum') return () => text(name).array();
      return () => jsonb(name);
    default:
      return () => jsonb(name);
  }
}

const FIXED = ['id', 'object', 'livemode', 'created'];
const registry = new Map<string, Storage>();

/** The table of a Stripe object, derived from its spec and `decl` (call once per object, from its `.table.ts`). */
export function resourceTable(object: string, decl: StorageDecl): PgTable {
  if (decl.serve) serveOnly(object, decl.serve);
  const spec = specOf(object);
  const omit = new Set(decl.omit ?? []);
  const flatten = new Set(decl.flatten ?? []);
  const rename = decl.columns ?? {};
  const slots: Slot[] = [];
  const used = new Set<string>();
  const claim = (column: string) => {
    if (used.has(column)) throw new Error(`${object}: column ${column} is used twice`);
    used.add(column);
    return column;
  };
  FIXED.forEach((c) => used.add(c));
  for (const field of rootShape(spec).fields) {
    if (FIXED.includes(field.name) || omit.has(field.name)) continue;
    if (flatten.has(field.name)) {
      if (field.type.kind !== 'object') throw new Error(`${object}: only nested objects can be flattened (${field.name})`);
      const leaves = shapeOf(spec, field.type.shape)
        .fields.filter((leaf) => !omit.has(`${field.name}.${leaf.name}`))
        .map((leaf: SpecField) => {
          const path = `${field.name}.${leaf.name}`;
          return { key: leaf.name, column: claim(rename[path] ?? `${field.name}_${leaf.name}`), type: leaf.type };
        });
      slots.push({ kind: 'flat', key: field.name, nullable: field.nullable || field.optional, leaves });
      continue;
    }
    const column = claim(rename[field.name] ?? field.name);
    const override = decl.types?.[field.name];
    slots.push({ kind: 'leaf', key: field.name, column, type: field.type, builder: override ? () => override : builderFor(column, field.type) });
  }
  for (const unknownKey of [...Object.keys(rename), ...flatten, ...omit]) {
    const top = unknownKey.split('.')[0]!;
    if (!rootShape(spec).fields.some((f) => f.name === top)) throw new Error(`${object}: storage names unknown field '${unknownKey}'`);
  }
  const internalKeys = Object.keys(decl.internal ?? {});
  for (const key of internalKeys)
    if (rootShape(spec).fields.some((f) => f.name === key)) throw new Error(`${object}: internal column '${key}' shadows a Stripe field`);

  const nullableLeaf = (field: SpecField | undefined) => !field || field.nullable || field.optional;
  const builders: Record<string, PgColumnBuilderBase> = {
    id: text('id').primaryKey(),
    account_id: text('account_id').notNull(),
    livemode: boolean('livemode').notNull(),
    // Millisecond precision so keyset cursors (built from JS Dates) compare exactly.
    created: ts('created').notNull(),
  };
  const fields = new Map(rootShape(spec).fields.map((f) => [f.name, f] as const));
  for (const slot of slots) {
    if (slot.kind === 'leaf') {
      const b = slot.builder() as PgColumnBuilderBase & { notNull(): PgColumnBuilderBase };
      builders[slot.column] = nullableLeaf(fields.get(slot.key)) ? b : b.notNull();
    } else {
      const parent = fields.get(slot.key)!;
      const shape = shapeOf(spec, (parent.type as { shape: string }).shape);
      for (const leaf of slot.leaves) {
        const field = shape.fields.find((f) => f.name === leaf.key);
        const override = decl.types?.[`${slot.key}.${leaf.key}`];
        if (override) {
          builders[leaf.column] = override;
          continue;
        }
        const b = builderFor(leaf.column, leaf.type)() as PgColumnBuilderBase & { notNull(): PgColumnBuilderBase };
        // A leaf of a nullable parent is null whenever the parent is.
        builders[leaf.column] = slot.nullable || nullableLeaf(field) ? b : b.notNull();
      }
    }
  }
  for (const [key, builder] of Object.entries(decl.internal ?? {})) {
    const name = (builder as unknown as { config: { name: string } }).config.name;
    claim(name || key);
    builders[name || key] = builder;
  }
  const table = pgTable(decl.table, builders, decl.indexes ? (t) => decl.indexes!(t as unknown as Record<string, ExtraConfigColumn>) : undefined);
  const columns = new Map(Object.values(getTableColumns(table)).map((c) => [c.name, c as Column]));
  const columnOf = new Map<string, string>();
  for (const slot of slots) {
    if (slot.kind === 'leaf') columnOf.set(slot.key, slot.column);
    else for (const leaf of slot.leaves) columnOf.set(`${slot.key}.${leaf.key}`, leaf.column);
  }
  for (const [key, builder] of Object.entries(decl.internal ?? {})) columnOf.set(key, (builder as unknown as { config: { name: string } }).config.name || key);
  for (const c of FIXED) if (c !== 'object') columnOf.set(c, c);
  if (decl.softDelete && !internalKeys.includes(decl.softDelete)) throw new Error(`${object}: softDelete '${decl.softDelete}' is not an internal column`);
  const softDelete = decl.softDelete ? columnOf.get(decl.softDelete)! : null;
  registry.set(object, { object, spec, table, tableName: decl.table, slots, columnOf, columns, extras: decl.extras ?? {}, softDelete });
  return table;
}

/** The storage of an object whose table module has been loaded. */
export function storageOf(object: string): Storage {
  const s = registry.get(object);
  if (!s) throw new Error(`No table declared for ${object} (its .table.ts module was not loaded)`);
  return s;
}

export const hasStorage = (object: string) => registry.has(object);

// ---- rows ⇄ records ------------------------------------------------------------------------------

export type RawRow = Record<string, unknown>;
/** A stored object as code sees it: Stripe's JSON (snake_case, Unix seconds) plus internal keys. */
export interface StoredRecord {
  id: string;
  livemode: boolean;
  created: number;
}
/** A record's fields by name (records are typed by their Stripe interface, which has no index signature). */
export const fieldsOf = (record: object) => record as Record<string, unknown>;

const toUnix = (d: Date) => Math.floor(d.getTime() / 1000);

function encodeValue(column: Column, type: SpecType | null, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type?.kind === 'timestamp' && typeof value === 'number') return column.mapToDriverValue(new Date(value * 1000));
  return column.mapToDriverValue(value);
}

/**
 * A timestamptz column: inside a planner's nested row it is read as epoch milliseconds (no quoting
 * in row text, and no date parsing).
 */
export const isEpochColumn = (column: Column) => column.columnType === 'PgTimestamp' && (column as unknown as { withTimezone: boolean }).withTimezone;

/** A column's driver value as a record value: timestamps become Unix seconds where the spec has a type. */
function valueDecoder(column: Column, type: SpecType | null): (raw: unknown) => unknown {
  const map = column.mapFromDriverValue.bind(column);
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    const value = map(raw);
    return value instanceof Date && type !== null ? toUnix(value) : value;
  };
}

type Decode = (raw: unknown) => unknown;
/** Where a step reads its value: a column name (a driver row) or an index (a row's fields as text). */
type At = string | number;
type Step = { key: string; at: At; decode: Decode } | { key: string; nullable: boolean; leaves: { key: string; at: At; decode: Decode }[] };
/** Decodes rows of one storage and one column selection (compiled once: rows are decoded by the thousand). */
type RecordDecoder = (raw: RawRow) => StoredRecord;
type Row = Record<At, unknown>;
const decoders = new WeakMap<Storage, Map<string, (row: Row) => StoredRecord>>();

/**
 * `order`: the row is a list of text fields in this column order, then the extras as JSON text (a
 * nested row of the read planner); without it, a driver row by column name.
 */
function compileDecoder(storage: Storage, only: Set<string> | undefined, extras: readonly string[], order?: readonly string[]): (row: Row) => StoredRecord {
  const col = (name: string) => storage.columns.get(name)!;
  const index = order ? new Map(order.map((c, i) => [c, i])) : null;
  const at = (column: string): At => (index ? index.get(column)! : column);
  // Row text spells booleans t / f; every other type decodes from its text with the column's own mapping.
  const decoder = (column: string, type: SpecType | null): Decode => {
    if (index && isEpochColumn(col(column)))
      return (v) => (v === null || v === undefined ? null : type === null ? new Date(Number(v)) : Math.floor(Number(v) / 1000));
    const decode = valueDecoder(col(column), type);
    return index && col(column).dataType === 'boolean' ? (v) => decode(v === null || v === undefined ? null : v === 't') : decode;
  };
  const steps: Step[] = [];
  const slotKeys = new Set(storage.slots.map((slot) => slot.key));
  for (const slot of storage.slots) {
    if (only && !only.has(slot.kind === 'leaf' ? slot.column : (slot.leaves[0]?.column ?? ''))) continue;
    if (slot.kind === 'leaf') steps.push({ key: slot.key, at: at(slot.column), decode: decoder(slot.column, slot.type) });
    else
      steps.push({
        key: slot.key,
        nullable: slot.nullable,
        leaves: slot.leaves.map((l) => ({ key: l.key, at: at(l.column), decode: decoder(l.column, l.type) })),
      });
  }
  for (const [key, column] of storage.columnOf) {
    if (FIXED.includes(key) || slotKeys.has(key) || key.includes('.') || (only && !only.has(column))) continue;
    steps.push({ key, at: at(column), decode: decoder(column, null) });
  }
  const extraKeys = only ? [...extras] : Object.keys(storage.extras);
  const extraSteps = extraKeys.map((key, i): { key: string; at: At; decode: Decode } =>
    order ? { key, at: order.length + i, decode: (v) => (v == null ? null : JSON.parse(v as string)) } : { key, at: key, decode: (v) => v },
  );
  const [idAt, livemodeAt, createdAt] = [at('id'), at('livemode'), at('created')];
  const livemodeOf = decoder('livemode', null);
  const createdOf = decoder('created', null) as (v: unknown) => Date;
  const object = storage.object;
  return (row) => {
    const created = createdOf(row[createdAt]);
    const record: Record<string, unknown> = { id: row[idAt], object, livemode: livemodeOf(row[livemodeAt]), created: toUnix(created) };
    for (const step of steps) {
      if ('decode' in step) record[step.key] = step.decode(row[step.at]);
      else {
        const nested: Record<string, unknown> = {};
        let any = false;
        for (const leaf of step.leaves) {
          const v = leaf.decode(row[leaf.at]);
          if (v !== null) any = true;
          nested[leaf.key] = v;
        }
        record[step.key] = step.nullable && !any ? null : nested;
      }
    }
    for (const step of extraSteps) record[step.key] = step.decode(row[step.at]);
    Object.defineProperty(record, '$created', { value: created, enumerable: false });
    return record as unknown as StoredRecord;
  };
}

function cachedDecoder(storage: Storage, shape: string, make: () => (row: Row) => StoredRecord) {
  let byShape = decoders.get(storage);
  if (!byShape) decoders.set(storage, (byShape = new Map()));
  let decoder = byShape.get(shape);
  if (!decoder) byShape.set(shape, (decoder = make()));
  return decoder;
}

/**
 * The decoder of raw rows (column names, driver values) into records. `created` stays exact in
 * `$created` (cursors). With `only` (the columns a read planner selected), the keys stored elsewhere
 * are left out, and of the extras only `onlyExtras` are read.
 */
export function recordDecoder(storage: Storage, only?: Set<string>, onlyExtras: readonly string[] = []): RecordDecoder {
  const shape = only ? `${[...only].join(',')}|${onlyExtras.join(',')}` : '*';
  return cachedDecoder(storage, shape, () => compileDecoder(storage, only, onlyExtras)) as RecordDecoder;
}

/** The decoder of a row's text fields (`order`, then `extras` as JSON text) into records, as recordDecoder. */
export function textRowDecoder(storage: Storage, order: readonly string[], only: Set<string> | undefined, extras: readonly string[]) {
  const shape = `text:${order.join(',')}|${only ? [...only].join(',') : '*'}|${extras.join(',')}`;
  return cachedDecoder(storage, shape, () => compileDecoder(storage, only, extras, order)) as unknown as (fields: readonly (string | null)[]) => StoredRecord;
}

/** A raw row as a record (see recordDecoder; for many rows of one shape, take the decoder once). */
export const rowToRecord = (storage: Storage, raw: RawRow, only?: Set<string>, onlyExtras: readonly string[] = []): StoredRecord =>
  recordDecoder(storage, only, onlyExtras)(raw);

/** The exact creation time of a record read from storage (keyset cursors need milliseconds). */
export const exactCreated = (record: StoredRecord): Date => (record as unknown as { $created?: Date }).$created ?? new Date(record.created * 1000);

/** Column name → driver value for the record keys present in `values` (insert: all; update: the changed ones). */
export function recordToColumns(storage: Storage, values: Record<string, unknown>, opts: { accountId?: string; created?: Date } = {}): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const col = (name: string) => storage.columns.get(name)!;
  if (opts.accountId !== undefined) out.set('account_id', opts.accountId);
  if ('id' in values) out.set('id', values.id);
  if ('livemode' in values) out.set('livemode', values.livemode);
  if (opts.created) out.set('created', col('created').mapToDriverValue(opts.created));
  for (const slot of storage.slots) {
    if (!(slot.key in values)) continue;
    const value = values[slot.key];
    if (slot.kind === 'leaf') out.set(slot.column, encodeValue(col(slot.column), slot.type, value));
    else
      for (const leaf of slot.leaves) {
        const v = value === null || value === undefined ? null : (value as Record<string, unknown>)[leaf.key];
        out.set(leaf.column, encodeValue(col(leaf.column), leaf.type, v));
      }
  }
  for (const [key, column] of storage.columnOf) {
    if (key.includes('.') || out.has(column) || !(key in values) || FIXED.includes(key)) continue;
    if (storage.slots.some((s) => s.key === key)) continue;
    out.set(column, encodeValue(col(column), null, values[key]));
  }
  return out;
}
