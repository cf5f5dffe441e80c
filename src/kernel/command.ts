import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { withTx } from '../db/tx.js';
import { clock, commandNow } from './clock.js';
import { idempotencyKeyInUse, parameterInvalid } from './errors.js';
import { idempotencyKeys } from './idempotency.table.js';

import type { Scope } from './scope.js';

export type { Scope };

/** What a command body gets: its transaction, scope, one "now", and the request's identifiers. */
export interface CommandContext {
  tx: Tx;
  scope: Scope;
  now: Date;
  requestId: string;
  idempotencyKey: string | null;
}

export interface CommandSpec {
  operation: string;
  input: unknown;
  idempotencyKey?: string | null;
  requestId: string;
}

/** Key order does not change a request's meaning, so hash a canonical form. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export function requestHash(operation: string, input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical({ operation, input })))
    .digest('hex');
}

/**
 * The one write path: a short transaction that claims the idempotency key first (a concurrent
 * request with the same key waits on that row, then replays), runs the body, and stores its result.
 * A StripeError thrown by the body rolls everything back, the key included (Stripe does not save
 * results of requests that failed validation).
 */
export async function runCommand<T>(db: Db, scope: Scope, spec: CommandSpec, body: (cmd: CommandContext) => Promise<T>): Promise<T> {
  const key = spec.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > 255)) throw parameterInvalid(['idempotencyKey'], 'Idempotency keys must be 1 to 255 characters long.');
  const hash = key === null ? '' : requestHash(spec.operation, spec.input);
  return withTx(db, async (tx) => {
    const now = await commandNow(tx, scope);
    if (key !== null) {
      const claimed = await tx
        .insert(idempotencyKeys)
        .values({
          accountId: scope.accountId,
          livemode: scope.livemode,
          key,
          operation: spec.operation,
          requestHash: hash,
          created: clock.now() /* real time: pruning */,
        })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (claimed.length === 0) {
        const [prior] = await tx
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.accountId, scope.accountId), eq(idempotencyKeys.livemode, scope.livemode), eq(idempotencyKeys.key, key)));
        if (!prior || prior.requestHash !== hash) throw idempotencyKeyInUse(key);
        return prior.result as T;
      }
    }
    const result = await body({ tx, scope, now, requestId: spec.requestId, idempotencyKey: key });
    if (key !== null) {
      await tx
        .update(idempotencyKeys)
        .set({ result: result as object })
        .where(and(eq(idempotencyKeys.accountId, scope.accountId), eq(idempotencyKeys.livemode, scope.livemode), eq(idempotencyKeys.key, key)));
    }
    return result;
  });
}

/** Keys are kept at least 24 hours (Stripe's window); older ones are pruned. */
export async function pruneIdempotencyKeys(db: Db, olderThanMs = 24 * 3600 * 1000): Promise<void> {
  await db.delete(idempotencyKeys).where(sql`${idempotencyKeys.created} < ${new Date(Date.now() - olderThanMs).toISOString()}::timestamptz`);
}
