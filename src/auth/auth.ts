import { createHash } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { query } from '../db/sql.js';
import { clock } from '../kernel/clock.js';
import type { Scope } from '../kernel/command.js';
import { newId, randomBase62 } from '../kernel/ids.js';
import { unauthenticated } from '../kernel/query-errors.js';
import { accounts, apiKeys } from './auth.table.js';

const KEY_PATTERN = /^sk_(test|live)_[A-Za-z0-9]{16,99}$/;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
export const newSecretKey = (livemode: boolean) => `sk_${livemode ? 'live' : 'test'}_${randomBase62(32)}`;

/**
 * The key an Authorization header carries: `Bearer sk_…`, or HTTP Basic with the key as user name
 * and an empty password (what Stripe's own examples send: `curl -u sk_test_…:`). Null when neither.
 */
export function keyFromHeader(authorization: string | null | undefined): string | null {
  const header = authorization?.trim() ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1]!;
  const basic = /^Basic\s+([A-Za-z0-9+/]+=*)$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? decoded : decoded.slice(0, colon);
}

/** `Bearer sk_…` (or Basic) → the key's account and mode, or null for anything missing, malformed or revoked. */
export async function authenticate(db: Db, authorization: string | null | undefined, opts: { withClock?: boolean } = {}): Promise<Scope | null> {
  const key = keyFromHeader(authorization);
  if (!key || !KEY_PATTERN.test(key)) return null;
  // Every request runs this: a hot-path template (src/db/sql.ts). It reads the account's test clock
  // too, which an HTTP request's first command takes instead of reading it (src/kernel/clock.ts).
  const [row] = await query(
    db,
    sql`select k.account_id, k.livemode, (select c.frozen_time from test_clocks c where c.account_id = k.account_id and c.livemode = false
      and c.deleted_at is null and not k.livemode limit 1) as frozen_time from api_keys k where k.key_hash = ${hashKey(key)} and k.revoked_at is null`,
  );
  if (!row) return null;
  const scope: Scope = { accountId: String(row.account_id), livemode: Boolean(row.livemode) };
  if (opts.withClock && !scope.livemode)
    scope.clockRead = { frozen: row.frozen_time == null ? null : new Date(row.frozen_time as string), readAt: performance.now(), taken: false };
  return scope;
}

/**
 * The 401 for a request that did not authenticate. As Stripe does, a missing key and a wrong key
 * get different messages; a wrong key is named by its last four characters only.
 */
export function authenticationError(authorization: string | null | undefined) {
  const usage = 'Send `Authorization: Bearer sk_test_…` (or HTTP Basic with the key as user name: `curl -u sk_test_…:`).';
  if (!authorization?.trim()) return unauthenticated(`You did not provide an API key. ${usage}`, 'api_key_missing');
  const key = keyFromHeader(authorization);
  if (key === null) return unauthenticated(`The Authorization header is not a Bearer or Basic credential. ${usage}`, 'api_key_missing');
  const masked =
    /^[a-z]{2}_(test|live)_/.test(key) && key.length > 12 ? `${key.slice(0, 8)}…${key.slice(-4)}` : 'a value that is not a secret key (sk_test_… or sk_live_…)';
  return unauthenticated(`Invalid API key provided: ${masked}.`, 'api_key_invalid');
}

export interface CreatedAccount {
  accountId: string;
  testKey: string;
  liveKey: string;
  /** The keys' ids (`key_…`), to revoke them later. */
  testKeyId: string;
  liveKeyId: string;
}

/** Creates an account with one test and one live key. Keys are stored hashed: this is the only time they are shown. */
export async function createAccount(db: Db, name: string, opts: { testKey?: string } = {}): Promise<CreatedAccount> {
  const accountId = newId('acct');
  const testKey = opts.testKey ?? newSecretKey(false);
  const liveKey = newSecretKey(true);
  const now = clock.now();
  const [testKeyId, liveKeyId] = [newId('key'), newId('key')];
  await db.transaction(async (tx) => {
    await tx.insert(accounts).values({ id: accountId, name, created: now });
    await tx.insert(apiKeys).values(
      [testKey, liveKey].map((key, i) => ({
        id: i === 0 ? testKeyId : liveKeyId,
        accountId,
        livemode: key.startsWith('sk_live_'),
        keyHash: hashKey(key),
        last4: key.slice(-4),
        created: now,
      })),
    );
  });
  return { accountId, testKey, liveKey, testKeyId, liveKeyId };
}

export interface CreatedKey {
  id: string;
  accountId: string;
  livemode: boolean;
  key: string;
}

/** One more secret key for an existing account (key rotation); null when the account does not exist. */
export async function createApiKey(db: Db, accountId: string, livemode: boolean): Promise<CreatedKey | null> {
  const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId));
  if (!account) return null;
  const key = newSecretKey(livemode);
  const id = newId('key');
  await db.insert(apiKeys).values({ id, accountId, livemode, keyHash: hashKey(key), last4: key.slice(-4), created: clock.now() });
  return { id, accountId, livemode, key };
}

/** Revokes a key by its id (`key_…`): requests with it are refused from then on. False when there is no such live key. */
export async function revokeApiKey(db: Db, keyId: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: clock.now() })
    .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}
