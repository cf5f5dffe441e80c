import { createHash, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { withTx } from '../db/tx.js';
import { clock, commandNow } from './clock.js';
import { idempotencyKeyInProgress, idempotencyKeyInUse, parameterInvalid } from './errors.js';
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
  const key = checkedKey(spec);
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
        if (isPending(prior.result)) throw idempotencyKeyInProgress(key);
        return prior.result as T;
      }
    }
    const result = await body({ tx, scope, now, requestId: spec.requestId, idempotencyKey: key });
    if (key !== null)
      await tx
        .update(idempotencyKeys)
        .set({ result: result as object })
        .where(keyRow(scope, key));
    return result;
  });
}

function checkedKey(spec: CommandSpec): string | null {
  const key = spec.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > 255)) throw parameterInvalid(['idempotencyKey'], 'Idempotency keys must be 1 to 255 characters long.');
  return key;
}

const keyRow = (scope: Scope, key: string) =>
  and(eq(idempotencyKeys.accountId, scope.accountId), eq(idempotencyKeys.livemode, scope.livemode), eq(idempotencyKeys.key, key));

/** A key claimed by a prepared command still running: its result holds the claim's token until the write commits. */
interface PendingClaim {
  __pending_claim: string;
}
const isPending = (result: unknown): result is PendingClaim => typeof (result as PendingClaim | null)?.__pending_claim === 'string';

/**
 * A claim older than this is taken to belong to a process that died between its prepare step and its
 * write (a prepare step must finish well within it: the forwarding call's timeout is 30 s).
 */
export const PREPARE_LEASE_MS = 120_000;

/**
 * A command with slow outside work (an outbound HTTP call) that must not hold a transaction open:
 * `prepare` runs first, with no transaction, and its result is written by `body` in one short
 * transaction (the object, its event, the idempotency result together). With an idempotency key the
 * key is claimed first, in a transaction of its own committed before `prepare` runs: a replay answers
 * the stored result without preparing again, and a concurrent request with the same key while the
 * first is still preparing is refused with Stripe's "in progress" `idempotency_key_in_use` (it does not
 * prepare — an outbound call is made once). If `prepare` or `body` fails, the claim is released
 * (Stripe keeps no result for a failed request) and nothing else was written.
 */
export async function runPreparedCommand<P, T>(
  db: Db,
  scope: Scope,
  spec: CommandSpec,
  prepare: () => Promise<P>,
  body: (cmd: CommandContext, prepared: P) => Promise<T>,
): Promise<T> {
  const key = checkedKey(spec);
  const write = (prepared: P, token: string | null) =>
    withTx(db, async (tx) => {
      const now = await commandNow(tx, scope);
      const result = await body({ tx, scope, now, requestId: spec.requestId, idempotencyKey: key }, prepared);
      if (key !== null) {
        // Only over our own claim: one taken over after an expired lease is not ours to complete.
        const done = await tx
          .update(idempotencyKeys)
          .set({ result: result as object })
          .where(and(keyRow(scope, key), sql`${idempotencyKeys.result} ->> '__pending_claim' = ${token}`))
          .returning({ key: idempotencyKeys.key });
        if (done.length === 0) throw idempotencyKeyInProgress(key);
      }
      return result;
    });
  if (key === null) return write(await prepare(), null);

  const hash = requestHash(spec.operation, spec.input);
  const token = randomUUID();
  const claim = await withTx(db, async (tx): Promise<{ replay: T } | null> => {
    const created = clock.now(); /* real time: pruning and the lease */
    const mine = { __pending_claim: token } satisfies PendingClaim;
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ accountId: scope.accountId, livemode: scope.livemode, key, operation: spec.operation, requestHash: hash, result: mine, created })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) return null;
    const [prior] = await tx.select().from(idempotencyKeys).where(keyRow(scope, key)).for('update');
    if (!prior || prior.requestHash !== hash) throw idempotencyKeyInUse(key);
    if (!isPending(prior.result)) return { replay: prior.result as T };
    if (created.getTime() - prior.created.getTime() < PREPARE_LEASE_MS) throw idempotencyKeyInProgress(key);
    await tx.update(idempotencyKeys).set({ result: mine, created }).where(keyRow(scope, key));
    return null;
  });
  if (claim) return claim.replay;
  try {
    return await write(await prepare(), token);
  } catch (err) {
    // Best effort: a claim left behind expires with its lease.
    await db
      .delete(idempotencyKeys)
      .where(and(keyRow(scope, key), sql`${idempotencyKeys.result} ->> '__pending_claim' = ${token}`))
      .catch(() => undefined);
    throw err;
  }
}

/** Keys are kept at least 24 hours (Stripe's window); older ones are pruned. */
export async function pruneIdempotencyKeys(db: Db, olderThanMs = 24 * 3600 * 1000): Promise<void> {
  await db.delete(idempotencyKeys).where(sql`${idempotencyKeys.created} < ${new Date(Date.now() - olderThanMs).toISOString()}::timestamptz`);
}
