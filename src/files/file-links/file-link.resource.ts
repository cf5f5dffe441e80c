import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { columnSql } from '../../layer/store.js';
import type { Storage } from '../../layer/storage.js';
import { filesBase, stripeFiles } from '../file.resource.js';
import { fileLinks } from './file-link.table.js';
import { expiryOf, LINKABLE_PURPOSES, newLinkToken, nowSeconds } from './file-link.rules.js';

/**
 * FileLink: a URL that serves one of the account's Files to anyone holding it, without a key, until
 * `expires_at` (src/files/file-links/file-link.route.ts). Create, retrieve, update (`expires_at`:
 * a future time, `now` to end it at once, or '' for never; metadata), list (`file`, `expired`,
 * `created`). Stripe announces no events for FileLinks.
 */
export type FileLinkRecord = Omit<Stripe.FileLink, 'file'> & { file: string; token: string };

export const linkPathOf = (token: string) => `/links/${token}`;
const isExpired = (r: Pick<FileLinkRecord, 'expires_at'>) => r.expires_at != null && r.expires_at <= nowSeconds();

export const fileLinksResource = defineResource<FileLinkRecord>({
  object: 'file_link',
  table: fileLinks,
  // A File's `links` (Stripe's list of the links that point at it), paged like `fileLinks(file:)`.
  connections: [{ on: 'file', by: 'file', field: 'links', description: 'The FileLinks that point at this File, newest first.' }],
  computed: {
    url: (r) => `${filesBase() ?? ''}${linkPathOf(r.token)}`,
    expired: (r) => isExpired(r),
  },
  list: {
    filters: {
      expired: (value: boolean, storage: Storage) => {
        const at = columnSql(storage, 'expires_at');
        return value ? sql`(${at} is not null and ${at} <= now())` : sql`(${at} is null or ${at} > now())`;
      },
    },
  },
  create: {
    validate(input: Params) {
      if (input.file == null || input.file === '') throw parameterMissing(['file']);
      expiryOf(input.expires_at, false);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input }) {
      const id = String(input.file);
      const file = (await stripeFiles.records(cmd.tx, cmd.scope, [id])).get(id);
      if (!file) throw resourceMissing('file', id, ['file']);
      if (!LINKABLE_PURPOSES.includes(file.purpose)) throw parameterInvalid(['file'], `Links cannot be created for files with purpose '${file.purpose}'.`);
      return {
        file: id,
        expires_at: expiryOf(input.expires_at, false) ?? null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        token: newLinkToken(),
      };
    },
    event: null,
  },
  update: {
    endpoint: 'update',
    apply({ input, record }) {
      const changes: Partial<FileLinkRecord> = {};
      if (input.expires_at !== undefined) {
        if (isExpired(record)) throw parameterInvalid(['expires_at'], 'This link has expired: its expiry cannot be changed.');
        changes.expires_at = expiryOf(input.expires_at, true) ?? null;
      }
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      return changes;
    },
    event: () => null,
  },
  examples: {
    create: async (fx) => ({ file: (await fx.create('file')).id, metadata: { order: '6735' } }),
  },
});
