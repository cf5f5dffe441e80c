import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `issuing.personalization_design` (columns from the spec). */
export const issuingPersonalizationDesigns = resourceTable('issuing.personalization_design', {
  table: 'issuing_personalization_designs',
  columns: { physical_bundle: 'physical_bundle_id', card_logo: 'card_logo_id' },
  indexes: (t) => [index('issuing_personalization_designs_list_idx').on(t.account_id!, t.created!.desc(), t.id!.desc())],
});
