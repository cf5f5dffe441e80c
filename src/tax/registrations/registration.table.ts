import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';
import { accountTimeOf } from '../../treasury/received-credits/received-credit.table.js';

/** Storage of `tax.registration`; `status` is computed from active_from / expires_at at the account's time. */
export const taxRegistrations = resourceTable('tax.registration', {
  table: 'tax_registrations',
  omit: ['status'],
  internal: {
    /** The rate table's key the registration covers (`DE`, `US-CA`): what calculations look up. */
    jurisdiction: text('jurisdiction').notNull(),
  },
  extras: { account_time: accountTimeOf('tax_registrations') },
  indexes: (t) => [
    index('tax_registrations_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('tax_registrations_jurisdiction_idx').on(t.account_id!, t.livemode!, t.jurisdiction!),
  ],
});
