import { index, text, timestamp } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of a Financial Connections Session: every field but `bank_account_token`
 * (legacy Tokens are not served); `accounts` is the connection of the Accounts the session linked.
 */
export const sessionServe = {
  fields: ['account_holder', 'accounts', 'client_secret', 'filters', 'limits', 'livemode', 'manual_entry', 'permissions', 'prefetch', 'return_url'],
};

/** Storage of `financial_connections.session`. */
export const financialConnectionsSessions = resourceTable('financial_connections.session', {
  table: 'financial_connections_sessions',
  serve: sessionServe,
  omit: ['accounts'],
  internal: {
    /** When the user finished linking (hosted page or test-mode mutation): a session links once. */
    linked_at: timestamp('linked_at', { withTimezone: true, precision: 3 }),
    /** The customer the accounts belong to (account_holder.customer), for lists by holder. */
    holder_customer: text('holder_customer'),
  },
  indexes: (t) => [index('financial_connections_sessions_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
