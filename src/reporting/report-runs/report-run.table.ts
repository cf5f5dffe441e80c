import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `reporting.report_run`; `result` holds the File's id (the File is embedded when read). */
export const reportingReportRuns = resourceTable('reporting.report_run', {
  table: 'reporting_report_runs',
  types: { result: text('result') },
  indexes: (t) => [index('reporting_report_runs_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
