import type { Db, Tx } from './client.js';

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

/** Runs `body` in one database transaction, retrying it whole on serialization failures, deadlocks and stale prepared statements. */
export async function withTx<T>(db: Db, body: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1, stale = 0; ; ) {
    try {
      openTransactions.count++;
      try {
        return await db.transaction(body);
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
