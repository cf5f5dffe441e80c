import { sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from './client.js';

/** Transactions this process has open, read by the metrics gauge (src/kernel/metrics.ts) at scrape time. */
export const openTransactions = { count: 0 };

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock
/**
 * "cached plan must not change result type": a prepared statement (src/db/client.ts) whose columns a
 * newer process's migration changed. postgres.js drops it from that connection's cache, so each such
 * failure clears one statement on one connection; the transaction is retried at once, on a budget of
 * its own (every pooled connection may hold a stale copy of a few statements).
 */
const STALE_STATEMENT = '0A000';
const MAX_STALE_RETRIES = 64;

function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

export function isUniqueViolation(err: unknown): boolean {
  return sqlState(err) === '23505';
}

/**
 * NOTIFYs of the transactions withTx runs, sent together as its last statement: PostgreSQL delivers a
 * transaction's notifications only at commit, in the order sent, so holding them until the end changes
 * nothing for listeners and saves one statement per notification (a money-movement flow sent 9).
 */
const pendingNotices = new WeakMap<Executor, { channels: string[]; payloads: string[]; keys: (string | null)[] }>();

/**
 * `pg_notify(channel, payload)` delivered at commit: queued to the end of a withTx transaction, else sent now.
 * A notice with a `latest` key replaces the queued one of the same key: a snapshot (a balance) is sent
 * once, as committed, never in a state the transaction passed through.
 */
export async function notifyAtCommit(ex: Executor, channel: string, payload: string, latest?: string): Promise<void> {
  const pending = pendingNotices.get(ex);
  if (!pending) {
    await ex.execute(sql`select pg_notify(${channel}, ${payload})`);
    return;
  }
  const key = latest === undefined ? null : `${channel}\u0000${latest}`;
  const earlier = key === null ? -1 : pending.keys.indexOf(key);
  if (earlier >= 0) for (const list of [pending.channels, pending.payloads, pending.keys]) list.splice(earlier, 1);
  pending.channels.push(channel);
  pending.payloads.push(payload);
  pending.keys.push(key);
}

/** One statement whatever the number of notifications (two array parameters: the text stays prepared). */
async function flushNotices(tx: Tx) {
  const pending = pendingNotices.get(tx);
  if (!pending || pending.channels.length === 0) return;
  pendingNotices.delete(tx);
  await tx.execute(
    sql`select pg_notify(n.channel, n.payload) from unnest(${sql.param(pending.channels)}::text[], ${sql.param(pending.payloads)}::text[]) as n(channel, payload)`,
  );
}

/** Runs `body` in one database transaction, retrying it whole on serialization failures, deadlocks and stale prepared statements. */
export async function withTx<T>(db: Db, body: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1, stale = 0; ; ) {
    try {
      openTransactions.count++;
      try {
        return await db.transaction(async (tx) => {
          pendingNotices.set(tx, { channels: [], payloads: [], keys: [] });
          const result = await body(tx);
          await flushNotices(tx);
          return result;
        });
      } finally {
        openTransactions.count--;
      }
    } catch (err) {
      const state = sqlState(err) ?? '';
      if (state === STALE_STATEMENT && ++stale <= MAX_STALE_RETRIES) continue;
      if (attempt >= attempts || !RETRYABLE.has(state)) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 10));
      attempt++;
    }
  }
}
