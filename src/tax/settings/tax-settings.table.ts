import { boolean, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Stripe Tax's settings: one per account and mode (Stripe's `tax.settings` has no id). A row exists
 * once the settings are first updated; before that they read as Stripe's defaults (pending).
 */
export const taxSettings = pgTable(
  'tax_settings',
  {
    account_id: text('account_id').notNull(),
    livemode: boolean('livemode').notNull(),
    /** Stripe's `defaults` hash (tax_behavior, tax_code). */
    defaults: jsonb('defaults').notNull(),
    /** Stripe's `head_office` hash ({ address }), or null. */
    head_office: jsonb('head_office'),
    updated: timestamp('updated', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.account_id, t.livemode] })],
);
