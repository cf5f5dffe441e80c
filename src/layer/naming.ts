/**
 * The API conventions' naming rules (docs/api-conventions.md), applied mechanically to Stripe's names.
 */

/** `expected_arrival_date` → `expectedArrivalDate`. */
export const camel = (snake: string): string => snake.replace(/[_.]([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** `us_bank_account` → `UsBankAccount`; `treasury.outbound_transfer` → `TreasuryOutboundTransfer`. */
export const pascal = (snake: string): string => {
  const c = camel(snake);
  return c.charAt(0).toUpperCase() + c.slice(1);
};

/** `expectedArrivalDate` → `expected_arrival_date` (GraphQL input keys back to Stripe's). */
export const snake = (camelName: string): string => camelName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Stripe object name → GraphQL type name. */
export const typeNameOf = (object: string): string => pascal(object);

/** Lower-camel type name: the retrieve query and payload field (`treasuryOutboundTransfer`). */
export const fieldNameOf = (object: string): string => camel(object);

/** Plural for list queries: `treasuryOutboundTransfers`, `issuingAuthorizations`, `treasuryFinancialAccounts`. */
export function pluralOf(name: string): string {
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}

/** The field of a connection a resource adds to its parent (`outboundTransfers`): declared, or the plural of the object. */
export const connectionFieldName = (object: string, c: { field?: string }) => c.field ?? camel(pluralOf(object.split('.').pop()!));

/** A Stripe enum value as a GraphQL enum value: `us_domestic_wire` → `US_DOMESTIC_WIRE`. */
export const enumValueName = (value: string): string => {
  const name = value.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[0-9]/.test(name) ? `_${name}` : name;
};

/** Object → stripe-style snake_case keys, deeply (GraphQL inputs are camelCase, Stripe params snake_case). */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k), snakeKeys(v)]));
  return value;
}
