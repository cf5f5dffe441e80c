import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { ownedColumns, ts } from '../../db/columns.js';

/** Sigma's schedule periods (Stripe's Dashboard offers daily, weekly and monthly). */
export const SCHEDULES = ['daily', 'weekly', 'monthly'] as const;
export type Schedule = (typeof SCHEDULES)[number];

/**
 * Scheduled Sigma queries (made in Stripe's Dashboard; here through GraphQL). Not a Stripe API
 * object: its runs are (`scheduled_query_run`).
 */
export const sigmaScheduledQueries = pgTable(
  'sigma_scheduled_queries',
  {
    ...ownedColumns(),
    title: text('title').notNull(),
    sql: text('sql').notNull(),
    schedule: text('schedule').$type<Schedule>().notNull(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [index('sigma_scheduled_queries_list_idx').on(t.accountId, t.livemode, t.created.desc(), t.id.desc())],
);
