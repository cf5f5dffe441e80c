import { and, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';
import { decodeRow, query } from '../db/sql.js';
import { badUserInput } from './query-errors.js';

/** 9999-12-31T23:59:59.999Z: the latest time a cursor or a range may name. */
const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

interface Cursor {
  /** The order column's value: a timestamp in ms, or an integer sequence. */
  at: number;
  id: string;
}

/** Cursors are opaque: base64url of "<order value>:<id>", the row's position in (order column, id) order. */
export function encodeCursor(at: Date | number, id: string): string {
  return Buffer.from(`${typeof at === 'number' ? at : at.getTime()}:${id}`).toString('base64url');
}

/** An edge whose cursor is encoded only when someone reads it (most pages are read without cursors). */
export class Edge<T> {
  constructor(
    readonly node: T,
    private readonly at: Date | number,
    private readonly id: string,
  ) {}
  get cursor(): string {
    return encodeCursor(this.at, this.id);
  }
  /** The same position with another node (a record → the object GraphQL reads). */
  map<U>(fn: (node: T) => U): Edge<U> {
    return new Edge(fn(this.node), this.at, this.id);
  }
}

export function decodeCursor(cursor: string, param: string): Cursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^(\d{1,16}):([A-Za-z0-9_]{3,100})$/.exec(text);
  // A time past JavaScript's (and PostgreSQL's) range made an Invalid Date and a 500.
  if (!m || Buffer.from(text).toString('base64url') !== cursor || Number(m[1]) > MAX_TIME_MS)
    throw badUserInput('invalid_cursor', `Invalid cursor: '${cursor.slice(0, 100)}'.`, [param]);
  return { at: Number(m[1]), id: m[2]! };
}

function checkSize(value: number | null | undefined, param: string) {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)
    throw badUserInput('parameter_invalid_integer', `${param} must be an integer between 0 and ${MAX_PAGE_SIZE}.`, [param]);
}

/**
 * Keyset pagination, newest first, over a table with `created` and `id` columns. Forward pages use
 * first/after; backward pages use last/before. Reads limit+1 rows to learn whether more exist.
 */
export async function keysetPage<Row extends { created: Date; id: string }, T>(opts: {
  db: Executor;
  table: PgTable & { created: PgColumn; id: PgColumn };
  /**
   * Order by another column: a timestamp (Stripe's order_by=posted_at | effective_at), or an integer
   * sequence (`sequence: true`, e.g. events in commit order); default created.
   */
  orderBy?: { column: PgColumn; value: (row: Row) => Date | number; sequence?: boolean };
  /** Columns to select (defaults to the table's); may add computed columns. */
  select?: Record<string, unknown>;
  where: (SQL | undefined)[];
  args: PageArgs;
  map: (row: Row) => T;
}): Promise<Page<T>> {
  const { args, table } = opts;
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  if (args.first != null && args.last != null) throw badUserInput('parameter_invalid', 'Pass either first or last, not both.', ['last']);
  const backward = args.last != null || (args.before != null && args.first == null);
  const limit = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const after = args.after ? decodeCursor(args.after, 'after') : null;
  const before = args.before ? decodeCursor(args.before, 'before') : null;
  const pos = (c: Cursor) =>
    opts.orderBy?.sequence ? sql`(${c.at}::bigint, ${c.id}::text)` : sql`(${new Date(c.at).toISOString()}::timestamptz, ${c.id}::text)`;
  const orderColumn = opts.orderBy?.column ?? table.created;
  const orderValue = opts.orderBy?.value ?? ((row: Row) => row.created);
  const key = sql`(${orderColumn}, ${table.id})`;
  const where = [...opts.where];
  if (after) where.push(sql`${key} < ${pos(after)}`);
  if (before) where.push(sql`${key} > ${pos(before)}`);
  if (limit === 0) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
  // Timestamp-ordered lists have indexes (…, <column> DESC NULLS LAST, id DESC NULLS LAST) (Drizzle's
  // .desc()). A plain DESC means NULLS FIRST, which does not match them: Postgres then read and sorted
  // all of the account's rows for every page (bench/data-scale.ts). The columns are NOT NULL, so
  // spelling out the index's nulls order changes no result. Sequences keep plain ASC/DESC, which an
  // ascending index serves (scanned backward for DESC).
  const nulls = opts.orderBy?.sequence ? { desc: sql``, asc: sql`` } : { desc: sql` nulls last`, asc: sql` nulls first` };
  const order = backward
    ? [sql`${orderColumn} asc${nulls.asc}`, sql`${table.id} asc${nulls.asc}`]
    : [sql`${orderColumn} desc${nulls.desc}`, sql`${table.id} desc${nulls.desc}`];
  const pageQuery = (opts.select ? opts.db.select(opts.select as never) : opts.db.select())
    .from(table as PgTable)
    .where(and(...where))
    .orderBy(...order)
    .limit(limit + 1);
  // Whole rows are decoded by column (src/db/sql.ts), cheaper than Drizzle's per-field result mapping.
  const rows = (opts.select ? await pageQuery : (await query(opts.db, pageQuery.getSQL())).map((raw) => decodeRow(table, raw))) as Row[];
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const edges = page.map((row) => ({ cursor: encodeCursor(orderValue(row), row.id), node: opts.map(row) }));
  return pageOf(edges, { backward, more, before, after });
}

export interface DateTimeRange {
  gt?: Date | null;
  gte?: Date | null;
  lt?: Date | null;
  lte?: Date | null;
}

/** Stripe's `created[gt|gte|lt|lte]` filter on a timestamp column. */
export function rangeFilter(column: PgColumn, range: DateTimeRange | null | undefined, param = 'created'): SQL[] {
  if (!range) return [];
  // PostgreSQL has no year 0 (and the API no time before 1970 or after 9999): refused, not a failed statement.
  for (const [bound, d] of Object.entries(range))
    if (d instanceof Date && !(d.getTime() >= 0 && d.getTime() <= MAX_TIME_MS))
      throw badUserInput('parameter_invalid', `Invalid ${param}.${bound}: must be between 1970-01-01 and 9999-12-31.`, [param]);
  const out: SQL[] = [];
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  if (range.gt) out.push(sql`${column} > ${at(range.gt)}`);
  if (range.gte) out.push(sql`${column} >= ${at(range.gte)}`);
  if (range.lt) out.push(sql`${column} < ${at(range.lt)}`);
  if (range.lte) out.push(sql`${column} <= ${at(range.lte)}`);
  return out;
}

/** A page of `edges` (already in display order): whether more lie beyond it in either direction. */
export function pageOf<T>(edges: Page<T>['edges'], at: { backward: boolean; more: boolean; before?: unknown; after?: unknown }): Page<T> {
  return {
    edges,
    pageInfo: {
      hasNextPage: at.backward ? at.before != null : at.more,
      hasPreviousPage: at.backward ? at.more : at.after != null,
      // Read lazily: edges may encode their cursors only when asked (Edge).
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}
