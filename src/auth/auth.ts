import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { query } from '../db/sql.js';
import { clock } from '../kernel/clock.js';
import type { Scope } from '../kernel/command.js';
import { newId, randomBase62 } from '../kernel/ids.js';
import { accounts, apiKeys } from './auth.table.js';

const KEY_PATTERN = /^sk_(test|live)_[A-Za-z0-9]{16,99}$/;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
export const newSecretKey = (livemode: boolean) => `sk_${livemode ? 'live' : 'test'}_${randomBase62(32)}`;

/** `Bearer sk_…` → the key's account and mode, or null for anything missing, malformed or revoked. */
export async function authenticate(db: Db, authorization: string | null | undefined): Promise<Scope | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!m || !KEY_PATTERN.test(m[1]!)) return null;
  // Every request runs this: a hot-path template (src/db/sql.ts).
  const [row] = await query(db, sql`select account_id, livemode from api_keys where key_hash = ${hashKey(m[1]!)} and revoked_at is null`);
  return row ? { accountId: String(row.account_id), livemode: Boolean(row.livemode) } : null;
}

export interface CreatedAccount {
  accountId: string;
  testKey: string;
  liveKey: string;
}

/** Creates an account with one test and one live key. Keys are stored hashed: this is the only time they are shown. */
export async function createAccount(db: Db, name: string, opts: { testKey?: string } = {}): Promise<CreatedAccount> {
  const accountId = newId('acct');
  const testKey = opts.testKey ?? newSecretKey(false);
  const liveKey = newSecretKey(true);
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx.insert(accounts).values({ id: accountId, name, created: now });
    await tx.insert(apiKeys).values(
      [testKey, liveKey].map((key) => ({
        id: newId('key'),
        accountId,
        livemode: key.startsWith('sk_live_'),
        keyHash: hashKey(key),
        last4: key.slice(-4),
        created: now,
      })),
    );
  });
  return { accountId, testKey, liveKey };
}
