import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { query } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import type { CommandContext } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing } from '../../kernel/errors.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { assertAmount } from '../../kernel/money.js';
import { defineResource, type CreateContext, type CreateDecl } from '../../layer/resource.js';
import { rowToRecord, storageOf } from '../../layer/storage.js';
import { columnsSql, tableSql } from '../../layer/store.js';
import { issuingBalanceOf, moveIssuingBalance } from '../balance/issuing-balance.js';
import { ISSUING_CURRENCIES } from '../cards/card.resource.js';
import { issuingFundingInstructions } from './funding-instructions.table.js';

/**
 * Funding instructions for the Issuing balance (docs/decisions/issuing.md): the bank account to push
 * money to, one per currency, the same each time they are asked for. Stripe's create takes
 * eu_bank_transfer (eur, an IBAN) and gb_bank_transfer (gbp, a sort code). The fund test helper
 * simulates a bank transfer arriving: it credits the Issuing balance and answers the instructions of
 * its currency; in usd (Stripe funds US Issuing balances with top-ups, which fingraph does not serve)
 * those are us_bank_transfer instructions with ABA details.
 */
export type FundingInstructionsRecord = Stripe.FundingInstructions & { id: string; created: number; bank_transfer_type: string };
type BankTransferType = Stripe.FundingInstructions.BankTransfer.Type;
type FinancialAddress = Stripe.FundingInstructions.BankTransfer.FinancialAddress;

/** The bank transfer type of each currency the Issuing balance holds. */
const TYPE_OF: Record<string, BankTransferType> = { eur: 'eu_bank_transfer', gbp: 'gb_bank_transfer', usd: 'us_bank_transfer' } as Record<
  string,
  BankTransferType
>;

/** Stripe as the account holder of the addresses (test-mode bank details). */
const HOLDER = 'Stripe Payments (test)';
const addressOf = (country: string, city: string, line1: string, postal_code: string) => ({ city, country, line1, line2: null, postal_code, state: null });
const digits = (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join('');

/** An IBAN with valid check digits (ISO 13616: mod 97 of the rearranged number is 1). */
function iban(country: string, bban: string) {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of numeric) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

function bankTransferOf(type: BankTransferType): Stripe.FundingInstructions.BankTransfer {
  if (type === 'eu_bank_transfer') {
    const address: FinancialAddress = {
      type: 'iban',
      iban: {
        account_holder_address: addressOf('IE', 'Dublin', '1 Grand Canal Street Lower', 'D02 H210'),
        account_holder_name: HOLDER,
        bank_address: addressOf('DE', 'Frankfurt', 'Taunusanlage 12', '60325'),
        bic: 'SXPYDEHHXXX',
        country: 'DE',
        iban: iban('DE', `10010010${digits(10)}`),
      },
      supported_networks: ['sepa'],
    } as FinancialAddress;
    return { country: 'DE', financial_addresses: [address], type };
  }
  if (type === 'gb_bank_transfer') {
    const address: FinancialAddress = {
      type: 'sort_code',
      sort_code: {
        account_holder_address: addressOf('GB', 'London', '7th Floor The Bower, 207-211 Old Street', 'EC1V 9NR'),
        account_holder_name: HOLDER,
        account_number: digits(8),
        bank_address: addressOf('GB', 'London', '1 Churchill Place', 'E14 5HP'),
        sort_code: '108800',
      },
      supported_networks: ['bacs', 'fps'],
    } as FinancialAddress;
    return { country: 'GB', financial_addresses: [address], type };
  }
  const address: FinancialAddress = {
    type: 'aba',
    aba: {
      account_holder_address: addressOf('US', 'South San Francisco', '354 Oyster Point Blvd', '94080'),
      account_holder_name: HOLDER,
      account_number: digits(12),
      account_type: 'checking',
      bank_address: addressOf('US', 'San Francisco', '1 Test Bank Plaza', '94105'),
      bank_name: 'STRIPE TEST BANK',
      routing_number: '110000000',
    },
    supported_networks: ['ach', 'domestic_wire_us'],
  } as FinancialAddress;
  return { country: 'US', financial_addresses: [address], type };
}

/**
 * The account's instructions in a currency, if made. Concurrent requests of one account and mode are
 * serialized first (a transaction-scoped advisory lock), so the first makes them and the others find them.
 */
async function existingIn(ctx: CreateContext<FundingInstructionsRecord>, currency: string) {
  const { cmd } = ctx;
  await query(cmd.tx, sql`select pg_advisory_xact_lock(hashtextextended(${`funding_instructions:${cmd.scope.accountId}:${cmd.scope.livemode}`}, 0))`);
  const s = storageOf('funding_instructions');
  const [row] = await query(
    cmd.tx,
    sql`select ${columnsSql(s)} from ${tableSql(s)} where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and currency = ${currency}`,
  );
  return row ? (rowToRecord(s, row) as FundingInstructionsRecord) : null;
}

const built = (type: BankTransferType, currency: string): Partial<FundingInstructionsRecord> => ({
  bank_transfer: bankTransferOf(type),
  currency,
  funding_type: 'bank_transfer',
  bank_transfer_type: type,
});

/** The Stripe Balance object of `balance.available` (fingraph models only its `issuing` part). */
async function balanceObject(cmd: CommandContext) {
  const issuing = await issuingBalanceOf(cmd.tx, cmd.scope);
  return { object: 'balance', available: [], pending: [], issuing: { available: issuing.available }, livemode: cmd.scope.livemode };
}

/** The fund test helper: a bank transfer arrives in the Issuing balance. */
const fund: CreateDecl<FundingInstructionsRecord> = {
  endpoint: 'fund',
  testHelper: true,
  mutation: 'testHelpersFundIssuingBalance',
  validate(input) {
    if (input.amount == null) throw parameterMissing(['amount']);
    assertAmount(input.amount);
    if (input.currency == null) throw parameterMissing(['currency']);
    if (!ISSUING_CURRENCIES.includes(input.currency))
      throw parameterInvalid(['currency'], `The Issuing balance holds ${ISSUING_CURRENCIES.join(', ')}, not ${input.currency}.`, 'currency_not_supported');
  },
  existing: (ctx) => existingIn(ctx, ctx.input.currency),
  build: async (ctx) => built(TYPE_OF[ctx.input.currency]!, ctx.input.currency),
  event: null,
  async after({ cmd, input }, saved) {
    await moveIssuingBalance(cmd, input.currency, 'funding', { available: input.amount }, saved.id);
    await emitEvent(cmd, 'balance.available', (await balanceObject(cmd)) as never, undefined, 'balance');
    return saved;
  },
};

/**
 * Stripe shows funding instructions without an id; the row's (`funding_instructions_…`, as the layer
 * mints ids for id-less objects) names them in the graph, so `node(id:)` and the loaders find them.
 */
registerIdPrefix('funding_instructions', 'FundingInstructions');

export const fundingInstructions = defineResource<FundingInstructionsRecord>({
  object: 'funding_instructions',
  table: issuingFundingInstructions,
  listField: 'issuingFundingInstructions',
  create: {
    mutation: 'createIssuingFundingInstructions',
    validate(input) {
      if (input.currency == null) throw parameterMissing(['currency']);
      if (input.bank_transfer?.type == null) throw parameterMissing(['bank_transfer', 'type']);
      if (TYPE_OF[input.currency] !== input.bank_transfer.type)
        throw parameterInvalid(
          ['currency'],
          `${input.bank_transfer.type} funding instructions are in ${input.bank_transfer.type === 'eu_bank_transfer' ? 'eur' : 'gbp'}, not ${input.currency}.`,
        );
    },
    existing: (ctx) => existingIn(ctx, ctx.input.currency),
    build: async ({ input }) => built(input.bank_transfer.type, input.currency),
    // Stripe announces no event for funding instructions.
    event: null,
  },
  creates: { fund },
  examples: {
    create: () => ({ currency: 'eur', funding_type: 'bank_transfer', bank_transfer: { type: 'eu_bank_transfer' } }),
    vary: () => ({ currency: 'gbp', funding_type: 'bank_transfer', bank_transfer: { type: 'gb_bank_transfer' } }),
    perAccount: 1,
  },
});
