import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Executor } from '../../db/client.js';
import { query } from '../../db/sql.js';
import type { CommandContext, Scope } from '../../kernel/command.js';
import { clock } from '../../kernel/clock.js';
import { invalidState, parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { columnSql } from '../../layer/store.js';
import { rowToRecord, type Storage } from '../../layer/storage.js';
import { jurisdictionKey } from '../rates.js';
import { taxRegistrations } from './registration.table.js';

/**
 * Registration: where the account collects tax. Its status follows time: `scheduled` before
 * active_from, `active` until expires_at, `expired` after — read at the account's time (its test
 * clock's, when it has one), never stored.
 */
export type RegistrationRecord = Omit<Stripe.Tax.Registration, 'status'> & { jurisdiction: string; account_time?: number | null };

const nowOf = (r: { account_time?: number | null }) => Math.floor(r.account_time ?? clock.now().getTime() / 1000);

export function registrationStatus(r: Pick<RegistrationRecord, 'active_from' | 'expires_at'>, at: number): Stripe.Tax.Registration['status'] {
  if (r.expires_at != null && r.expires_at <= at) return 'expired';
  return r.active_from > at ? 'scheduled' : 'active';
}

/** `'now'` or a Unix time (the `'now' | timestamp` params), at the command's time. */
function timeParam(value: unknown, param: string, now: number): number {
  if (value === 'now') return now;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  throw parameterInvalid([param], `Invalid ${param}: pass 'now' or a date.`);
}

/** Is a registration active in this jurisdiction at `at` (Unix seconds)? What calculations ask. */
export async function activeRegistration(ex: Executor, scope: Scope, jurisdiction: string, at: number): Promise<boolean> {
  const [row] = await query(
    ex,
    sql`select 1 from tax_registrations where account_id = ${scope.accountId} and livemode = ${scope.livemode} and jurisdiction = ${jurisdiction}
        and active_from <= to_timestamp(${at}) and (expires_at is null or expires_at > to_timestamp(${at})) limit 1`,
  );
  return !!row;
}

/** Stripe refuses a second registration for a jurisdiction while another is not expired. */
async function assertNoOverlap(cmd: CommandContext, jurisdiction: string, from: number, until: number | null) {
  const rows = await query(
    cmd.tx,
    sql`select * from tax_registrations where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and jurisdiction = ${jurisdiction}`,
  );
  for (const raw of rows) {
    const other = rowToRecord(taxRegistrations$().storage, raw) as unknown as RegistrationRecord;
    const otherUntil = other.expires_at ?? Number.POSITIVE_INFINITY;
    if (other.active_from < (until ?? Number.POSITIVE_INFINITY) && from < otherUntil)
      throw parameterInvalid(['country'], `There is already a registration (\`${other.id}\`) for ${jurisdiction} in that period.`);
  }
}

function countryOptions(input: Params): { options: Record<string, unknown>; jurisdiction: string } {
  const country = String(input.country ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw parameterInvalid(['country'], `Invalid country: '${input.country ?? ''}'.`);
  const key = country.toLowerCase();
  const options = input.country_options?.[key];
  if (!options) throw parameterMissing(['country_options', key]);
  const extra = Object.keys(input.country_options).filter((k) => k !== key);
  if (extra.length) throw parameterInvalid(['country_options', extra[0]!], `country_options must only describe ${country}.`);
  if (country === 'US') {
    if (!options.state) throw parameterMissing(['country_options', 'us', 'state']);
    if (options.type !== 'state_sales_tax')
      throw parameterInvalid(['country_options', 'us', 'type'], 'fingraph collects US state sales tax only (type state_sales_tax).');
  }
  // Canada: a province_standard registration collects the province's PST/QST/RST (CA-<province>); the others GST/HST.
  if (country === 'CA' && options.type === 'province_standard') {
    const province = options.province_standard?.province;
    if (!province) throw parameterMissing(['country_options', 'ca', 'province_standard', 'province']);
    return { options: { [key]: options }, jurisdiction: `CA-${String(province).toUpperCase()}` };
  }
  return { options: { [key]: options }, jurisdiction: jurisdictionKey(country, options.state) };
}

export const taxRegistrationsResource = defineResource<RegistrationRecord>({
  object: 'tax.registration',
  table: taxRegistrations,
  computed: { status: (r) => registrationStatus(r, nowOf(r)) },
  list: {
    filters: {
      // Stripe's status filter (`all` lists every registration), at the real time of the request.
      status: (value: string, storage: Storage) => {
        const at = new Date(clock.now().getTime()).toISOString();
        const from = columnSql(storage, 'active_from');
        const until = columnSql(storage, 'expires_at');
        if (value === 'active') return sql`${from} <= ${at}::timestamptz and (${until} is null or ${until} > ${at}::timestamptz)`;
        if (value === 'scheduled') return sql`${from} > ${at}::timestamptz and (${until} is null or ${until} > ${at}::timestamptz)`;
        if (value === 'expired') return sql`${until} <= ${at}::timestamptz`;
        return null;
      },
    },
  },
  create: {
    validate(input) {
      countryOptions(input);
      if (input.active_from == null) throw parameterMissing(['active_from']);
    },
    async build({ input, cmd }) {
      const now = Math.floor(cmd.now.getTime() / 1000);
      const { options, jurisdiction } = countryOptions(input);
      const activeFrom = timeParam(input.active_from, 'active_from', now);
      const expiresAt = input.expires_at == null ? null : timeParam(input.expires_at, 'expires_at', now);
      if (expiresAt !== null && expiresAt <= activeFrom) throw parameterInvalid(['expires_at'], 'expires_at must be after active_from.');
      await assertNoOverlap(cmd, jurisdiction, activeFrom, expiresAt);
      return {
        active_from: activeFrom,
        country: String(input.country).toUpperCase(),
        country_options: options as Stripe.Tax.Registration.CountryOptions,
        expires_at: expiresAt,
        jurisdiction,
        account_time: now,
      };
    },
    // Stripe announces no event for Registrations.
    event: null,
  },
  update: {
    endpoint: 'update',
    async apply({ input, record, cmd }) {
      const now = Math.floor(cmd.now.getTime() / 1000);
      const status = registrationStatus(record, now);
      const changes: Partial<RegistrationRecord> = {};
      if (input.active_from != null) {
        // Stripe: only a scheduled registration moves its start.
        if (status !== 'scheduled') throw invalidState(`The registration cannot change active_from because it has status ${status}.`, ['active_from']);
        changes.active_from = timeParam(input.active_from, 'active_from', now);
      }
      if (input.expires_at !== undefined) {
        if (status === 'expired') throw invalidState('The registration cannot be changed because it has status expired.', ['expires_at']);
        changes.expires_at = input.expires_at === null || input.expires_at === '' ? null : timeParam(input.expires_at, 'expires_at', now);
      }
      const from = changes.active_from ?? record.active_from;
      const until = changes.expires_at === undefined ? record.expires_at : changes.expires_at;
      if (until != null && until < from) throw parameterInvalid(['expires_at'], 'expires_at must be after active_from.');
      return changes;
    },
  },
  examples: {
    create: () => ({ country: 'IE', country_options: { ie: { type: 'standard' } }, active_from: 'now' }),
    perAccount: 1,
    // No optional string param: another request is another start (refused by the key before it is read).
    vary: (p) => ({ ...p, active_from: 'different' }),
  },
});

const taxRegistrations$ = () => taxRegistrationsResource;
