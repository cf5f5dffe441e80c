import type Stripe from 'stripe';
import { sql } from 'drizzle-orm';
import { query } from '../../db/sql.js';
import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { insertRecord } from '../../layer/store.js';
import { defineResource } from '../../layer/resource.js';
import { terminalConfigurations } from './configuration.table.js';

/**
 * Terminal Configuration: how readers behave (splash screens, tipping, offline mode, reboot window,
 * Wi-Fi). Rules of `is_account_default` (docs/decisions/terminal.md): every account has exactly one
 * default configuration (made with its first Configuration, as Stripe keeps one per account); the
 * ones created through the API are never the default; the default cannot be deleted; the list filters
 * on it. Stripe announces no Configuration events.
 */
export type ConfigurationRecord = Stripe.Terminal.Configuration & { created: number };

/** The device-setting params, stored as given (Stripe's shapes for them are the same as the object's). */
const SETTINGS = [
  'bbpos_wisepad3',
  'bbpos_wisepos_e',
  'cellular',
  'offline',
  'reader_security',
  'reboot_window',
  'stripe_s700',
  'stripe_s710',
  'stripe_t600',
  'tipping',
  'verifone_m425',
  'verifone_p400',
  'verifone_p630',
  'verifone_ux700',
  'verifone_v660p',
  'wifi',
] as const;

function settingsOf(input: Record<string, any>): Partial<ConfigurationRecord> {
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS) {
    if (input[key] == null) continue;
    // Stripe's emptyable params: an empty value removes the setting.
    out[key] = input[key] === '' ? null : input[key];
  }
  const rw = input.reboot_window;
  if (rw && rw !== '' && [rw.start_hour, rw.end_hour].some((h: number) => !Number.isInteger(h) || h < 0 || h > 23))
    throw parameterInvalid(['reboot_window'], 'Invalid reboot_window: start_hour and end_hour are hours 0 to 23.');
  if (input.name != null && (typeof input.name !== 'string' || input.name.length > 100))
    throw parameterInvalid(['name'], 'Invalid name: at most 100 characters.');
  return out as Partial<ConfigurationRecord>;
}

/** The account's default configuration, made once per account and mode (a Configuration create makes it first when missing). */
async function ensureAccountDefault(cmd: CommandContext) {
  const [row] = await query(
    cmd.tx,
    sql`select 1 from terminal_configurations where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and is_account_default limit 1`,
  );
  if (row) return;
  await insertRecord(cmd.tx, terminalConfigurationsResource.storage, cmd.scope, new Date(cmd.now.getTime() - 1), {
    id: newId('tmc'),
    livemode: cmd.scope.livemode,
    is_account_default: true,
    name: null,
  });
}

export const terminalConfigurationsResource = defineResource<ConfigurationRecord>({
  object: 'terminal.configuration',
  table: terminalConfigurations,
  create: {
    validate: (input) => void settingsOf(input),
    async build({ cmd, input }) {
      await ensureAccountDefault(cmd);
      return { ...settingsOf(input), is_account_default: false, name: input.name ?? null };
    },
    event: null,
  },
  update: {
    apply: ({ input }) => ({ ...settingsOf(input), ...(input.name != null ? { name: input.name === '' ? null : input.name } : {}) }),
  },
  delete: {
    guard({ record }) {
      if (record.is_account_default) throw parameterInvalid(['id'], 'The account default Configuration cannot be deleted.');
    },
    // Locations that overrode with it fall back to the account default (their reference would dangle otherwise).
    async after({ cmd }, saved) {
      await query(
        cmd.tx,
        sql`update terminal_locations set configuration_overrides = null where configuration_overrides = ${saved.id} and account_id = ${cmd.scope.accountId}`,
      );
    },
  },
  list: {},
  examples: {
    create: () => ({
      name: 'Front counter',
      tipping: { usd: { percentages: [15, 18, 20], smart_tip_threshold: 1000 } },
      reboot_window: { start_hour: 1, end_hour: 3 },
      offline: { enabled: false },
    }),
  },
});
