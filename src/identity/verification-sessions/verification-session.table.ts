import { index, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's VerificationSession: every field; the create params without
 * `verification_flow` (Dashboard-made flows), `related_person` (Connect persons) and
 * `related_customer_account` (v2 Accounts), which fingraph has none of.
 */
export const verificationSessionServe = {
  fields: [
    'client_reference_id',
    'client_secret',
    'created',
    'last_error',
    'last_verification_report',
    'livemode',
    'metadata',
    'options',
    'provided_details',
    'redaction',
    'related_customer',
    'related_customer_account',
    'related_person',
    'status',
    'type',
    'url',
    'verification_flow',
    'verified_outputs',
  ],
  params: {
    create: ['client_reference_id', 'metadata', 'options', 'provided_details', 'related_customer', 'return_url', 'type'],
    list: ['client_reference_id', 'created', 'related_customer', 'status'],
  },
};

/** Storage of `identity.verification_session`. */
export const identityVerificationSessions = resourceTable('identity.verification_session', {
  table: 'identity_verification_sessions',
  serve: verificationSessionServe,
  // Shown only while the session awaits input (computed from `secret` and the status).
  omit: ['client_secret', 'url'],
  internal: {
    /** The client secret (`vs_…_secret_…`): the hosted page's URL carries it; never shown once the session moved on. */
    secret: text('secret').notNull(),
    /** Where the hosted page sends the user back (Stripe's create param `return_url`). */
    return_url: text('return_url'),
  },
  indexes: (t) => [
    index('identity_verification_sessions_list_idx').on(t.account_id!, t.livemode!, t.created!.desc(), t.id!.desc()),
    index('identity_verification_sessions_customer_idx').on(t.related_customer!),
  ],
});
