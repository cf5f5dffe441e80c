import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { columnSql } from '../../layer/store.js';
import type { Storage } from '../../layer/storage.js';
import { assertMaxLength, findOne, whereEquals } from '../../products/shared.js';
import { refreshEntitlementsOfFeature } from '../active-entitlements/derive.js';
import { entitlementFeatures } from './feature.table.js';

/**
 * Feature: a monetizable ability, named by a lookup_key unique in the account. Attached to Products
 * (ProductFeature); customers who bought those Products are entitled to it while it is active.
 * Archiving (`active: false`) ends those entitlements.
 */
export type FeatureRecord = Stripe.Entitlements.Feature & { created: number };

function validate(input: Params) {
  assertMaxLength(input.name, 80, ['name']);
  assertMaxLength(input.lookup_key, 80, ['lookup_key']);
  if (input.name !== undefined && (typeof input.name !== 'string' || input.name.trim() === '')) throw parameterInvalid(['name'], 'A feature needs a name.');
  if (input.metadata != null) validateMetadata(input.metadata);
}

export const featuresResource = defineResource<FeatureRecord>({
  object: 'entitlements.feature',
  table: entitlementFeatures,
  list: {
    // Stripe's `archived`: true lists archived (inactive) features, false active ones.
    filters: { archived: (value: boolean, storage: Storage) => sql`${columnSql(storage, 'active')} = ${!value}` },
  },
  create: {
    validate(input) {
      validate(input);
      if (!input.lookup_key) throw parameterMissing(['lookup_key']);
      if (!input.name) throw parameterMissing(['name']);
    },
    async build({ cmd, input }) {
      const storage = featuresResource.storage;
      const taken = await findOne(cmd.tx, storage, cmd.scope, [whereEquals(storage, 'lookup_key', input.lookup_key)]);
      if (taken) throw parameterInvalid(['lookup_key'], `A feature (\`${taken.id}\`) already uses the lookup_key '${input.lookup_key}'.`);
      return { active: true, lookup_key: input.lookup_key, metadata: input.metadata != null ? validateMetadata(input.metadata) : {}, name: input.name };
    },
    // Stripe announces no event for Features (their entitlements' summaries are).
    event: null,
  },
  update: {
    endpoint: 'update',
    apply({ input, record }) {
      validate(input);
      const changes: Partial<FeatureRecord> = {};
      if (input.name != null) changes.name = input.name;
      if (input.active != null) changes.active = input.active;
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata, validateMetadata(input.metadata));
      return changes;
    },
    // Archiving or restoring a feature changes the entitlements of everyone who bought it.
    after: async (ctx, saved, before) => {
      if (saved.active !== before.active) await refreshEntitlementsOfFeature(ctx.cmd, saved.id);
    },
  },
  examples: {
    create: () => ({ name: 'Premium support', lookup_key: `premium-${Math.random().toString(36).slice(2, 12)}` }),
  },
});
