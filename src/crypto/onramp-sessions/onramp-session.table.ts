import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `crypto.onramp_session`; the transaction details in columns of their own (the list filters on currency and network). */
export const cryptoOnrampSessions = resourceTable('crypto.onramp_session', {
  table: 'crypto_onramp_sessions',
  flatten: ['transaction_details'],
  indexes: (t) => [index('crypto_onramp_sessions_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
