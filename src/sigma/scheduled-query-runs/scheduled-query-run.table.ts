import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `scheduled_query_run`; `file` holds the File's id (embedded when read). */
export const sigmaScheduledQueryRuns = resourceTable('scheduled_query_run', {
  table: 'sigma_scheduled_query_runs',
  types: { file: text('file') },
  internal: {
    /** The scheduled query (src/sigma/scheduled-queries) that made the run. */
    scheduled_query: text('scheduled_query_id').notNull(),
  },
  indexes: (t) => [
    index('sigma_scheduled_query_runs_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('sigma_scheduled_query_runs_query_idx').on(t.scheduled_query_id!, t.created!.desc()),
  ],
});
