import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { anyOf, query } from '../db/sql.js';
import type { Scope } from '../kernel/command.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, Edge, MAX_PAGE_SIZE, pageOf, type Page, type PageArgs } from '../kernel/pagination.js';
import { badUserInput } from '../kernel/query-errors.js';
import { exactCreated, recordToColumns, rowToRecord, type RawRow, type StoredRecord, type Storage } from './storage.js';

/**
 * The layer's statements over a resource's table: SQL templates (no query builders on the hot path,
 * src/db/sql.ts), explicit column lists (prepared statements survive added columns), always confined to
 * one account and mode.
 */
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const ident = (name: string) => sql.raw(quoted(name));
const columnLists = new WeakMap<Storage, SQL>();
export const columnsSql = (s: Storage): SQL => {
  let list = columnLists.get(s);
  if (!list) {
    const plain = sql.raw([...s.columns.keys()].map(quoted).join(', '));
    const extras = Object.entries(s.extras).map(([name, expr]) => sql`(${expr}) as ${ident(name)}`);
    columnLists.set(s, (list = extras.length ? sql.join([plain, ...extras], sql`, `) : plain));
  }
  return list;
};
export const tableSql = (s: Storage) => ident(s.tableName);
export const columnSql = (s: Storage, path: string): SQL => {
  const name = s.columnOf.get(path);
  if (!name) throw new Error(`${s.object}: no column for '${path}'`);
  return ident(name);
};
/** The scope's rows (not deleted ones, where deleting keeps the row). */
const owned = (s: Storage, scope: Scope) =>
  s.softDelete
    ? sql`account_id = ${scope.accountId} and livemode = ${scope.livemode} and ${ident(s.softDelete)} is null`
    : sql`account_id = ${scope.accountId} and livemode = ${scope.livemode}`;

export async function insertRecord(ex: Executor, s: Storage, scope: Scope, created: Date, record: Record<string, unknown>): Promise<void> {
  await query(ex, insertRecordSql(s, scope, created, record));
}

/** The `insert` of insertRecord as SQL, to run inside a larger statement (a data-modifying CTE). */
export function insertRecordSql(s: Storage, scope: Scope, created: Date, record: Record<string, unknown>): SQL {
  const cols = recordToColumns(s, { ...record, livemode: scope.livemode }, { accountId: scope.accountId, created });
  const names = sql.join([...cols.keys()].map(ident), sql`, `);
  const values = sql.join(
    [...cols.values()].map((v) => sql`${v}`),
    sql`, `,
  );
  return sql`insert into ${tableSql(s)} (${names}) values (${values})`;
}

/** `column = value, …` of the columns `changes` sets (Stripe paths), for an update. */
export function assignmentsSql(s: Storage, changes: Record<string, unknown>): SQL {
  const cols = recordToColumns(s, changes);
  if (cols.size === 0) throw new Error(`updateRecord(${s.object}): nothing to set`);
  return sql.join(
    [...cols.entries()].map(([c, v]) => sql`${ident(c)} = ${v}`),
    sql`, `,
  );
}

export async function updateRecord(ex: Executor, s: Storage, id: string, changes: Record<string, unknown>): Promise<StoredRecord> {
  const set = assignmentsSql(s, changes);
  const [row] = await query(ex, sql`update ${tableSql(s)} set ${set} where id = ${id} returning ${columnsSql(s)}`);
  if (!row) throw new Error(`updateRecord(${s.object}): no row ${id}`);
  return rowToRecord(s, row);
}

/**
 * Stripe's delete of a locked row: marks it deleted (`softDelete`), with `changes`, or removes it.
 * Returns the row as it was last.
 */
export async function deleteRecord(ex: Executor, s: Storage, id: string, at: Date, changes: Record<string, unknown> = {}): Promise<StoredRecord> {
  if (!s.softDelete) {
    const [row] = await query(ex, sql`delete from ${tableSql(s)} where id = ${id} returning ${columnsSql(s)}`);
    if (!row) throw new Error(`deleteRecord(${s.object}): no row ${id}`);
    return rowToRecord(s, row);
  }
  const cols = recordToColumns(s, changes);
  cols.set(s.softDelete, s.columns.get(s.softDelete)!.mapToDriverValue(at));
  const set = sql.join(
    [...cols.entries()].map(([c, v]) => sql`${ident(c)} = ${v}`),
    sql`, `,
  );
  const [row] = await query(ex, sql`update ${tableSql(s)} set ${set} where id = ${id} returning ${columnsSql(s)}`);
  if (!row) throw new Error(`deleteRecord(${s.object}): no row ${id}`);
  return rowToRecord(s, row);
}

export async function lockRecord(ex: Executor, s: Storage, scope: Scope, id: string): Promise<StoredRecord | null> {
  const [row] = await query(ex, sql`select ${columnsSql(s)} from ${tableSql(s)} where ${owned(s, scope)} and id = ${id} for update`);
  return row ? rowToRecord(s, row) : null;
}

export async function findRecords(ex: Executor, s: Storage, scope: Scope, ids: readonly string[]): Promise<Map<string, StoredRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await query(ex, sql`select ${columnsSql(s)} from ${tableSql(s)} where ${owned(s, scope)} and ${anyOf(sql.raw('id'), ids)}`);
  return new Map(rows.map((raw) => [raw.id as string, rowToRecord(s, raw)]));
}

/** A list filter as SQL on the resource's columns. */
export type Where = SQL | undefined | null | false;

export interface ListOptions {
  where: Where[];
  /** Order by another timestamp path than created (Stripe's order_by=posted_at | effective_at). */
  orderBy?: string;
}

function checkSize(value: number | null | undefined, param: string) {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)
    throw badUserInput('parameter_invalid_integer', `${param} must be an integer between 0 and ${MAX_PAGE_SIZE}.`, [param]);
}

/** What a page reads per row, when not the whole record (the read planner, src/layer/read-plan.ts). */
export interface RowRead<T> {
  /** The select list (it must include id, created and the order column). */
  columns: SQL;
  decode(raw: RawRow): T;
  record(value: T): StoredRecord;
}

const wholeRow: RowRead<StoredRecord> = { columns: sql``, decode: () => null as never, record: (r) => r };

/**
 * Keyset pagination, newest first, over (order column, id) — the indexes are (…, col DESC NULLS LAST,
 * id DESC NULLS LAST), so the order spells out NULLS LAST (a plain DESC would sort every row of the
 * account). Forward pages use first/after; backward pages last/before. Reads limit+1 rows. Cursors are
 * encoded only when read.
 */
export async function listRecords<T = StoredRecord>(
  ex: Executor,
  s: Storage,
  scope: Scope,
  opts: ListOptions,
  args: PageArgs,
  read?: RowRead<T>,
): Promise<Page<T>> {
  const r = (read ?? { ...wholeRow, columns: columnsSql(s), decode: (raw: RawRow) => rowToRecord(s, raw) }) as RowRead<T>;
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  if (args.first != null && args.last != null) throw badUserInput('parameter_invalid', 'Pass either first or last, not both.', ['last']);
  const backward = args.last != null || (args.before != null && args.first == null);
  const limit = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const after = args.after ? decodeCursor(args.after, 'after') : null;
  const before = args.before ? decodeCursor(args.before, 'before') : null;
  if (limit === 0) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
  const orderColumn = columnSql(s, opts.orderBy ?? 'created');
  const key = sql`(${orderColumn}, id)`;
  const pos = (c: { at: number; id: string }) => sql`(${new Date(c.at).toISOString()}::timestamptz, ${c.id}::text)`;
  const where: SQL[] = [owned(s, scope), ...(opts.where.filter(Boolean) as SQL[])];
  if (after) where.push(sql`${key} < ${pos(after)}`);
  if (before) where.push(sql`${key} > ${pos(before)}`);
  const order = backward ? sql`${orderColumn} asc nulls first, id asc nulls first` : sql`${orderColumn} desc nulls last, id desc nulls last`;
  const rows = await query(ex, sql`select ${r.columns} from ${tableSql(s)} where ${sql.join(where, sql` and `)} order by ${order} limit ${limit + 1}`);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const orderName = s.columnOf.get(opts.orderBy ?? 'created')!;
  const edges = page.map((raw) => {
    const value = r.decode(raw);
    const record = r.record(value);
    const at = opts.orderBy ? (s.columns.get(orderName)!.mapFromDriverValue(raw[orderName]) as Date) : exactCreated(record);
    return new Edge(value, at, record.id);
  });
  return pageOf(edges, { backward, more, before, after });
}

/** Stripe's `created[gt|gte|lt|lte]` on a timestamp path. */
export function rangeWhere(
  s: Storage,
  path: string,
  range: { gt?: Date | null; gte?: Date | null; lt?: Date | null; lte?: Date | null } | null | undefined,
): SQL[] {
  if (!range) return [];
  const c = columnSql(s, path);
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  const out: SQL[] = [];
  if (range.gt) out.push(sql`${c} > ${at(range.gt)}`);
  if (range.gte) out.push(sql`${c} >= ${at(range.gte)}`);
  if (range.lt) out.push(sql`${c} < ${at(range.lt)}`);
  if (range.lte) out.push(sql`${c} <= ${at(range.lte)}`);
  return out;
}

export const equalsWhere = (s: Storage, path: string, value: unknown): SQL => sql`${columnSql(s, path)} = ${value}`;

/**
 * The first `limit + 1` records (newest first) of many parents at once: one statement with a window
 * per parent, so a page of parents with their children's first pages costs one query for all children.
 */
export async function firstRecordsOf(
  ex: Executor,
  s: Storage,
  scope: Scope,
  by: string,
  parentIds: readonly string[],
  limit: number,
): Promise<Map<string, StoredRecord[]>> {
  const out = new Map<string, StoredRecord[]>();
  if (parentIds.length === 0) return out;
  const parent = columnSql(s, by);
  const rows = await query(
    ex,
    sql`select * from (select ${columnsSql(s)}, row_number() over (partition by ${parent} order by created desc, id desc) as "$rank"
      from ${tableSql(s)} where ${owned(s, scope)} and ${anyOf(parent, parentIds)}) ranked where "$rank" <= ${limit + 1}`,
  );
  const parentColumn = s.columnOf.get(by)!;
  for (const raw of rows) {
    const key = raw[parentColumn] as string;
    const list = out.get(key) ?? [];
    list.push(rowToRecord(s, raw));
    out.set(key, list);
  }
  for (const list of out.values()) list.sort((a, b) => exactCreated(b).getTime() - exactCreated(a).getTime() || (a.id < b.id ? 1 : -1));
  return out;
}

/**
 * One record by id whatever its account, with the account it belongs to: only for routes that prove
 * access otherwise (a signed receipt URL), never for API requests.
 */
export async function findRecordAnywhere(ex: Executor, s: Storage, id: string): Promise<{ accountId: string; record: StoredRecord } | null> {
  const [row] = await query(ex, sql`select account_id as "$account", ${columnsSql(s)} from ${tableSql(s)} where id = ${id}`);
  return row ? { accountId: String(row.$account), record: rowToRecord(s, row) } : null;
}
