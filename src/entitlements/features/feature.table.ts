import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

export const entitlementFeatures = resourceTable('entitlements.feature', {
  table: 'entitlements_features',
  indexes: (t) => [
    index('entitlements_features_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('entitlements_features_lookup_key_idx').on(t.account_id!, t.livemode!, t.lookup_key!),
  ],
});
