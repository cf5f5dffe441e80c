import type { Db, Tx } from './client.js';

// Serialization failure, deadlock, and "cached plan must not change result type": a prepared
// statement (src/db/client.ts) whose table a newer process's migration changed; postgres.js drops
// the stale statement, and the retried transaction prepares it afresh.
const RETRYABLE = new Set(['40001', '40P01', '0A000']);

function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

export function isUniqueViolation(err: unknown): boolean {
  return sqlState(err) === '23505';
}

/** Runs `body` in one database transaction, retrying it whole on serialization failures and deadlocks. */
export async function withTx<T>(db: Db, body: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(body);
    } catch (err) {
      if (attempt >= attempts || !RETRYABLE.has(sqlState(err) ?? '')) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 10));
    }
  }
}
