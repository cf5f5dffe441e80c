import { getTableColumns, getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.js';

/**
 * Statements every command runs (authentication, clock, ledger, events) are written as SQL templates
 * rather than query builders, and row writes, locks and loads by id go through the generic helpers
 * below: a Drizzle builder costs ~70 µs of CPU to build, a template ~4 µs, and a flow runs about 30
 * statements (docs/benchmarks.md, "Finding: building queries cost more CPU than running them"). Templates name
 * columns in SQL, so those few statements are checked by the tests rather than by the compiler.
 */
export type RawRow = Record<string, unknown>;

/** The rows of `execute` on either driver (postgres.js answers an array, PGlite `{ rows }`). */
export const rowsOf = (result: unknown): RawRow[] => (Array.isArray(result) ? [...result] : ((result as { rows?: RawRow[] }).rows ?? []));

export async function query(ex: Executor, statement: SQL): Promise<RawRow[]> {
  return rowsOf(await ex.execute(statement));
}

const codecs = new WeakMap<PgTable, [key: string, column: Column][]>();
const columnsOf = (table: PgTable) => {
  let columns = codecs.get(table);
  if (!columns) codecs.set(table, (columns = Object.entries(getTableColumns(table))));
  return columns;
};
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const ident = (name: string) => sql.raw(quoted(name));
const columnLists = new WeakMap<PgTable, SQL>();
/**
 * The table's columns by name, for `select …` and `returning …`. Never `*`: a prepared statement
 * (src/db/client.ts) whose `*` gained a column in a newer process's migration fails with "cached
 * plan must not change result type"; an explicit list is unaffected by added columns.
 */
export const columnList = (table: PgTable): SQL => {
  let list = columnLists.get(table);
  if (!list)
    columnLists.set(
      table,
      (list = sql.raw(
        columnsOf(table)
          .map(([, c]) => quoted(c.name))
          .join(', '),
      )),
    );
  return list;
};
/** A value as a statement parameter, encoded by its column (jsonb → JSON text, arrays → array literals, dates → ISO text). */
const param = (column: Column, value: unknown) => sql`${value === null || value === undefined ? null : column.mapToDriverValue(value)}`;

/**
 * A raw row (column names, driver values: timestamps as text on both drivers) decoded with the
 * table's own column types: the same object `select().from(table)` returns.
 */
export function decodeRow<T extends PgTable>(table: T, raw: RawRow): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of columnsOf(table)) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}

/** A Date as a statement parameter (drivers differ on Date parameters; text + cast does not). */
export const timestamptz = (d: Date | null) => (d === null ? null : d.toISOString());

/** `insert` of one row (the keys it sets; omitted columns take their SQL defaults). */
export async function insertRow<T extends PgTable>(ex: Executor, table: T, values: T['$inferInsert']): Promise<void> {
  const set = columnsOf(table).filter(([key]) => (values as RawRow)[key] !== undefined);
  const names = sql.join(
    set.map(([, c]) => ident(c.name)),
    sql`, `,
  );
  const params = sql.join(
    set.map(([key, c]) => param(c, (values as RawRow)[key])),
    sql`, `,
  );
  await query(ex, sql`insert into ${ident(getTableName(table))} (${names}) values (${params})`);
}

/** `update … where id = $id returning <columns>` of the keys `changes` sets: the row after, decoded. */
export async function updateRow<T extends PgTable>(ex: Executor, table: T, id: string, changes: Partial<T['$inferSelect']>): Promise<T['$inferSelect']> {
  const set = columnsOf(table).filter(([key]) => (changes as RawRow)[key] !== undefined);
  if (set.length === 0) throw new Error(`updateRow(${getTableName(table)}): nothing to set`);
  const assignments = sql.join(
    set.map(([key, c]) => sql`${ident(c.name)} = ${param(c, (changes as RawRow)[key])}`),
    sql`, `,
  );
  const [row] = await query(ex, sql`update ${ident(getTableName(table))} set ${assignments} where id = ${id} returning ${columnList(table)}`);
  if (!row) throw new Error(`updateRow(${getTableName(table)}): no row ${id}`);
  return decodeRow(table, row);
}

/** One of the scope's rows (tables with owned columns: id, account_id, livemode), locked until commit; null if it has none by that id. */
export async function lockOwnedRow<T extends PgTable>(
  ex: Executor,
  table: T,
  scope: { accountId: string; livemode: boolean },
  id: string,
): Promise<T['$inferSelect'] | null> {
  const [row] = await query(
    ex,
    sql`select ${columnList(table)} from ${ident(getTableName(table))} where account_id = ${scope.accountId} and livemode = ${scope.livemode} and id = ${id} for update`,
  );
  return row ? decodeRow(table, row) : null;
}

/**
 * `column = any($1::text[])`: one array parameter instead of `in ($1, $2, …)`, so the statement text
 * is the same whatever the number of values (a DataLoader batch) and can stay prepared (src/db/client.ts).
 */
export const anyOf = (column: Column | SQL, values: readonly string[]) => sql`${column} = any(${sql.param([...values])}::text[])`;

/** The scope's rows with these ids, decoded (missing ids are left out; order is the database's). */
export async function findOwnedRows<T extends PgTable>(
  ex: Executor,
  table: T,
  scope: { accountId: string; livemode: boolean },
  ids: readonly string[],
): Promise<T['$inferSelect'][]> {
  if (ids.length === 0) return [];
  const rows = await query(
    ex,
    sql`select ${columnList(table)} from ${ident(getTableName(table))} where account_id = ${scope.accountId} and livemode = ${scope.livemode} and ${anyOf(sql.raw('id'), ids)}`,
  );
  return rows.map((raw) => decodeRow(table, raw));
}
