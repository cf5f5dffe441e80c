import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { newId } from '../../kernel/ids.js';
import { announce } from '../../layer/actions.js';
import { defineResource } from '../../layer/resource.js';
import { insertRecord } from '../../layer/store.js';
import { TEST_PERSON, REDACTED } from '../shared/test-person.js';
import { identityVerificationReports } from './verification-report.table.js';

/**
 * VerificationReport: the result of one attempt to verify a session (Stripe makes one per submitted
 * attempt, with a check per requirement: document, id_number, selfie). Reports have no endpoint that
 * makes them: the session's outcome writes them (`writeReport`), and redacting the session redacts them.
 */
export type VerificationReportRecord = Stripe.Identity.VerificationReport;
type Session = Stripe.Identity.VerificationSession;
type DocError = NonNullable<Stripe.Identity.VerificationReport.Document.Error['code']>;
type IdNumberError = NonNullable<Stripe.Identity.VerificationReport.IdNumber.Error['code']>;
type SelfieError = NonNullable<Stripe.Identity.VerificationReport.Selfie.Error['code']>;

/** Which check a failure code belongs to (the spec's error enums of the report's checks). */
const DOCUMENT_ERRORS: readonly string[] = ['document_expired', 'document_type_not_supported', 'document_unverified_other'] satisfies DocError[];
const ID_NUMBER_ERRORS: readonly string[] = [
  'id_number_insufficient_document_data',
  'id_number_mismatch',
  'id_number_unverified_other',
] satisfies IdNumberError[];
const SELFIE_ERRORS: readonly string[] = [
  'selfie_document_missing_photo',
  'selfie_face_mismatch',
  'selfie_manipulated',
  'selfie_unverified_other',
] satisfies SelfieError[];

export type Check = 'document' | 'id_number' | 'selfie';
/** The check a session error code fails, or null for codes about the attempt itself (abandoned, consent_declined, …). */
export function checkOf(code: string): Check | null {
  if (DOCUMENT_ERRORS.includes(code)) return 'document';
  if (ID_NUMBER_ERRORS.includes(code)) return 'id_number';
  if (SELFIE_ERRORS.includes(code)) return 'selfie';
  return null;
}

/** The checks a session's type and options require. */
export function checksOf(session: Pick<Session, 'type' | 'options'>): Check[] {
  if (session.type === 'id_number') return ['id_number'];
  const doc = session.options?.document;
  return ['document', ...(doc?.require_id_number ? (['id_number'] as const) : []), ...(doc?.require_matching_selfie ? (['selfie'] as const) : [])];
}

const error = (code: string | null) => (code ? { code: code as never, reason: REASONS[code] ?? 'The verification check failed.' } : null);

/** Stripe's reasons, as its test-mode page shows them. */
export const REASONS: Record<string, string> = {
  document_expired: 'The provided identity document has expired.',
  document_type_not_supported: 'The provided identity document is not one of the types allowed.',
  document_unverified_other: 'The provided identity document could not be verified.',
  id_number_insufficient_document_data: 'The provided document did not contain enough data to match the ID number.',
  id_number_mismatch: 'The information provided could not be verified against the ID number.',
  id_number_unverified_other: 'The ID number could not be verified.',
  selfie_document_missing_photo: 'The provided identity document did not contain a picture of a face.',
  selfie_face_mismatch: "The captured face image did not match the document's face.",
  selfie_manipulated: 'The captured face image was manipulated.',
  selfie_unverified_other: 'The selfie could not be verified.',
  abandoned: 'The user abandoned the verification.',
  consent_declined: 'The user declined to be verified by Stripe.',
  country_not_supported: "The user's country is not supported.",
  device_not_supported: "The user's device is not supported.",
  under_supported_age: 'The user is under the supported age.',
};

const fileId = () => newId('file');

/** The checks of one attempt: each required check verified, except the one the failure code names. */
function checks(session: Session, failure: string | null): Partial<VerificationReportRecord> {
  const failed = failure ? checkOf(failure) : null;
  const p = TEST_PERSON;
  const out: Partial<VerificationReportRecord> = {};
  const want = checksOf(session);
  const allowed = session.options?.document?.allowed_types;
  if (want.includes('document')) {
    const bad = failed === 'document';
    out.document = {
      status: bad ? 'unverified' : 'verified',
      error: bad ? error(failure) : null,
      address: { ...p.address },
      dob: { ...p.dob },
      expiration_date: failure === 'document_expired' ? { day: 1, month: 12, year: 2020 } : { ...p.document.expiration_date },
      files: [fileId(), fileId()],
      first_name: p.first_name,
      issued_date: { ...p.document.issued_date },
      issuing_country: p.address.country,
      last_name: p.last_name,
      number: null,
      sex: null,
      // The test document is a driving license unless the session allows only other types.
      type: allowed?.length && !allowed.includes('driving_license') ? allowed[0]! : 'driving_license',
      unparsed_place_of_birth: null,
      unparsed_sex: null,
    };
  }
  if (want.includes('id_number')) {
    const bad = failed === 'id_number';
    out.id_number = {
      status: bad ? 'unverified' : 'verified',
      error: bad ? error(failure) : null,
      dob: { ...p.dob },
      first_name: p.first_name,
      // Stripe shows the number only when `id_number.id_number` is expanded: not stored.
      id_number: null,
      id_number_type: 'us_ssn',
      last_name: p.last_name,
    };
  }
  if (want.includes('selfie')) {
    const bad = failed === 'selfie';
    out.selfie = { status: bad ? 'unverified' : 'verified', error: bad ? error(failure) : null, document: fileId(), selfie: fileId() };
  }
  return out;
}

/**
 * Writes the report of one attempt of `session` (in the session's command): verified, or failed with
 * `failure` on the check it names. No event: Stripe announces reports only through their session.
 */
export async function writeReport(cmd: CommandContext, session: Session, failure: string | null): Promise<VerificationReportRecord> {
  const record = {
    id: newId(verificationReports.spec.idPrefix!),
    object: 'identity.verification_report',
    livemode: cmd.scope.livemode,
    created: Math.floor(cmd.now.getTime() / 1000),
    client_reference_id: session.client_reference_id,
    type: session.type,
    options: session.type === 'id_number' ? { id_number: {} } : { document: { ...(session.options?.document ?? {}) } },
    verification_session: session.id,
    ...checks(session, failure),
  } as VerificationReportRecord;
  await insertRecord(cmd.tx, verificationReports.storage, cmd.scope, cmd.now, record as never);
  await announce(cmd, verificationReports, null, record as never, null);
  return record;
}

/** A report with the personal data of its checks replaced (Stripe: "[redacted] or a similar placeholder"). */
export function redactedReport(r: VerificationReportRecord): Partial<VerificationReportRecord> {
  const out: Partial<VerificationReportRecord> = { client_reference_id: r.client_reference_id == null ? null : REDACTED };
  if (r.document)
    out.document = {
      ...r.document,
      address: r.document.address && { city: REDACTED, country: REDACTED, line1: REDACTED, line2: null, postal_code: REDACTED, state: REDACTED },
      dob: null,
      expiration_date: null,
      issued_date: null,
      files: [],
      first_name: REDACTED,
      last_name: REDACTED,
      issuing_country: REDACTED,
      number: null,
      sex: r.document.sex == null ? null : '[redacted]',
      unparsed_place_of_birth: null,
      unparsed_sex: null,
    };
  if (r.id_number) out.id_number = { ...r.id_number, dob: null, first_name: REDACTED, last_name: REDACTED, id_number: null };
  if (r.selfie) out.selfie = { ...r.selfie, document: null, selfie: null };
  return out;
}

export const verificationReports = defineResource<VerificationReportRecord>({
  object: 'identity.verification_report',
  table: identityVerificationReports,
  refs: { verification_session: 'identity.verification_session' },
  connections: [{ on: 'identity.verification_session', by: 'verification_session', field: 'verificationReports' }],
});
