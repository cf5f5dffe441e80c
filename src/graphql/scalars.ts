import { GraphQLError, Kind } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, SafeIntResolver } from 'graphql-scalars';
import { builder, type Money } from './builder.js';

builder.addScalarType('SafeInt', SafeIntResolver);
builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency').map((c) => c.toLowerCase()));

function parseCurrency(value: unknown): string {
  if (typeof value !== 'string' || !ISO_CURRENCIES.has(value))
    throw new GraphQLError(`Invalid currency: ${JSON.stringify(value)}. Use a lowercase ISO 4217 code such as "usd".`, {
      extensions: { code: 'BAD_USER_INPUT', stripeCode: 'parameter_invalid' },
    });
  return value;
}

builder.scalarType('Currency', {
  description: 'Three-letter ISO 4217 currency code, lowercase (for example "usd").',
  serialize: (v) => String(v),
  parseValue: parseCurrency,
  parseLiteral: (ast) => parseCurrency(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** An amount in minor units with its currency (balances are maps of these in Stripe). */
export const MoneyRef = builder.objectRef<Money>('Money').implement({
  description: 'An amount in the currency’s minor unit (cents for usd).',
  fields: (t) => ({
    amount: t.field({ type: 'SafeInt', resolve: (m) => m.amount }),
    currency: t.field({ type: 'Currency', resolve: (m) => m.currency }),
  }),
});

/** Stripe's `{ usd: 1000 }` maps as a list of Money, sorted by currency. */
export const moneyList = (map: Record<string, number> | null | undefined): Money[] =>
  Object.entries(map ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));

export const DateTimeRangeInput = builder.inputType('DateTimeRange', {
  description: "Stripe's range filter on a timestamp: any of gt, gte, lt, lte.",
  fields: (t) => ({
    gt: t.field({ type: 'DateTime', description: 'Only after this time.' }),
    gte: t.field({ type: 'DateTime', description: 'Only at or after this time.' }),
    lt: t.field({ type: 'DateTime', description: 'Only before this time.' }),
    lte: t.field({ type: 'DateTime', description: 'Only at or before this time.' }),
  }),
});

/** Stripe timestamps (Unix seconds) as DateTime. */
export const fromUnix = (seconds: number): Date => new Date(seconds * 1000);
export const fromUnixOrNull = (seconds: number | null | undefined): Date | null => (seconds == null ? null : fromUnix(seconds));
