import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `forwarding.request`: what was sent and answered, with card data and credentials already redacted. */
export const forwardingRequests = resourceTable('forwarding.request', {
  table: 'forwarding_requests',
  indexes: (t) => [index('forwarding_requests_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
