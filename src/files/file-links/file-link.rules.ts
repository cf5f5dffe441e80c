import { randomBytes } from 'node:crypto';
import { clock } from '../../kernel/clock.js';
import { parameterInvalid } from '../../kernel/errors.js';

/**
 * A FileLink's rules that a File's upload shares (`file_link_data` makes a link in the same command):
 * no import of the File resource, which imports this.
 */

/** The purposes whose files may be linked (the spec's description of FileLink's create param `file`). */
export const LINKABLE_PURPOSES = [
  'business_icon',
  'business_logo',
  'customer_signature',
  'dispute_evidence',
  'finance_report_run',
  'financial_account_statement',
  'identity_document_downloadable',
  'issuing_regulatory_reporting',
  'pci_document',
  'selfie',
  'sigma_scheduled_query',
  'tax_document_user_upload',
  'terminal_android_apk',
  'terminal_reader_splashscreen',
];

export const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

/** `expires_at` as given: a future Unix time (create and update), `now` or '' (update only). */
export function expiryOf(value: unknown, update: boolean, param: string[] = ['expires_at']): number | null | undefined {
  if (value === undefined) return undefined;
  if (update && value === 'now') return nowSeconds();
  if (update && (value === '' || value === null)) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw parameterInvalid(param, `${param.join('.')} must be a timestamp in the future.`);
  if (value <= nowSeconds()) throw parameterInvalid(param, `${param.join('.')} must be in the future.`);
  return value;
}

/** The secret part of a link's URL: 24 random bytes. */
export const newLinkToken = () => `fl_${randomBytes(24).toString('base64url')}`;
