import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { emitEvent } from '../../events/event.writer.js';
import { FILE_LIFETIME_SECONDS, storeFile } from '../../files/file.resource.js';
import { clock } from '../../kernel/clock.js';
import { runCommand, type CommandContext } from '../../kernel/command.js';
import { newId } from '../../kernel/ids.js';
import { log } from '../../kernel/log.js';
import { finishDetached, registerScheduledWork } from '../../layer/schedule-run.js';
import { scheduleSteps, type ScheduledTransitionRow } from '../../layer/schedule.js';
import { insertRecord } from '../../layer/store.js';
import { withTx } from '../../db/tx.js';
import { runInSandbox, SANDBOX_LIMITS, type SandboxOutcome } from '../sandbox.js';
import { scheduledQueryRuns } from '../scheduled-query-runs/scheduled-query-run.resource.js';
import { sigmaScheduledQueries, type Schedule } from './scheduled-query.table.js';
import { sigmaTables } from './sigma-tables.js';

/**
 * A scheduled query's runs, on the job queue: each is a scheduled step (`sigma.scheduled_query`,
 * action `run`) that the transition worker claims and runs outside any transaction: the account's
 * tables are read (data_load_time), the SQL runs in the sandbox (src/sigma/sandbox.ts), then the
 * ScheduledQueryRun, its CSV File and `sigma.scheduled_query_run.created` commit together with the
 * step's completion. A recurring run also schedules the next one. At least once, completed once: a job
 * whose run dies mid-way is retried (src/layer/schedule-run.ts, the step's lease), and only the first
 * run to commit makes a ScheduledQueryRun and its event.
 */
export const SCHEDULED_QUERY = 'sigma.scheduled_query';

const PERIOD_MS: Record<Schedule, number> = { daily: 86_400_000, weekly: 7 * 86_400_000, monthly: 30 * 86_400_000 };

/** Plans a run of the query: `now` (the test helper) or the next one of its schedule. */
export async function planRun(cmd: CommandContext, queryId: string, when: { now: true } | { schedule: Schedule }) {
  const delayMs = 'now' in when ? 1 : PERIOD_MS[when.schedule];
  await scheduleSteps(cmd, SCHEDULED_QUERY, queryId, [
    { action: 'run', params: { recurring: !('now' in when) }, at: new Date(cmd.now.getTime() + delayMs), phase: 'first', delayMs },
  ]);
}

/**
 * How long a run owns its step: the sandbox's time limit, plus loading the tables, waiting for the
 * process's earlier runs and committing. A retry of the job waits this out before it takes over.
 */
const LEASE_MARGIN_MS = 50_000;
export const sigmaLease = { ms: () => SANDBOX_LIMITS.timeoutMs + LEASE_MARGIN_MS };

/** Fault injection for the reliability tests: runs between the sandbox and the commit. */
export const sigmaRunFaults: { beforeCommit: null | ((stepId: string) => Promise<void>) } = { beforeCommit: null };

const cell = (v: unknown) => {
  const s = v == null ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvOf = (fields: string[], rows: unknown[][]) => `${[fields.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n')}\n`;

async function runQuery(db: Db, row: ScheduledTransitionRow) {
  const scope = { accountId: row.accountId, livemode: row.livemode };
  const [q] = await db
    .select()
    .from(sigmaScheduledQueries)
    .where(
      and(
        eq(sigmaScheduledQueries.id, row.flowId),
        eq(sigmaScheduledQueries.accountId, scope.accountId),
        eq(sigmaScheduledQueries.livemode, scope.livemode),
        isNull(sigmaScheduledQueries.deletedAt),
      ),
    );
  if (!q) {
    // Deleted since: no more runs; the step is done.
    await withTx(db, (tx) => finishDetached(tx, row.id));
    return;
  }
  const loadedAt = clock.now();
  const tables = await withTx(db, (tx) => sigmaTables(tx, scope));
  let outcome: SandboxOutcome;
  try {
    outcome = await runInSandbox(tables, q.sql);
  } catch (err) {
    log.error({ err }, 'sigma sandbox failed to start');
    outcome = { status: 'failed', message: 'The query could not be run.' };
  }
  if (outcome.status === 'completed' && outcome.truncated)
    outcome = { status: 'failed', message: `The result has more than ${SANDBOX_LIMITS.rowCap} rows: narrow the query (LIMIT, WHERE).` };
  await sigmaRunFaults.beforeCommit?.(row.id);
  await runCommand(db, scope, { operation: 'sigma.scheduled_query_run', input: null, requestId: null as unknown as string }, async (cmd) => {
    // Another run of this step (the job retried after this one seemed dead) committed first: nothing to add.
    if (!(await finishDetached(cmd.tx, row.id))) return;
    const id = newId('sqr');
    const created = Math.floor(cmd.now.getTime() / 1000);
    const until = created + FILE_LIFETIME_SECONDS;
    const file =
      outcome.status === 'completed'
        ? await storeFile(cmd, {
            purpose: 'sigma_scheduled_query',
            filename: `${id}.csv`,
            title: null,
            type: 'csv',
            content: csvOf(outcome.fields, outcome.rows),
            expiresAt: until,
          })
        : null;
    const record = {
      id,
      object: 'scheduled_query_run',
      livemode: scope.livemode,
      created,
      data_load_time: Math.floor(loadedAt.getTime() / 1000),
      error: outcome.status === 'completed' ? null : { message: outcome.message },
      file: file?.id ?? null,
      result_available_until: until,
      sql: q.sql,
      status: outcome.status,
      title: q.title,
      scheduled_query: q.id,
    };
    await insertRecord(cmd.tx, scheduledQueryRuns.storage, scope, cmd.now, record);
    const [saved] = [...(await scheduledQueryRuns.records(cmd.tx, scope, [id])).values()];
    await emitEvent(cmd, 'sigma.scheduled_query_run.created', scheduledQueryRuns.toStripe(saved!));
    if ((row.params as { recurring?: boolean }).recurring) await planRun(cmd, q.id, { schedule: q.schedule });
  });
}

registerScheduledWork(SCHEDULED_QUERY, runQuery, () => sigmaLease.ms());
