import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, text, timestamp } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';
import type { FeatureStates } from './financial-account.features.js';

/** Storage of `treasury.financial_account` (columns from the spec; names kept from the first release). */
export const treasuryFinancialAccounts = resourceTable('treasury.financial_account', {
  table: 'treasury_financial_accounts',
  columns: {
    'platform_restrictions.inbound_flows': 'inbound_flows',
    'platform_restrictions.outbound_flows': 'outbound_flows',
  },
  flatten: ['platform_restrictions'],
  // Derived when read: from the feature requests, the balances and the account number below.
  omit: ['active_features', 'pending_features', 'restricted_features', 'features', 'balance', 'financial_addresses', 'status_details'],
  types: {
    metadata: jsonb('metadata').notNull(),
    is_default: boolean('is_default').notNull().default(false),
  },
  internal: {
    /** Whether each feature was requested, by path ("outbound_transfers.ach" → true); Stripe's hash is derived. */
    feature_states: jsonb('features').$type<FeatureStates>().notNull(),
    closed_reasons: text('closed_reasons').array(),
    aba_account_number: text('aba_account_number').notNull(),
    updated: timestamp('updated', { withTimezone: true, precision: 3 }).notNull(),
    /** Where the balance goes when the account closes (Stripe's `forwarding_settings` param of update and close). */
    forwarding_settings: jsonb('forwarding_settings'),
  },
  // The balances come with the row, in the same statement (no second query per account).
  extras: {
    balances: sql`coalesce((select json_agg(json_build_object('currency', b.currency, 'cash', b.cash, 'inbound_pending', b.inbound_pending, 'outbound_pending', b.outbound_pending)) from treasury_balances b where b.financial_account_id = treasury_financial_accounts.id), '[]'::json)`,
  },
  indexes: (t) => [index('treasury_financial_accounts_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
