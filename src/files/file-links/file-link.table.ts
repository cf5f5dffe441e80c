import { index, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * Storage of `file_link`: `url` and `expired` are computed when read; `token` is the secret part of the
 * public URL (`/links/<token>`), which serves the file without a key until `expires_at`.
 */
export const fileLinks = resourceTable('file_link', {
  table: 'file_links',
  omit: ['url', 'expired'],
  internal: { token: text('token').notNull() },
  indexes: (t) => [
    index('file_links_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('file_links_file_idx').on(t.file!),
    uniqueIndex('file_links_token_idx').on(t.token!),
  ],
});
