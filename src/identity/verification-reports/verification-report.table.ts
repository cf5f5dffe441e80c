import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `identity.verification_report`: one row per verification attempt of a session. */
export const identityVerificationReports = resourceTable('identity.verification_report', {
  table: 'identity_verification_reports',
  indexes: (t) => [
    index('identity_verification_reports_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('identity_verification_reports_session_idx').on(t.verification_session!, t.created!.desc(), t.id!.desc()),
  ],
});
