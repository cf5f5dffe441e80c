import type Stripe from 'stripe';
import { FILE_LIFETIME_SECONDS, storeFile, stripeFiles, type FileRecord } from '../../files/file.resource.js';
import { parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { exactCreated } from '../../layer/storage.js';
import { dataAvailability } from '../report-types/report-type.resource.js';
import { reportTypeOf, type ReportTypeDef } from '../report-types/report-types.js';
import { computeReport, type RunParams } from './report-run.compute.js';
import { reportingReportRuns as table } from './report-run.table.js';

/**
 * ReportRun: a report type run over an interval of the account's own ledger. Created `pending`; the
 * job queue (a scheduled step: real time, or the account's test clock when it has one) computes the CSV, stores it as a
 * File (`finance_report_run`) and turns the run `succeeded`, or `failed` with `error` for a type whose
 * data fingraph does not model. Events: `reporting.report_run.succeeded` / `.failed`.
 */
export type ReportRunRecord = Omit<Stripe.Reporting.ReportRun, 'result'> & { result: string | null; $file?: FileRecord };

const PARAM_KEYS = ['columns', 'connected_account', 'currency', 'interval_end', 'interval_start', 'payout', 'reporting_category', 'timezone'] as const;
const param = (name: string) => ['parameters', name];

function typeOf(id: unknown): ReportTypeDef {
  if (typeof id !== 'string' || id === '') throw parameterMissing(['report_type']);
  const type = reportTypeOf(id);
  if (!type) throw new StripeError('resource_missing', `No such report type: '${id.slice(0, 100)}'`, ['report_type']);
  return type;
}

/** Shape rules: the parameters the type takes, known columns, a lowercase currency. */
function validate(input: Params) {
  const type = typeOf(input.report_type);
  const p = (input.parameters ?? {}) as Params;
  for (const key of PARAM_KEYS) {
    if (p[key] == null || key === 'interval_start' || key === 'interval_end') continue;
    if (!(type.params as readonly string[]).includes(key)) throw parameterInvalid(param(key), `The report type ${type.id} does not take the parameter ${key}.`);
  }
  for (const column of (p.columns ?? []) as string[])
    if (!type.columns.includes(column)) throw parameterInvalid(param('columns'), `Invalid column for ${type.id}: ${String(column).slice(0, 100)}.`);
  if (p.currency != null && !/^[a-z]{3}$/.test(p.currency)) throw parameterInvalid(param('currency'), 'Invalid currency: use a lowercase ISO code (usd).');
  if (p.interval_start != null && p.interval_end != null && p.interval_start >= p.interval_end)
    throw parameterInvalid(param('interval_end'), 'interval_end must be after interval_start.');
}

export const reportingReportRunsResource = defineResource<ReportRunRecord>({
  object: 'reporting.report_run',
  table,
  statusField: 'status',
  initial: 'pending',
  async enrich(ex, scope, records) {
    const ids = records.map((r) => r.result).filter((id): id is string => typeof id === 'string');
    const found = ids.length ? await stripeFiles.records(ex, scope, ids) : new Map<string, FileRecord>();
    for (const r of records)
      if (typeof r.result === 'string') Object.defineProperty(r, '$file', { value: found.get(r.result), enumerable: false, configurable: true });
  },
  computed: { result: (r) => (r.$file ? stripeFiles.toStripe(r.$file) : null) },
  create: {
    validate,
    async build({ cmd, input }) {
      const type = typeOf(input.report_type);
      const given = (input.parameters ?? {}) as Params;
      const window = await dataAvailability(cmd.tx, cmd.scope);
      // Stripe defaults the interval to the type's whole data window.
      const interval_start = (given.interval_start as number | undefined) ?? window.start;
      const interval_end = (given.interval_end as number | undefined) ?? window.end;
      if (interval_start < window.start)
        throw parameterInvalid(param('interval_start'), `interval_start must be at or after data_available_start (${window.start}) for ${type.id}.`);
      if (interval_end > window.end)
        throw parameterInvalid(param('interval_end'), `interval_end must be at or before data_available_end (${window.end}) for ${type.id}.`);
      if (interval_start >= interval_end) throw parameterInvalid(param('interval_end'), 'interval_end must be after interval_start.');
      const parameters = Object.fromEntries(
        Object.entries({ ...given, interval_start, interval_end }).filter(([, v]) => v != null),
      ) as Stripe.Reporting.ReportRun.Parameters;
      return { report_type: type.id, parameters, error: null, result: null, succeeded_at: null };
    },
    // Stripe emits no `created` event for report runs: only `succeeded` or `failed`.
    event: null,
    schedule: ({ cmd }, record) => {
      const type = reportTypeOf(record.report_type)!;
      const unavailable = type.data === 'ledger' ? null : type.data.unavailable;
      return [
        {
          action: unavailable ? 'fail' : 'succeed',
          params: unavailable ? { error: `No data is available for ${type.id}: ${unavailable}.` } : {},
          at: cmd.now,
          // Test mode: the configured test-mode delay (FINGRAPH_TEST_MODE_DELAY_MS), as other automatic
          // steps; live mode: at once. Either way on the job queue, never in the request.
          phase: 'first',
          delayMs: cmd.scope.livemode ? 1 : undefined,
        },
      ];
    },
  },
  actions: {
    succeed: {
      from: ['pending'],
      to: 'succeeded',
      stamp: 'succeeded_at',
      async apply({ cmd, record }) {
        const type = reportTypeOf(record.report_type);
        if (!type || type.data !== 'ledger') throw resourceMissing('report type', record.report_type);
        const params = { ...(record.parameters as unknown as RunParams), as_of: exactCreated(record) };
        const content = await computeReport(cmd.tx, cmd.scope, type, params);
        const file = await storeFile(cmd, {
          purpose: 'finance_report_run',
          filename: `${record.id}.csv`,
          title: `FinanceReportRun ${record.id}`,
          type: 'csv',
          content,
          expiresAt: Math.floor(cmd.now.getTime() / 1000) + FILE_LIFETIME_SECONDS,
        });
        return { result: file.id };
      },
      event: 'reporting.report_run.succeeded',
    },
    fail: {
      from: ['pending'],
      to: 'failed',
      apply: ({ input }) => ({ error: typeof input.error === 'string' ? input.error : 'The report run failed.' }),
      event: 'reporting.report_run.failed',
    },
  },
  examples: {
    create: async (fx) => {
      await fx.financialAccount(); // ledger entries: a data window to report on
      return { report_type: 'balance.summary.1' };
    },
    params: { fail: () => ({ error: 'No data is available for this report type.' }) },
    vary: (params) => ({ ...params, report_type: 'balance_change_from_activity.summary.1' }),
  },
});
