import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Executor } from '../../db/client.js';
import { query } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import type { CommandContext, Scope } from '../../kernel/command.js';
import { previousAttributes } from '../../kernel/diff.js';
import { parameterInvalid, StripeError } from '../../kernel/errors.js';

/**
 * Stripe Tax's settings of an account: `defaults` (tax_behavior, tax_code) and the `head_office`
 * address. Status is `active` once the head office and a default tax code are set, `pending` (with
 * the missing fields) before: Tax Calculations need active settings.
 */
export type TaxSettings = Stripe.Tax.Settings;

/** The `<type>Updated` kind and the event's object id of an account's settings (the object has none). */
export const SETTINGS_KIND = 'TaxSettings';
export const settingsId = (scope: Scope) => `taxsettings_${scope.accountId}_${scope.livemode ? 'live' : 'test'}`;

function toStripe(livemode: boolean, defaults: Record<string, unknown> | null, headOffice: TaxSettings['head_office']): TaxSettings {
  const d = { provider: 'stripe', tax_behavior: null, tax_code: null, ...(defaults ?? {}) } as TaxSettings['defaults'];
  const missing = [...(headOffice ? [] : ['head_office']), ...(d.tax_code ? [] : ['defaults.tax_code'])];
  return {
    object: 'tax.settings',
    defaults: d,
    head_office: headOffice,
    livemode,
    status: missing.length ? 'pending' : 'active',
    status_details: missing.length ? { pending: { missing_fields: missing } } : { active: {} },
  } as TaxSettings;
}

/** The account's settings as Stripe shows them (`lock`: for a command that changes or relies on them). */
export async function readTaxSettings(ex: Executor, scope: Scope, lock = false): Promise<TaxSettings> {
  const [row] = await query(
    ex,
    sql`select defaults, head_office from tax_settings where account_id = ${scope.accountId} and livemode = ${scope.livemode} ${lock ? sql`for update` : sql``}`,
  );
  return toStripe(scope.livemode, (row?.defaults as Record<string, unknown>) ?? null, (row?.head_office as TaxSettings['head_office']) ?? null);
}

const TAX_CODE = /^txcd_\d{8}$/;

/** Stripe's update: defaults and head_office replace what they name; `tax.settings.updated` when anything changed. */
export async function updateTaxSettings(cmd: CommandContext, input: Record<string, any>): Promise<TaxSettings> {
  const before = await readTaxSettings(cmd.tx, cmd.scope, true);
  const defaults = { tax_behavior: before.defaults.tax_behavior, tax_code: before.defaults.tax_code };
  if (input.defaults) {
    if (input.defaults.tax_code !== undefined) {
      if (input.defaults.tax_code !== null && !TAX_CODE.test(input.defaults.tax_code))
        throw parameterInvalid(['defaults', 'tax_code'], `Invalid tax_code: '${input.defaults.tax_code}'.`);
      defaults.tax_code = input.defaults.tax_code;
    }
    if (input.defaults.tax_behavior !== undefined) defaults.tax_behavior = input.defaults.tax_behavior;
  }
  let headOffice = before.head_office;
  if (input.head_office) {
    const a = input.head_office.address ?? {};
    if (!a.country) throw new StripeError('parameter_missing', 'Missing required param: head_office.address.country.', ['head_office', 'address', 'country']);
    if (!/^[A-Za-z]{2}$/.test(a.country)) throw parameterInvalid(['head_office', 'address', 'country'], `Invalid country: '${a.country}'.`);
    headOffice = {
      address: {
        city: a.city ?? null,
        country: a.country.toUpperCase(),
        line1: a.line1 ?? null,
        line2: a.line2 ?? null,
        postal_code: a.postal_code ?? null,
        state: a.state ?? null,
      },
    };
  }
  await cmd.tx.execute(sql`
    insert into tax_settings (account_id, livemode, defaults, head_office, updated)
    values (${cmd.scope.accountId}, ${cmd.scope.livemode}, ${JSON.stringify(defaults)}::jsonb, ${headOffice ? JSON.stringify(headOffice) : null}::jsonb, ${cmd.now.toISOString()}::timestamptz)
    on conflict (account_id, livemode) do update set defaults = excluded.defaults, head_office = excluded.head_office, updated = excluded.updated`);
  const after = toStripe(cmd.scope.livemode, defaults, headOffice);
  const previous = previousAttributes(before as never, after as never);
  if (Object.keys(previous).length) {
    await emitEvent(cmd, 'tax.settings.updated', after as never, previous, settingsId(cmd.scope));
    await publishObject(cmd, SETTINGS_KIND, { ...after, id: settingsId(cmd.scope) });
  }
  return after;
}

/** Example set-up (conformance suite): the fixtures' account with active Tax settings (a US head office, a default tax code). */
export const activateTax = (fx: { graphql(document: string): Promise<unknown> }) =>
  fx.graphql(`mutation ActivateTax {
    updateTaxSettings(input: { headOffice: { address: { country: "US", state: "CA", postalCode: "94111", line1: "1 Market St", city: "San Francisco" } }, defaults: { taxCode: "txcd_10000000", taxBehavior: EXCLUSIVE } }) { userErrors { code } }
  }`);
