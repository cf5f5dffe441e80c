import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Secrets of this installation, made once and kept in the database so that every server process
 * (and every restart) signs the same way: the regulatory receipt URLs stay stable.
 */
export const platformSecrets = pgTable('platform_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  created: timestamp('created', { withTimezone: true, precision: 3 }).notNull(),
});
