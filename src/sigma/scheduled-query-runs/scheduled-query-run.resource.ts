import type Stripe from 'stripe';
import { stripeFiles, type FileRecord } from '../../files/file.resource.js';
import { defineResource } from '../../layer/resource.js';
import { sigmaScheduledQueryRuns } from './scheduled-query-run.table.js';

/**
 * ScheduledQueryRun: one run of a Sigma scheduled query, read-only in Stripe's API (retrieve, list).
 * Runs are made by the job queue (src/sigma/scheduled-queries/run.ts), born in their final status
 * (completed, failed, timed_out) with `sigma.scheduled_query_run.created`.
 */
export type ScheduledQueryRunRecord = Omit<Stripe.Sigma.ScheduledQueryRun, 'file'> & {
  file: string | null;
  scheduled_query: string;
  $file?: FileRecord;
};

export const scheduledQueryRuns = defineResource<ScheduledQueryRunRecord>({
  object: 'scheduled_query_run',
  table: sigmaScheduledQueryRuns,
  async enrich(ex, scope, records) {
    const ids = records.map((r) => r.file).filter((id): id is string => typeof id === 'string');
    const found = ids.length ? await stripeFiles.records(ex, scope, ids) : new Map<string, FileRecord>();
    for (const r of records)
      if (typeof r.file === 'string') Object.defineProperty(r, '$file', { value: found.get(r.file), enumerable: false, configurable: true });
  },
  computed: { file: (r) => (r.$file ? stripeFiles.toStripe(r.$file) : null) },
});
