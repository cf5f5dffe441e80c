import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `financial_connections.account`: a linked account at a (test) institution. */
export const financialConnectionsAccounts = resourceTable('financial_connections.account', {
  table: 'financial_connections_accounts',
  internal: {
    /** The Session that linked it (Stripe's list filter `session`, the session's `accounts`). */
    session: text('session').notNull(),
    /** The account holder's Customer, for Stripe's list filter `account_holder[customer]`. */
    holder_customer: text('holder_customer'),
    /** Which test institution account this is (src/financial-connections/shared/test-institution.ts): what refreshes find. */
    institution_account: text('institution_account').notNull(),
    /** The account and routing numbers (never shown; a us_bank_account PaymentMethod made from the account carries them). */
    routing_number: text('routing_number').notNull(),
    account_number: text('account_number').notNull(),
    /** The running transactions subscription (a fresh id per subscribe): its daily refresh steps carry it, so an old chain stops. */
    subscription_chain: text('subscription_chain'),
  },
  indexes: (t) => [
    index('financial_connections_accounts_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('financial_connections_accounts_session_idx').on(t.session!, t.created!.desc(), t.id!.desc()),
    index('financial_connections_accounts_customer_idx').on(t.holder_customer!, t.created!.desc()),
  ],
});
