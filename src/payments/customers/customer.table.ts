import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { ownedColumns } from '../../db/columns.js';

/** A minimal Customer: who an OutboundPayment pays. */
export const customers = pgTable(
  'customers',
  {
    ...ownedColumns(),
    name: text('name'),
    email: text('email'),
    description: text('description'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
  },
  (t) => [index('customers_list_idx').on(t.accountId, t.livemode, t.created.desc(), t.id.desc())],
);
