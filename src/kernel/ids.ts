import { randomFillSync } from 'node:crypto';

/** Stripe-style id prefixes and the GraphQL type each resolves to (for node/nodes). */
export const ID_PREFIXES = {
  acct: 'Account',
  evt: 'Event',
  fa: 'TreasuryFinancialAccount',
} as const satisfies Record<string, string>;

export type IdPrefix = keyof typeof ID_PREFIXES;
const typeByPrefix = new Map<string, string>(Object.entries(ID_PREFIXES));

export function registerIdPrefix(prefix: string, typename: string) {
  typeByPrefix.set(prefix, typename);
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

// Random bytes are drawn from the CSPRNG 4 KiB at a time (one call per ~200 ids, not one per id).
const pool = Buffer.alloc(4096);
let next = pool.length;

/** Random base62 string of `length` characters (rejection sampling keeps it unbiased). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    if (next === pool.length) {
      randomFillSync(pool);
      next = 0;
    }
    const byte = pool[next++]!;
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBase62(24)}`;
}

/** The prefix of an id (`fa_1Mt…` → `fa`), or null when it has no known shape. */
export function prefixOf(id: string): string | null {
  const m = /^([a-z]+(?:_[a-z]+)*?)_[A-Za-z0-9]{8,64}$/.exec(id);
  return m ? m[1]! : null;
}

export function typenameOfId(id: string): string | null {
  const prefix = prefixOf(id);
  const found = prefix ? typeByPrefix.get(prefix) : undefined;
  if (found) return found;
  // Human-readable ids (`climsku_frontier_offtake_portfolio_2027`, `pm_usBankAccount_processing`): the longest known prefix.
  if (id.length > 200) return null;
  let best: string | null = null;
  for (const p of typeByPrefix.keys()) if (id.startsWith(`${p}_`) && (!best || p.length > best.length)) best = p;
  return best ? typeByPrefix.get(best)! : null;
}

export function hasPrefix(id: string, prefix: string): boolean {
  return prefixOf(id) === prefix;
}
