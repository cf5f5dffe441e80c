import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params, type TransitionDecl } from '../../layer/resource.js';
import { query } from '../../db/sql.js';
import type { CommandContext } from '../../kernel/command.js';
import { transition } from '../../layer/actions.js';
import { columnSql, tableSql } from '../../layer/store.js';
import { assertLength } from '../../treasury/shared/flow-rules.js';
import { physicalBundles } from '../physical-bundles/physical-bundle.resource.js';
import { issuingPersonalizationDesigns } from './personalization-design.table.js';

/**
 * Personalization design: a physical bundle with a card logo and carrier text, the product line of
 * physical cards. Born `review`; the test helpers decide the review: activate (review or inactive →
 * active), deactivate (active → inactive), reject (review → rejected, with the reasons). Changing the
 * logo or carrier text sends the design back to review. Cards name an active design.
 */
export type PersonalizationDesignRecord = Omit<Stripe.Issuing.PersonalizationDesign, 'physical_bundle' | 'card_logo'> & {
  physical_bundle: string;
  card_logo: string | null;
};
type Bundle = Stripe.Issuing.PhysicalBundle;

/** The design's logo and carrier text must fit what its bundle takes (required, optional or unsupported). */
function fitBundle(bundle: Bundle, design: { card_logo: string | null; carrier_text: unknown }) {
  for (const [feature, value] of [
    ['card_logo', design.card_logo],
    ['carrier_text', design.carrier_text],
  ] as const) {
    const rule = bundle.features[feature];
    if (rule === 'required' && !value) throw parameterMissing([feature]);
    if (rule === 'unsupported' && value) throw parameterInvalid([feature], `The physical bundle ${bundle.id} does not take a ${feature.replace('_', ' ')}.`);
  }
}

function bundleOf(id: unknown, scope: { accountId: string; livemode: boolean }) {
  const bundle = physicalBundles.catalogue!().find((b) => b.id === id) as Bundle | undefined;
  if (!bundle) throw resourceMissing('physical bundle', String(id), ['physical_bundle']);
  void scope;
  return bundle;
}

const carrierTextOf = (c: Params | null | undefined) =>
  c
    ? { footer_body: c.footer_body ?? null, footer_title: c.footer_title ?? null, header_body: c.header_body ?? null, header_title: c.header_title ?? null }
    : null;

/** fingraph stores no Files (no `issuing_logo` upload), so no logo can be named: designs go without one. */
function checkLogo(id: unknown) {
  if (id != null) throw parameterInvalid(['card_logo'], 'Card logos are not supported: fingraph stores no Files to name as an issuing_logo.');
}

/** The account's active default design (`preferences.is_default`), if any: what a physical card without a design prints. */
export async function defaultDesignOf(cmd: CommandContext): Promise<string | null> {
  const s = personalizationDesigns.storage;
  const [row] = await query(
    cmd.tx,
    sql`select id from ${tableSql(s)} where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode}
      and status = 'active' and (${columnSql(s, 'preferences')}->>'is_default')::boolean limit 1`,
  );
  return row ? String(row.id) : null;
}

/**
 * At most one default design per account (Stripe: setting one unsets the previous): the previous
 * default, other than `self`, stops being it, with its `issuing_personalization_design.updated`.
 * Concurrent changes of one account's default are serialized (a transaction-scoped advisory lock).
 */
async function takeDefault(cmd: CommandContext, self: string) {
  await query(cmd.tx, sql`select pg_advisory_xact_lock(hashtextextended(${`issuing_default_design:${cmd.scope.accountId}:${cmd.scope.livemode}`}, 0))`);
  const s = personalizationDesigns.storage;
  const rows = await query(
    cmd.tx,
    sql`select id from ${tableSql(s)} where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode}
      and id <> ${self} and (${columnSql(s, 'preferences')}->>'is_default')::boolean`,
  );
  for (const { id } of rows) {
    const record = await personalizationDesigns.lock(cmd.tx, cmd.scope, String(id));
    if (record) await transition({ cmd, resource: personalizationDesigns, input: {}, record, changes: {}, locked: {} }, 'unset_default');
  }
}

function helper(endpoint: string, from: string[], to: string, event: string, more: Partial<TransitionDecl<PersonalizationDesignRecord>> = {}) {
  return {
    endpoint,
    testHelper: true,
    from,
    to,
    refusal: (status: string) =>
      `This personalization design is ${status}: it cannot be ${to === 'active' ? 'activated' : to === 'inactive' ? 'deactivated' : to}.`,
    event,
    ...more,
  } as TransitionDecl<PersonalizationDesignRecord>;
}

export const personalizationDesigns = defineResource<PersonalizationDesignRecord>({
  object: 'issuing.personalization_design',
  table: issuingPersonalizationDesigns,
  initial: 'review',
  list: {
    filters: {
      lookup_keys: (keys: string[], s) => sql`${columnSql(s, 'lookup_key')} in (${sql.join(keys.length ? keys.map((k) => sql`${k}`) : [sql`null`], sql`, `)})`,
      preferences: (p: { is_default?: boolean; is_platform_default?: boolean }, s) => [
        p.is_default == null ? null : sql`(${columnSql(s, 'preferences')}->>'is_default')::boolean = ${p.is_default}`,
        p.is_platform_default == null
          ? null
          : sql`coalesce((${columnSql(s, 'preferences')}->>'is_platform_default')::boolean, false) = ${p.is_platform_default}`,
      ],
    },
  },
  create: {
    validate(input) {
      if (input.metadata != null) validateMetadata(input.metadata);
      assertLength(input.lookup_key, 200, ['lookup_key']);
      assertLength(input.name, 200, ['name']);
      checkLogo(input.card_logo);
    },
    async build({ input, cmd }) {
      const bundle = bundleOf(input.physical_bundle, cmd.scope);
      const design = { card_logo: input.card_logo ?? null, carrier_text: carrierTextOf(input.carrier_text) };
      fitBundle(bundle, design);
      return {
        ...design,
        physical_bundle: bundle.id,
        lookup_key: input.lookup_key ?? null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        name: input.name ?? null,
        preferences: { is_default: input.preferences?.is_default ?? false, is_platform_default: null },
        rejection_reasons: { card_logo: null, carrier_text: null },
      };
    },
    event: null,
    after: async ({ cmd }, saved) => {
      if (saved.preferences.is_default) await takeDefault(cmd, saved.id);
    },
  },
  update: {
    endpoint: 'update',
    async apply({ input, record, cmd }) {
      checkLogo(input.card_logo);
      assertLength(input.lookup_key, 200, ['lookup_key']);
      const changes: Partial<PersonalizationDesignRecord> = {};
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      if (input.name !== undefined) changes.name = input.name;
      if (input.lookup_key !== undefined) changes.lookup_key = input.lookup_key;
      if (input.preferences) {
        changes.preferences = { ...record.preferences, is_default: input.preferences.is_default ?? record.preferences.is_default };
        if (changes.preferences.is_default && !record.preferences.is_default) await takeDefault(cmd, record.id);
      }
      if (input.physical_bundle) changes.physical_bundle = bundleOf(input.physical_bundle, cmd.scope).id;
      if (input.card_logo !== undefined) changes.card_logo = input.card_logo;
      if (input.carrier_text !== undefined) changes.carrier_text = carrierTextOf(input.carrier_text);
      const design = { ...record, ...changes };
      fitBundle(bundleOf(design.physical_bundle, cmd.scope), design);
      // New artwork is reviewed again.
      if (changes.card_logo !== undefined || changes.carrier_text !== undefined || changes.physical_bundle)
        Object.assign(changes, { status: 'review', rejection_reasons: { card_logo: null, carrier_text: null } });
      return changes;
    },
    event: 'issuing_personalization_design.updated',
  },
  actions: {
    /** Another design became the default (internal: takeDefault). */
    unset_default: {
      apply: ({ record }) => ({ preferences: { ...record.preferences, is_default: false } }),
      event: 'issuing_personalization_design.updated',
    },
    activate: helper('activate', ['review', 'inactive'], 'active', 'issuing_personalization_design.activated'),
    deactivate: helper('deactivate', ['active'], 'inactive', 'issuing_personalization_design.deactivated'),
    reject: helper('reject', ['review'], 'rejected', 'issuing_personalization_design.rejected', {
      guard: ({ input }) => {
        const r = input.rejection_reasons;
        if (!r || (!r.card_logo?.length && !r.carrier_text?.length)) throw parameterMissing(['rejection_reasons']);
      },
      apply: ({ input }) => ({
        rejection_reasons: { card_logo: input.rejection_reasons.card_logo ?? null, carrier_text: input.rejection_reasons.carrier_text ?? null },
      }),
    }),
  },
  examples: {
    create: () => ({ physical_bundle: 'ics_fingraphStandardLogo', name: 'Fingraph standard', carrier_text: { header_title: 'Welcome' } }),
    params: { reject: () => ({ rejection_reasons: { card_logo: ['other'] } }) },
  },
});
