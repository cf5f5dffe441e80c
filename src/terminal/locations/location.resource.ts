import type Stripe from 'stripe';
import { sql } from 'drizzle-orm';
import { query } from '../../db/sql.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { defineResource } from '../../layer/resource.js';
import { terminalLocations } from './location.table.js';

/**
 * Terminal Location: a grouping of readers, with the address their payments are made at and, optionally,
 * a Configuration that overrides the account default for its readers. Stripe announces no Location events.
 */
export type LocationRecord = Stripe.Terminal.Location & { created: number };

const text = (value: unknown, param: string[], max = 1000) => {
  if (value != null && (typeof value !== 'string' || value.length > max))
    throw parameterInvalid(param, `Invalid ${param.join('.')}: at most ${max} characters.`);
};

const address = (a: Record<string, string | null | undefined>) => ({
  city: a.city ?? null,
  country: a.country ?? null,
  line1: a.line1 ?? null,
  line2: a.line2 ?? null,
  postal_code: a.postal_code ?? null,
  state: a.state ?? null,
});

function checkAddress(a: Record<string, unknown> | null | undefined, required: boolean) {
  if (a == null) {
    if (required) throw parameterMissing(['address']);
    return;
  }
  if (!a.country) throw parameterMissing(['address', 'country']);
  if (typeof a.country !== 'string' || !/^[A-Z]{2}$/.test(a.country)) throw parameterInvalid(['address', 'country'], 'Invalid country: a two-letter ISO code.');
  for (const k of ['city', 'line1', 'line2', 'postal_code', 'state']) text(a[k], ['address', k], 200);
}

export const terminalLocationsResource = defineResource<LocationRecord>({
  object: 'terminal.location',
  table: terminalLocations,
  refs: { configuration_overrides: 'terminal.configuration' },
  create: {
    validate(input) {
      if (!input.display_name) throw parameterMissing(['display_name']);
      text(input.display_name, ['display_name']);
      checkAddress(input.address, true);
      text(input.phone, ['phone'], 40);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build(ctx) {
      const { input } = ctx;
      const configuration = input.configuration_overrides
        ? (await ctx.lock('terminal.configuration', input.configuration_overrides, ['configuration_overrides'])).id
        : null;
      return {
        address: address(input.address),
        ...(input.address_kana ? { address_kana: { ...address(input.address_kana), town: input.address_kana.town ?? null } } : {}),
        ...(input.address_kanji ? { address_kanji: { ...address(input.address_kanji), town: input.address_kanji.town ?? null } } : {}),
        ...(configuration ? { configuration_overrides: configuration } : {}),
        display_name: input.display_name,
        ...(input.display_name_kana ? { display_name_kana: input.display_name_kana } : {}),
        ...(input.display_name_kanji ? { display_name_kanji: input.display_name_kanji } : {}),
        ...(input.phone ? { phone: input.phone } : {}),
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
      };
    },
    event: null,
  },
  update: {
    async apply({ cmd, input, record }) {
      const changes: Partial<LocationRecord> = {};
      if (input.display_name != null) {
        if (input.display_name === '') throw parameterInvalid(['display_name'], 'A Location needs a display name.');
        text(input.display_name, ['display_name']);
        changes.display_name = input.display_name;
      }
      if (input.address != null) {
        checkAddress(input.address, false);
        changes.address = address({ ...record.address, ...input.address });
      }
      if (input.phone != null) changes.phone = input.phone === '' ? (null as never) : input.phone;
      if (input.configuration_overrides != null) {
        // An empty string removes the override (Stripe's emptyable param).
        if (input.configuration_overrides === '') changes.configuration_overrides = null as never;
        else {
          const [row] = await query(
            cmd.tx,
            sql`select id from terminal_configurations where id = ${input.configuration_overrides} and account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode}`,
          );
          if (!row) throw resourceMissing('configuration', input.configuration_overrides, ['configuration_overrides']);
          changes.configuration_overrides = String(row.id);
        }
      }
      if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata ?? {}, validateMetadata(input.metadata));
      return changes;
    },
  },
  delete: {
    // Readers belong to a Location: it goes only once they are gone (fingraph's rule, docs/decisions/terminal.md).
    async guard({ cmd, record }) {
      const [row] = await query(cmd.tx, sql`select 1 from terminal_readers where location = ${record.id} limit 1`);
      if (row) throw invalidState(`The Location ${record.id} still has readers: delete or move them first.`);
    },
  },
  list: {},
  examples: {
    create: () => ({
      display_name: 'Market Street store',
      address: { line1: '1234 Market Street', city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' },
      metadata: { store: '17' },
    }),
  },
});
