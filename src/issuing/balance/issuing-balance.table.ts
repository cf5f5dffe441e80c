import { boolean, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { money, ownedColumns } from '../../db/columns.js';

/**
 * The Issuing balance (docs/decisions/issuing.md): what cards without a FinancialAccount spend from,
 * per account, mode and currency. `available` is Stripe's `balance.issuing.available`; `held` is what
 * pending authorizations hold (already taken out of `available`). Written only by
 * src/issuing/balance/issuing-balance.ts, in the same database transaction as the entries whose sum it is.
 */
export const issuingBalances = pgTable(
  'issuing_balances',
  {
    accountId: text('account_id').notNull(),
    livemode: boolean('livemode').notNull(),
    currency: text('currency').notNull(),
    available: money('available').notNull().default(0),
    held: money('held').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.livemode, t.currency] })],
);

/** One movement of an Issuing balance: a funding, an authorization's hold or release, a capture, a refund, a won dispute. */
export const issuingBalanceEntries = pgTable(
  'issuing_balance_entries',
  {
    ...ownedColumns(),
    currency: text('currency').notNull(),
    /** funding | issuing_authorization_hold | issuing_authorization_release | issuing_transaction | issuing_dispute */
    type: text('type').notNull(),
    available: money('available').notNull(),
    held: money('held').notNull(),
    /** The object that moved it (funding instructions, authorization, Issuing Transaction, dispute). */
    source: text('source').notNull(),
  },
  (t) => [index('issuing_balance_entries_account_idx').on(t.accountId, t.livemode, t.currency, t.created)],
);
