import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `terminal.configuration`: per-device settings, one of them the account's default. */
export const terminalConfigurations = resourceTable('terminal.configuration', {
  table: 'terminal_configurations',
  indexes: (t) => [index('terminal_configurations_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc())],
});
