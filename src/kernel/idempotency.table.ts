import { boolean, jsonb, pgTable, primaryKey, text, index } from 'drizzle-orm/pg-core';
import { ts } from '../db/columns.js';

/** One row per (account, mode, key): the request's fingerprint and the result to replay. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: text('account_id').notNull(),
    livemode: boolean('livemode').notNull(),
    key: text('key').notNull(),
    operation: text('operation').notNull(),
    requestHash: text('request_hash').notNull(),
    result: jsonb('result'),
    created: ts('created').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.livemode, t.key] }), index('idempotency_keys_created_idx').on(t.created)],
);
