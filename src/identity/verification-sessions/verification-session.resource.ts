import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { anyOf, query } from '../../db/sql.js';
import { publicUrl } from '../../http/public-url.js';
import type { CommandContext } from '../../kernel/command.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix, randomBase62 } from '../../kernel/ids.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type ActionContext } from '../../layer/resource.js';
import { fieldAt, specOf } from '../../layer/spec.js';
import { updateRecord } from '../../layer/store.js';
import { customersResource } from '../../payments/customers/customer.resource.js';
import { checkOf, checksOf, REASONS, redactedReport, verificationReports, writeReport } from '../verification-reports/verification-report.resource.js';
import { REDACTED, TEST_PERSON } from '../shared/test-person.js';
import { identityVerificationSessions, verificationSessionServe } from './verification-session.table.js';

/**
 * VerificationSession (Stripe Identity): requires_input → processing → verified, or back to
 * requires_input with `last_error`; canceled from requires_input. The user submits on the hosted page
 * at `url` (or the test-mode mutation); the checks' outcome arrives a little later, as Stripe's "most
 * checks are processed in less than 1 minute" (a scheduled step: real time, or a test clock). Each
 * outcome writes a VerificationReport. Redaction replaces the collected data in storage (session,
 * reports and their events), then reports `redacted`.
 */
export type VerificationSessionRecord = Stripe.Identity.VerificationSession & { secret: string; return_url: string | null };
type Ctx = ActionContext<VerificationSessionRecord>;

/** The hosted verification page of a client secret (src/identity/verification-sessions/verification-session.route.ts). */
export const VERIFY_PATH = '/identity/verify/';
/** Stripe's processing time in test mode: "most verification checks are processed in less than 1 minute". */
const PROCESSING_MS = 10_000;

/** What a test-mode submission chooses: verified, or one of Stripe's `last_error` codes. */
export const OUTCOMES = ['verified', ...(fieldAt(specOf('identity.verification_session'), 'last_error.code').type as { values: string[] }).values];

/** Checks the user can fail on a session of this type and options; codes about the attempt itself always apply. */
function checkOutcome(session: VerificationSessionRecord, outcome: unknown, param: string[]) {
  if (typeof outcome !== 'string' || !OUTCOMES.includes(outcome)) throw parameterInvalid(param, `Invalid outcome: must be one of ${OUTCOMES.join(', ')}.`);
  const check = outcome === 'verified' ? null : checkOf(outcome);
  if (outcome.startsWith('email_') || outcome.startsWith('phone_'))
    throw parameterInvalid(param, `This session does not verify an email or a phone: ${outcome} cannot happen.`);
  if (check && !checksOf(session).includes(check))
    throw parameterInvalid(param, `This session does not run the ${check.replace('_', ' ')} check: ${outcome} cannot happen.`);
}

/** Stripe's default options per type (seed 002: `{ document: {} }`, `{ id_number: {} }`). */
function optionsFor(type: string, given: Record<string, any> | null | undefined) {
  if (type === 'id_number') return { id_number: {} };
  return { document: { ...(given?.document ?? {}) } };
}

function checkType(type: unknown) {
  if (type == null) throw parameterMissing(['type']);
}

const newSecret = (id: string) => `${id}_secret_test_${randomBase62(24)}`;
const redactedSession = (r: VerificationSessionRecord) => r.redaction != null;

/** Replaces personal data in the events already written about these objects (Stripe redacts Events too). */
async function redactEvents(cmd: CommandContext, ids: string[], scrub: (object: Record<string, any>) => Record<string, any>) {
  const rows = await query(
    cmd.tx,
    sql`select id, data from events where account_id = ${cmd.scope.accountId} and ${anyOf(sql.raw('object_id'), ids)} for update`,
  );
  for (const row of rows) {
    const data = row.data as { object: Record<string, any>; previous_attributes?: Record<string, any> };
    const next: Record<string, unknown> = { object: scrub(data.object) };
    // Earlier values may hold collected data too: they are dropped, not kept.
    if (data.previous_attributes) next.previous_attributes = {};
    await query(cmd.tx, sql`update events set data = ${JSON.stringify(next)}::jsonb where id = ${row.id as string}`);
  }
}

function redactedOutputs(v: VerificationSessionRecord['verified_outputs']): VerificationSessionRecord['verified_outputs'] {
  if (!v) return null;
  const r = (s: string | null | undefined) => (s == null ? null : REDACTED);
  return {
    address: v.address && {
      city: r(v.address.city),
      country: r(v.address.country),
      line1: r(v.address.line1),
      line2: null,
      postal_code: r(v.address.postal_code),
      state: r(v.address.state),
    },
    dob: null,
    email: r(v.email),
    first_name: r(v.first_name),
    id_number: null,
    id_number_type: v.id_number_type,
    last_name: r(v.last_name),
    phone: r(v.phone),
    sex: v.sex == null ? null : '[redacted]',
    unparsed_place_of_birth: null,
    unparsed_sex: null,
  };
}

/** The session's fields that hold collected or caller-given personal data, replaced. */
function redactedFields(r: VerificationSessionRecord): Partial<VerificationSessionRecord> {
  return {
    verified_outputs: redactedOutputs(r.verified_outputs ?? null),
    provided_details: r.provided_details
      ? { ...(r.provided_details.email ? { email: REDACTED } : {}), ...(r.provided_details.phone ? { phone: REDACTED } : {}) }
      : null,
    client_reference_id: r.client_reference_id == null ? null : REDACTED,
    // "The metadata field will also be erased."
    metadata: {},
  };
}

export const verificationSessions = defineResource<VerificationSessionRecord>({
  object: 'identity.verification_session',
  table: identityVerificationSessions,
  serve: verificationSessionServe,
  refs: { related_customer: 'customer' },
  computed: {
    // Shown only while the session awaits the user (seed 002: null once verified or canceled).
    client_secret: (r) => (r.status === 'requires_input' && !redactedSession(r) ? r.secret : null),
    url: (r) => (r.status === 'requires_input' && !redactedSession(r) ? publicUrl(`${VERIFY_PATH}${r.secret}`) : null),
  },
  initial: 'requires_input',
  create: {
    validate(input) {
      checkType(input.type);
      if (input.metadata != null) validateMetadata(input.metadata);
      if (input.client_reference_id != null && String(input.client_reference_id).length > 200)
        throw parameterInvalid(['client_reference_id'], 'Invalid client_reference_id: must be at most 200 characters.');
      if (input.type === 'id_number' && input.options?.document)
        throw parameterInvalid(['options', 'document'], 'Document options can only be given to a session of type document.');
    },
    async build({ cmd, input, id }) {
      if (input.return_url != null && !/^https?:\/\/\S{1,2000}$/.test(input.return_url))
        throw parameterInvalid(['return_url'], 'Invalid URL: return_url must be an http(s) URL.', 'url_invalid');
      if (input.related_customer != null) {
        const found = hasPrefix(input.related_customer, 'cus') && (await customersResource.records(cmd.tx, cmd.scope, [input.related_customer])).size;
        if (!found) throw resourceMissing('customer', input.related_customer, ['related_customer']);
      }
      return {
        type: input.type,
        options: optionsFor(input.type, input.options),
        client_reference_id: input.client_reference_id ?? null,
        provided_details: input.provided_details ? { ...input.provided_details } : null,
        related_customer: input.related_customer ?? null,
        related_customer_account: null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        last_error: null,
        last_verification_report: null,
        redaction: null,
        verified_outputs: null,
        secret: newSecret(id),
        return_url: input.return_url ?? null,
      } as Partial<VerificationSessionRecord>;
    },
    event: 'identity.verification_session.created',
  },
  update: {
    // "When the session status is requires_input, you can use this method to update the verification check and options."
    from: ['requires_input'],
    refusal: (s) => `You can only update a VerificationSession in status requires_input; this one is ${s}.`,
    guard({ record, input }: Ctx) {
      if (redactedSession(record)) throw invalidState('This VerificationSession has been redacted and can no longer be updated.');
      const type = input.type ?? record.type;
      if (type === 'id_number' && input.options?.document)
        throw parameterInvalid(['options', 'document'], 'Document options can only be given to a session of type document.');
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    apply({ record, input }: Ctx) {
      const changes: Partial<VerificationSessionRecord> = {};
      if (input.type != null || input.options != null) {
        const type = input.type ?? record.type;
        changes.type = type;
        changes.options = optionsFor(type, input.options ?? (type === record.type ? record.options : null)) as never;
      }
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      if (input.provided_details != null) changes.provided_details = { ...(record.provided_details ?? {}), ...input.provided_details };
      return changes;
    },
  },
  actions: {
    /** "Once canceled, future submission attempts are disabled. This cannot be undone." */
    cancel: {
      endpoint: 'cancel',
      from: ['requires_input'],
      to: 'canceled',
      refusal: (s) => `You can only cancel a VerificationSession in status requires_input; this one is ${s}.`,
      event: 'identity.verification_session.canceled',
    },
    /**
     * Redact: "can be redacted when it is in requires_input or verified status"; one awaiting input is
     * canceled first. The data is replaced at once (session, reports, their events); `redaction.status`
     * reads processing until the scheduled `finish_redaction` reports it redacted.
     */
    redact: {
      endpoint: 'redact',
      from: ['verified', 'canceled'],
      through: { requires_input: 'cancel' },
      refusal: (s) => `You can only redact a VerificationSession in status requires_input, verified or canceled; this one is ${s}.`,
      guard({ record }: Ctx) {
        if (redactedSession(record)) throw invalidState('This VerificationSession has already been redacted.');
      },
      async apply({ cmd, record }: Ctx) {
        const reports = await query(
          cmd.tx,
          sql`select id from identity_verification_reports where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and verification_session = ${record.id} for update`,
        );
        const ids = reports.map((r) => String(r.id));
        const found = await verificationReports.records(cmd.tx, cmd.scope, ids);
        for (const report of found.values()) await updateRecord(cmd.tx, verificationReports.storage, report.id, redactedReport(report) as never);
        const scrubbed = redactedFields(record);
        await redactEvents(cmd, [record.id, ...ids], (object) =>
          object.object === 'identity.verification_report'
            ? { ...object, ...redactedReport(object as never) }
            : { ...object, ...redactedFields(object as never), redaction: { status: 'processing' } },
        );
        // Answers kept for idempotent replays hold the session as it was: replaced the same way.
        await query(
          cmd.tx,
          sql`update idempotency_keys set result = result || ${JSON.stringify(scrubbed)}::jsonb where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and result->>'id' = ${record.id}`,
        );
        return { ...scrubbed, redaction: { status: 'processing' } };
      },
      schedule: ({ cmd }: Ctx) => [{ action: 'finish_redaction', at: cmd.now, phase: 'first' }],
    },
    /** The redaction is complete: `identity.verification_session.redacted`. */
    finish_redaction: {
      guard({ record }: Ctx) {
        if (record.redaction?.status !== 'processing') throw invalidState('This VerificationSession has no redaction in progress.');
      },
      apply: () => ({ redaction: { status: 'redacted' } }),
      event: 'identity.verification_session.redacted',
    },
    /**
     * The user submits (hosted page or test-mode mutation) and picks the outcome the checks will
     * have: `verified` or a `last_error` code. The session is processing until the outcome arrives.
     */
    submit: {
      testHelper: true,
      from: ['requires_input'],
      to: 'processing',
      refusal: (s) => `This VerificationSession cannot be submitted because it has status ${s}.`,
      guard({ record, input }: Ctx) {
        if (redactedSession(record)) throw invalidState('This VerificationSession has been redacted.');
        checkOutcome(record, input.outcome ?? 'verified', ['outcome']);
      },
      apply: () => ({ last_error: null }),
      event: 'identity.verification_session.processing',
      schedule: ({ cmd, input }: Ctx) => {
        const outcome: string = input.outcome ?? 'verified';
        const at = new Date(cmd.now.getTime() + PROCESSING_MS);
        return [outcome === 'verified' ? { action: 'verify', at, phase: 'first' } : { action: 'fail', params: { code: outcome }, at, phase: 'first' }];
      },
    },
    /** Every check passed: the report, and the verified data on the session. */
    verify: {
      from: ['processing'],
      to: 'verified',
      async apply({ cmd, record }: Ctx) {
        const report = await writeReport(cmd, record, null);
        const p = TEST_PERSON;
        const idNumber = report.id_number != null;
        return {
          last_verification_report: report.id,
          last_error: null,
          verified_outputs: {
            address: record.type === 'document' ? { ...p.address } : null,
            dob: { ...p.dob },
            email: null,
            first_name: p.first_name,
            id_number: null,
            id_number_type: idNumber ? 'us_ssn' : null,
            last_name: p.last_name,
            phone: null,
            sex: null,
            unparsed_place_of_birth: null,
            unparsed_sex: null,
          },
        };
      },
      event: 'identity.verification_session.verified',
    },
    /** A check failed (or the attempt did): back to requires_input with `last_error`; the report when checks ran. */
    fail: {
      from: ['processing'],
      to: 'requires_input',
      async apply({ cmd, record, input }: Ctx) {
        const code: string = input.code ?? (record.type === 'id_number' ? 'id_number_unverified_other' : 'document_unverified_other');
        const report = checkOf(code) ? await writeReport(cmd, record, code) : null;
        return {
          last_error: { code: code as never, reason: REASONS[code] ?? null },
          ...(report ? { last_verification_report: report.id } : {}),
        };
      },
      event: 'identity.verification_session.requires_input',
    },
  },
  examples: {
    create: () => ({ type: 'document', options: { document: { require_matching_selfie: true } }, metadata: { user: '42' }, client_reference_id: 'user_42' }),
    params: { submit: () => ({ outcome: 'verified' }) },
  },
});
