import { and, eq, inArray, isNull } from 'drizzle-orm';
import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import type { Executor } from '../../db/client.js';
import { insertRow } from '../../db/sql.js';
import { runCommand, type Scope } from '../../kernel/command.js';
import { parameterInvalid, resourceMissing, testModeOnly } from '../../kernel/errors.js';
import { hasPrefix, newId, registerIdPrefix } from '../../kernel/ids.js';
import { keysetPage } from '../../kernel/pagination.js';
import { planRun } from './run.js';
import { SCHEDULES, sigmaScheduledQueries, type Schedule } from './scheduled-query.table.js';

/**
 * Sigma scheduled queries, which Stripe makes in its Dashboard only: create (title, SQL, schedule),
 * retrieve, delete, and a test helper that runs one now. Every run (on the job queue) is a
 * ScheduledQueryRun with `sigma.scheduled_query_run.created` (src/sigma/scheduled-queries/run.ts).
 */
type Row = typeof sigmaScheduledQueries.$inferSelect;
const PREFIX = 'sigq';
const MAX_SQL = 100_000;

const ScheduleEnum = stripeEnum('SigmaScheduledQuerySchedule', SCHEDULES, 'How often the query runs.');

registerIdPrefix(PREFIX, 'SigmaScheduledQuery');
registerLoader<Row>('SigmaScheduledQuery', async (services, scope, ids) => {
  const rows = await services.database.db
    .select()
    .from(sigmaScheduledQueries)
    .where(
      and(
        inArray(sigmaScheduledQueries.id, [...ids]),
        eq(sigmaScheduledQueries.accountId, scope.accountId),
        eq(sigmaScheduledQueries.livemode, scope.livemode),
        isNull(sigmaScheduledQueries.deletedAt),
      ),
    );
  return new Map(rows.map((r) => [r.id, { ...r, object: 'sigma.scheduled_query' }]));
});

const QueryRef = builder.node(builder.objectRef<Row>('SigmaScheduledQuery'), {
  id: { resolve: (q) => q.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'sigma.scheduled_query',
  description:
    'A Sigma query that runs on a schedule over the account’s own data (tables named and shaped as in Stripe’s Sigma: docs/decisions/reporting.md). Each run is a ScheduledQueryRun.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title of the query (each run’s `title`).' }),
    sql: t.exposeString('sql', { description: 'The SQL each run executes (a single SELECT, read-only, in a sandbox holding only this account’s data).' }),
    schedule: t.field({ type: ScheduleEnum, description: 'How often the query runs.', resolve: (q) => q.schedule }),
    livemode: t.exposeBoolean('livemode', { description: 'Live mode (true) or test mode (false) data.' }),
    created: t.field({ type: 'DateTime', description: 'When the query was scheduled.', resolve: (q) => q.created }),
  }),
});

async function findQuery(ex: Executor, scope: Scope, id: string): Promise<Row | null> {
  if (!hasPrefix(id, PREFIX)) return null;
  const [row] = await ex
    .select()
    .from(sigmaScheduledQueries)
    .where(
      and(
        eq(sigmaScheduledQueries.id, id),
        eq(sigmaScheduledQueries.accountId, scope.accountId),
        eq(sigmaScheduledQueries.livemode, scope.livemode),
        isNull(sigmaScheduledQueries.deletedAt),
      ),
    )
    .for('update');
  return row ?? null;
}

builder.queryField('sigmaScheduledQuery', (t) =>
  t.field({
    type: QueryRef,
    nullable: true,
    description: 'Retrieves a Sigma scheduled query by id; null when it does not exist for this key.',
    args: { id: t.arg.id({ required: true, description: 'The scheduled query’s id (`sigq_…`).' }) },
    resolve: (_r, { id }, ctx: Context) => ctx.loaders.of<Row>('SigmaScheduledQuery').load(String(id)),
  }),
);

const CreateInput = builder.inputType('CreateSigmaScheduledQueryInput', {
  description: 'The input of `createSigmaScheduledQuery`.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Title of the query (up to 5000 characters).' }),
    sql: t.string({ required: true, description: `One SELECT over the Sigma tables (up to ${MAX_SQL} characters).` }),
    schedule: t.field({ type: ScheduleEnum, required: true, description: 'How often the query runs; the first run is one period from now.' }),
    idempotencyKey: t.string({ description: 'Repeating a request with the same key returns the first result again, without repeating its effect (24 hours).' }),
  }),
});

const IdInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id({ required: true, description: 'The scheduled query.' }),
      idempotencyKey: t.string({
        description: 'Repeating a request with the same key returns the first result again, without repeating its effect (24 hours).',
      }),
    }),
  });

const command = (ctx: Context, operation: string, input: Record<string, unknown>, idempotencyKey: string | null | undefined) => ({
  db: ctx.services.database.db,
  scope: ctx.scope,
  spec: { operation, input, idempotencyKey: idempotencyKey ?? null, requestId: ctx.requestId },
});

builder.mutationField('createSigmaScheduledQuery', (t) =>
  t.field({
    type: payloadType('CreateSigmaScheduledQueryPayload', 'sigmaScheduledQuery', QueryRef),
    description: 'Schedules a Sigma query (what Stripe’s Dashboard does): it runs every period on the job queue, each run a ScheduledQueryRun.',
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      toPayload(async () => {
        const { idempotencyKey, ...rest } = input;
        if (!rest.title.trim() || rest.title.length > 5000) throw parameterInvalid(['title'], 'A title of 1 to 5000 characters is required.');
        if (!rest.sql.trim() || rest.sql.length > MAX_SQL) throw parameterInvalid(['sql'], `The SQL must be 1 to ${MAX_SQL} characters.`);
        const c = command(ctx, 'createSigmaScheduledQuery', rest, idempotencyKey);
        const row = await runCommand(c.db, c.scope, c.spec, async (cmd) => {
          const created: Row = {
            id: newId(PREFIX),
            accountId: cmd.scope.accountId,
            livemode: cmd.scope.livemode,
            created: cmd.now,
            title: rest.title,
            sql: rest.sql,
            schedule: rest.schedule as Schedule,
            deletedAt: null,
          };
          await insertRow(cmd.tx, sigmaScheduledQueries, created);
          await planRun(cmd, created.id, { schedule: created.schedule });
          return { ...created, created: created.created.toISOString() };
        });
        return { ...row, created: new Date(row.created), object: 'sigma.scheduled_query' } as Row;
      }),
  }),
);

builder.mutationField('deleteSigmaScheduledQuery', (t) =>
  t.field({
    type: payloadType('DeleteSigmaScheduledQueryPayload', 'sigmaScheduledQuery', QueryRef),
    description: 'Stops a scheduled query: no further runs (its past runs stay).',
    args: { input: t.arg({ type: IdInput('DeleteSigmaScheduledQueryInput', 'The input of `deleteSigmaScheduledQuery`.'), required: true }) },
    resolve: (_r, { input }, ctx) =>
      toPayload(async () => {
        const c = command(ctx, 'deleteSigmaScheduledQuery', { id: input.id }, input.idempotencyKey);
        const row = await runCommand(c.db, c.scope, c.spec, async (cmd) => {
          const q = await findQuery(cmd.tx, cmd.scope, String(input.id));
          if (!q) throw resourceMissing('scheduled query', String(input.id));
          await cmd.tx.update(sigmaScheduledQueries).set({ deletedAt: cmd.now }).where(eq(sigmaScheduledQueries.id, q.id));
          return { ...q, created: q.created.toISOString() };
        });
        return { ...row, created: new Date(row.created), object: 'sigma.scheduled_query' } as Row;
      }),
  }),
);

builder.mutationField('testHelpersRunSigmaScheduledQuery', (t) =>
  t.field({
    type: payloadType('TestHelpersRunSigmaScheduledQueryPayload', 'sigmaScheduledQuery', QueryRef),
    description:
      'Test mode: runs the scheduled query now, on the job queue (its schedule is unchanged). The run arrives as `sigma.scheduled_query_run.created`.',
    args: { input: t.arg({ type: IdInput('TestHelpersRunSigmaScheduledQueryInput', 'The input of `testHelpersRunSigmaScheduledQuery`.'), required: true }) },
    resolve: (_r, { input }, ctx) =>
      toPayload(async () => {
        if (ctx.scope.livemode) throw testModeOnly('scheduled query');
        const c = command(ctx, 'testHelpersRunSigmaScheduledQuery', { id: input.id }, input.idempotencyKey);
        const row = await runCommand(c.db, c.scope, c.spec, async (cmd) => {
          const q = await findQuery(cmd.tx, cmd.scope, String(input.id));
          if (!q) throw resourceMissing('scheduled query', String(input.id));
          await planRun(cmd, q.id, { now: true });
          return { ...q, created: q.created.toISOString() };
        });
        return { ...row, created: new Date(row.created), object: 'sigma.scheduled_query' } as Row;
      }),
  }),
);

const QueryConnection = builder.connectionObject(
  { type: QueryRef, name: 'SigmaScheduledQueryConnection', description: 'A page of SigmaScheduledQuery objects.' },
  { name: 'SigmaScheduledQueryEdge', description: 'A SigmaScheduledQuery in a page, with its cursor.' },
);

builder.queryField('sigmaScheduledQueries', (t) =>
  t.connection(
    {
      type: QueryRef,
      description: 'The account’s Sigma scheduled queries (not deleted), newest first.',
      resolve: (_r, args, ctx: Context) =>
        keysetPage<Row, Row>({
          db: ctx.services.database.db,
          table: sigmaScheduledQueries,
          where: [
            eq(sigmaScheduledQueries.accountId, ctx.scope.accountId),
            eq(sigmaScheduledQueries.livemode, ctx.scope.livemode),
            isNull(sigmaScheduledQueries.deletedAt),
          ],
          args,
          map: (row) => ({ ...row, object: 'sigma.scheduled_query' }) as Row,
        }),
    },
    QueryConnection,
  ),
);
