import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { query } from '../db/sql.js';
import { emitEvent } from '../events/event.writer.js';
import type { CommandContext } from '../kernel/command.js';
import { newId } from '../kernel/ids.js';
import { defineResource } from '../layer/resource.js';
import { insertRecord } from '../layer/store.js';
import { fileContents, files, fileServe } from './file.table.js';

/**
 * Files: what report runs and Sigma queries produce (Stripe's `finance_report_run` and
 * `sigma_scheduled_query` purposes). Retrieve and list by purpose; the bytes are downloaded from
 * `url` with the account's secret key (src/files/file.route.ts), as Stripe's file URLs require.
 */
export type FileRecord = Stripe.File & { livemode: boolean };

/** The server's public address (set when it starts listening; FINGRAPH_PUBLIC_URL behind a proxy). */
let publicBase: string | null = null;
export const setFilesBase = (base: string) => {
  publicBase = base;
};
export const contentsPathOf = (id: string) => `/v1/files/${id}/contents`;

export const stripeFiles = defineResource<FileRecord>({
  object: 'file',
  table: files,
  serve: fileServe,
  computed: {
    url: (r) => (publicBase ? `${publicBase}${contentsPathOf(r.id)}` : contentsPathOf(r.id)),
  },
  unsupported: {
    create: 'Uploads are not served: fingraph makes files itself (report runs, Sigma query runs); multipart uploads have no GraphQL input.',
  },
});

/** How long a generated file stays downloadable (Stripe keeps report and Sigma results a year). */
export const FILE_LIFETIME_SECONDS = 365 * 24 * 3600;

export interface NewFile {
  purpose: 'finance_report_run' | 'sigma_scheduled_query';
  filename: string;
  title: string | null;
  type: 'csv';
  content: string;
  expiresAt: number;
}

/**
 * Stores a generated file in the command's transaction (metadata, bytes, `file.created`), in the
 * command's account and mode. Expired files' bytes of the account are removed on the way.
 */
export async function storeFile(cmd: CommandContext, file: NewFile): Promise<FileRecord> {
  const id = newId('file');
  const record = {
    id,
    object: 'file',
    livemode: cmd.scope.livemode,
    created: Math.floor(cmd.now.getTime() / 1000),
    expires_at: file.expiresAt,
    filename: file.filename,
    purpose: file.purpose,
    size: Buffer.byteLength(file.content, 'utf8'),
    title: file.title,
    type: file.type,
  } as unknown as FileRecord;
  await insertRecord(cmd.tx, stripeFiles.storage, cmd.scope, cmd.now, record as never);
  await query(
    cmd.tx,
    sql`insert into ${fileContents} (file_id, account_id, content, expires_at) values (${id}, ${cmd.scope.accountId}, ${file.content}, ${new Date(file.expiresAt * 1000).toISOString()}::timestamptz)`,
  );
  await query(cmd.tx, sql`delete from ${fileContents} where account_id = ${cmd.scope.accountId} and expires_at <= now()`);
  await emitEvent(cmd, 'file.created', stripeFiles.toStripe(record));
  return record;
}
