import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from '../db/columns.js';
import { resourceTable } from '../layer/storage.js';

/** What of Stripe's File is served: all of it (`links` is a connection of the FileLinks, src/files/file-links). */
export const fileServe = {
  fields: ['created', 'expires_at', 'filename', 'links', 'purpose', 'size', 'title', 'type', 'url'],
  // Uploads: the bytes, their purpose and maybe a FileLink made with them (`file_link_data`).
  params: { create: ['file', 'file_link_data', 'purpose'] },
};

/**
 * Storage of `file`: the metadata Stripe shows; `url` is computed when read (the server's public
 * address), `links` are the FileLinks' own rows.
 */
export const files = resourceTable('file', {
  table: 'files',
  serve: fileServe,
  omit: ['links', 'url'],
  indexes: (t) => [
    index('files_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('files_purpose_idx').on(t.account_id!, t.livemode!, t.purpose!, t.created!.desc()),
  ],
});

/**
 * A file's bytes, apart from its metadata (lists and retrieves never read them). In the database so
 * that every server process on one PostgreSQL serves every file; removed once the file has expired.
 * Files fingraph makes (CSV) are stored as UTF-8 text; uploaded files as base64 (`encoding`).
 */
export const fileContents = pgTable(
  'file_contents',
  {
    fileId: text('file_id')
      .primaryKey()
      .references(() => (files as unknown as { id: never }).id, { onDelete: 'cascade' }),
    accountId: text('account_id').notNull(),
    content: text('content').notNull(),
    /** `utf8` (generated text files) or `base64` (uploaded bytes). */
    encoding: text('encoding').$type<'utf8' | 'base64'>().notNull().default('utf8'),
    expiresAt: ts('expires_at'),
  },
  (t) => [index('file_contents_expiry_idx').on(t.expiresAt)],
);
