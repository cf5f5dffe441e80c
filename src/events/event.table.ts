import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ownedColumns } from '../db/columns.js';

export const events = pgTable(
  'events',
  {
    ...ownedColumns(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    apiVersion: text('api_version').notNull(),
    // Stripe's event `data`: { object, previous_attributes? } in Stripe JSON (snake_case).
    data: jsonb('data').notNull(),
    objectId: text('object_id').notNull(),
    requestId: text('request_id'),
    requestIdempotencyKey: text('request_idempotency_key'),
    pendingWebhooks: integer('pending_webhooks').notNull().default(0),
  },
  (t) => [
    uniqueIndex('events_account_seq_idx').on(t.accountId, t.seq),
    index('events_list_idx').on(t.accountId, t.livemode, t.created.desc(), t.id.desc()),
    index('events_object_idx').on(t.objectId),
  ],
);
