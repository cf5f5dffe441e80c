import { index } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/** Storage of `terminal.reader`: a registered (simulated) reader and its current action, as Stripe shows it. */
export const terminalReaders = resourceTable('terminal.reader', {
  table: 'terminal_readers',
  indexes: (t) => [
    index('terminal_readers_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('terminal_readers_location_idx').on(t.location!),
  ],
});
