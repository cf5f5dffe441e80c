import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { sendsPrepared, withPreparedStatements, type Db } from '../../src/db/client.js';

/**
 * The direct-SQL side of the money-movement benchmark: the exact statements fingraph's code sends
 * for an operation, recorded through postgres.js's `debug` hook while the real service code runs,
 * then replayed with postgres.js on fresh ids — no GraphQL, no HTTP, no application code.
 */
export interface Statement {
  query: string;
  params: unknown[];
}

/** Runs `fn` on a Drizzle database over one connection that records every statement sent. */
export async function capture<T>(url: string, fn: (db: Db) => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: (_conn, query, params) => {
      // postgres.js's own one-off catalog lookup on a new connection is not part of any operation.
      if (!/from pg_catalog\.pg_type/.test(query)) statements.push({ query, params: [...(params as unknown[])] });
    },
  });
  try {
    // The server's own postgres.js setup (prepared statements), so the replay sends what it sends.
    const result = await fn(drizzle(withPreparedStatements(sql)) as unknown as Db);
    return { result, statements };
  } finally {
    await sql.end();
  }
}

/**
 * A Drizzle database over a postgres.js pool that reports each statement the moment it is sent
 * (the subscription benchmark takes the time COMMIT leaves for the server this way).
 */
export function tracedDb(url: string, max: number, onStatement: (query: string) => void): { db: Db; end(): Promise<void> } {
  const sql = postgres(url, { max, onnotice: () => {}, debug: (_conn, query) => onStatement(query) });
  return { db: drizzle(withPreparedStatements(sql)) as unknown as Db, end: () => sql.end({ timeout: 5 }) };
}

const GENERATED = /\b(?:obt|obp|ibt|trxn|trxne|evt|rc|rd|cr|dr)_[A-Za-z0-9]{6,}\b/g;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

const freshLike = (id: string) => {
  const [prefix, rest] = [id.slice(0, id.indexOf('_')), id.slice(id.indexOf('_') + 1)];
  return `${prefix}_${randomBytes(rest.length).toString('base64url').replace(/[-_]/g, 'x').slice(0, rest.length)}`;
};

/**
 * A recorded operation as a template. Per replay: ids the operation generated (obt_, trxn_, evt_…)
 * get fresh ones (the same mapping across the operations of one replay, so a post finds the
 * transfer its create made), the recording tenant's ids (account, FinancialAccount, key hash…) become
 * the replaying tenant's, timestamps move to now, and the account's event sequence number comes from
 * the replayed `update accounts … returning` (so events stay unique per account).
 */
export class Replay {
  private readonly recordedAt = Date.now();

  constructor(readonly operations: { name: string; statements: Statement[]; seq: number | null }[]) {}

  get statementCount(): number {
    return this.operations.reduce((n, o) => n + o.statements.length, 0);
  }

  async run(sql: postgres.Sql, tenant: Map<string, string>): Promise<void> {
    const ids = new Map<string, string>(tenant);
    const shift = Date.now() - this.recordedAt;
    const map = (v: unknown, seq: { from: number | null; to: number | null }): unknown => {
      if (typeof v === 'number') return seq.from !== null && seq.to !== null && v === seq.from ? seq.to : v;
      if (Array.isArray(v)) return v.map((x): unknown => map(x, seq)); // `id = any($1::text[])` batches
      if (typeof v !== 'string') return v;
      if (ids.has(v)) return ids.get(v);
      if (TIMESTAMP.test(v)) return new Date(Date.parse(v) + shift).toISOString();
      let out = v.replace(GENERATED, (id) => {
        if (!ids.has(id)) ids.set(id, freshLike(id));
        return ids.get(id)!;
      });
      if (out.startsWith('{') || out.startsWith('[')) {
        for (const [from, to] of tenant) if (out.includes(from)) out = out.split(from).join(to);
        if (seq.from !== null && seq.to !== null) out = out.replace(new RegExp(`"seq":${seq.from}\\b`, 'g'), `"seq":${seq.to}`);
      }
      return out;
    };
    for (const op of this.operations) {
      const seq = { from: op.seq, to: null as number | null };
      const conn = await sql.reserve();
      try {
        for (const st of op.statements) {
          const params = st.params.map((p) => map(p, /^\s*(insert into "?events"?\s|select pg_notify)/.test(st.query) ? seq : { from: null, to: null }));
          // Prepared exactly where the server prepares (src/db/client.ts), so both sides use the same protocol.
          const rows = await conn.unsafe(st.query, params as never[], { prepare: sendsPrepared(st.query, params) });
          if (/^\s*update "?accounts"? set "?event_seq"?/.test(st.query)) seq.to = Number((rows[0] as Record<string, unknown>)?.event_seq);
        }
      } catch (err) {
        await conn.unsafe('rollback').catch(() => {});
        throw err;
      } finally {
        conn.release();
      }
    }
  }
}
