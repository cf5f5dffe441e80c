import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { query } from '../db/sql.js';
import { emitEvent } from '../events/event.writer.js';
import type { CommandContext } from '../kernel/command.js';
import { newId } from '../kernel/ids.js';
import { parameterInvalid, parameterMissing } from '../kernel/errors.js';
import { createIn } from '../layer/actions.js';
import { defineResource, resourceOf, type Params } from '../layer/resource.js';
import { insertRecord } from '../layer/store.js';
import { validateMetadata } from '../kernel/metadata.js';
import { expiryOf, LINKABLE_PURPOSES } from './file-links/file-link.rules.js';
import { fileContents, files, fileServe } from './file.table.js';

/**
 * Files: what report runs and Sigma queries produce (Stripe's `finance_report_run` and
 * `sigma_scheduled_query` purposes), and uploads (`createFile`: the bytes in base64, a purpose that
 * takes uploads, the type checked against the purpose). Retrieve and list by purpose; the bytes are
 * downloaded from `url` with the account's secret key (src/files/file.route.ts), as Stripe's file URLs
 * require.
 */
export type FileRecord = Stripe.File & { livemode: boolean };

/** The server's public address (set when it starts listening; FINGRAPH_PUBLIC_URL behind a proxy). */
let publicBase: string | null = null;
export const setFilesBase = (base: string) => {
  publicBase = base;
};
export const filesBase = () => publicBase;
export const contentsPathOf = (id: string) => `/v1/files/${id}/contents`;

export const stripeFiles = defineResource<FileRecord>({
  object: 'file',
  table: files,
  serve: fileServe,
  computed: {
    url: (r) => (publicBase ? `${publicBase}${contentsPathOf(r.id)}` : contentsPathOf(r.id)),
  },
  create: {
    validate: (input) => void upload(input),
    build: async ({ input }) => {
      const u = upload(input);
      // Uploaded files do not expire (Stripe sets expires_at on the files it makes).
      return { purpose: u.purpose, filename: u.filename, title: null, type: u.type, size: u.bytes.length, expires_at: null } as Partial<FileRecord>;
    },
    async after({ cmd, input }, saved) {
      const u = upload(input);
      await query(
        cmd.tx,
        sql`insert into ${fileContents} (file_id, account_id, content, encoding) values (${saved.id}, ${cmd.scope.accountId}, ${u.bytes.toString('base64')}, 'base64')`,
      );
      // By name: the FileLink resource imports this one.
      if (u.link) await createIn(resourceOf('file_link'), cmd, { ...u.link, file: saved.id });
    },
  },
  examples: {
    create: () => ({ purpose: 'dispute_evidence', file: { data: Buffer.from('%PDF-1.4\n%fingraph\n').toString('base64'), name: 'evidence.pdf' } }),
    vary: (params) => ({ ...params, purpose: 'identity_document' }),
  },
});

/** Content types of the file types fingraph serves (the download's `content-type`). */
export const MIME: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  pem: 'application/x-pem-file',
  apk: 'application/vnd.android.package-archive',
};

/** Stripe's upload limit (files.stripe.com); a GraphQL body is bounded by FINGRAPH_MAX_BODY_BYTES before that. */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

/** The file types each upload purpose takes (Stripe's file-upload guide). */
const TYPES_OF: Record<string, readonly string[]> = {
  account_requirement: ['pdf', 'jpg', 'png'],
  additional_verification: ['pdf', 'jpg', 'png'],
  business_icon: ['png', 'jpg', 'gif'],
  business_logo: ['png', 'jpg', 'gif'],
  customer_signature: ['png', 'jpg', 'gif'],
  dispute_evidence: ['pdf', 'jpg', 'png'],
  identity_document: ['pdf', 'jpg', 'png'],
  issuing_regulatory_reporting: ['pdf', 'csv', 'jpg', 'png'],
  pci_document: ['pdf'],
  platform_terms_of_service: ['pdf'],
  tax_document_user_upload: ['pdf', 'csv', 'jpg', 'png'],
  terminal_android_apk: ['apk'],
  terminal_reader_splashscreen: ['png', 'jpg', 'gif'],
  terminal_wifi_certificate: ['pem'],
  terminal_wifi_private_key: ['pem'],
};

/** The type of the bytes: by their signature, else by the name's extension (text formats have none). */
function typeOf(bytes: Buffer, name: string): string | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'gif';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'apk' && bytes.subarray(0, 2).toString('latin1') === 'PK') return 'apk';
  if (ext === 'pem' && bytes.subarray(0, 11).toString('latin1') === '-----BEGIN ') return 'pem';
  if (ext === 'csv') return 'csv';
  return null;
}

/**
 * An upload's params: `file` is the SDK's FileData (`{ data, name, type }`) with `data` in base64 (a
 * GraphQL body carries text), `purpose` one of Stripe's upload purposes. Refused with Stripe's codes.
 */
function upload(input: Params) {
  const purpose = input.purpose;
  if (purpose == null) throw parameterMissing(['purpose']);
  const allowed = TYPES_OF[String(purpose)];
  if (!allowed)
    throw parameterInvalid(['purpose'], `Invalid purpose: ${String(purpose).slice(0, 100)}. Files of this purpose are made by Stripe, not uploaded.`);
  const file = input.file as { data?: unknown; name?: unknown; type?: unknown } | null | undefined;
  if (file == null) throw parameterMissing(['file']);
  if (typeof file !== 'object' || typeof file.data !== 'string')
    throw parameterInvalid(['file'], 'file must be an object with `data` (the bytes in base64), and optionally `name` and `type`.');
  const extra = Object.keys(file).find((k) => !['data', 'name', 'type'].includes(k));
  if (extra) throw parameterInvalid(['file', extra.slice(0, 100)], `Received unknown parameter: file[${extra.slice(0, 100)}].`);
  if (file.name != null && (typeof file.name !== 'string' || file.name.length > 200))
    throw parameterInvalid(['file', 'name'], 'file.name must be a string of at most 200 characters.');
  if (file.data.length > Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4) throw parameterInvalid(['file'], 'The file is larger than 16 MB.');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.data.replace(/\s/g, ''))) throw parameterInvalid(['file', 'data'], 'file.data must be base64.');
  const bytes = Buffer.from(file.data, 'base64');
  if (bytes.length === 0) throw parameterInvalid(['file'], 'The file is empty.');
  if (bytes.length > MAX_UPLOAD_BYTES) throw parameterInvalid(['file'], 'The file is larger than 16 MB.');
  const filename = typeof file.name === 'string' && file.name !== '' ? file.name : 'upload';
  const type = typeOf(bytes, filename);
  if (!type || !allowed.includes(type))
    throw parameterInvalid(['file'], `Files of purpose ${String(purpose)} must be ${allowed.join(', ')}; this file is ${type ?? 'of an unknown type'}.`);
  return { purpose: String(purpose), filename, type, bytes, link: linkData(input.file_link_data, String(purpose)) };
}

/**
 * `file_link_data`: the FileLink to make with the upload, in the same command (null: none). Its
 * `create` is required; a link needs a linkable purpose (the param's description lists them).
 */
function linkData(value: unknown, purpose: string): Params | null {
  if (value == null) return null;
  const data = value as Params;
  if (typeof data.create !== 'boolean') throw parameterMissing(['file_link_data', 'create']);
  if (!data.create) return null;
  if (!LINKABLE_PURPOSES.includes(purpose))
    throw parameterInvalid(['file_link_data', 'create'], `Links cannot be created for files with purpose '${purpose.slice(0, 100)}'.`);
  const link: Params = {};
  if (data.expires_at != null) link.expires_at = expiryOf(data.expires_at, false, ['file_link_data', 'expires_at']);
  if (data.metadata != null) link.metadata = validateMetadata(data.metadata, ['file_link_data', 'metadata']);
  return link;
}

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
