import type Stripe from 'stripe';
import { parameterInvalid } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource } from '../../layer/resource.js';
import { assertLength } from '../../treasury/shared/flow-rules.js';
import { normalizeControls } from '../shared/spending-controls.js';
import { issuingCardholders } from './cardholder.table.js';

/**
 * Cardholder: the person or company cards are issued to. Status `active` (default) | `inactive` |
 * `blocked` is set through update; an inactive or blocked cardholder's cards decline authorizations
 * (`cardholder_inactive`, `cardholder_blocked`). `requirements` lists the individual's details Stripe
 * still needs, as Stripe's example shows them (seed 003).
 */
export type CardholderRecord = Stripe.Issuing.Cardholder;
type PastDue = Stripe.Issuing.Cardholder.Requirements.PastDue;

/** Printed on cards: at most 24 characters, letters and a few separators only (Stripe's rule). */
function checkName(name: unknown) {
  if (typeof name !== 'string') return;
  assertLength(name, 24, ['name']);
  if (!/^[\p{L} .,'-]+$/u.test(name)) throw parameterInvalid(['name'], 'The name may not contain numbers or special characters.');
}

/** Stripe's requirements for an individual: name, and the card-issuing terms' acceptance (date and ip). */
function requirementsOf(type: string, individual: Stripe.Issuing.Cardholder.Individual | null): CardholderRecord['requirements'] {
  if (type !== 'individual') return { disabled_reason: null, past_due: [] };
  const past: PastDue[] = [];
  const terms = individual?.card_issuing?.user_terms_acceptance;
  if (!terms?.ip) past.push('individual.card_issuing.user_terms_acceptance.ip');
  if (!terms?.date) past.push('individual.card_issuing.user_terms_acceptance.date');
  if (!individual?.first_name) past.push('individual.first_name');
  if (!individual?.last_name) past.push('individual.last_name');
  return { disabled_reason: past.length ? 'requirements.past_due' : null, past_due: past };
}

/** The individual hash as Stripe shows it (every field, null when not given). */
function individualOf(input: Record<string, any> | null | undefined): Stripe.Issuing.Cardholder.Individual | null {
  if (!input) return null;
  const terms = input.card_issuing?.user_terms_acceptance;
  return {
    card_issuing: input.card_issuing
      ? { user_terms_acceptance: terms ? { date: terms.date ?? null, ip: terms.ip ?? null, user_agent: terms.user_agent ?? null } : null }
      : null,
    dob: input.dob ? { day: input.dob.day ?? null, month: input.dob.month ?? null, year: input.dob.year ?? null } : null,
    first_name: input.first_name ?? null,
    last_name: input.last_name ?? null,
    verification: input.verification
      ? { document: input.verification.document ? { back: input.verification.document.back ?? null, front: input.verification.document.front ?? null } : null }
      : null,
  } as Stripe.Issuing.Cardholder.Individual;
}

const addressOf = (a: Record<string, any>) => ({
  city: a.city ?? null,
  country: a.country ?? null,
  line1: a.line1 ?? null,
  line2: a.line2 ?? null,
  postal_code: a.postal_code ?? null,
  state: a.state ?? null,
});

export const cardholders = defineResource<CardholderRecord>({
  object: 'issuing.cardholder',
  table: issuingCardholders,
  initial: 'active',
  create: {
    validate(input) {
      checkName(input.name);
      if (input.metadata != null) validateMetadata(input.metadata);
      if (input.type === 'company' && input.individual) throw parameterInvalid(['individual'], 'individual applies to cardholders of type individual.');
    },
    async build({ input }) {
      const type = input.type ?? 'individual';
      const individual = individualOf(input.individual);
      return {
        name: input.name,
        type,
        status: input.status ?? 'active',
        billing: { address: addressOf(input.billing.address) } as CardholderRecord['billing'],
        company: input.company ? { tax_id_provided: Boolean(input.company.tax_id) } : null,
        email: input.email ?? null,
        phone_number: input.phone_number ?? null,
        individual,
        preferred_locales: input.preferred_locales ?? null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        requirements: requirementsOf(type, individual),
        spending_controls: normalizeControls('issuing.cardholder', input.spending_controls, ['spending_controls']) as CardholderRecord['spending_controls'],
      };
    },
    event: 'issuing_cardholder.created',
  },
  update: {
    endpoint: 'update',
    apply({ input, record }) {
      checkName(input.name);
      const changes: Partial<CardholderRecord> = {};
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      if (input.billing) changes.billing = { address: addressOf(input.billing.address) } as CardholderRecord['billing'];
      if (input.status) changes.status = input.status;
      if (input.email !== undefined) changes.email = input.email;
      if (input.phone_number !== undefined) changes.phone_number = input.phone_number;
      if (input.preferred_locales !== undefined) changes.preferred_locales = input.preferred_locales;
      if (input.company) changes.company = { tax_id_provided: Boolean(input.company.tax_id) };
      if (input.individual) {
        changes.individual = individualOf(input.individual);
        changes.requirements = requirementsOf(record.type, changes.individual);
      }
      if (input.spending_controls) changes.spending_controls = normalizeControls('issuing.cardholder', input.spending_controls, ['spending_controls']) as never;
      return changes;
    },
    event: 'issuing_cardholder.updated',
  },
  examples: {
    create: () => ({
      name: 'Jenny Rosen',
      email: 'jenny@example.com',
      billing: { address: { line1: '1234 Main Street', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } },
    }),
  },
});
