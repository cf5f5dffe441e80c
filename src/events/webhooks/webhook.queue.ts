import { createRequire } from 'node:module';
import PgBoss from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';
import { sql, type SQL } from 'drizzle-orm';
import type { WebhookConfig } from '../../config.js';
import type { Database, Executor } from '../../db/client.js';
import { rowsOf } from '../../db/sql.js';
import { notifyAtCommit } from '../../db/tx.js';
import { log } from '../../kernel/log.js';

/**
 * The job queue under webhook delivery: pg-boss 10 (its own `pgboss` schema in our database).
 *
 * Why pg-boss: it accepts any `{ executeSql(text, values) }` as its connection, so the same queue
 * runs on PostgreSQL (postgres.js pool) and on the embedded PGlite (single connection, where
 * graphile-worker, which needs a `pg` Pool and LISTEN, cannot run at all), and every `send` can take a
 * per-call connection: the command's own transaction. A delivery job therefore exists if and only if
 * its event committed. Fetching uses FOR UPDATE SKIP LOCKED, so several processes share one queue and
 * each job runs once; an active job whose process died is expired and retried by pg-boss maintenance.
 *
 * pg-boss's own retries (whole seconds, jittered) are kept for crashes and unexpected errors only.
 * The webhook retry schedule is ours: after a failed POST the attempt is recorded and the next
 * attempt is sent as a new job with `startAfter`, in one transaction, so the "next retry" shown to
 * users is exactly when it will run.
 */
export const DELIVERY_QUEUE = 'fingraph-webhook-delivery';
/** NOTIFY channel that wakes idle workers when a delivery job commits (instead of waiting for a poll). */
export const WAKE_CHANNEL = 'fingraph_webhooks';
/**
 * Seconds a job may stay active beyond one POST's timeout before pg-boss considers its worker dead
 * and runs it again. A run that outlives it (a slow database under load: 3 s did in a loaded test run)
 * no longer causes a second POST: the re-run finds the attempt claimed and sends nothing until the
 * claim's lease ends (webhook-delivery.service.ts claimAttempt). A crashed worker's job waits this much
 * longer before another process retries it.
 */
const HANDLER_MARGIN_SECONDS = 8;

/**
 * How long an attempt claimed by a run of a job belongs to that run: its POST (at most the timeout)
 * and recording (the margin). A later run of the same job in another process waits this out before it
 * takes the attempt over as interrupted and sends again: the earlier run may be alive, only slow.
 */
export const attemptLeaseMs = (config: Pick<WebhookConfig, 'timeoutMs'>) => config.timeoutMs + HANDLER_MARGIN_SECONDS * 1000;

export interface DeliveryJob {
  event: string;
  endpoint: string;
  trigger: 'automatic' | 'resend';
}

export function queueOptions(config: Pick<WebhookConfig, 'timeoutMs' | 'jobExpireSeconds'>) {
  const expireInSeconds = config.jobExpireSeconds ?? Math.ceil(config.timeoutMs / 1000) + HANDLER_MARGIN_SECONDS;
  return {
    policy: 'standard' as const,
    // Job-level retries: only when a handler crashed or threw (database trouble), never for HTTP failures.
    retryLimit: 25,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds,
  };
}

/** How often pg-boss maintenance (expiring jobs of dead workers, archiving) runs. */
export const maintenanceIntervalSeconds = (config: Pick<WebhookConfig, 'timeoutMs' | 'jobExpireSeconds'>) => Math.min(60, queueOptions(config).expireInSeconds);

/** Parameter values as node-postgres (pg-boss's usual driver) would send them. */
function prepare(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array)) return JSON.stringify(value);
  return value;
}

/** pg-boss SQL (`$1`-style) as a Drizzle query, so it runs on an open transaction of either driver. */
function toSql(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(parts.map((part, i) => (i % 2 === 1 ? sql`${sql.param(prepare(values[Number(part) - 1]))}` : sql.raw(part))));
}

/** A pg-boss connection over a Drizzle executor: used to send jobs inside a command's transaction. */
export function executorDb(db: Executor): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      return { rows: rowsOf(await db.execute(toSql(text, values))) };
    },
  };
}

// pg-boss completes and fails jobs without awaiting the result: an error there would be an
// unhandled rejection (which ends a Node process). Losing one is harmless here (the job stays active,
// expires and runs again; its attempt is recorded once), so those two statements never reject.
const plans = createRequire(import.meta.url)('pg-boss/src/plans') as Record<string, (schema: string) => string>;
const UNAWAITED = new Set([plans.completeJobs!('pgboss'), plans.failJobsById!('pgboss')]);

/**
 * pg-boss's own connection for polling and maintenance: the raw client under Drizzle (so the job
 * queue's polling stays out of the per-request statement counts). Statements without parameters may
 * be several (pg-boss wraps migrations and maintenance in BEGIN…COMMIT): they use the simple protocol,
 * on a reserved connection for postgres.js. Once closed it runs nothing more (answers with no rows),
 * so a stopping queue never touches a database that is closing.
 */
export function databaseDb(database: Database): PgBoss.Db & { close(): Promise<void> } {
  const client = (database.db as unknown as { $client: unknown }).$client;
  const inflight = new Set<Promise<unknown>>();
  let closed = false;
  let run: (text: string, values: unknown[]) => Promise<{ rows: any[] }>;
  if (database.kind === 'pglite') {
    const pg = client as PGlite;
    run = async (text, values) => {
      if (values.length) return pg.query(text, values.map(prepare));
      try {
        const results = await pg.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      } catch (err) {
        await pg.exec('ROLLBACK').catch(() => {}); // a failed BEGIN…COMMIT batch leaves its transaction open
        throw err;
      }
    };
  } else {
    const pool = client as postgres.Sql;
    run = async (text, values) => {
      if (values.length) return { rows: rowsOf(await pool.unsafe(text, values.map(prepare) as never[])) };
      const conn = await pool.reserve();
      try {
        const result = (await conn.unsafe(text).simple()) as unknown[];
        return { rows: rowsOf(Array.isArray(result[0]) ? result.at(-1) : result) };
      } catch (err) {
        await conn.unsafe('ROLLBACK').catch(() => {}); // a failed BEGIN…COMMIT batch leaves its transaction open
        throw err;
      } finally {
        conn.release();
      }
    };
  }
  return {
    executeSql(text, values = []) {
      if (closed) return Promise.resolve({ rows: [] });
      let p = run(text, values);
      if (UNAWAITED.has(text))
        p = p.catch((err) => {
          log.warn({ err }, 'webhook job queue: completing or failing a job failed (it will expire and run again)');
          return { rows: [{ count: 0 }] };
        });
      inflight.add(p);
      void p.finally(() => inflight.delete(p)).catch(() => {});
      return p;
    },
    /** Waits for the statements already sent, then runs no more. */
    async close() {
      await Promise.allSettled([...inflight]);
      closed = true;
    },
  };
}

/**
 * A pg-boss instance used only to build and send jobs over a caller's transaction (`send(…, { db })`):
 * it never connects by itself, so any code path can enqueue without a running worker.
 */
const producer = new PgBoss({
  db: { executeSql: () => Promise.reject(new Error('webhook jobs are sent on a transaction (pass db)')) },
  schedule: false,
  supervise: false,
  migrate: false,
});

/** Enqueues one delivery attempt in the transaction `tx`; `startAfter` schedules it later. */
export async function sendDeliveryJob(tx: Executor, job: DeliveryJob, startAfter?: Date): Promise<string> {
  const id = await producer.send(DELIVERY_QUEUE, job as unknown as object, { db: executorDb(tx), ...(startAfter ? { startAfter } : {}) });
  // pg-boss inserts nothing for an unknown queue: fail the command rather than lose a delivery.
  if (!id) throw new Error(`The webhook job queue is not installed: start the server or a worker once on this database.`);
  return id;
}

/** Wakes idle delivery workers in every process once `tx` commits. */
export async function wakeWorkers(tx: Executor) {
  await notifyAtCommit(tx, WAKE_CHANNEL, '');
}
