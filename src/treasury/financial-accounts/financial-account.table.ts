import { boolean, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { money, ownedColumns, ts } from '../../db/columns.js';
import type { FeatureStates } from './financial-account.features.js';

export const treasuryFinancialAccounts = pgTable(
  'treasury_financial_accounts',
  {
    ...ownedColumns(),
    country: text('country').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    closedReasons: text('closed_reasons').array(),
    nickname: text('nickname'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
    supportedCurrencies: text('supported_currencies').array().notNull(),
    // Requested/status per feature path ("outbound_transfers.ach" → state); Stripe's hash is derived from it.
    features: jsonb('features').$type<FeatureStates>().notNull(),
    inboundFlows: text('inbound_flows', { enum: ['restricted', 'unrestricted'] }),
    outboundFlows: text('outbound_flows', { enum: ['restricted', 'unrestricted'] }),
    abaAccountNumber: text('aba_account_number').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    updated: ts('updated').notNull(),
  },
  (t) => [index('treasury_financial_accounts_list_idx').on(t.accountId, t.livemode, t.created.desc(), t.id.desc())],
);

/**
 * Current sub-balances per FinancialAccount and currency. Written only by the ledger, in the same
 * database transaction as the entries whose sum it is.
 */
export const treasuryBalances = pgTable(
  'treasury_balances',
  {
    financialAccountId: text('financial_account_id')
      .notNull()
      .references(() => treasuryFinancialAccounts.id),
    currency: text('currency').notNull(),
    cash: money('cash').notNull().default(0),
    inboundPending: money('inbound_pending').notNull().default(0),
    outboundPending: money('outbound_pending').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.financialAccountId, t.currency] })],
);
