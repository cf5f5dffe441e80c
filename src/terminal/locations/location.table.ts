import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `terminal.location`: a grouping of readers (address, display name, configuration overrides). */
export const terminalLocations = resourceTable('terminal.location', {
  table: 'terminal_locations',
  indexes: (t) => [index('terminal_locations_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
